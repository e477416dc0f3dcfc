"""OCR speed and accent accuracy, measured against plain Tesseract in the same run.

    .venv/bin/python bench/ocr_bench.py [--pages N]

(a) floor: the ``tesseract`` command on each page image, one after another, OMP_THREAD_LIMIT=1,
    same languages and page segmentation as ours;
(b) our OCR path per page (decode, orientation check, deskew, hand-off, Tesseract, boxes):
    per-page times and the ratio to the floor (target <= 1.2);
(c) a multi-page batch through our parallel path against the same path one page at a time
    and the sequential floor, with CPU use and samples of how many Tesseracts run at once;
(d) a born-digital one-page letter: read time and end-to-end extraction time;
(e) accented names and the section sign read with ``eng``, ``eng+spa`` and ``spa+eng``;
(f) Vietnamese, Polish, Czech and Serbian names on a letter page: exact names from plain
    Tesseract and from our path (which reads their lines again, ``accent_reread.py``), and the
    time our path takes on that page against plain Tesseract on it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

os.environ["OMP_THREAD_LIMIT"] = "1"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "readers"))

import scans  # noqa: E402
from PIL import Image  # noqa: E402

from requestdesk.extractors.guard import ReadLimits  # noqa: E402
from requestdesk.extractors.ocr import PageImage, ocr_page, ocr_pages  # noqa: E402
from requestdesk.extractors.ocr_fixes import restore_section_signs  # noqa: E402
from requestdesk.extractors.read import read_document  # noqa: E402
from requestdesk.extractors.tesseract import TesseractOptions, recognise  # noqa: E402

PARAGRAPH = [
    "Pursuant to 8 U.S.C. 1357 and 8 C.F.R. 287.4 the Department of Homeland Security",
    "requests the current residential address, driver licence photograph, vehicle",
    "registrations and any wage records held for the persons named in this letter.",
    "The information is needed for an ongoing matter at the Denver Field Office and",
    "should be sent by email to the officer below within ten business days of receipt.",
]
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
LANGS = ("eng", "eng+spa", "spa+eng")
NAMES = ["José Núñez", "Jesús Gómez", "María Hernández-López", "Martín Peña Ibáñez",
         "Raúl Domínguez", "Sofía Muñoz", "Ángel Cortés", "Begoña Suárez", "Inés Rodríguez",
         "Joaquín Chávez", "Lucía Fernández", "Andrés Gutiérrez"]


def dense_page(seed: int) -> Image.Image:
    lines = ["U.S. Department of Homeland Security", "Immigration and Customs Enforcement", ""]
    for i in range(7):
        lines += PARAGRAPH[i % 2:] + PARAGRAPH[: i % 2] + [""]
    page = scans.render_page(lines[:38], font_pt=11)
    return scans.scanned(page, skew_deg=(seed % 3 - 1) * 0.8, noise=0.001, seed=seed)


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def floor_seconds(png: Path) -> tuple[float, float]:
    """Wall and CPU seconds of the plain ``tesseract`` command on one page."""
    cpu, started = _cpu(), time.perf_counter()
    subprocess.run(["tesseract", str(png), "stdout", "-l", TesseractOptions().lang, "--oem", "1",
                    "--psm", "3", "--dpi", "300", "tsv"], check=True, capture_output=True)
    return time.perf_counter() - started, _cpu() - cpu


def ours_seconds(png: Path, options: TesseractOptions) -> tuple[float, float]:
    """Wall and CPU seconds (this process and Tesseract) of our path on one page."""
    cpu, started = _cpu(), time.perf_counter()
    with Image.open(png) as img:
        img.load()
        ocr_page(PageImage(number=1, image=img, dpi=300), options)
    return time.perf_counter() - started, _cpu() - cpu


SPIN = "x = 0\nfor i in range(15_000_000):\n    x += i\n"


def machine_parallelism() -> float:
    """Speed-up two busy processes get over running one after the other, right now: the
    ceiling for (c) on a machine shared with other work."""
    started = time.perf_counter()
    for _ in range(2):
        subprocess.run([sys.executable, "-c", SPIN], check=True)
    sequential = time.perf_counter() - started
    started = time.perf_counter()
    spinners = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(2)]
    for spinner in spinners:
        spinner.wait()
    return sequential / (time.perf_counter() - started)


def _running_tesseracts() -> int:
    count = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)
        except OSError:
            continue
        if fields[0].endswith("(tesseract") and int(fields[1].split()[1]) == os.getpid():
            count += 1
    return count


def batch(pngs: list[Path], options: TesseractOptions,
          workers: int = 0) -> tuple[float, float, list[int]]:
    """Wall seconds, CPU seconds (this process and its children) and samples of how many
    Tesseracts ran at once, for all pages through the parallel path."""
    samples: list[int] = []
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            samples.append(_running_tesseracts())

    def items() -> Iterator[PageImage]:
        for n, png in enumerate(pngs, 1):
            with Image.open(png) as img:
                img.load()
                yield PageImage(number=n, image=img.copy(), dpi=300)

    sampler = threading.Thread(target=sample)
    cpu, started = _cpu(), time.perf_counter()
    sampler.start()
    for _ in ocr_pages(items(), options, workers):
        pass
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    return wall, _cpu() - cpu, samples


def accents() -> None:
    lines = [f"Subject {i + 1}: {name}" for i, name in enumerate(NAMES)]
    lines += ["Pursuant to 8 U.S.C. § 1357(a) and 8 C.F.R. § 287.4",
              "under 18 U.S.C. § 2703(d) and C.R.S. § 24-74-102"]
    totals: dict[str, list[int]] = {}
    for font in ("DejaVuSerif", "DejaVuSans", "DejaVuSansCondensed"):
        for dpi in (300, 200):
            page = scans.render_page(lines, dpi=dpi, font=f"{FONT_DIR}/{font}.ttf")
            if dpi == 200:
                page = page.point(lambda v: 255 if v > 128 else 0).convert("1")  # fax-like
            row = []
            for lang in LANGS:
                words = recognise(page, TesseractOptions(lang=lang, dpi=dpi))
                text = " ".join(w.text for w in words)
                fixed = " ".join(w.text for w in restore_section_signs(words))
                counts = [sum(1 for name in NAMES if name in text), min(text.count("§"), 4),
                          min(fixed.count("§"), 4)]
                total = totals.setdefault(lang, [0, 0, 0])
                for k, value in enumerate(counts):
                    total[k] += value
                row.append(f"{lang} {counts[0]:2d}/{len(NAMES)} names, § {counts[1]}/4 "
                           f"({counts[2]}/4 restored)")
            print(f"  {font:20s} {dpi} dpi: " + "; ".join(row))
    for lang, (names, raw, restored) in totals.items():
        print(f"  all {lang:8s}: names exact {names}/{6 * len(NAMES)}, § kept {raw}/24, "
              f"after restore_section_signs {restored}/24")


FOREIGN = ["NGUYỄN, Thị Thanh Hương", "Trần Quốc Việt", "PHẠM VĂN ĐỨC", "Łukasz Wróblewski",
           "Małgorzata Kaczmarek", "Jiří Procházka", "Dragana Petrović", "Nikola Đorđević"]


def foreign_names(tmp: Path) -> None:
    lines = ["Re: Request for records", "", "Please provide addresses and vehicle records for:"]
    lines += [f"{i + 1}. {name}, born 19{70 + i}-0{i + 1}-1{i}" for i, name in enumerate(FOREIGN)]
    lines += ["", *PARAGRAPH[:8], "", "Sincerely,", "Detective Mark Anderson"]
    floor_names = ours_names = 0
    floor_total = ours_total = 0.0
    for font in ("DejaVuSerif", "DejaVuSans"):
        for dpi in (300, 200):
            page = scans.render_page(lines, dpi=dpi, font=f"{FONT_DIR}/{font}.ttf", font_pt=11)
            page = scans.scanned(page, skew_deg=0.5, noise=0.001)
            png = tmp / f"foreign-{font}-{dpi}.png"
            page.save(png, dpi=(dpi, dpi))
            started = time.perf_counter()
            plain = " ".join(w.text for w in recognise(page, TesseractOptions(dpi=dpi)))
            floor = time.perf_counter() - started
            started = time.perf_counter()
            outcome = ocr_page(PageImage(number=1, image=page, dpi=dpi), TesseractOptions())
            ours = time.perf_counter() - started
            text = " ".join(w.text for line in outcome.page.lines for w in line.words)
            f_count = sum(1 for name in FOREIGN if name in plain)
            o_count = sum(1 for name in FOREIGN if name in text)
            floor_names, ours_names = floor_names + f_count, ours_names + o_count
            floor_total, ours_total = floor_total + floor, ours_total + ours
            print(f"  {font:12s} {dpi} dpi: names exact, plain {f_count}/{len(FOREIGN)}, ours "
                  f"{o_count}/{len(FOREIGN)}; time ours {ours:.2f} s / plain {floor:.2f} s = "
                  f"{ours / floor:.2f}")
    print(f"  all: plain {floor_names}/{4 * len(FOREIGN)}, ours {ours_names}/{4 * len(FOREIGN)}; "
          f"time ratio {ours_total / floor_total:.2f} (orientation, deskew and the re-reads)")


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
        print(f"(a)/(b) per page, {args.pages} dense 300 dpi letter pages, {options.lang}, "
              "one Tesseract at a time (best of 2 runs each):")
        floors, ours, floor_cpu, our_cpu = [], [], [], []
        for i, png in enumerate(pngs, 1):
            # Alternate and keep the best of each: other work on the machine only adds time.
            f = min(floor_seconds(png), floor_seconds(png))
            o = min(ours_seconds(png, options), ours_seconds(png, options))
            floors.append(f[0])
            ours.append(o[0])
            floor_cpu.append(f[1])
            our_cpu.append(o[1])
            print(f"  page {i}: tesseract {f[0]:.2f} s (cpu {f[1]:.2f}), ours {o[0]:.2f} s "
                  f"(cpu {o[1]:.2f}), ratio {o[0] / f[0]:.2f} (cpu {o[1] / f[1]:.2f})")
        print(f"  total: tesseract {sum(floors):.2f} s, ours {sum(ours):.2f} s, "
              f"ratio {sum(ours) / sum(floors):.2f} (target <= 1.2); CPU ratio "
              f"{sum(our_cpu) / sum(floor_cpu):.2f}; load average {os.getloadavg()[0]:.1f}")
        # One worker and all workers, alternated twice, best of each.
        runs = [batch(pngs, options, w) for w in (1, 0, 1, 0)]
        one = min(runs[0::2], key=lambda r: r[0])
        wall, cpu, samples = min(runs[1::2], key=lambda r: r[0])
        cores = os.cpu_count() or 1
        two = sum(1 for n in samples if n >= 2) / max(len(samples), 1)
        print(f"(c) batch of {args.pages} pages, {cores} cores: parallel wall {wall:.2f} s vs our "
              f"one-at-a-time {one[0]:.2f} s -> {one[0] / wall:.2f}x; vs plain tesseract "
              f"sequential {sum(floors):.2f} s -> {sum(floors) / wall:.2f}x; CPU {cpu:.2f} s = "
              f"{100 * cpu / wall:.0f} % of one core; two Tesseracts running in {100 * two:.0f} % "
              f"of {len(samples)} samples; load average {os.getloadavg()[0]:.1f}")
        print(f"    control: two busy Python processes get {machine_parallelism():.2f}x from "
              "running together on this machine right now (2.0 = two free cores)")
        print("(d) born-digital one-page letter:")
        born_digital(tmp)
        print("(e) accented names and §, exact matches:")
        accents()
        print("(f) foreign names read again in their own language:")
        foreign_names(tmp)


if __name__ == "__main__":
    main()
