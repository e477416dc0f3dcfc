"""Bounds on reading one untrusted file: size, pages, pixels, time and memory.

``run_isolated`` runs the reader in a child process started by a forkserver (the parent may be
multi-threaded under Prefect, where plain ``fork`` is unsafe). The child gets an address-space
limit and its own process group, and is killed with everything it started when it runs out of
time, so one bad file can neither hang nor exhaust the service.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import logging
import multiprocessing
import os
import resource
import signal
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import context, forkserver, popen_forkserver, spawn, util
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from requestdesk.document import Rejected

T = TypeVar("T")
log = logging.getLogger(__name__)

MIB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    timeout_s: float = 300.0  # wall clock for one file, reading and analysis together
    memory_mb: int = 2048  # address space of the reading process
    max_bytes: int = 200 * MIB
    max_pages: int = 500
    max_pixels: int = 120_000_000  # per image; a 300 dpi A0 scan is about 140 million
    max_attachments: int = 50  # per email, nested emails included
    max_email_depth: int = 5  # emails forwarded inside emails
    ocr_timeout_s: float = 120.0  # one Tesseract call on one page
    ocr_workers: int = 0  # pages read at once; 0 means one per CPU


def describe_seconds(seconds: float) -> str:
    if seconds >= 120:
        minutes = seconds / 60
        return f"{minutes:g} minutes" if minutes == int(minutes) else f"{minutes:.1f} minutes"
    return "1 second" if seconds == 1 else f"{seconds:g} seconds"


def timeout_reason(limits: ReadLimits) -> str:
    return (
        f"This file took too long to read (over {describe_seconds(limits.timeout_s)}). It may be "
        "damaged or far larger than a normal request. Ask the sender for a smaller copy or "
        "process it by hand."
    )


MEMORY_REASON = (
    "This file needed more memory to read than requestdesk allows. It may be damaged or built "
    "to overload the system. Ask the sender for a normal PDF or scan, or process it by hand."
)
CRASH_REASON = (
    "The program reading this file stopped unexpectedly. The file may be damaged. Open it "
    "yourself to check it, ask the sender for a new copy, or process it by hand."
)
INTERNAL_REASON = (
    "requestdesk could not read this file because of an internal error. Keep the file, tell "
    "your administrator, and process the request by hand for now."
)

# Modules the forkserver imports once so every child starts warm (see ``preload``).
PRELOAD = ["requestdesk.extractors.preload"]

_context_lock = threading.Lock()
_context: Any = None


def _forkserver() -> Any:
    global _context
    with _context_lock:
        if _context is None:
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(PRELOAD)
            _context = ctx
        return _context


class _Popen(popen_forkserver.Popen):
    """Forkserver launch without re-running the parent's ``__main__`` in the child.

    multiprocessing normally re-imports the main script in every child so functions defined
    there can be found. Our targets live in importable modules, and the main script can be
    anything (the CLI, Prefect's worker, pytest, a user's script without a main guard), so
    the child must not run it. Same steps as CPython 3.11's ``popen_forkserver.Popen._launch``.
    """

    def _launch(self, process_obj: Any) -> None:
        prep_data = spawn.get_preparation_data(process_obj._name)
        prep_data.pop("init_main_from_path", None)
        prep_data.pop("init_main_from_name", None)
        buf = io.BytesIO()
        context.set_spawning_popen(self)
        try:
            context.reduction.dump(prep_data, buf)
            context.reduction.dump(process_obj, buf)
        finally:
            context.set_spawning_popen(None)
        self.sentinel, w = forkserver.connect_to_new_process(self._fds)
        parent_w = os.dup(w)
        self.finalizer = util.Finalize(self, util.close_fds, (parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _Process(context.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: Any) -> _Popen:
        return _Popen(process_obj)


def run_isolated(fn: Callable[..., T], *args: Any, limits: ReadLimits) -> T:
    """``fn(*args)`` in a bounded child process; failures come back as ``Rejected``.

    ``fn`` and its arguments and result must be picklable (``fn`` importable by name).
    """
    ctx = _forkserver()
    receiver, sender = ctx.Pipe(duplex=False)
    proc = _Process(target=_child, args=(sender, limits.memory_mb, fn, args), daemon=True)
    try:
        proc.start()
    except OSError as exc:
        receiver.close()
        sender.close()
        log.error("could not start a reader process: %s", type(exc).__name__)
        raise Rejected(INTERNAL_REASON, "internal") from None
    sender.close()
    message: tuple[str, Any] | None = None
    timed_out = False
    try:
        if receiver.poll(limits.timeout_s):
            with contextlib.suppress(EOFError, OSError):
                message = receiver.recv()
        else:
            timed_out = True
    finally:
        if not timed_out:
            proc.join(5)  # it has answered (or died) and is on its way out
        # Kill only while the child is known to be alive (or just timed out), so the group
        # id cannot have been reused by an unrelated process.
        if timed_out or proc.exitcode is None:
            _kill_group(proc.pid)
        proc.join()
        receiver.close()
        proc.close()
    if timed_out:
        raise Rejected(timeout_reason(limits), "timeout")
    if message is None:
        # The child died without answering: killed by the kernel or a crash in native code.
        raise Rejected(CRASH_REASON, "crashed")
    status, payload = message
    if status == "ok":
        return payload  # type: ignore[no-any-return]
    if status == "rejected":
        reason, code = payload
        raise Rejected(reason, code)
    if status == "memory":
        raise Rejected(MEMORY_REASON, "too_large")
    log.error("reader failed: %s", payload)
    raise Rejected(INTERNAL_REASON, "internal")


def _kill_group(pid: int | None) -> None:
    if pid is None:
        return
    # The child leads its own process group, so Tesseract subprocesses go with it.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGKILL)


def _die_with_parent() -> None:
    # The forkserver is the child's parent and exits with the service; take the child along.
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _child(conn: Connection, memory_mb: int, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    os.setsid()
    _die_with_parent()
    limit = memory_mb * MIB
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    message: tuple[str, Any]
    try:
        message = ("ok", fn(*args))
    except Rejected as exc:
        message = ("rejected", (exc.reason, exc.code))
    except MemoryError:
        message = ("memory", None)
    except BaseException as exc:
        message = ("error", _where(exc))
    try:
        conn.send(message)
    except MemoryError:
        conn.send(("memory", None))
    except Exception as exc:  # e.g. a result that cannot be pickled
        conn.send(("error", _where(exc)))
    finally:
        conn.close()


def _where(exc: BaseException) -> str:
    # Exception type and code location only: messages can quote document content.
    frames = traceback.extract_tb(exc.__traceback__)
    places = ", ".join(f"{os.path.basename(f.filename)}:{f.lineno}" for f in frames[-3:])
    return f"{type(exc).__name__} at {places}"
