"""The report page and its downloads, through the real app on a migrated SQLite database."""

from __future__ import annotations

import base64
import csv
import io
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from playwright.sync_api import Browser, expect
from report.dataset import fill_quarter
from report.factory import Spec, make_entry
from sqlmodel import Session, select

from requestdesk.models.reports import ReportRun
from requestdesk.models.users import User
from requestdesk.reporting.files import HEADERS
from requestdesk.reporting.followups import link_followups, related_entries
from requestdesk.reporting.report import Report, build_report
from requestdesk.review.security import CSP
from requestdesk.review.web import make_templates

from .conftest import PASSWORD, WebEnv, csrf_of, sign_in


@pytest.fixture
def filled(env: WebEnv) -> WebEnv:
    with Session(env.engine) as session:
        sam = session.exec(select(User).where(User.username == "sam")).one()
        fill_quarter(session, sam, count=20)
    return env


def _expected(env: WebEnv) -> Report:
    with Session(env.engine) as session:
        return build_report(session, "2026-Q3", env.settings)


def _cells(html: str, table_id: str) -> list[str]:
    match = re.search(rf'<table[^>]*id="{table_id}".*?</table>', html, re.S)
    assert match, f"no table {table_id}"
    return re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", match.group(0), re.S)


def _runs(env: WebEnv) -> list[ReportRun]:
    with Session(env.engine) as session:
        return list(session.exec(select(ReportRun)))


def test_report_needs_a_signed_in_reader(client: TestClient, filled: WebEnv) -> None:
    for path in ("/report?period=2026-Q3", "/report/draft.pdf?period=2026-Q3"):
        reply = client.get(path, follow_redirects=False)
        assert reply.status_code == 303 and reply.headers["location"] == "/login"
    assert sign_in(client, "clara").status_code == 303  # a clerk: signed in, not a reader
    refused = client.get("/report?period=2026-Q3")
    assert refused.status_code == 403 and "Not allowed for your role" in refused.text
    assert client.get("/report/draft.csv?period=2026-Q3").status_code == 403
    assert 'href="/report"' not in client.get("/queue").text


def test_page_totals_match_the_report(client: TestClient, filled: WebEnv) -> None:
    sign_in(client, "rita")
    page = client.get("/report?period=2026-Q3")
    assert page.status_code == 200
    assert page.headers["content-security-policy"] == CSP
    expected = _expected(filled)
    o = expected.totals.overall
    assert o.requests > 0 and expected.pending
    assert _cells(page.text, "overall")[6:] == [
        str(o.requests), str(o.granted), str(o.partly_granted), str(o.denied), str(o.undecided),
        str(len(expected.pending))]
    for agency, counts in expected.totals.by_agency.items():
        row = re.search(rf'<th scope="row">{re.escape(agency)}</th>((?:<td>\d+</td>)+)',
                        page.text)
        assert row, agency
        assert re.findall(r"<td>(\d+)</td>", row.group(1))[:4] == [
            str(counts.requests), str(counts.granted), str(counts.partly_granted),
            str(counts.denied)]
    pending_ids = re.findall(r'href="/entries/([0-9a-f-]+)"', page.text)
    assert sorted(pending_ids) == sorted(p.public_id for p in expected.pending)
    # The charts are SVG images in data: URLs (allowed by img-src data:), never inline markup.
    charts = re.findall(r'<img src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', page.text)
    assert len(charts) == 2
    svg = base64.b64decode(charts[1]).decode()
    assert "<svg" in svg and "<script" not in svg and "Decisions by legal process" in svg
    assert "<svg" not in page.text
    assert 'href="/report"' in page.text  # the nav link for readers
    assert "Make the official PDF report" not in page.text  # reviewers make drafts only


def test_bad_period_says_what_to_type(client: TestClient, filled: WebEnv) -> None:
    sign_in(client, "ada")
    page = client.get("/report?period=last+quarter")
    assert page.status_code == 400
    assert "Write a quarter (2026-Q3)" in page.text and "current quarter" in page.text
    assert client.get("/report/draft.doc?period=2026-Q3").status_code == 404


def test_draft_downloads_are_valid_and_not_recorded(
    client: TestClient, filled: WebEnv, tmp_path: Path
) -> None:
    sign_in(client, "rita")
    expected = _expected(filled)
    pdf = client.get("/report/draft.pdf?period=2026-Q3")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert pdf.headers["content-type"] == "application/pdf"
    assert 'filename="requestdesk-report-2026-Q3-draft.pdf"' in pdf.headers[
        "content-disposition"]
    (tmp_path / "r.pdf").write_bytes(pdf.content)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "2026-Q3" in text and str(expected.totals.overall.requests) in text

    sheet = client.get("/report/draft.csv?period=2026-Q3")
    rows = list(csv.reader(io.StringIO(sheet.text)))
    assert rows[0] == list(HEADERS) and len(rows) - 1 == len(expected.rows)

    xlsx = client.get("/report/draft.xlsx?period=2026-Q3")
    book = load_workbook(io.BytesIO(xlsx.content), read_only=True)
    first = book.worksheets[0]
    assert first.max_row - 1 == len(expected.rows)
    assert _runs(filled) == []


def test_official_pdf_is_recorded_under_the_supervisor(client: TestClient,
                                                       filled: WebEnv) -> None:
    sign_in(client, "rita")
    token = csrf_of(client.get("/report?period=2026-Q3").text)
    refused = client.post("/report/official.pdf", data={"period": "2026-Q3",
                                                        "csrf_token": token})
    assert refused.status_code == 403
    client.post("/logout", data={"csrf_token": token})

    sign_in(client, "sam")
    page = client.get("/report?period=2026-Q3").text
    assert "Make the official PDF report" in page
    no_token = client.post("/report/official.pdf", data={"period": "2026-Q3"})
    assert no_token.status_code >= 400 and _runs(filled) == []
    before = datetime.now(UTC)
    official = client.post("/report/official.pdf",
                           data={"period": "2026-Q3", "csrf_token": csrf_of(page)})
    assert official.status_code == 200 and official.content.startswith(b"%PDF")
    assert 'filename="requestdesk-report-2026-Q3.pdf"' in official.headers["content-disposition"]
    runs = _runs(filled)
    assert [(r.period_label, r.created_by) for r in runs] == [("2026-Q3", "sam")]
    created = runs[0].created_at
    assert (created if created.tzinfo else created.replace(tzinfo=UTC)) >= before
    assert runs[0].totals["overall"] == _expected(filled).totals.overall.as_dict()


@pytest.mark.timeout(120)
def test_report_in_chromium(live: WebEnv, browser: Browser) -> None:
    with Session(live.engine) as session:
        sam = session.exec(select(User).where(User.username == "sam")).one()
        fill_quarter(session, sam, count=12)
    context = browser.new_context(accept_downloads=True)
    context.set_default_timeout(15_000)
    try:
        page = context.new_page()
        console: list[str] = []
        page.on("console", lambda message: console.append(message.text))
        page.goto(f"{live.base_url}/login")
        page.get_by_label("User name").fill("sam")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_role("link", name="Report").click()
        page.get_by_label("Period").fill("2026-Q3")
        page.get_by_role("button", name="Show").click()
        expect(page).to_have_url(f"{live.base_url}/report?period=2026-Q3")
        charts = page.locator("figure.chart img")
        expect(charts).to_have_count(2)
        for i in range(2):  # the CSP lets the data: SVG load and it draws at full size
            page.wait_for_function("img => img.complete && img.naturalWidth >= 600",
                                   arg=charts.nth(i).element_handle())
        with page.expect_download() as draft:
            page.get_by_role("link", name="Draft PDF").click()
        assert draft.value.suggested_filename == "requestdesk-report-2026-Q3-draft.pdf"
        with page.expect_download() as official:
            page.get_by_role("button", name="Make the official PDF report").click()
        path = official.value.path()
        assert official.value.suggested_filename == "requestdesk-report-2026-Q3.pdf"
        assert Path(path).read_bytes().startswith(b"%PDF")
        assert [(r.period_label, r.created_by) for r in _runs(live)] == [("2026-Q3", "sam")]
        assert not [m for m in console if "Content Security Policy" in m]
    finally:
        context.close()


def test_related_include_lists_followups(env: WebEnv) -> None:
    with Session(env.engine, expire_on_commit=False) as session:
        sam = session.exec(select(User).where(User.username == "sam")).one()
        first = make_entry(session, Spec(received_at=datetime(2026, 7, 1, tzinfo=UTC)), sam)
        later = make_entry(session, Spec(received_at=datetime(2026, 7, 9, tzinfo=UTC),
                                         status="pending_review"), sam)
        other = make_entry(session, Spec(received_at=datetime(2026, 7, 9, tzinfo=UTC),
                                         subjects=[("Someone Else", None)]), sam)
        assert later.id is not None and other.id is not None
        assert len(link_followups(session, later, 30)) == 1
        related = related_entries(session, later.id)
        unrelated = related_entries(session, other.id)
    template = make_templates().env.get_template("report_related.html")
    html = template.render(related=related)
    assert f'href="/entries/{first.public_id}"' in html and "Related requests (1)" in html
    assert "2026-07-01" in html and "Denied" in html
    assert template.render(related=unrelated).strip() == ""


def test_entry_page_lists_followups(client: TestClient, env: WebEnv) -> None:
    with Session(env.engine, expire_on_commit=False) as session:
        sam = session.exec(select(User).where(User.username == "sam")).one()
        first = make_entry(session, Spec(received_at=datetime(2026, 7, 1, tzinfo=UTC)), sam)
        later = make_entry(session, Spec(received_at=datetime(2026, 7, 9, tzinfo=UTC),
                                         status="pending_review"), sam)
        assert len(link_followups(session, later, 30)) == 1
    assert sign_in(client, "rita").status_code == 303
    page = client.get(f"/entries/{later.public_id}").text
    assert "Related requests (1)" in page
    assert f'href="/entries/{first.public_id}"' in page
    assert f'href="/entries/{later.public_id}"' in client.get(f"/entries/{first.public_id}").text
