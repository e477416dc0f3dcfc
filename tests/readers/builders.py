"""Build input files for the reader tests: born-digital PDFs, emails, hostile files."""

from __future__ import annotations

import struct
import zlib
from email.message import EmailMessage
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .scans import FONT

pdfmetrics.registerFont(TTFont("DejaVu", FONT))


def text_pdf(path: Path, pages: list[list[str]], encrypt: StandardEncryption | None = None,
             font_size: float = 11) -> Path:
    """One page per list of lines, set from one inch below the top."""
    c = canvas.Canvas(str(path), pagesize=letter, encrypt=encrypt)
    for lines in pages:
        c.setFont("DejaVu", font_size)
        y = 720.0
        for line in lines:
            c.drawString(72, y, line)
            y -= font_size * 1.45
        c.showPage()
    c.save()
    return path


def two_column_pdf(path: Path, heading: str, left: list[str], right: list[str]) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("DejaVu", 14)
    c.drawString(72, 730, heading)
    c.setFont("DejaVu", 10)
    for x, column in ((72, left), (320, right)):
        y = 690.0
        for line in column:
            c.drawString(x, y, line)
            y -= 14
    c.showPage()
    c.save()
    return path


def form_pdf(path: Path, fields: list[tuple[str, str]]) -> Path:
    """Labels in one column, values in another, as on a printed form."""
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("DejaVu", 11)
    c.drawString(72, 730, "REQUEST FOR INFORMATION FORM")
    y = 690.0
    for label, value in fields:
        c.drawString(72, y, label)
        c.drawString(260, y, value)
        y -= 24
    c.showPage()
    c.save()
    return path


def mixed_pdf(path: Path, text_lines: list[str], scan_png: Path) -> Path:
    """Page 1 has a text layer; page 2 is only a scanned image."""
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("DejaVu", 11)
    y = 720.0
    for line in text_lines:
        c.drawString(72, y, line)
        y -= 16
    c.showPage()
    c.drawImage(str(scan_png), 0, 0, width=letter[0], height=letter[1])
    c.showPage()
    c.save()
    return path


def blank_pdf(path: Path, pages: int) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter, pageCompression=1)
    for _ in range(pages):
        c.showPage()
    c.save()
    return path


def bomb_png(path: Path, width: int = 100_000, height: int = 100_000) -> Path:
    """A valid PNG header declaring ``width`` x ``height`` pixels, with a tiny body."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * 1024)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body)
                     + chunk(b"IEND", b""))
    return path


def email_with(subject: str, sender: str, body_html: str | None, body_text: str | None,
               attachments: list[tuple[bytes | EmailMessage, str, str, str]],
               date: str = "Tue, 03 Mar 2026 09:15:00 -0700") -> EmailMessage:
    """``attachments``: (content, maintype, subtype, file name)."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "records@dor.state.co.us"
    msg["Date"] = date
    msg["Subject"] = subject
    if body_text is not None:
        msg.set_content(body_text)
        if body_html is not None:
            msg.add_alternative(body_html, subtype="html")
    elif body_html is not None:
        msg.set_content(body_html, subtype="html")
    for content, maintype, subtype, name in attachments:
        if isinstance(content, EmailMessage):
            msg.add_attachment(content)
        else:
            msg.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
    return msg


def scan_with_junk_layer(path: Path, scan_png: Path, junk: list[str]) -> Path:
    """A scanned page whose invisible text layer is junk, as bad scanner software writes."""
    c = canvas.Canvas(str(path), pagesize=letter)
    c.drawImage(str(scan_png), 0, 0, width=letter[0], height=letter[1])
    text = c.beginText(72, 700)
    text.setTextRenderMode(3)  # invisible
    text.setFont("DejaVu", 11)
    for line in junk:
        text.textLine(line)
    c.drawText(text)
    c.showPage()
    c.save()
    return path


def stamped_scan_pdf(path: Path, scan_png: Path, stamp: str) -> Path:
    """A scanned page with one typed line on top, as fax servers stamp their header."""
    c = canvas.Canvas(str(path), pagesize=letter)
    c.drawImage(str(scan_png), 0, 0, width=letter[0], height=letter[1])
    c.setFont("DejaVu", 8)
    c.drawString(36, letter[1] - 20, stamp)
    c.showPage()
    c.save()
    return path


def sideways_text_pdf(path: Path, lines: list[str]) -> Path:
    """A text-layer page whose content is printed turned by 90 degrees (/Rotate 90)."""
    c = canvas.Canvas(str(path), pagesize=(letter[1], letter[0]))
    c.setPageRotation(90)
    c.setFont("DejaVu", 12)
    y = letter[0] - 72
    for line in lines:
        c.drawString(72, y, line)
        y -= 18
    c.showPage()
    c.save()
    return path
