"""Foreign names' accents on scans: lines with Vietnamese, Polish, Czech or Serbo-Croatian names
are read again with that language (real Tesseract), and the second reading only adds marks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from requestdesk.extractors.accent_reread import _marks_seen, _merge, _same_letters
from requestdesk.extractors.name_origins import languages_for, skeleton
from requestdesk.extractors.read import read_document
from requestdesk.extractors.tesseract import TsvWord

from . import scans
from .checks import LIMITS

LINES = [
    "Re: Request for records concerning the persons below",
    "",
    "1. TRẦN, Thị Bích Ngọc, born 1990-05-14",
    "2. Łucja Wróblewska, born 1984-11-02",
    "3. Dragan Milošević, born 1979-03-30",
    "4. PHẠM VĂN TOÀN, born 1995-07-21",
    "5. Radka Procházková, born 1988-01-09",
    "6. João Conceição, born 1977-02-02",
    "7. Marie-Thérèse Beauséjour, born 1982-12-12",
    "",
    "Requested by Officer Michael Anderson, Westfield Police",
]
EXPECTED = ["TRẦN, Thị Bích Ngọc", "Łucja Wróblewska", "Dragan Milošević", "PHẠM VĂN TOÀN",
            "Radka Procházková", "João Conceição", "Marie-Thérèse Beauséjour"]


@pytest.fixture(scope="module")
def scanned_names(tmp_path_factory: pytest.TempPathFactory) -> str:
    page = scans.scanned(scans.render_page(LINES, dpi=300, font_pt=12), skew_deg=0.6,
                         noise=0.002)
    path = scans.scanned_pdf([page], tmp_path_factory.mktemp("accents") / "names.pdf")
    return read_document(Path(path), LIMITS).text


@pytest.mark.parametrize("name", EXPECTED)
def test_scanned_names_keep_their_accents(scanned_names: str, name: str) -> None:
    assert name in scanned_names


def test_english_names_are_left_alone(scanned_names: str) -> None:
    assert "Officer Michael Anderson, Westfield Police" in scanned_names


@pytest.mark.parametrize(("tokens", "expected"), [
    (["NGUYEN,", "Van", "Hai"], ["vie"]),
    (["LE,", "Ngoc", "Bao"], ["vie"]),  # no family name from the list, but three syllables
    (["Lukasz", "Wojcik"], ["pol"]),
    (["Stojanovié"], ["hrv"]),
    (["Zdenek", "Novakova"], ["ces"]),
    (["Hadzié", "and", "Zielinski"], ["hrv", "pol"]),
    (["Officer", "Michael", "Anderson"], []),
    (["Public", "Records", "Act"], []),
    (["Eric", "Dominic"], []),
    (["D6", "Minh", "Khói,"], ["vie"]),
])
def test_languages_for_a_line(tokens: list[str], expected: list[str]) -> None:
    assert languages_for(tokens) == expected


@pytest.mark.parametrize(("old", "new", "same"), [
    ("Nguyén", "Nguyễn", True),
    ("Quéc", "Quốc", True),  # a letter the first reading marked wrongly
    ("tukasz", "Łukasz", True),  # "t" for "Ł"
    ("Hiing", "Hùng", False),  # different letters: never a new name
    ("Bao", "Bảo", True),
    ("Thanh", "Thành", True),
    ("1979-06-23", "14-223-6789", False),  # no letters: nothing to mark
    ("Lan", "Lâm", False),
    ("D6", "Đỗ", True),  # a digit for a marked "o"
    ("Jiti", "Jiří", True),  # "t" guessed for "ř"
    ("Prochazkova", "Prochazkovś", False),  # "ś" is no guess for "a"
])
def test_second_reading_only_adds_marks(old: str, new: str, same: bool) -> None:
    assert _same_letters(old, new) is same



def _caps_line(text: str) -> tuple[Image.Image, list[TsvWord]]:
    """A 200 dpi line of words and their boxes as Tesseract would give them."""
    face = ImageFont.truetype(scans.FONT, 30)
    image = Image.new("L", (900, 120), 255)
    draw = ImageDraw.Draw(image)
    words, x = [], 20
    for word in text.split():
        draw.text((x, 40), word, font=face, fill=0)
        left, top, right, bottom = draw.textbbox((x, 40), word, font=face)
        words.append(TsvWord(word, left, top, right - left, bottom - top, 95.0, 1, 1, 1))
        x = right + 18
    return image, words


@pytest.mark.parametrize(("printed", "read_as", "kept"), [
    ("Middle THI THU HA", "THI", True),       # noise read as marks on a clean fax: refused
    ("Middle THỊ THU HA", "THỊ", False),       # a dot below the capitals: taken
    ("Middle THU HÀ born", "HÀ", False),       # a grave above: taken
])
def test_marks_on_capitals_need_ink_where_marks_go(printed: str, read_as: str, kept: bool) -> None:
    image, line = _caps_line(printed)
    word = next(w for w in line if w.text == read_as)
    first_reading = replace(word, text=skeleton(word.text).upper())
    line = [first_reading if w is word else w for w in line]
    assert _marks_seen(image, first_reading, line) is not kept


def test_an_english_word_is_not_read_as_polish() -> None:
    old = TsvWord("Marshal", 0, 0, 80, 20, 95.0, 1, 1, 1)
    assert _merge(old, replace(old, text="Marshał")).text == "Marshal"
    name = replace(old, text="Lukasz")
    assert _merge(name, replace(name, text="Łukasz")).text == "Łukasz"
