"""Which inbox files may be taken: not temporary, hidden or sidecar files, and unchanged for
``stable_seconds`` (size, mtime and ctime: copy tools that preserve mtime still change ctime while
they write), so partial copies over SMB/NFS or from a scanner are never read half-written."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

IGNORED_PREFIXES = (".", "~$", "~")
IGNORED_SUFFIXES = (
    ".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", ".lock",
    ".reason.txt",
)
IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})


@dataclass(frozen=True)
class Snapshot:
    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int


def is_ignored(name: str) -> bool:
    """Temporary, hidden and sidecar files are never taken."""
    lower = name.lower()
    return (
        lower.startswith(IGNORED_PREFIXES)
        or lower.endswith(IGNORED_SUFFIXES)
        or lower in IGNORED_NAMES
    )


def scan(inbox: Path) -> dict[str, Snapshot]:
    """Candidate names in the inbox (top level only) with their current state."""
    found: dict[str, Snapshot] = {}
    try:
        entries = list(os.scandir(inbox))
    except FileNotFoundError:
        return found
    for item in entries:
        if is_ignored(item.name):
            continue
        try:
            st = item.stat(follow_symlinks=False)
        except FileNotFoundError:
            continue
        if stat.S_ISDIR(st.st_mode):
            continue
        found[item.name] = Snapshot(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    return found


def stable_files(
    inbox: Path, stable_seconds: float, sleep: Callable[[float], None] = time.sleep,
) -> tuple[list[str], int]:
    """Names unchanged over ``stable_seconds``, and how many are still changing."""
    first = scan(inbox)
    if not first:
        return [], 0
    if stable_seconds > 0:
        sleep(stable_seconds)
    second = scan(inbox)
    ready = sorted(name for name, snap in second.items() if first.get(name) == snap)
    return ready, len(second) - len(ready)
