"""Bounds on reading one untrusted file: size, pages, pixels, time and memory.

``run_isolated`` runs the reader in a child process with an address-space limit and its own
process group, and kills it with everything it started when it runs out of time, so one bad file
can neither hang nor exhaust the service.

The children come from a small fork server of our own, not from ``multiprocessing``: the service
may be multi-threaded (Prefect), where a plain ``fork`` is unsafe, and multiprocessing's forkserver
re-runs the parent's ``__main__`` in every child and breaks in a process forked after using it.

* The service starts the server once (``subprocess`` running ``run_forkserver``): a fresh,
  single-threaded interpreter that imports ``PRELOAD`` (spaCy and the readers), says ``ready``
  and from then on only forks. Nothing of the service's threads, locks or main script comes along.
* Control channel: an ``AF_UNIX`` ``SOCK_SEQPACKET`` socket pair, so it has no address anyone else
  could connect to. One datagram per child: ``b"F"`` carrying two descriptors, the child's end
  of a job socket and of a status socket (``socket.send_fds``). Datagrams are atomic, so threads
  and processes forked from the service share the channel without further locking.
* Status socket (server → service): the child's pid right after the fork, then its exit code
  (negative: killed by that signal) once reaped. Before reaping, the server kills the child's
  process group, so nothing a reader started outlives it.
* Job socket (service ↔ child): one frame each way, an 8-byte length and a pickle. In: the
  service's working directory, ``sys.path``, the memory limit and the pickled ``(fn, args)``.
  Out: ``("ok", result)``, ``("rejected", (reason, code))``, ``("memory", None)`` or
  ``("error", where)``.
* Lifetime: the server exits when every copy of the service's end of the control socket is
  closed, killing its children's groups; a child also dies with the server (PR_SET_PDEATHSIG).
  A server that died (e.g. killed for memory) is replaced on the next call.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import importlib
import logging
import math
import os
import pickle
import resource
import select
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn, TypeVar

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

# Imported once by the fork server so every child starts warm (see ``preload``).
PRELOAD = "requestdesk.extractors.preload"

_INT = struct.Struct("!q")  # frame lengths, pids and exit codes
_SERVER_TIMEOUT_S = 120.0  # the server's start (its warm-up takes seconds) or one fork
_EXIT_WAIT_S = 5.0  # an answered child is on its way out; after this it is killed


@dataclass(frozen=True)
class _Server:
    control: socket.socket
    process: subprocess.Popen[bytes]


_lock = threading.Lock()
_server: _Server | None = None
# Dead servers' sockets are never closed: another thread may still be sending on one, and a
# closed descriptor number can be reused at once. One per dead server is a small price.
_retired: list[_Server] = []


def _renew_lock() -> None:
    global _lock
    _lock = threading.Lock()  # another thread may have held it at the fork


# A forked copy of the service keeps using the same server (the channel is shared safely);
# it only needs a lock no thread of the parent can hold.
os.register_at_fork(after_in_child=_renew_lock)


def run_isolated(fn: Callable[..., T], *args: Any, limits: ReadLimits) -> T:
    """``fn(*args)`` in a bounded child process; failures come back as ``Rejected``.

    ``fn`` and its arguments and result must be picklable, ``fn`` importable by name (not
    defined in the main script: the child never runs it).
    """
    try:
        job = pickle.dumps((fn, args))
    except Exception as exc:
        log.error("could not pass work to a reader process: %s", type(exc).__name__)
        raise Rejected(INTERNAL_REASON, "internal") from None
    payload = pickle.dumps((os.getcwd(), list(sys.path), limits.memory_mb, job))
    conn, child_conn = socket.socketpair()
    status, child_status = socket.socketpair()
    with conn, status:
        try:
            with child_conn, child_status:
                _request_fork(child_conn.fileno(), child_status.fileno())
            status.settimeout(_SERVER_TIMEOUT_S)
            pid = _read_int(status)
        except (OSError, EOFError) as exc:
            log.error("could not start a reader process: %s", type(exc).__name__)
            raise Rejected(INTERNAL_REASON, "internal") from None
        timed_out = False
        try:
            answer = _converse(conn, status, payload, time.monotonic() + limits.timeout_s)
        except TimeoutError:
            answer, timed_out = None, True
        except BaseException:  # e.g. Ctrl-C: the child must not run on unbounded
            _wait_for_exit(pid, status, kill_now=True)
            raise
        exit_code = _wait_for_exit(pid, status, kill_now=timed_out)
    if timed_out:
        raise Rejected(timeout_reason(limits), "timeout")
    if answer is None:
        # The child died without answering: killed by the kernel or a crash in native code.
        log.warning("reader process ended without an answer (exit code %s)", exit_code)
        raise Rejected(CRASH_REASON, "crashed")
    status_word, payload = pickle.loads(answer)
    if status_word == "ok":
        return payload  # type: ignore[no-any-return]
    if status_word == "rejected":
        reason, code = payload
        raise Rejected(reason, code)
    if status_word == "memory":
        raise Rejected(MEMORY_REASON, "too_large")
    log.error("reader failed: %s", payload)
    raise Rejected(INTERNAL_REASON, "internal")


def _request_fork(conn_fd: int, status_fd: int) -> None:
    server = _running_server()
    try:
        socket.send_fds(server.control, [b"F"], [conn_fd, status_fd])
    except OSError:
        # The server has gone (killed for memory, say): start another, once.
        socket.send_fds(_running_server(dead=server).control, [b"F"], [conn_fd, status_fd])


def _running_server(dead: _Server | None = None) -> _Server:
    global _server
    with _lock:
        if _server is None or _server is dead:
            if _server is not None:
                _retired.append(_server)
                _server.process.poll()  # reap it
            _server = _start_server()
        return _server


def _start_server() -> _Server:
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    with theirs:
        fd = theirs.fileno()
        code = (f"import sys; sys.path[:] = {sys.path!r}; "
                f"from {__name__} import run_forkserver; run_forkserver({fd})")
        process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.DEVNULL,
                                   pass_fds=[fd])
    try:
        ours.settimeout(_SERVER_TIMEOUT_S)
        if ours.recv(16) != b"ready":
            raise ConnectionError("the reader fork server did not start")
        ours.settimeout(None)
    except BaseException:
        ours.close()
        process.kill()
        process.wait()
        raise
    return _Server(ours, process)


def _converse(conn: socket.socket, status: socket.socket, payload: bytes,
              deadline: float) -> bytes | None:
    """Send the child its work and return its answer, or None if it ended without one.

    Raises ``TimeoutError`` at the deadline. The child's end is watched through the status
    socket, not only through end-of-file on ``conn``: a process forked from the service at the
    wrong moment may hold a copy of the child's end of ``conn``.
    """
    conn.settimeout(max(deadline - time.monotonic(), 0.001))
    try:
        _send_frame(conn, payload)
    except TimeoutError:
        raise
    except OSError:
        return None  # it died before reading its work
    poller = select.poll()
    poller.register(conn, select.POLLIN)
    poller.register(status, select.POLLIN)
    conn.setblocking(False)
    received = bytearray()
    ended = False
    while True:
        try:
            while chunk := conn.recv(1 << 20):
                received += chunk
            ended = True  # end of file
        except BlockingIOError:
            pass
        except OSError:
            ended = True
        if len(received) >= _INT.size:
            end = _INT.size + _INT.unpack_from(received)[0]
            if len(received) >= end:
                return bytes(received[_INT.size:end])
        if ended:
            return None
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        events = poller.poll(math.ceil(remaining * 1000))
        # Once reaped, all it wrote is already in ``conn``: one more read, then give up.
        ended = any(fd == status.fileno() for fd, _ in events)


def _wait_for_exit(pid: int, status: socket.socket, kill_now: bool) -> int | None:
    """The child's exit code, once the server has reaped it; kill its group if it lingers."""
    status.settimeout(0 if kill_now else _EXIT_WAIT_S)
    try:
        return _read_int(status)
    except (TimeoutError, BlockingIOError):
        pass  # not reaped yet, so the pid (and group id) is still this child's
    except (OSError, EOFError):
        return None  # the server has gone, and its children with it
    _kill_group(pid)
    status.settimeout(_EXIT_WAIT_S)
    try:
        return _read_int(status)
    except (OSError, EOFError):
        return None


def _kill_group(pid: int) -> None:
    # The child leads its own process group, so Tesseract subprocesses go with it.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGKILL)


def run_forkserver(control_fd: int) -> NoReturn:
    """The fork server's main loop; runs in its own interpreter (see the module docstring)."""
    gc.disable()  # keep preloaded objects packed for sharing with the children (gc.freeze docs)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the service, which then exits
    control = socket.socket(fileno=control_fd)
    try:
        importlib.import_module(PRELOAD)
    except Exception as exc:
        log.warning("could not preload the readers: %s", type(exc).__name__)
    gc.freeze()
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_r, False)
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)  # SIGCHLD wakes the poll below
    signal.signal(signal.SIGCHLD, lambda *_: None)
    children: dict[int, int] = {}  # pid → status descriptor
    poller = select.poll()
    poller.register(control, select.POLLIN)
    poller.register(wake_r, select.POLLIN)
    control.sendall(b"ready")
    try:
        while True:
            ready = {fd for fd, _ in poller.poll()}
            if wake_r in ready:
                with contextlib.suppress(BlockingIOError):
                    os.read(wake_r, 4096)
                _reap(children)
            if control_fd not in ready:
                continue
            message, fds, _, _ = socket.recv_fds(control, 16, 2)
            if not message:
                return  # every copy of the service's end is closed
            if len(fds) != 2:
                for fd in fds:
                    os.close(fd)
                continue
            conn_fd, status_fd = fds
            os.set_inheritable(conn_fd, False)  # SCM_RIGHTS hands them over inheritable
            os.set_inheritable(status_fd, False)
            server_pid = os.getpid()
            try:
                pid = os.fork()
            except OSError as exc:  # out of processes or memory: the service sees EOF
                log.error("could not fork a reader process: %s", type(exc).__name__)
                os.close(conn_fd)
                os.close(status_fd)
                continue
            if pid == 0:
                control.close()
                _child(conn_fd, server_pid, [wake_r, wake_w, status_fd, *children.values()])
            os.close(conn_fd)
            children[pid] = status_fd
            with contextlib.suppress(OSError):  # the service may have given up on it
                os.write(status_fd, _INT.pack(pid))
    except BaseException:
        log.exception("the reader fork server failed")
    finally:
        for pid in children:
            _kill_group(pid)
        os._exit(0)


def _reap(children: dict[int, int]) -> None:
    while True:
        try:
            # WNOWAIT: look without reaping, so the pid still names this child's group.
            info = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except ChildProcessError:
            return
        if info is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(info.si_pid, signal.SIGKILL)
        _, wait_status = os.waitpid(info.si_pid, 0)
        status_fd = children.pop(info.si_pid, None)
        if status_fd is not None:
            with contextlib.suppress(OSError):
                os.write(status_fd, _INT.pack(os.waitstatus_to_exitcode(wait_status)))
            os.close(status_fd)


def _child(conn_fd: int, server_pid: int, inherited: list[int]) -> NoReturn:
    code = 1
    try:
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        for fd in inherited:
            os.close(fd)
        os.setsid()
        _die_with_parent()
        if os.getppid() != server_pid:
            return  # the server died before PR_SET_PDEATHSIG took effect
        gc.enable()
        with socket.socket(fileno=conn_fd) as conn:
            _serve_job(conn)
        code = 0
    except BaseException as exc:
        log.error("reader process failed: %s", _where(exc))
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


def _die_with_parent() -> None:
    # The fork server is the child's parent and exits with the service; take the child along.
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _serve_job(conn: socket.socket) -> None:
    cwd, path, memory_mb, job = pickle.loads(_recv_frame(conn))
    message: tuple[str, Any]
    try:
        os.chdir(cwd)  # relative paths mean what they meant to the caller
        sys.path[:] = path  # so ``fn`` and its arguments' classes import as they did there
        limit = memory_mb * MIB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        fn, args = pickle.loads(job)
        message = ("ok", fn(*args))
    except Rejected as exc:
        message = ("rejected", (exc.reason, exc.code))
    except MemoryError:
        message = ("memory", None)
    except BaseException as exc:
        message = ("error", _where(exc))
    try:
        answer = pickle.dumps(message)
    except MemoryError:
        answer = pickle.dumps(("memory", None))
    except Exception as exc:  # e.g. a result that cannot be pickled
        answer = pickle.dumps(("error", _where(exc)))
    _send_frame(conn, answer)


def _send_frame(sock: socket.socket, data: bytes) -> None:
    sock.sendall(_INT.pack(len(data)))
    sock.sendall(data)


def _recv_frame(sock: socket.socket) -> bytes:
    return _recv_exact(sock, _read_int(sock))


def _read_int(sock: socket.socket) -> int:
    value: int = _INT.unpack(_recv_exact(sock, _INT.size))[0]
    return value


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise EOFError("connection closed")
        data += chunk
    return bytes(data)


def _where(exc: BaseException) -> str:
    # Exception type and code location only: messages can quote document content.
    frames = traceback.extract_tb(exc.__traceback__)
    places = ", ".join(f"{os.path.basename(f.filename)}:{f.lineno}" for f in frames[-3:])
    return f"{type(exc).__name__} at {places}"
