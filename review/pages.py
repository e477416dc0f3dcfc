"""Page images of a stored original, rendered once to PNG and cached by the original's hash.

PDF pages are rendered with pypdfium2 and images with Pillow. The layout records each page's
size in the units evidence boxes use (PDF points, image pixels), so a box can be drawn as a
fraction of the image whatever size the PNG has. Emails: the body is page 1 (shown as text)
and the attachments' pages follow in order, as the reader numbers them.
"""

from __future__ import annotations

import email.policy
import io
import json
import os
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageSequence

from requestdesk.config import Settings
from requestdesk.extractors.guard import ReadLimits, run_isolated
from requestdesk.extractors.plaintext import html_to_text
from requestdesk.extractors.sniff import decode_text, sniff
from requestdesk.models.entries import StoredFile

LIMITS = ReadLimits()  # the reader's attachment and nesting limits, so numbering matches
RENDER_LIMITS = ReadLimits(timeout_s=60.0, memory_mb=1536)
TARGET_WIDTH = 1400  # pixels of a rendered page: sharp enough to read small print
MAX_TEXT_CHARS = 200_000
CACHE_DAYS = 7
PRUNE_EVERY_S = 3600.0
IMAGE_TYPES = frozenset({"png", "jpeg", "tiff"})


class OriginalMissing(FileNotFoundError):
    """The stored original is not where the database says."""


@dataclass(frozen=True)
class PageInfo:
    number: int
    width: float  # page units: PDF points or image pixels
    height: float
    part: str  # "main", "body", "attachment 1"
    image: bool  # False for a text-only page (email body, text attachment, plain text)
    text: str | None = None  # what a text-only page shows


@dataclass(frozen=True)
class Layout:
    kind: str
    pages: list[PageInfo]


@dataclass(frozen=True)
class _Source:
    kind: str  # pdf or image
    data: bytes
    first_page: int  # page number of its first page in the whole document
    count: int
    part: str


def private_dir(settings: Settings) -> Path:
    """The app's own folder beside the other data, readable by the service account only."""
    folder = settings.base / "private"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder.chmod(0o700)
    return folder


class PageImages:
    """Renders pages on demand into ``cache_dir`` (private: pages show personal data). A cached
    original not looked at for ``CACHE_DAYS`` is deleted; it is rendered again if needed."""

    def __init__(self, originals_dir: Path, cache_dir: Path) -> None:
        self.originals_dir = originals_dir
        self.cache_dir = cache_dir
        cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        cache_dir.chmod(0o700)
        self._pruned_at = float("-inf")

    def layout(self, stored: StoredFile) -> Layout:
        path = self._cache(stored.sha256) / "layout.json"
        if path.is_file():
            data = json.loads(path.read_text())
            return Layout(kind=data["kind"], pages=[PageInfo(**p) for p in data["pages"]])
        layout, _ = run_isolated(read_pages, str(self.original_path(stored)), None,
                                 limits=RENDER_LIMITS)
        _write_atomic(path, json.dumps(asdict(layout)).encode())
        return layout

    def page_png(self, stored: StoredFile, number: int) -> Path | None:
        """The cached PNG of page ``number``, rendered now if needed; None if no such image."""
        path = self._cache(stored.sha256) / f"page-{number}.png"
        if path.is_file():
            return path
        _, png = run_isolated(read_pages, str(self.original_path(stored)), number,
                              limits=RENDER_LIMITS)
        if png is None:
            return None
        _write_atomic(path, png)
        return path

    def original_path(self, stored: StoredFile) -> Path:
        """Where the original is stored; never outside the originals folder."""
        path = (self.originals_dir / stored.storage_path).resolve()
        if not path.is_relative_to(self.originals_dir.resolve()) or not path.is_file():
            raise OriginalMissing
        return path

    def prune(self, max_age_s: float = CACHE_DAYS * 86400) -> int:
        """Delete cached originals not used for ``max_age_s``; returns how many."""
        self._pruned_at = time.monotonic()
        cutoff = time.time() - max_age_s
        removed = 0
        for folder in self.cache_dir.iterdir():
            try:
                if folder.is_dir() and folder.stat().st_mtime < cutoff:
                    shutil.rmtree(folder)
                    removed += 1
            except FileNotFoundError:
                continue  # another worker pruned it first
        return removed

    def _cache(self, sha256: str) -> Path:
        if not sha256.isalnum():
            raise ValueError("bad hash")
        if time.monotonic() - self._pruned_at > PRUNE_EVERY_S:
            self.prune()
        folder = self.cache_dir / sha256
        if folder.is_dir():
            os.utime(folder)  # in use: keep it
        return folder


def read_pages(path: str, number: int | None) -> tuple[Layout, bytes | None]:
    """The layout of an original and, when ``number`` is given, that page as PNG (None if it
    has no image). Runs in a bounded child process: originals are untrusted, and a file that
    crashes or exhausts the renderer must not take the web server with it."""
    Image.MAX_IMAGE_PIXELS = LIMITS.max_pixels  # the reader's limit, which the file passed
    layout, sources = _analyse(Path(path).read_bytes())
    if number is not None:
        for source in sources:
            if source.first_page <= number < source.first_page + source.count:
                return layout, _render(source, number - source.first_page)
    return layout, None


def _analyse(data: bytes) -> tuple[Layout, list[_Source]]:
    kind = sniff(data[:65536])
    if kind == "pdf":
        source = _Source("pdf", data, 1, _pdf_count(data), "main")
        return Layout("pdf", _pages(source)), [source]
    if kind in IMAGE_TYPES:
        source = _Source("image", data, 1, _image_count(data), "main")
        return Layout("image", _pages(source)), [source]
    if kind == "email":
        message = BytesParser(policy=email.policy.default).parsebytes(data)
        assert isinstance(message, EmailMessage)
        walk = _EmailWalk()
        walk.message(message, "body", "", 0, _headers(message))
        return Layout("email", walk.pages), walk.sources
    text = _as_text(data, kind)
    return Layout("text", [PageInfo(1, 0, 0, "main", False, text)]), []


class _EmailWalk:
    """Numbers pages exactly as the email reader does: the body is page 1, then each
    attachment in order (PDF and image pages, text attachments and forwarded emails' bodies
    as text pages), recursively."""

    def __init__(self) -> None:
        self.pages: list[PageInfo] = []
        self.sources: list[_Source] = []
        self.attachments = 0

    @property
    def next_number(self) -> int:
        return len(self.pages) + 1

    def message(self, msg: EmailMessage, part: str, prefix: str, depth: int,
                headers: str) -> None:
        text = _body_text(msg)
        if text.strip() or part == "body":
            shown = f"{headers}\n\n{text}" if headers else text
            self.pages.append(PageInfo(self.next_number, 0, 0, part, False,
                                       shown[:MAX_TEXT_CHARS]))
        for index, attachment in enumerate(msg.iter_attachments(), 1):
            if isinstance(attachment, EmailMessage):
                self.attachment(attachment, f"{prefix}{index}", depth)

    def attachment(self, part: EmailMessage, label: str, depth: int) -> None:
        self.attachments += 1
        name = f"attachment {label}"
        if self.attachments > LIMITS.max_attachments:
            return
        if part.get_content_maintype() == "message":
            inner = part.get_content()
            if isinstance(inner, EmailMessage):
                self.nested(inner, label, depth)
                return
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes) or not data:
            return
        kind = sniff(data[:65536])
        if kind == "email":
            inner = BytesParser(policy=email.policy.default).parsebytes(data)
            if isinstance(inner, EmailMessage):
                self.nested(inner, label, depth)
        elif kind in ("pdf", *IMAGE_TYPES):
            count = _pdf_count(data) if kind == "pdf" else _image_count(data)
            source = _Source("pdf" if kind == "pdf" else "image", data, self.next_number, count,
                             name)
            self.sources.append(source)
            self.pages.extend(_pages(source))
        elif kind in ("text", "html"):
            self.pages.append(PageInfo(self.next_number, 0, 0, name, False,
                                       _as_text(data, kind)))

    def nested(self, inner: EmailMessage, label: str, depth: int) -> None:
        if depth + 1 <= LIMITS.max_email_depth:
            self.message(inner, f"attachment {label}", f"{label}.", depth + 1, _headers(inner))


def _headers(msg: EmailMessage) -> str:
    lines = []
    for name in ("From", "To", "Cc", "Date", "Subject"):
        try:
            value = msg.get(name)
        except (ValueError, IndexError, TypeError, AttributeError):
            value = None
        if value is not None and str(value).strip():
            lines.append(f"{name}: {' '.join(str(value).split())}")
    return "\n".join(lines)


def _body_text(msg: EmailMessage) -> str:
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    try:
        content = body.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError):
        payload = body.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    return html_to_text(content) if body.get_content_subtype() == "html" else content


def _as_text(data: bytes, kind: str) -> str:
    text = decode_text(data) or ""
    return (html_to_text(text) if kind == "html" else text)[:MAX_TEXT_CHARS]


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
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
