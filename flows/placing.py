"""Putting files in place without ever overwriting one: read-only originals by hash, and the
archive and quarantine folders (keeping the original name, with " (2)" ... when it is taken)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from pathlib import Path

from requestdesk.models.base import new_public_id

DIR_MODE = 0o750
FILE_MODE = 0o440


class IntakeConfigError(Exception):
    """The folders are set up in a way intake cannot work with; the message says how to fix it."""


def mkdir_private(path: Path) -> None:
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(PermissionError):
            path.chmod(DIR_MODE)


def store_original(path: Path, sha256: str, originals_dir: Path) -> str:
    """Copy the original, read-only, to ``<sha[:2]>/<sha>``; returns that relative path."""
    relative = f"{sha256[:2]}/{sha256}"
    dest = originals_dir / relative
    if dest.exists():
        return relative
    mkdir_private(originals_dir)
    mkdir_private(dest.parent)
    tmp = dest.parent / f".{sha256}.{new_public_id()}.tmp"
    try:
        shutil.copyfile(path, tmp)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        tmp.chmod(FILE_MODE)
        os.replace(tmp, dest)  # same bytes if a concurrent run got there first
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return relative


def _candidate_names(name: str) -> list[str]:
    stem, suffix = os.path.splitext(name)
    return [name, *(f"{stem} ({i}){suffix}" for i in range(2, 10_000))]


def place_file(src: Path, dest_dir: Path, name: str, sidecar: str | None = None) -> Path:
    """Move ``src`` into ``dest_dir`` under ``name`` (or ``name (2)`` ... if taken), never
    overwriting anything; with ``sidecar``, also write ``<final name>.reason.txt``."""
    mkdir_private(dest_dir)
    already = _already_placed(src, dest_dir)
    if already is not None:
        src.unlink()
        return already
    for candidate in _candidate_names(name):
        target = dest_dir / candidate
        if target.exists() or target.is_symlink():
            continue
        note = dest_dir / f"{candidate}.reason.txt"
        if sidecar is not None:
            try:
                with note.open("x", encoding="utf-8") as fh:
                    fh.write(sidecar)
            except FileExistsError:
                continue
        try:
            _link_or_copy(src, target)
        except FileExistsError:
            if sidecar is not None:
                note.unlink()
            continue
        src.unlink()
        return target
    raise IntakeConfigError("too many files of the same name in " + dest_dir.name)


def _already_placed(src: Path, dest_dir: Path) -> Path | None:
    """After a crash between linking and unlinking, the file is already in ``dest_dir``."""
    st = src.lstat()
    if st.st_nlink < 2:
        return None
    for item in os.scandir(dest_dir):
        with contextlib.suppress(FileNotFoundError):
            other = item.stat(follow_symlinks=False)
            if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
                return Path(item.path)
    return None


def _link_or_copy(src: Path, target: Path) -> None:
    # A hard link never replaces an existing file, unlike rename, so two runs placing files of
    # the same name cannot overwrite each other's.
    try:
        os.link(src, target, follow_symlinks=False)
        return
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EXDEV, errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
    if src.is_symlink():
        os.symlink(os.readlink(src), target)
        return
    with src.open("rb") as reader, target.open("xb") as writer:
        shutil.copyfileobj(reader, writer)
        writer.flush()
        os.fsync(writer.fileno())
