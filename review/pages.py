"""Page images of a stored original, rendered once to PNG and cached by the original's hash.

PDF pages are rendered with pypdfium2 and images with Pillow. The layout records each page's
size in the units evidence boxes use (PDF points, image pixels), so a box can be drawn as a
fraction of the image whatever size the PNG has. Emails: the body is page 1 (shown as text)
and the attachments' pages follow in order, as the reader numbers them.
"""

from __future__ import annotations

import email
import email.policy
import io
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageSequence

from requestdesk.extractors.sniff import decode_text, sniff
from requestdesk.models.entries import StoredFile

TARGET_WIDTH = 1400  # pixels of a rendered page: sharp enough to read small print
MAX_TEXT_CHARS = 200_000
IMAGE_TYPES = frozenset({"png", "jpeg", "tiff"})
Image.MAX_IMAGE_PIXELS = 200_000_000  # originals already passed the reader's pixel limit


class OriginalMissing(FileNotFoundError):
    """The stored original is not where the database says."""


@dataclass(frozen=True)
class PageInfo:
    number: int
    width: float  # page units: PDF points or image pixels
    height: float
    part: str  # "main", "body", "attachment 1"
    image: bool  # False for a text-only page (email body, plain text)


@dataclass(frozen=True)
class Layout:
    kind: str
    pages: list[PageInfo]
    text: str | None  # email body or plain text, shown as text


@dataclass(frozen=True)
class _Source:
    kind: str  # pdf or image
    data: bytes
    first_page: int  # page number of its first page in the whole document
    count: int
    part: str


class PageImages:
    def __init__(self, originals_dir: Path, cache_dir: Path) -> None:
        self.originals_dir = originals_dir
        self.cache_dir = cache_dir

    def layout(self, stored: StoredFile) -> Layout:
        path = self._cache(stored.sha256) / "layout.json"
        if path.is_file():
            data = json.loads(path.read_text())
            return Layout(kind=data["kind"], text=data["text"],
                          pages=[PageInfo(**p) for p in data["pages"]])
        layout, _ = self._analyse(stored)
        _write_atomic(path, json.dumps(asdict(layout)).encode())
        return layout

    def page_png(self, stored: StoredFile, number: int) -> Path | None:
        """The cached PNG of page ``number``, rendered now if needed; None if no such image."""
        path = self._cache(stored.sha256) / f"page-{number}.png"
        if path.is_file():
            return path
        _, sources = self._analyse(stored)
        for source in sources:
            if source.first_page <= number < source.first_page + source.count:
                png = _render(source, number - source.first_page)
                _write_atomic(path, png)
                return path
        return None

    def _cache(self, sha256: str) -> Path:
        if not sha256.isalnum():
            raise ValueError("bad hash")
        return self.cache_dir / sha256

    def _analyse(self, stored: StoredFile) -> tuple[Layout, list[_Source]]:
        path = (self.originals_dir / stored.storage_path).resolve()
        if not path.is_relative_to(self.originals_dir.resolve()) or not path.is_file():
            raise OriginalMissing
        data = path.read_bytes()
        kind = sniff(data[:65536])
        if kind == "pdf":
            source = _Source("pdf", data, 1, _pdf_count(data), "main")
            return Layout("pdf", _pages(source), None), [source]
        if kind in IMAGE_TYPES:
            source = _Source("image", data, 1, _image_count(data), "main")
            return Layout("image", _pages(source), None), [source]
        if kind == "email":
            return _email_layout(data)
        text = decode_text(data) or ""
        return Layout("text", [PageInfo(1, 0, 0, "main", False)], text[:MAX_TEXT_CHARS]), []


def _email_layout(data: bytes) -> tuple[Layout, list[_Source]]:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    body = message.get_body(preferencelist=("plain", "html"))
    text = ""
    if body is not None:
        try:
            text = str(body.get_content())
        except (LookupError, ValueError):
            text = ""
    headers = "\n".join(f"{h}: {message.get(h, '')}" for h in ("From", "To", "Date", "Subject")
                        if message.get(h))
    pages = [PageInfo(1, 0, 0, "body", False)]
    sources: list[_Source] = []
    number = 2
    for index, part in enumerate(message.iter_attachments(), start=1):
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        kind = sniff(payload[:65536])
        if kind == "pdf":
            source = _Source("pdf", payload, number, _pdf_count(payload), f"attachment {index}")
        elif kind in IMAGE_TYPES:
            source = _Source("image", payload, number, _image_count(payload),
                             f"attachment {index}")
        else:
            continue
        sources.append(source)
        pages.extend(_pages(source))
        number += source.count
    return Layout("email", pages, (headers + "\n\n" + text)[:MAX_TEXT_CHARS]), sources


def _pages(source: _Source) -> list[PageInfo]:
    sizes: list[tuple[float, float]]
    if source.kind == "pdf":
        pdf = pdfium.PdfDocument(source.data)
        try:
            sizes = [pdf.get_page_size(i) for i in range(len(pdf))]
        finally:
            pdf.close()
    else:
        with Image.open(io.BytesIO(source.data)) as img:
            sizes = [frame.size for frame in ImageSequence.Iterator(img)]
    return [PageInfo(source.first_page + i, float(w), float(h), source.part, True)
            for i, (w, h) in enumerate(sizes)]


def _pdf_count(data: bytes) -> int:
    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def _image_count(data: bytes) -> int:
    with Image.open(io.BytesIO(data)) as img:
        return int(getattr(img, "n_frames", 1))


def _render(source: _Source, index: int) -> bytes:
    if source.kind == "pdf":
        pdf = pdfium.PdfDocument(source.data)
        try:
            page = pdf[index]
            scale = min(3.0, TARGET_WIDTH / max(1.0, page.get_width()))
            image = page.render(scale=scale).to_pil()
            page.close()
        finally:
            pdf.close()
    else:
        with Image.open(io.BytesIO(source.data)) as img:
            img.seek(index)
            image = img.convert("RGB") if img.mode not in ("RGB", "L") else img.copy()
        if image.width > TARGET_WIDTH:
            image = image.resize((TARGET_WIDTH, round(image.height * TARGET_WIDTH / image.width)))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o750)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
