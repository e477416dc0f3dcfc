"""The reader's fork server: forked callers, main scripts, threads, and every bound and reason."""

from __future__ import annotations

import ast
import hashlib
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from requestdesk.document import Rejected
from requestdesk.extractors import guard
from requestdesk.extractors.guard import (
    CRASH_REASON,
    INTERNAL_REASON,
    MEMORY_REASON,
    ReadLimits,
    run_isolated,
)
from requestdesk.pipeline import extract_file

LIMITS = ReadLimits(timeout_s=120)
SUBJECTS = ["Ana Ruiz", "Luis Ortega", "Marta Diaz", "Pablo Reyes", "Sofia Castro", "Jorge Vega",
            "Elena Soto", "Diego Mora"]


def _letter(path: Path, subject: str) -> Path:
    lines = [
        "U.S. Department of Homeland Security",
        "Immigration and Customs Enforcement",
        "Enforcement and Removal Operations, Denver Field Office",
        "",
        f"Re: Request for records concerning {subject}",
        "",
        "Pursuant to 8 U.S.C. 1357 we request the current address and photograph",
        f"on file for {subject}, born March 14, 1986.",
        "",
        "Sincerely,",
        "Deportation Officer Thomas Whitfield",
    ]
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica", 11)
    for i, line in enumerate(lines):
        c.drawString(72, 720 - i * 16, line)
    c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("letters")
    return [_letter(folder / f"letter-{i}.pdf", name) for i, name in enumerate(SUBJECTS)]


def _summary(path: Path) -> tuple[str, str | None, list[str]]:
    result = extract_file(path)
    return result.status, result.error_code, [s.name for s in result.subjects]


# --- processes forked from the service ------------------------------------------------------


def _in_fork(fn: Callable[[Path], object], path: Path) -> object:
    """``fn(path)`` in a child made by a plain ``os.fork``; its repr comes back over a pipe."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(read_end)
            os.write(write_end, repr(fn(path)).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        answer = reader.read().decode()
    _, wait_status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(wait_status) == 0
    return ast.literal_eval(answer)


def _in_forked_child(path: Path) -> object:
    return _in_fork(_summary, path)


def test_forked_child_extracts_after_the_parent_did(letters: list[Path]) -> None:
    assert _summary(letters[0]) == ("ok", None, [SUBJECTS[0]])
    assert _in_forked_child(letters[1]) == ("ok", None, [SUBJECTS[1]])
    assert _summary(letters[2]) == ("ok", None, [SUBJECTS[2]])  # and the parent still can


def test_process_pool_with_fork_after_use_in_the_parent(letters: list[Path]) -> None:
    assert _summary(letters[0])[0] == "ok"
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        summaries = list(pool.map(_summary, letters[:4]))
    assert summaries == [("ok", None, [name]) for name in SUBJECTS[:4]]


def test_fork_of_a_fork(letters: list[Path]) -> None:
    assert _summary(letters[0])[0] == "ok"
    assert _in_fork(_in_forked_child, letters[3]) == ("ok", None, [SUBJECTS[3]])


# --- main scripts and lifetime --------------------------------------------------------------


def test_script_without_main_guard_is_not_run_again(letters: list[Path], tmp_path: Path) -> None:
    marker = tmp_path / "runs.txt"
    script = tmp_path / "script.py"
    script.write_text(textwrap.dedent(f"""\
        import os
        from pathlib import Path

        from requestdesk.document import Rejected
        from requestdesk.extractors.guard import ReadLimits, run_isolated
        from requestdesk.pipeline import extract_file

        with open({str(marker)!r}, "a") as f:
            f.write(f"{{os.getpid()}}\\n")

        def defined_here():
            return "ran in the child"

        print(extract_file(Path({str(letters[0])!r})).status)
        try:
            print(run_isolated(defined_here, limits=ReadLimits()))
        except Rejected as exc:
            print(exc.code)
        """))
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # The child cannot find a function of the main script, because it never runs the script.
    assert done.stdout.split() == ["ok", "internal"]
    assert len(marker.read_text().split()) == 1


def test_readers_die_with_the_service(tmp_path: Path) -> None:
    pids = tmp_path / "pids.txt"
    script = tmp_path / "service.py"
    script.write_text(textwrap.dedent(f"""\
        import sys
        from requestdesk.extractors.guard import ReadLimits, run_isolated
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_guard_isolation import start_sleeper_and_hang
        run_isolated(start_sleeper_and_hang, {str(pids)!r}, limits=ReadLimits(timeout_s=600))
        """))
    service = subprocess.Popen([sys.executable, str(script)])
    try:
        reader, sleeper = _wait_for_pids(pids)
        server = _parent_of(reader)
        assert _parent_of(server) == service.pid
    finally:
        service.kill()
        service.wait()
    _assert_gone(reader, server, sleeper)


# --- threads and the server's own lifetime ----------------------------------------------------


def test_eight_threads_at_once_each_get_their_own_answer(letters: list[Path]) -> None:
    assert _summary(letters[0])[0] == "ok"
    _stop_the_server()  # so the eight threads also race to replace it
    retired = len(guard._retired)
    before = _descendants(os.getpid())
    with ThreadPoolExecutor(max_workers=8) as pool:
        summaries = list(pool.map(extract_file, letters * 3))
    for path, result in zip(letters * 3, summaries, strict=True):
        assert result.status == "ok"
        assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert [s.name for s in result.subjects] == [SUBJECTS[letters.index(path)]]
    # One thread started a new fork server, the others used it; nothing else is left.
    assert len(guard._retired) == retired + 1
    assert len(_descendants(os.getpid()) - before) == 1


def test_a_dead_server_is_replaced(letters: list[Path]) -> None:
    assert _summary(letters[0])[0] == "ok"
    _stop_the_server()
    assert _summary(letters[1]) == ("ok", None, [SUBJECTS[1]])


# --- bounds and reasons ------------------------------------------------------------------------


def start_sleeper_and_hang(pid_file: str) -> None:
    """A reader whose subprocess hangs, like a stuck Tesseract."""
    sleeper = subprocess.Popen(["sleep", "1000"])
    Path(pid_file).write_text(f"{os.getpid()} {sleeper.pid}")
    time.sleep(1000)


def start_sleeper_and_return(pid_file: str) -> str:
    sleeper = subprocess.Popen(["sleep", "1000"])
    Path(pid_file).write_text(f"{os.getpid()} {sleeper.pid}")
    return "done"


def test_timeout_kills_the_reader_and_what_it_started(tmp_path: Path) -> None:
    pids = tmp_path / "pids.txt"
    started = time.monotonic()
    with pytest.raises(Rejected) as caught:
        run_isolated(start_sleeper_and_hang, str(pids), limits=ReadLimits(timeout_s=2))
    assert time.monotonic() - started < 20
    assert caught.value.code == "timeout" and "2 seconds" in caught.value.reason
    _assert_gone(*(int(p) for p in pids.read_text().split()))


def test_nothing_a_reader_started_outlives_it(tmp_path: Path) -> None:
    pids = tmp_path / "pids.txt"
    assert run_isolated(start_sleeper_and_return, str(pids), limits=LIMITS) == "done"
    _assert_gone(*(int(p) for p in pids.read_text().split()))


def allocate(size: int) -> int:
    return len(bytearray(size))


def test_memory_limit_is_a_rejection() -> None:
    with pytest.raises(Rejected) as caught:
        run_isolated(allocate, 3 * 1024**3, limits=ReadLimits(memory_mb=1024))
    assert (caught.value.code, caught.value.reason) == ("too_large", MEMORY_REASON)
    assert run_isolated(allocate, 1024, limits=ReadLimits(memory_mb=1024)) == 1024


def test_crash_is_a_rejection() -> None:
    with pytest.raises(Rejected) as caught:
        run_isolated(os.abort, limits=LIMITS)
    assert (caught.value.code, caught.value.reason) == ("crashed", CRASH_REASON)


def unpicklable() -> threading.Lock:
    return threading.Lock()


def test_unpicklable_result_is_an_internal_error() -> None:
    with pytest.raises(Rejected) as caught:
        run_isolated(unpicklable, limits=LIMITS)
    assert (caught.value.code, caught.value.reason) == ("internal", INTERNAL_REASON)


def test_relative_paths_mean_the_callers_directory(letters: list[Path],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert _summary(letters[1])[0] == "ok"  # the server starts elsewhere; the child must move
    monkeypatch.chdir(letters[0].parent)
    assert _summary(Path(letters[0].name)) == ("ok", None, [SUBJECTS[0]])


# --- helpers ---------------------------------------------------------------------------------


def _stop_the_server() -> None:
    server = guard._server
    if server is not None:
        os.kill(server.process.pid, signal.SIGKILL)
        server.process.wait()


def _wait_for_pids(pid_file: Path) -> tuple[int, int]:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if pid_file.exists() and len(pid_file.read_text().split()) == 2:
            reader, sleeper = (int(p) for p in pid_file.read_text().split())
            return reader, sleeper
        time.sleep(0.05)
    raise AssertionError("the reader did not start")


def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def _parent_of(pid: int) -> int:
    stat = _stat(pid)
    assert stat is not None
    return int(stat[1])


def _alive(pid: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[0] != "Z"


def _assert_gone(*pids: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in pids):
        time.sleep(0.05)
    assert not [pid for pid in pids if _alive(pid)]


def _descendants(root: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        stat = _stat(int(entry.name)) if entry.name.isdigit() else None
        if stat is not None and stat[0] != "Z":
            parents[int(entry.name)] = int(stat[1])
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


@pytest.fixture(autouse=True)
def _no_stray_processes() -> Iterator[None]:
    before = _descendants(os.getpid())
    yield
    # Whatever the test started has ended; only the fork server may remain.
    servers = {guard._server.process.pid} if guard._server is not None else set()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _descendants(os.getpid()) - before - servers:
        time.sleep(0.05)
    assert not _descendants(os.getpid()) - before - servers
