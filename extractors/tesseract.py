"""The one place that runs Tesseract (through pytesseract), with typed options.

Images are handed over as uncompressed BMP files written here: pytesseract's default PNG
hand-off spends a large share of the page time compressing in Python.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytesseract
from PIL import Image

# Tesseract's OpenMP threads fight each other on small machines (4-5x slower on two cores);
# pages are read in parallel instead, one single-threaded Tesseract per page.
os.environ["OMP_THREAD_LIMIT"] = "1"

WORD_LEVEL = 5


class OcrTimeout(Exception):
    """One Tesseract call ran past its time limit and was killed."""


class OcrFailed(Exception):
    """Tesseract exited with an error on this image."""


@dataclass(frozen=True)
class TesseractOptions:
    # Spanish first: measured on rendered names (bench/ocr_bench.py) it keeps "Núñez", "Gómez"
    # intact far more often than eng+spa, with the same English word accuracy.
    lang: str = "spa+eng"
    psm: int = 3  # fully automatic page segmentation
    oem: int = 1  # LSTM engine
    dpi: int = 300  # 0: unknown, let Tesseract estimate it
    timeout_s: float = 120.0

    def config(self) -> str:
        dpi = f" --dpi {self.dpi}" if self.dpi else ""
        return f"--oem {self.oem} --psm {self.psm}{dpi}"


@dataclass(frozen=True, slots=True)
class TsvWord:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    block: int
    par: int
    line: int


@dataclass(frozen=True, slots=True)
class Orientation:
    rotate_cw: int  # turn the image this many degrees clockwise to read it
    confidence: float


def recognise(image: Image.Image, options: TesseractOptions) -> list[TsvWord]:
    """Words with pixel boxes and confidences, in Tesseract's reading order."""
    with _handoff(image) as path:
        try:
            data = pytesseract.image_to_data(
                path, lang=options.lang, config=options.config(),
                output_type=pytesseract.Output.DICT, timeout=options.timeout_s,
            )
        except pytesseract.TesseractError as exc:  # a RuntimeError too: catch it first
            raise OcrFailed(f"tesseract exit status {exc.status}") from None
        except RuntimeError as exc:  # pytesseract's timeout signal
            raise OcrTimeout() from exc
    words: list[TsvWord] = []
    for i, text in enumerate(data["text"]):
        if int(data["level"][i]) != WORD_LEVEL or not str(text).strip():
            continue
        words.append(TsvWord(
            text=str(text).strip(), left=int(data["left"][i]), top=int(data["top"][i]),
            width=int(data["width"][i]), height=int(data["height"][i]),
            conf=float(data["conf"][i]), block=int(data["block_num"][i]),
            par=int(data["par_num"][i]), line=int(data["line_num"][i]),
        ))
    return words


def detect_orientation(image: Image.Image, dpi: int = 300,
                       timeout_s: float = 60.0) -> Orientation | None:
    """Tesseract's orientation detection (``--psm 0``); ``None`` when it cannot tell."""
    with _handoff(image) as path:
        try:
            osd = pytesseract.image_to_osd(
                path, config=f"--dpi {dpi}" if dpi else "", output_type=pytesseract.Output.DICT,
                timeout=timeout_s,
            )
        except pytesseract.TesseractError:  # a RuntimeError too: catch it first
            return None  # too few characters to decide
        except RuntimeError as exc:  # pytesseract's timeout signal
            raise OcrTimeout() from exc
    if "rotate" not in osd:
        return None
    return Orientation(int(osd["rotate"]) % 360, float(osd.get("orientation_conf", 0.0)))


class _handoff:
    """The image as a temporary uncompressed file, removed afterwards."""

    def __init__(self, image: Image.Image) -> None:
        if image.mode not in ("1", "L"):
            image = image.convert("L")
        self.image = image
        self.dir: tempfile.TemporaryDirectory[str] | None = None

    def __enter__(self) -> str:
        self.dir = tempfile.TemporaryDirectory(prefix="requestdesk-ocr-")
        # BMP: uncompressed, and Tesseract (Leptonica) reads it as fast as PNG, while PGM
        # measured about 10 % slower per page.
        path = Path(self.dir.name) / "page.bmp"
        self.image.save(path, format="BMP")
        return str(path)

    def __exit__(self, *exc: object) -> None:
        if self.dir is not None:
            self.dir.cleanup()
