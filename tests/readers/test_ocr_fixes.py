"""The section sign after a code abbreviation survives OCR."""

from __future__ import annotations

from PIL import Image

from requestdesk.extractors.ocr import PageImage, ocr_page
from requestdesk.extractors.ocr_fixes import clean_words, join_split_emails, restore_section_signs
from requestdesk.extractors.tesseract import TesseractOptions, TsvWord

from . import scans


def _words(*texts: str) -> list[TsvWord]:
    return [TsvWord(t, 0, 0, 1, 1, 90.0, 1, 1, 1) for t in texts]


def test_misread_signs_between_code_and_number_are_restored() -> None:
    fixed = restore_section_signs(_words("8", "U.S.C.", "8", "1357(a)", "C.F.R.", "$", "287.4",
                                         "C.FR.", "88", "1225-1226", "C.F.R.", "5", "287.7"))
    assert [w.text for w in fixed] == ["8", "U.S.C.", "§", "1357(a)", "C.F.R.", "§", "287.4",
                                       "C.FR.", "§§", "1225-1226", "C.F.R.", "§", "287.7"]


def test_numbers_elsewhere_are_left_alone() -> None:
    texts = ("Title", "8", "1357", "paid", "$", "100", "U.S.C.", "8", "of", "S", "12")
    assert [w.text for w in restore_section_signs(_words(*texts))] == list(texts)


def test_section_signs_on_a_scanned_page() -> None:
    lines = ["Pursuant to 8 U.S.C. § 1357(a) and 8 C.F.R. § 287.4",
             "and under 18 U.S.C. § 2703(d) and C.R.S. § 24-74-102"]
    page: Image.Image = scans.render_page(lines)
    outcome = ocr_page(PageImage(number=1, image=page), TesseractOptions())
    text = " ".join(w.text for line in outcome.page.lines for w in line.words)
    assert "8 U.S.C. § 1357(a) and 8 C.F.R. § 287.4" in text
    assert "18 U.S.C. § 2703(d) and C.R.S. § 24-74-102" in text


def test_email_cut_at_the_at_sign_is_rejoined() -> None:
    fixed = join_split_emails(_words("Email:", "tlindqvist@", "da.co.us", "or", "aruiz",
                                     "@ice.dhs.gov.", "at", "@noon"))
    assert [w.text for w in fixed] == ["Email:", "tlindqvist@da.co.us", "or",
                                       "aruiz@ice.dhs.gov.", "at", "@noon"]


def test_form_rules_are_dropped() -> None:
    assert [w.text for w in clean_words(_words("Name:", "|", "GÓMEZ,", "Jesús", "__"))] == [
        "Name:", "GÓMEZ,", "Jesús"]
