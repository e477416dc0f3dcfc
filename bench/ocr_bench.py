"""OCR speed and accent accuracy, measured against plain Tesseract in the same run.

    .venv/bin/python bench/ocr_bench.py [--pages N]

(a) floor: the ``tesseract`` command on each page image, one after another, OMP_THREAD_LIMIT=1,
    same languages and page segmentation as ours;
(b) our OCR path per page (decode, orientation check, deskew, hand-off, Tesseract, boxes):
    per-page times and the ratio to the floor (target <= 1.2);
(c) a multi-page batch through our parallel path: wall time against the sequential floor
    and the CPU used by all processes (2 cores busy = 200 %);
(d) a born-digital one-page letter: read time and end-to-end extraction time;
(e) accented names read with ``eng`` against ``eng+spa``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["OMP_THREAD_LIMIT"] = "1"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "readers"))

import scans  # noqa: E402
from PIL import Image  # noqa: E402

from requestdesk.extractors.guard import ReadLimits  # noqa: E402
from requestdesk.extractors.ocr import PageImage, ocr_page, ocr_pages  # noqa: E402
from requestdesk.extractors.read import read_document  # noqa: E402
from requestdesk.extractors.tesseract import TesseractOptions, recognise  # noqa: E402

PARAGRAPH = [
    "Pursuant to 8 U.S.C. 1357 and 8 C.F.R. 287.4 the Department of Homeland Security",
    "requests the current residential address, driver licence photograph, vehicle",
    "registrations and any wage records held for the persons named in this letter.",
    "The information is needed for an ongoing matter at the Denver Field Office and",
    "should be sent by email to the officer below within ten business days of receipt.",
]
NAMES = ["José Núñez", "Jesús Gómez", "María Hernández-López", "Martín Peña Ibáñez",
         "Raúl Domínguez", "Sofía Muñoz", "Ángel Cortés", "Begoña Suárez", "Inés Rodríguez",
         "Joaquín Chávez", "Lucía Fernández", "Andrés Gutiérrez"]


def dense_page(seed: int) -> Image.Image:
    lines = ["U.S. Department of Homeland Security", "Immigration and Customs Enforcement", ""]
    for i in range(7):
        lines += PARAGRAPH[i % 2:] + PARAGRAPH[: i % 2] + [""]
    page = scans.render_page(lines[:44], font_pt=11)
    return scans.scanned(page, skew_deg=(seed % 3 - 1) * 0.8, noise=0.001, seed=seed)


def floor_seconds(png: Path) -> float:
    started = time.perf_counter()
    subprocess.run(["tesseract", str(png), "stdout", "-l", "eng+spa", "--oem", "1", "--psm",
                    "3", "--dpi", "300", "tsv"], check=True, capture_output=True)
    return time.perf_counter() - started


def ours_seconds(png: Path, options: TesseractOptions) -> float:
    started = time.perf_counter()
    with Image.open(png) as img:
        img.load()
        ocr_page(PageImage(number=1, image=img, dpi=300), options)
    return time.perf_counter() - started


def batch(pngs: list[Path], options: TesseractOptions) -> tuple[float, float]:
    """Wall seconds and CPU seconds (this process and its children) for all pages at once."""
    before = os.times()
    started = time.perf_counter()

    def items():
        for n, png in enumerate(pngs, 1):
            with Image.open(png) as img:
                img.load()
                yield PageImage(number=n, image=img.copy(), dpi=300)

    for _ in ocr_pages(items(), options):
        pass
    wall = time.perf_counter() - started
    after = os.times()
    cpu = sum(after[i] - before[i] for i in range(4))
    return wall, cpu


def accents(tmp: Path) -> None:
    lines = [f"Subject {i + 1}: {name}" for i, name in enumerate(NAMES)]
    for dpi in (300, 200):
        page = scans.render_page(lines, dpi=dpi)
        if dpi == 200:
            page = page.point(lambda v: 255 if v > 128 else 0).convert("1")  # fax-like
        for lang in ("eng", "eng+spa"):
            words = recognise(page, TesseractOptions(lang=lang, dpi=dpi))
            text = " ".join(w.text for w in words)
            hits = sum(1 for name in NAMES if name in text)
            words_ok = sum(1 for name in NAMES for part in name.split() if part in text)
            total_words = sum(len(name.split()) for name in NAMES)
            print(f"  {dpi} dpi {lang:8s} names exact {hits}/{len(NAMES)}, "
                  f"name words exact {words_ok}/{total_words}")


def born_digital(tmp: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from requestdesk.pipeline import extract_file

    pdfmetrics.registerFont(TTFont("DejaVu", scans.FONT))
    path = tmp / "letter.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("DejaVu", 11)
    for i, line in enumerate(scans.LETTER_LINES):
        c.drawString(72, 770 - 16 * i, line)
    c.showPage()
    c.save()
    reads = []
    for _ in range(10):
        started = time.perf_counter()
        read_document(path, ReadLimits())
        reads.append(time.perf_counter() - started)
    extract_file(path)  # starts the reader forkserver once
    ends = []
    for _ in range(10):
        started = time.perf_counter()
        result = extract_file(path)
        ends.append(time.perf_counter() - started)
    print(f"  read_document median {statistics.median(reads) * 1000:.1f} ms; "
          f"extract_file (isolated, text + spaCy + classification) median "
          f"{statistics.median(ends) * 1000:.1f} ms, status {result.status}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=6)
    args = parser.parse_args()
    options = TesseractOptions()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        pngs = []
        for i in range(args.pages):
            png = tmp / f"page{i}.png"
            dense_page(i).save(png, dpi=(300, 300))
            pngs.append(png)
        floor_seconds(pngs[0])  # warm the page cache and Tesseract's data files
        print(f"(a)/(b) per page, {args.pages} dense 300 dpi letter pages, eng+spa, one core:")
        floors, ours = [], []
        for i, png in enumerate(pngs, 1):
            f = floor_seconds(png)
            o = ours_seconds(png, options)
            floors.append(f)
            ours.append(o)
            print(f"  page {i}: tesseract {f:.2f} s, ours {o:.2f} s, ratio {o / f:.2f}")
        print(f"  total: tesseract {sum(floors):.2f} s, ours {sum(ours):.2f} s, "
              f"ratio {sum(ours) / sum(floors):.2f} (target <= 1.2)")
        wall, cpu = batch(pngs, options)
        cores = os.cpu_count() or 1
        print(f"(c) batch of {args.pages} pages through ocr_pages, {cores} cores: wall {wall:.2f} s "
              f"vs sequential floor {sum(floors):.2f} s -> {sum(floors) / wall:.2f}x faster; "
              f"CPU {cpu:.2f} s = {100 * cpu / wall:.0f} % of one core "
              f"({100 * cpu / wall / cores:.0f} % of all cores)")
        print("(d) born-digital one-page letter:")
        born_digital(tmp)
        print("(e) accented names, exact matches:")
        accents(tmp)


if __name__ == "__main__":
    main()
