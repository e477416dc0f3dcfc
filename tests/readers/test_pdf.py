"""PDFs: text layer with boxes in points, reading order, OCR decided page by page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pdfencrypt import StandardEncryption

from requestdesk.document import Rejected
from requestdesk.extractors.read import read_document

from . import builders, scans
from .checks import LIMITS, assert_boxes_inside, words_of


def test_text_layer_words_carry_page_and_box(letter_pdf: Path) -> None:
    doc = read_document(letter_pdf, LIMITS)
    assert doc.kind == "pdf"
    assert doc.ocr_pages == 0
    page = doc.pages[0]
    assert (page.width, page.height) == (612, 792)
    assert "Re: Request for records concerning José Núñez and Jesús Gómez" in doc.text
    assert_boxes_inside(doc)
    start = doc.text.index("Núñez")
    number, box, confidence = doc.locate(start, start + len("Núñez"))
    assert number == 1 and confidence is None and box is not None
    # Line 8 of the letter sits 7 line-steps below the first baseline at 72 pt from the top.
    assert 72 + 7 * 11 * 1.45 - 12 < box.y0 < box.y1 < 72 + 7 * 11 * 1.45 + 4
    assert box.x0 > 72


def test_paragraphs_become_blocks(letter_pdf: Path) -> None:
    doc = read_document(letter_pdf, LIMITS)
    blocks = [line.block for line in doc.pages[0].lines]
    assert blocks == sorted(blocks)
    assert len(set(blocks)) >= 4  # the blank lines of the letter separate its paragraphs
    assert "Colorado\n\nRe: Request" in doc.text


def test_two_columns_are_read_column_by_column(files: Path) -> None:
    left = [f"Left column sentence number {i} here" for i in range(8)]
    right = [f"Right column sentence number {i} here" for i in range(8)]
    path = builders.two_column_pdf(files / "columns.pdf", "NOTICE OF REQUEST", left, right)
    text = read_document(path, LIMITS).text
    assert text.index("NOTICE") < text.index("Left column sentence number 0")
    assert text.index("Left column sentence number 7") < text.index("Right column sentence number 0")


def test_form_label_and_value_share_a_line(files: Path) -> None:
    fields = [("Subject name:", "Jesús Gómez"), ("Date of birth:", "07/02/1979"),
              ("Requesting officer:", "Deportation Officer Lee"), ("Case:", "ERO-2026-1187")]
    doc = read_document(builders.form_pdf(files / "form.pdf", fields), LIMITS)
    for label, value in fields:
        assert f"{label} {value}" in doc.text


def test_scanned_page_in_a_text_pdf_is_ocred_in_points(files: Path, letter_page: Image.Image) -> None:
    png = files / "page2.png"
    scans.scanned(letter_page, skew_deg=1.5).save(png)
    path = builders.mixed_pdf(files / "mixed.pdf", ["Cover letter typed on a computer",
                                                     "See the attached scanned request"], png)
    doc = read_document(path, LIMITS)
    assert [p.ocr for p in doc.pages] == [False, True]
    assert doc.channel == "unknown"
    scan = doc.pages[1]
    assert (scan.width, scan.height) == (612, 792)
    assert "Pursuant to 8 U.S.C. 1357 we request" in " ".join(words_of(scan))
    assert all(w.confidence is not None for line in scan.lines for w in line.words)
    assert_boxes_inside(doc)
    start = doc.text.index("Lakewood")
    number, box, _ = doc.locate(start, start + 8)
    assert number == 2 and box is not None
    # The word was drawn about 1 in + 5 lines down the page: roughly 72 + 5 * 23 pt.
    assert 150 < box.y0 < 230 and box.x1 < 612


def test_image_only_pdf_is_a_scan_from_paper(files: Path, letter_page: Image.Image) -> None:
    path = scans.scanned_pdf([scans.scanned(letter_page, turn_cw=90)],
                             files / "sideways.pdf")
    doc = read_document(path, LIMITS)
    assert doc.channel == "mail" and doc.ocr_pages == 1
    page = doc.pages[0]
    assert page.rotation == 270
    assert (round(page.width), round(page.height)) == (792, 612)
    assert "Pursuant to 8 U.S.C. 1357" in doc.text
    assert_boxes_inside(doc)


def test_password_to_open_is_rejected(files: Path) -> None:
    path = builders.text_pdf(files / "locked.pdf", [["Confidential request"]],
                             encrypt=StandardEncryption("open-sesame", ownerPassword="owner"))
    with pytest.raises(Rejected) as caught:
        read_document(path, LIMITS)
    assert caught.value.code == "encrypted"
    assert "password" in caught.value.reason and "Ask the sender" in caught.value.reason


def test_owner_password_only_is_still_read(files: Path) -> None:
    enc = StandardEncryption("", ownerPassword="owner", canPrint=0, canModify=0)
    path = builders.text_pdf(files / "restricted.pdf", [["Request under 8 U.S.C. 1357"]],
                             encrypt=enc)
    assert "Request under 8 U.S.C. 1357" in read_document(path, LIMITS).text


def test_truncated_pdf_is_rejected_as_damaged(files: Path, letter_pdf: Path) -> None:
    data = letter_pdf.read_bytes()
    path = files / "truncated.pdf"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(Rejected) as caught:
        read_document(path, LIMITS)
    assert caught.value.code == "corrupt"
    assert "send it again" in caught.value.reason


def test_ten_thousand_pages_are_refused_before_reading(files: Path) -> None:
    path = builders.blank_pdf(files / "huge.pdf", 10_000)
    with pytest.raises(Rejected) as caught:
        read_document(path, LIMITS)
    assert caught.value.code == "too_large"
    assert "more than 500 pages" in caught.value.reason


def test_pdf_of_a_fax_is_marked_as_fax(files: Path) -> None:
    page = scans.render_page(["FACSIMILE", "Records request for the subject named below"], dpi=200)
    fax = page.point(lambda v: 255 if v > 128 else 0).convert("1")
    path = files / "fax.pdf"
    fax.save(path, format="PDF", resolution=200)
    doc = read_document(path, LIMITS)
    assert doc.channel == "fax" and doc.ocr_pages == 1
    assert "Records request for the subject named below" in doc.text


def test_junk_text_layer_is_replaced_by_ocr(files: Path, letter_page: Image.Image) -> None:
    png = files / "junk-scan.png"
    letter_page.save(png)
    junk = ["~#¤ }{| @@^ ¬¦ ##%% ¤¤ ][ ;;~ |||" for _ in range(20)]
    doc = read_document(builders.scan_with_junk_layer(files / "junk.pdf", png, junk), LIMITS)
    assert doc.ocr_pages == 1
    assert "Pursuant to 8 U.S.C. 1357 we request" in doc.text
    assert "@@^" not in doc.text


def test_blank_page_is_kept_as_an_empty_scanned_page(files: Path) -> None:
    doc = read_document(builders.blank_pdf(files / "blank.pdf", 2), LIMITS)
    assert [(p.number, p.ocr, p.lines) for p in doc.pages] == [(1, True, []), (2, True, [])]
    assert doc.warnings == []


def test_scan_with_a_typed_fax_header_is_still_ocred(files: Path, letter_page: Image.Image) -> None:
    png = files / "stamped-scan.png"
    letter_page.save(png)
    path = builders.stamped_scan_pdf(files / "stamped.pdf", png,
                                     "From: ICE ERO Fax 303-555-0100  Page 1 of 1")
    doc = read_document(path, LIMITS)
    assert doc.ocr_pages == 1
    assert "Pursuant to 8 U.S.C. 1357 we request" in doc.text


def test_page_printed_sideways_is_read_in_order(files: Path) -> None:
    lines = ["Records request for the persons named below", "Jesús Gómez born 1979",
             "Pursuant to 8 U.S.C. 1357 we request the current address"]
    doc = read_document(builders.sideways_text_pdf(files / "rotated.pdf", lines), LIMITS)
    page = doc.pages[0]
    assert page.ocr and page.rotation in (90, 270)
    assert "Records request for the persons named below\nJesús Gómez born 1979\n" in doc.text
    assert_boxes_inside(doc)
