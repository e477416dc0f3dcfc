"""The review app's page images of an email are numbered and labelled as the email reader numbers
its pages: evidence boxes refer to page numbers, so any drift points a clerk at the wrong page."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from reportlab.lib.pdfencrypt import StandardEncryption

from requestdesk.document import Document
from requestdesk.extractors.email_reader import read_email
from requestdesk.review.page_render import read_pages

from . import builders
from .checks import LIMITS

SENDER = "Officer Lee <r.lee@ice.dhs.gov>"


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("L", (320, 200), 255).save(out, format="PNG")
    return out.getvalue()


def _pages_of_both(path: Path) -> tuple[Document, list[tuple[int, str, bool]]]:
    """The reader's document, after checking that the page images match it page for page."""
    doc = read_email(path, LIMITS)
    layout, _ = read_pages(str(path), None)
    assert layout.kind == "email"
    shown = [(p.number, p.part, p.image) for p in layout.pages]
    read = [(p.number, p.part, p.width > 0) for p in doc.pages]
    assert shown == read
    return doc, read


def test_nested_emails_pdfs_images_and_text_are_numbered_alike(files: Path) -> None:
    pdf = builders.text_pdf(files / "two-pages.pdf", [["First page"], ["Second page"]]).read_bytes()
    png = _png()
    original = builders.email_with("Request", SENDER, None, "The first request.", [
        (b"Case number 2026-114", "text", "plain", "notes.txt")])
    # Only headers and an attachment: the forwarded email's headers still make a page.
    bare = builders.email_with("FW: scan", SENDER, None, None, [(png, "image", "png", "scan.png")])
    forwarded = builders.email_with("FW: request", SENDER, None, "Forwarded below.", [
        (pdf, "application", "pdf", "request.pdf"),
        (original.as_bytes(), "application", "octet-stream", "original.eml"),  # sniffed as email
        (bare, "message", "rfc822", "bare.eml"),
    ])
    outer = builders.email_with("Records request", SENDER, "<p>Please see the attachments.</p>", None, [
        (png, "image", "png", "scan.png"),
        (forwarded, "message", "rfc822", "forwarded.eml"),
        (b"<html><body><p>Case notes</p></body></html>", "text", "html", "notes.html"),
        (b"", "application", "pdf", "empty.pdf"),
        (b"PK\x03\x04" + b"\x00" * 200, "application", "vnd.openxmlformats", "notes.docx"),
        (pdf, "application", "pdf", "second.pdf"),
    ])
    path = files / "nested-mix.eml"
    path.write_bytes(outer.as_bytes())

    doc, pages = _pages_of_both(path)
    assert pages == [
        (1, "body", False), (2, "attachment 1", True), (3, "attachment 2", False),
        (4, "attachment 2.1", True), (5, "attachment 2.1", True), (6, "attachment 2.2", False),
        (7, "attachment 2.2.1", False), (8, "attachment 2.3", False), (9, "attachment 2.3.1", True),
        (10, "attachment 3", False), (11, "attachment 6", True), (12, "attachment 6", True),
    ]
    assert doc.attachments == 11
    assert doc.warnings[0] == "Attachment 4 is empty and was skipped."
    assert doc.warnings[1].startswith("Attachment 5 is a kind of file requestdesk cannot read")


def test_attachment_and_nesting_limits_are_applied_alike(files: Path) -> None:
    inner = builders.email_with("Deepest", SENDER, None, "Too deep to read.", [])
    for level in range(LIMITS.max_email_depth, 0, -1):
        inner = builders.email_with(f"FW {level}", SENDER, None, f"Level {level}.", [
            (b"Level notes", "text", "plain", "notes.txt"), (inner, "message", "rfc822", "fw.eml")])
    many = [(f"Note {n}".encode(), "text", "plain", "note.txt") for n in range(LIMITS.max_attachments)]
    outer = builders.email_with("Many", SENDER, None, "Body.", [(inner, "message", "rfc822", "fw.eml"),
                                                                *many])
    path = files / "limits.eml"
    path.write_bytes(outer.as_bytes())

    doc, pages = _pages_of_both(path)
    depth = LIMITS.max_email_depth
    expected = ["body"]
    for level in range(1, depth + 1):
        label = "1" + ".2" * (level - 1)
        expected += [f"attachment {label}", f"attachment {label}.1"]
    counted = 2 * depth + 1  # the forwarded emails, their notes and the one nested too deep
    expected += [f"attachment {n}" for n in range(2, 2 + LIMITS.max_attachments - counted)]
    assert [part for _, part, _ in pages] == expected
    assert doc.attachments == counted + LIMITS.max_attachments
    too_deep = "1" + ".2" * depth
    assert doc.warnings[0].startswith(f"Attachment {too_deep} is an email forwarded inside too many")
    assert doc.warnings[1].startswith(f"This email has more than {LIMITS.max_attachments} attachments")
    assert len(doc.warnings) == 2


def test_locked_and_damaged_attachments_are_skipped_alike(files: Path) -> None:
    locked = builders.text_pdf(files / "locked.pdf", [["Secret"]],
                               encrypt=StandardEncryption("user-pw", "owner-pw")).read_bytes()
    good = builders.text_pdf(files / "good.pdf", [["Subpoena page"]]).read_bytes()
    outer = builders.email_with("Request", SENDER, None, "See attached.", [
        (locked, "application", "pdf", "locked.pdf"),
        (b"%PDF-1.4\n1 0 obj broken", "application", "pdf", "damaged.pdf"),
        (good, "application", "pdf", "good.pdf"),
    ])
    path = files / "locked.eml"
    path.write_bytes(outer.as_bytes())

    doc, pages = _pages_of_both(path)
    assert pages == [(1, "body", False), (2, "attachment 3", True)]
    assert [w.split(":")[0] for w in doc.warnings] == ["Attachment 1 was not read",
                                                       "Attachment 2 was not read"]
    _, image = read_pages(str(path), 2)
    assert image is not None and image.startswith(b"\x89PNG")
