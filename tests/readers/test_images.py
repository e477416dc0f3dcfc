"""Scans, photos and faxes: orientation, skew, accents, multi-page fax TIFF, provenance."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from requestdesk.document import Box, Document, Rejected
from requestdesk.extractors.read import read_document

from . import builders, scans
from .checks import LIMITS, assert_boxes_inside


def _box_of(doc: Document, word: str) -> Box:
    start = doc.text.index(word)
    _, box, _ = doc.locate(start, start + len(word))
    assert box is not None
    return box


def _turned_box(box: Box, width: float, height: float, turn_cw: int) -> Box:
    """Where a box of an upright width x height page lands when the page is turned clockwise."""
    corners = [(box.x0, box.y0), (box.x1, box.y1)]
    if turn_cw == 90:
        moved = [(height - y, x) for x, y in corners]
    elif turn_cw == 180:
        moved = [(width - x, height - y) for x, y in corners]
    elif turn_cw == 270:
        moved = [(y, width - x) for x, y in corners]
    else:
        moved = corners
    xs, ys = [p[0] for p in moved], [p[1] for p in moved]
    return Box(min(xs), min(ys), max(xs), max(ys))


@pytest.fixture(scope="session")
def upright_doc(files: Path, letter_page: Image.Image) -> Document:
    path = files / "upright.png"
    letter_page.save(path, dpi=(300, 300))
    return read_document(path, LIMITS)


def test_upright_scan_reads_with_boxes_and_confidences(upright_doc: Document) -> None:
    assert upright_doc.kind == "image" and upright_doc.channel == "mail"
    page = upright_doc.pages[0]
    assert page.ocr and page.rotation == 0 and (page.width, page.height) == (2550, 3300)
    assert "Pursuant to 8 U.S.C. 1357 we request the current address" in upright_doc.text
    assert_boxes_inside(upright_doc)
    words = [w for line in page.lines for w in line.words]
    assert all(w.confidence is not None and 0 <= w.confidence <= 100 for w in words)
    # "Lakewood" is on the sixth line, drawn 300 px in and 300 + 5 * 80 px down.
    box = _box_of(upright_doc, "Lakewood")
    assert 690 <= box.y0 <= 720 and box.x0 > 300


@pytest.mark.parametrize("turn_cw", [90, 180, 270])
def test_turned_scans_are_read_upright(files: Path, letter_page: Image.Image,
                                        upright_doc: Document, turn_cw: int) -> None:
    path = files / f"turned{turn_cw}.png"
    scans.scanned(letter_page, turn_cw=turn_cw).save(path)
    doc = read_document(path, LIMITS)
    page = doc.pages[0]
    assert page.rotation == (360 - turn_cw) % 360
    assert "Pursuant to 8 U.S.C. 1357 we request the current address" in doc.text
    assert_boxes_inside(doc)
    # Boxes are on the page as stored: the upright box, turned the same way as the paper.
    expected = _turned_box(_box_of(upright_doc, "Lakewood"), 2550, 3300, turn_cw)
    got = _box_of(doc, "Lakewood")
    for a, b in zip(got.as_list(), expected.as_list(), strict=True):
        assert abs(a - b) <= 12


def test_skewed_noisy_scan_is_straightened(files: Path, letter_page: Image.Image) -> None:
    path = files / "skewed.png"
    scans.scanned(letter_page, skew_deg=3.0, noise=0.002).save(path)
    doc = read_document(path, LIMITS)
    assert "Pursuant to 8 U.S.C. 1357 we request the current address" in doc.text
    assert "Records Unit, 1881 Pierce Street, Lakewood, Colorado" in doc.text
    assert_boxes_inside(doc)


def test_accented_names_survive_ocr(upright_doc: Document) -> None:
    for name in ("Núñez", "Jesús Gómez", "Hernández-López"):
        assert name in upright_doc.text


def test_multipage_group4_fax_tiff(files: Path) -> None:
    pages = [scans.render_page(scans.LETTER_LINES, dpi=200),
             scans.render_page(["FAX COVER SHEET", "Page 2 of 2", "Subject: Jesús Gómez",
                                "Date of birth: 07/02/1979"], dpi=200)]
    path = scans.fax_tiff(pages, files / "fax.tif")
    with Image.open(path) as check:
        assert check.info["compression"] == "group4" and check.n_frames == 2
    doc = read_document(path, LIMITS)
    assert doc.channel == "fax" and doc.kind == "image"
    assert [p.number for p in doc.pages] == [1, 2] and doc.ocr_pages == 2
    assert all((p.width, p.height) == (1700, 2200) for p in doc.pages)
    assert "Subject: Jesús Gómez" in doc.text
    page, _, _ = doc.locate(doc.text.index("COVER"), doc.text.index("COVER") + 5)
    assert page == 2
    assert_boxes_inside(doc)


def test_standard_resolution_fax_keeps_boxes_on_the_stored_image(files: Path) -> None:
    page = scans.render_page(["FACSIMILE TRANSMISSION", "Records request for Gómez"], dpi=204)
    squashed = page.resize((page.width, page.height * 98 // 204)).point(
        lambda v: 255 if v > 128 else 0).convert("1")
    path = files / "fax-standard.tif"
    squashed.save(path, format="TIFF", compression="group4", dpi=(204, 98))
    doc = read_document(path, LIMITS)
    assert doc.channel == "fax"
    assert "FACSIMILE TRANSMISSION" in doc.text and "Records request for" in doc.text
    assert (doc.pages[0].width, doc.pages[0].height) == squashed.size
    assert_boxes_inside(doc)
    # The second line was drawn 258 px down at 204 dpi: 124 rows of the 98 dpi image.
    box = _box_of(doc, "Records")
    assert 110 <= box.y0 <= 135 and box.x0 >= 200


def test_jpeg_named_pdf_is_read_as_an_image(files: Path, letter_page: Image.Image) -> None:
    path = files / "scan.pdf"
    letter_page.convert("RGB").save(path, format="JPEG", quality=90, dpi=(300, 300))
    doc = read_document(path, LIMITS)
    assert doc.kind == "image"
    assert "Pursuant to 8 U.S.C. 1357" in doc.text


def test_decompression_bomb_is_refused_without_decoding(files: Path) -> None:
    path = builders.bomb_png(files / "bomb.png")
    assert path.stat().st_size < 2000
    with pytest.raises(Rejected) as caught:
        read_document(path, LIMITS)
    assert caught.value.code == "too_large"
    assert "million pixels" in caught.value.reason


def test_truncated_image_is_rejected(files: Path, letter_page: Image.Image) -> None:
    path = files / "cut.png"
    letter_page.save(path)
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(Rejected) as caught:
        read_document(path, LIMITS)
    assert caught.value.code == "corrupt"


@pytest.mark.parametrize("kind", ["transparent-png", "16-bit-tiff"])
def test_unusual_pixel_formats_read_as_paper(files: Path, kind: str) -> None:
    page = np.asarray(scans.render_page(["Request for records about Jesús Gómez",
                                         "under 8 U.S.C. § 1357"]))
    if kind == "transparent-png":
        rgba = np.zeros((*page.shape, 4), np.uint8)
        rgba[..., 3] = 255 - page  # black ink on a see-through sheet
        path = files / "alpha.png"
        Image.fromarray(rgba).save(path)
    else:
        path = files / "grey16.tif"
        Image.fromarray(page.astype(np.uint16) * 257).save(path)
    doc = read_document(path, LIMITS)
    assert doc.text.startswith("Request for records about Jesús Gómez\nunder 8 U.S.C. § 1357")


def test_page_with_a_few_words_is_read_without_warnings(files: Path) -> None:
    path = files / "short.png"
    scans.render_page(["Page 2 of 2"]).save(path)
    doc = read_document(path, LIMITS)
    assert doc.warnings == []
    assert "Page 2 of 2" in doc.text
