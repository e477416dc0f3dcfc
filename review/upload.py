"""Files dropped into the inbox from the browser.

Each file is written under a dot-name ending in ``.part`` (which intake ignores) and renamed to
its final name only when complete, so intake never picks up half a file.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path
from typing import BinaryIO

from requestdesk.flows.inbox_scan import is_ignored

CHUNK = 1 << 20


class UploadError(ValueError):
    """The file could not be placed in the inbox; the message says what to do."""


def safe_name(filename: str | None) -> str:
    """A plain file name the intake will take: no folders, no leading dot or tilde, no ending
    the intake skips as temporary (``.part``, ``.tmp``...), no control or odd characters."""
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = re.sub(r"[^\w.\- ()]+", "_", base).strip(" .~")
    if not base or is_ignored(base):
        base = f"upload {base}".strip().replace(".", "_") if base else "upload"
    stem, dot, ext = base.rpartition(".")
    if dot and stem:
        return f"{stem[:150]}.{ext[:10]}"
    return base[:160]


def place_in_inbox(inbox: Path, filename: str | None, stream: BinaryIO, max_bytes: int) -> str:
    """Copy ``stream`` into the inbox atomically; returns the final file name."""
    inbox.mkdir(parents=True, exist_ok=True)
    name = safe_name(filename)
    tmp = inbox / f".upload-{secrets.token_hex(8)}.part"
    size = 0
    try:
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise UploadError(
                        f"The file is larger than the {max_bytes // (1 << 20)} MB limit. Ask the "
                        "sender for a smaller copy or split it, then upload again.")
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if size == 0:
            raise UploadError("The file is empty. Choose the file again; if it is still empty, "
                              "ask the sender for a new copy.")
        for _ in range(100):
            final = _free_name(inbox, name)
            try:
                os.link(tmp, final)  # fails instead of replacing a file that appeared meanwhile
            except FileExistsError:
                continue
            except OSError:  # a share without hard links: rename, checked just before
                if final.exists():
                    continue
                os.rename(tmp, final)
            return final.name
        raise UploadError("The inbox already holds many files of this name. Rename the file "
                          "and upload it again.")
    finally:
        tmp.unlink(missing_ok=True)


def _free_name(inbox: Path, name: str) -> Path:
    candidate = inbox / name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    n = 1
    while candidate.exists():
        n += 1
        candidate = inbox / (f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})")
    return candidate
