"""Scanned forms: each label stays on one line with the value printed beside it."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from requestdesk.document import Box, Line, Word
from requestdesk.extractors.layout import join_form_rows
from requestdesk.extractors.read import read_document

from . import scans
from .checks import LIMITS

FIELDS = [
    ("Subject ID:", "375090613"),
    ("File No:", "A223959093"),
    ("Name:", "QUINTERO-SALAS, ROSALBA INÉS"),
    ("Date of Birth:", "01/18/1979"),
    ("Citizenship:", "Honduras"),
    ("FROM:", "ERO Salt Lake City Field Office"),
]


def _form_page(dpi: int = 200) -> Image.Image:
    page = Image.new("L", (round(8.5 * dpi), round(11 * dpi)), 255)
    draw = ImageDraw.Draw(page)
    face = ImageFont.truetype(scans.FONT, round(11 * dpi / 72))
    draw.text((dpi, dpi), "IMMIGRATION DETAINER - NOTICE OF ACTION", font=face, fill=0)
    y = 2 * dpi
    for label, value in FIELDS:
        draw.text((dpi, y), label, font=face, fill=0)
        draw.text((round(3.6 * dpi), y), value, font=face, fill=0)
        y += round(0.45 * dpi)
    return page


def test_fax_form_keeps_labels_with_their_values(tmp_path: Path) -> None:
    page = scans.scanned(_form_page(), skew_deg=0.8, noise=0.0005)
    doc = read_document(scans.fax_tiff([page], tmp_path / "form.tif"), LIMITS)
    lines = [" ".join(line.split()) for line in doc.text.splitlines()]
    assert "Name: QUINTERO-SALAS, ROSALBA INÉS" in lines
    assert "Date of Birth: 01/18/1979" in lines
    assert "File No: A223959093" in lines


def _line(text: str, x0: float, y0: float, block: int, width: float = 60.0) -> Line:
    words, x = [], x0
    for part in text.split():
        words.append(Word(part, Box(x, y0, x + width, y0 + 20)))
        x += width + 10
    return Line(words=words, block=block)


def test_labels_join_values_and_running_text_is_left_alone() -> None:
    lines = [
        _line("Name:", 100, 100, 0),
        _line("Date of Birth:", 100, 140, 0),
        _line("This paragraph of running text is much longer than a label", 100, 200, 1),
        _line("BAKER-HUGHES, THOMAS", 700, 102, 2),
        _line("01.18.1979", 700, 141, 2),
        _line("right column words", 1500, 203, 3),
    ]
    joined = [" ".join(w.text for w in line.words) for line in join_form_rows(lines)]
    assert joined == [
        "Name: BAKER-HUGHES, THOMAS",
        "Date of Birth: 01.18.1979",
        "This paragraph of running text is much longer than a label",
        "right column words",
    ]
