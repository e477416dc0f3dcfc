"""Upload, email originals, the queue search and the commands, through the real app."""

from __future__ import annotations

import hashlib
import io
from email.message import EmailMessage
from pathlib import Path

from fastapi.testclient import TestClient
from PIL import Image
from typer.testing import CliRunner

from requestdesk.cli import app as cli
from requestdesk.extractors.email_reader import read_email
from requestdesk.extractors.guard import ReadLimits
from requestdesk.models.database import session_scope
from requestdesk.models.store import add_original, create_entry
from requestdesk.result import Evidence, Extraction, Requestor, Subject

from .conftest import WebEnv, csrf_of, sign_in
from .factory import Letter, store_letter


def test_upload_places_files_in_the_inbox(client: TestClient, env: WebEnv) -> None:
    sign_in(client, "clara")
    token = csrf_of(client.get("/upload").text)
    files = [("files", ("ICE letter.pdf", b"%PDF-1.4 test", "application/pdf")),
             ("files", ("../scan.png", b"\x89PNG\r\n\x1a\n....", "image/png"))]
    reply = client.post("/upload", data={"csrf_token": token}, files=files)
    assert reply.status_code == 200
    assert "2 files placed in the inbox" in reply.text
    assert sorted(p.name for p in env.settings.inbox.iterdir()) == ["ICE letter.pdf", "scan.png"]
    assert (env.settings.inbox / "ICE letter.pdf").read_bytes() == b"%PDF-1.4 test"
    refused = client.post("/upload", files=files)  # no CSRF token
    assert refused.status_code == 403
    assert len(list(env.settings.inbox.iterdir())) == 2


def test_email_original_shows_body_text_and_attachment_pages(client: TestClient,
                                                            env: WebEnv, tmp_path: Path) -> None:
    letter = Letter(["U.S. Department of Homeland Security", "Subpoena for records"])
    pdf_path = tmp_path / "attachment.pdf"
    letter.write_pdf(pdf_path)
    message = EmailMessage()
    message["From"] = "officer@ice.dhs.gov"
    message["Subject"] = "Records request"
    message.set_content("Please see the attached subpoena.\nRegards")
    message.add_attachment("Case notes: <b>not bold</b>", filename="notes.txt")
    message.add_attachment(pdf_path.read_bytes(), maintype="application", subtype="pdf",
                           filename="subpoena.pdf")
    data = message.as_bytes()
    # The page numbers must be the reader's, or evidence boxes land on the wrong page.
    (tmp_path / "mail.eml").write_bytes(data)
    read = read_email(tmp_path / "mail.eml", ReadLimits())
    assert [(p.number, p.part) for p in read.pages] == [
        (1, "body"), (2, "attachment 1"), (3, "attachment 2")]
    sha = hashlib.sha256(data).hexdigest()
    (env.settings.originals_dir / "m").mkdir(parents=True)
    (env.settings.originals_dir / "m" / f"{sha}.eml").write_bytes(data)
    extraction = Extraction(
        source="mail.eml", sha256=sha, kind="email", pages=3,
        requestor=Requestor(agency_key="dhs-ice-ero", agency_name=letter.lines[0],
                            evidence={"agency_name": Evidence(page=3, box=letter.box(0))}),
        subjects=[Subject(name="Ana Lee")])
    with session_scope(env.engine) as session:
        add_original(session, sha, len(data), f"m/{sha}.eml", kind="email", pages=3)
        public_id = create_entry(session, extraction, "mail.eml").public_id

    sign_in(client, "rita")
    page = client.get(f"/entries/{public_id}").text
    assert "Please see the attached subpoena." in page
    assert "officer@ice.dhs.gov" in page
    assert "Case notes: &lt;b&gt;not bold&lt;/b&gt;" in page
    assert f"/entries/{public_id}/pages/3.png" in page
    for text_page in (1, 2):  # the body and the text attachment are shown as text
        assert f"/entries/{public_id}/pages/{text_page}.png" not in page
    assert 'data-key="agency_name"' in page
    image = client.get(f"/entries/{public_id}/pages/3.png")
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"
    with Image.open(io.BytesIO(image.content)) as img:
        assert img.width >= 1200
    assert client.get(f"/entries/{public_id}/pages/2.png").status_code == 404
    assert client.get(f"/entries/{public_id}/pages/4.png").status_code == 404
    original = client.get(f"/entries/{public_id}/original")
    assert original.content == data
    assert original.headers["content-type"] == "application/octet-stream"
    assert "attachment" in original.headers["content-disposition"]


def test_search_goes_by_post_and_finds_names(client: TestClient, env: WebEnv) -> None:
    wanted = store_letter(env.engine, env.settings, subject_name="Maria Gonzalez")
    store_letter(env.engine, env.settings, lines=["Another letter", "x", "y", "z", "w", "v"],
                 subject_name="John Smith")
    sign_in(client, "rita")
    token = csrf_of(client.get("/queue").text)
    reply = client.post("/queue", data={"csrf_token": token, "q": "gonzal", "status": "open"})
    assert reply.status_code == 200
    assert f"/entries/{wanted}" in reply.text and "John Smith" not in reply.text
    assert "gonzal" not in str(reply.url)
    assert client.get("/queue?status=open&agency=not-an-agency").status_code == 200


def test_missing_entry_and_incomplete_forms_say_what_to_do(client: TestClient,
                                                           env: WebEnv) -> None:
    public_id = store_letter(env.engine, env.settings)
    sign_in(client, "rita")
    missing = client.get("/entries/0123456789abcdef0123456789abcdef")
    assert missing.status_code == 404 and "go back to the queue" in missing.text
    token = csrf_of(client.get(f"/entries/{public_id}").text)
    incomplete = client.post(f"/entries/{public_id}/fields/agency_name",
                             data={"csrf_token": token, "value": "x"})
    assert incomplete.status_code == 400 and "Reload the page" in incomplete.text


def test_commands_are_registered() -> None:
    runner = CliRunner()
    web = runner.invoke(cli, ["web", "--help"])
    assert web.exit_code == 0 and "--port" in web.output and "--host" in web.output
    user = runner.invoke(cli, ["user", "add", "--help"])
    assert user.exit_code == 0 and "--password-stdin" in user.output


def test_user_add_from_stdin_then_sign_in(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    added = runner.invoke(cli, ["user", "add", "dora", "--role", "supervisor",
                                "--password-stdin", "--database-url", url],
                          input="a sturdy password\n")
    assert added.exit_code == 0, added.output
    short = runner.invoke(cli, ["user", "add", "eve", "--role", "clerk", "--password-stdin",
                                "--database-url", url], input="short\n")
    assert short.exit_code == 1 and "at least 10 characters" in short.output
    from requestdesk.models.database import open_database
    from requestdesk.review.auth import authenticate

    assert authenticate(open_database(url), "dora", "a sturdy password").role == "supervisor"


def test_warning_banners_for_administrative_process_and_civil_immigration(
        client: TestClient, env: WebEnv) -> None:
    warned = store_letter(env.engine, env.settings, process_type="administrative_warrant",
                          purpose="civil_immigration", agency_key="dhs-ice-ero")
    plain = store_letter(env.engine, env.settings, lines=["Court letter", "a", "b", "c", "d", "e"],
                         process_type="judicial_warrant")
    sign_in(client, "rita")
    page = client.get(f"/entries/{warned}").text
    assert 'id="banner-process"' in page and "Not issued by a court" in page
    assert 'id="banner-purpose"' in page and "Civil immigration enforcement" in page
    other = client.get(f"/entries/{plain}").text
    assert "banner-process" not in other and "banner-purpose" not in other


def test_oversized_upload_is_refused_before_it_fills_the_disk(env: WebEnv) -> None:
    from dataclasses import replace

    from requestdesk.review.app import create_app

    small = replace(env.settings, max_file_mb=1)
    with TestClient(create_app(small, env.engine), base_url="http://127.0.0.1") as c:
        sign_in(c, "clara")
        token = csrf_of(c.get("/upload").text)
        too_big = [("files", ("big.pdf", b"%PDF" + b"0" * (5 * 1024 * 1024), "application/pdf"))]
        reply = c.post("/upload", data={"csrf_token": token}, files=too_big)
        assert reply.status_code == 413, reply.text[-900:]
        one_mb_plus = [("files", ("big.pdf", b"%PDF" + b"0" * (1024 * 1024), "application/pdf"))]
        reply = c.post("/upload", data={"csrf_token": token}, files=one_mb_plus)
        assert reply.status_code == 400 and "larger than the 1 MB limit" in reply.text
    assert not env.settings.inbox.exists() or not any(env.settings.inbox.iterdir())
