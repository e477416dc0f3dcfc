"""Isolation and limits: time, memory, crashes, threads, and files that must be refused."""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from requestdesk.document import Document, Rejected
from requestdesk.extractors.guard import ReadLimits, run_isolated
from requestdesk.extractors.read import read_document

from .checks import LIMITS


def _descendants(roots: set[int]) -> set[int]:
    tree: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if stat[0] != "Z":
                tree[int(entry.name)] = int(stat[1])
    out: set[int] = set()
    frontier = set(roots)
    while frontier:
        frontier = {pid for pid, parent in tree.items() if parent in frontier} - out
        out |= frontier
    return out


def test_result_comes_back_from_the_child(letter_pdf: Path) -> None:
    doc = run_isolated(read_document, letter_pdf, LIMITS, limits=LIMITS)
    assert isinstance(doc, Document)
    assert "Pursuant to 8 U.S.C. 1357" in doc.text


def test_rejection_in_the_child_keeps_reason_and_code(files: Path) -> None:
    empty = files / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(Rejected) as caught:
        run_isolated(read_document, empty, LIMITS, limits=LIMITS)
    assert caught.value.code == "empty"
    assert "empty" in caught.value.reason


def test_timeout_kills_the_child_and_everything_it_started() -> None:
    limits = ReadLimits(timeout_s=1.5)
    started = time.monotonic()
    with pytest.raises(Rejected) as caught:
        # A shell that starts its own long-running child, like a stuck Tesseract.
        run_isolated(os.system, f"sleep {_SLEEP} & sleep {_SLEEP}", limits=limits)
    assert time.monotonic() - started < 20
    assert caught.value.code == "timeout"
    assert "took too long" in caught.value.reason and "1.5 seconds" in caught.value.reason
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _sleepers():
        time.sleep(0.1)
    assert not _sleepers()


# A duration no other process on the machine runs, so that only this test's sleepers are found.
_SLEEP = f"60.{os.getpid() % 100000:05d}"


def _sleepers() -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmd = (entry / "cmdline").read_bytes()
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if cmd == f"sleep\x00{_SLEEP}\x00".encode() and state != "Z":
                found.append(int(entry.name))
    return found


def test_memory_limit_turns_into_a_plain_rejection() -> None:
    with pytest.raises(Rejected) as caught:
        run_isolated(bytearray, 3 * 1024**3, limits=ReadLimits(memory_mb=1024))
    assert caught.value.code == "too_large"
    assert "more memory" in caught.value.reason


def test_crash_in_native_code_is_a_rejection() -> None:
    with pytest.raises(Rejected) as caught:
        run_isolated(os.abort, limits=LIMITS)
    assert caught.value.code == "crashed"
    assert "stopped unexpectedly" in caught.value.reason


def test_unexpected_error_says_what_to_do_without_details() -> None:
    with pytest.raises(Rejected) as caught:
        run_isolated(int, "Jesús Gómez", limits=LIMITS)
    assert caught.value.code == "internal"
    assert "Gómez" not in caught.value.reason and "administrator" in caught.value.reason


def test_threads_share_the_isolation_without_leaking(letter_pdf: Path, files: Path) -> None:
    before = _descendants({os.getpid()})
    bad = files / "program.pdf"
    bad.write_bytes(b"MZ\x90\x00" + b"\x00" * 100)
    jobs = [letter_pdf, bad] * 4
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(_outcome, jobs))
    assert outcomes == ["ok", "unsupported"] * 4
    assert _descendants({os.getpid()}) - before <= _forkserver_only(before)


def _forkserver_only(before: set[int]) -> set[int]:
    # The forkserver itself lives as long as the service; nothing else may remain.
    return {pid for pid in _descendants({os.getpid()}) - before
            if b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes()}


def _outcome(path: Path) -> str:
    try:
        run_isolated(read_document, path, LIMITS, limits=LIMITS)
    except Rejected as exc:
        return exc.code
    return "ok"


@pytest.mark.parametrize(("content", "code", "words"), [
    (b"", "empty", "empty"),
    (b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64, "unsupported", "program"),
    (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "unsupported", "program"),
    (b"PK\x03\x04\x14\x00" + b"\x00" * 64, "unsupported", "Word or Excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "unsupported", "save the email as an .eml"),
    (bytes(range(256)) * 4, "unsupported", "cannot read this kind of file"),
])
def test_files_that_are_refused(files: Path, content: bytes, code: str, words: str) -> None:
    path = files / "request.pdf"  # the name says PDF; the bytes decide
    path.write_bytes(content)
    with pytest.raises(Rejected) as caught:
        read_document(path, LIMITS)
    assert caught.value.code == code and words in caught.value.reason
    assert "request.pdf" not in caught.value.reason


def test_pdf_named_jpg_is_read_as_pdf(files: Path, letter_pdf: Path) -> None:
    path = files / "photo.jpg"
    path.write_bytes(letter_pdf.read_bytes())
    assert read_document(path, LIMITS).kind == "pdf"


def test_file_over_the_size_limit_is_refused_unread(letter_pdf: Path) -> None:
    with pytest.raises(Rejected) as caught:
        read_document(letter_pdf, ReadLimits(max_bytes=1000))
    assert caught.value.code == "too_large"


def test_plain_text_in_latin1_and_utf8(files: Path) -> None:
    for encoding in ("latin-1", "utf-8"):
        path = files / f"note-{encoding}.txt"
        path.write_bytes("Solicitud sobre José Núñez\n\nDOB 14/03/1986\n".encode(encoding))
        doc = read_document(path, LIMITS)
        assert doc.kind == "text"
        assert doc.text.startswith("Solicitud sobre José Núñez\n\nDOB 14/03/1986\n")


def test_web_page_is_refused_with_a_way_forward(files: Path) -> None:
    path = files / "saved-webmail.txt"
    path.write_text("<!DOCTYPE html><html><head><script>alert('x')</script></head>"
                    "<body><p>Subject: Jesús Gómez</p></body></html>")
    with pytest.raises(Rejected) as caught:
        read_document(path, LIMITS)
    assert caught.value.code == "unsupported"
    assert "print it to PDF" in caught.value.reason and "Gómez" not in caught.value.reason


def test_damaged_email_with_nothing_readable_is_rejected(files: Path) -> None:
    path = files / "broken.eml"
    path.write_bytes(
        b"From: =?utf-8?B?broken\r\nTo: records@state.co.us\r\nSubject: Request\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"never-appears\"\r\n"
        b"\r\n--wrong-boundary\r\nContent-Type: application/pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n%%%% not base64 %%%%\r\n")
    with pytest.raises(Rejected) as caught:
        read_document(path, LIMITS)
    assert caught.value.code == "corrupt" and "email is damaged" in caught.value.reason
