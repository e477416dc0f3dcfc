"""Emails: headers, HTML or text body, attachments (PDF, scans, forwarded emails) as pages."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from reportlab.lib.pdfencrypt import StandardEncryption

from requestdesk.extractors.read import read_document

from . import builders, scans
from .checks import LIMITS, assert_boxes_inside

I200_LINES = ["U.S. Department of Homeland Security", "WARRANT FOR ARREST OF ALIEN",
              "Form I-200", "To: Any immigration officer authorized pursuant to sections 236",
              "Signature of Authorized Immigration Officer"]
BODY_HTML = """<html><head><style>p { color: red }</style>
<script>document.write('SCRIPT TEXT MUST NOT APPEAR')</script></head>
<body><p>Good morning,</p><p>Please provide the current address and photograph for
<b>Jesús Gómez</b>, DOB 07/02/1979.</p><div>The administrative warrant is attached.</div>
<p>Officer R. Lee<br>ICE ERO Denver</p></body></html>"""


def _build(files: Path, letter_page: Image.Image) -> Path:
    pdf = builders.text_pdf(files / "i200.pdf", [I200_LINES])
    scan = files / "forwarded-scan.png"
    scans.scanned(letter_page, turn_cw=180).save(scan, dpi=(300, 300))
    inner = builders.email_with(
        "FW: records request", "Supervisor <supervisor@ice.dhs.gov>", None,
        "Forwarding the signed request below.\n\nThanks", [
            (scan.read_bytes(), "image", "png", "Gomez_Jesus_scan.png"),
        ], date="Mon, 02 Mar 2026 16:00:00 -0700")
    locked = builders.text_pdf(files / "locked-att.pdf", [["Locked"]],
                               encrypt=StandardEncryption("pw", ownerPassword="o"))
    outer = builders.email_with(
        "Records request", "Officer Lee <r.lee@ice.dhs.gov>", BODY_HTML, None, [
            (pdf.read_bytes(), "application", "pdf", "Gomez_Jesus_I-200.pdf"),
            (inner, "message", "rfc822", "forwarded.eml"),
            (b"PK\x03\x04" + b"\x00" * 200, "application", "vnd.openxmlformats", "notes.docx"),
            (locked.read_bytes(), "application", "pdf", "locked.pdf"),
        ])
    path = files / "request.eml"
    path.write_bytes(outer.as_bytes())
    return path


def test_email_with_html_body_pdf_and_forwarded_email(files: Path,
                                                       letter_page: Image.Image) -> None:
    doc = read_document(_build(files, letter_page), LIMITS)
    assert doc.kind == "email" and doc.channel == "email"
    assert doc.headers["From"] == "Officer Lee <r.lee@ice.dhs.gov>"
    assert doc.headers["Subject"] == "Records request"
    assert doc.received_at == "2026-03-03T09:15:00-07:00"
    assert doc.text.startswith("From: Officer Lee <r.lee@ice.dhs.gov>\n")
    assert "address and photograph for Jesús Gómez, DOB 07/02/1979." in doc.text
    assert "SCRIPT TEXT" not in doc.text and "color: red" not in doc.text
    parts = [(p.number, p.part, p.ocr) for p in doc.pages]
    assert parts == [(1, "body", False), (2, "attachment 1", False), (3, "attachment 2", False),
                     (4, "attachment 2.1", True)]
    assert doc.attachments == 5
    i200 = doc.text.index("WARRANT FOR ARREST OF ALIEN")
    page, box, _ = doc.locate(i200, i200 + 7)
    assert page == 2 and box is not None
    assert "From: Supervisor <supervisor@ice.dhs.gov>" in doc.text
    assert "Pursuant to 8 U.S.C. 1357 we request" in doc.text  # the turned scan, read upright
    assert doc.pages[3].rotation == 180
    assert "Gomez_Jesus" not in doc.text
    assert_boxes_inside(doc)
    # The Word file and the locked PDF are skipped with a note for the clerk, not fatal.
    assert len(doc.warnings) == 2
    assert "Attachment 3" in doc.warnings[0] and "cannot read" in doc.warnings[0]
    assert "Attachment 4" in doc.warnings[1] and "password" in doc.warnings[1]


def test_plain_text_email_in_latin1(files: Path) -> None:
    raw = ("From: detective@denvergov.org\r\nTo: records@dor.state.co.us\r\n"
           "Subject: =?iso-8859-1?q?Solicitud_N=FA=F1ez?=\r\nDate: 5 Mar 2026 10:00:00 +0000\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n"
           "Please send the driver history of José Núñez.\r\n\r\nDet. Ana Ruiz\r\n")
    path = files / "latin1.eml"
    path.write_bytes(raw.encode("latin-1"))
    doc = read_document(path, LIMITS)
    assert doc.headers["Subject"] == "Solicitud Núñez"
    assert doc.received_at == "2026-03-05T10:00:00+00:00"
    assert "Please send the driver history of José Núñez." in doc.text
    assert [p.part for p in doc.pages] == ["body"]
    assert [line.block for line in doc.pages[0].lines] == [0, 1]


def test_email_saved_as_a_file_inside_an_email(files: Path) -> None:
    inner = builders.email_with("Detainer follow-up", "ERO Officer <ero@ice.dhs.gov>", None,
                                "Please confirm the release date of the subject.", [],
                                date="Wed, 04 Mar 2026 08:00:00 -0700")
    outer = builders.email_with("FW: detainer", "Clerk <clerk@jail.example.gov>", None,
                                "See the attached message.", [
                                    (inner.as_bytes(), "application", "octet-stream",
                                     "Maria_Lopez.eml")])
    path = files / "octet.eml"
    path.write_bytes(outer.as_bytes())
    doc = read_document(path, LIMITS)
    assert [p.part for p in doc.pages] == ["body", "attachment 1"]
    assert "From: ERO Officer <ero@ice.dhs.gov>" in doc.text
    assert "Please confirm the release date of the subject." in doc.text
    assert "Maria_Lopez" not in doc.text and doc.warnings == []


def test_pasted_email_without_mime_headers_keeps_utf8_accents(files: Path) -> None:
    # An e-mail copied into a text file: headers but no Content-Type, so no charset declared.
    path = files / "pasted-email.txt"
    path.write_bytes(
        "From: Rourke, Tadhg <tadhg.rourke@ice.dhs.gov>\nTo: Records <records@state.co.us>\n"
        "Subject: request\n\n1. IBÁÑEZ MUÑOZ, Itzel   DOB 1996-04-02\n"
        "Authority: 8 C.F.R. § 287.5\n".encode()
    )
    doc = read_document(path, LIMITS)
    assert "IBÁÑEZ MUÑOZ, Itzel" in doc.text
    assert "§ 287.5" in doc.text
