"""Page images of stored originals, rendered on demand in a bounded child process and cached
by the original's hash in a private folder (the images show personal data)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import time
from dataclasses import asdict
from pathlib import Path

from requestdesk.config import Settings
from requestdesk.extractors.guard import ReadLimits, run_isolated
from requestdesk.models.entries import StoredFile
from requestdesk.review.page_render import Layout, PageInfo, read_pages

RENDER_LIMITS = ReadLimits(timeout_s=60.0, memory_mb=1536)
CACHE_DAYS = 7
PRUNE_EVERY_S = 3600.0


class OriginalMissing(FileNotFoundError):
    """The stored original is not where the database says."""


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
        self._locks = [threading.Lock() for _ in range(64)]

    def layout(self, stored: StoredFile) -> Layout:
        folder = self._cache(stored.sha256)
        path = folder / "layout.json"
        if not path.is_file():
            with self._lock(stored.sha256):
                if not path.is_file():
                    self._read(stored, folder, None)
        data = json.loads(path.read_text())
        return Layout(kind=data["kind"], pages=[PageInfo(**p) for p in data["pages"]])

    def page_png(self, stored: StoredFile, number: int) -> Path | None:
        """The cached PNG of page ``number``, rendered now if needed; None if no such image."""
        folder = self._cache(stored.sha256)
        path = folder / f"page-{number}.png"
        if not path.is_file():
            with self._lock(stored.sha256):  # reviewers opening one entry at once render once
                if not path.is_file() and not self._read(stored, folder, number):
                    return None
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

    def _read(self, stored: StoredFile, folder: Path, number: int | None) -> bool:
        layout, png = run_isolated(read_pages, str(self.original_path(stored)), number,
                                   limits=RENDER_LIMITS)
        _write_atomic(folder / "layout.json", json.dumps(asdict(layout)).encode())
        if png is not None:
            _write_atomic(folder / f"page-{number}.png", png)
        return png is not None

    def _lock(self, sha256: str) -> threading.Lock:
        return self._locks[int(sha256[:8], 16) % len(self._locks)]

    def _cache(self, sha256: str) -> Path:
        if not sha256.isalnum():
            raise ValueError("bad hash")
        if time.monotonic() - self._pruned_at > PRUNE_EVERY_S:
            self.prune()
        folder = self.cache_dir / sha256
        if folder.is_dir():
            os.utime(folder)  # in use: keep it
        return folder


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
