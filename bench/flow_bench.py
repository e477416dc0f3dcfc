"""The inbox flow against a plain loop over ``extract_file`` on the same documents.

    .venv/bin/python bench/flow_bench.py [--count 100] [--workers 2]

Prints both wall times, their ratio (the bar: flow <= 1.3 x loop) and how busy the cores were
(CPU seconds of this process and every process it started, over wall time x cores). The Prefect
temporary server is started by a warm-up run over an empty inbox before the clock starts, as it
is already running under ``requestdesk serve``; its start-up time is printed separately.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import requestdesk.flows  # noqa: F401  (Prefect defaults first)
from requestdesk.config import Settings
from requestdesk.flows.inbox_flow import run_inbox
from requestdesk.flows.intake import read_limits
from requestdesk.pipeline import extract_file

TICKS = os.sysconf("SC_CLK_TCK")


def _descendants(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        parents.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(parents.get(pid, []))
    return out


def tree_cpu_seconds() -> float:
    """CPU time of this process and its descendants, reaped children included."""
    total = 0
    for pid in _descendants(os.getpid()):
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
    return total / TICKS


def documents(folder: Path, count: int) -> list[Path]:
    from requestdesk.samples.generate import generate

    generate(folder, seed=11, family="dev", limit=count)
    return sorted(p for p in folder.iterdir() if not p.name.endswith(".json"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    base = Path(tempfile.mkdtemp(prefix="rd-bench-"))
    try:
        docs = documents(base / "batch", args.count)
        kinds: dict[str, int] = {}
        for d in docs:
            kinds[d.suffix] = kinds.get(d.suffix, 0) + 1
        print(f"{len(docs)} documents: {kinds}")
        inbox = base / "inbox"
        inbox.mkdir()
        settings = replace(Settings(), inbox=inbox, database_url=f"sqlite:///{base / 'log.db'}",
                           stable_seconds=0.0, workers=args.workers)
        limits = read_limits(settings)

        extract_file(docs[0], limits)  # start the reader forkserver for both sides
        started = time.perf_counter()
        run_inbox(settings)  # empty inbox: starts Prefect's temporary server
        startup = time.perf_counter() - started

        cpu0, t0 = tree_cpu_seconds(), time.perf_counter()
        results = [extract_file(d, limits) for d in docs]
        loop_s, loop_cpu = time.perf_counter() - t0, tree_cpu_seconds() - cpu0
        rejected = sum(r.status != "ok" for r in results)

        for d in docs:
            shutil.copyfile(d, inbox / d.name)
        cpu0, t0 = tree_cpu_seconds(), time.perf_counter()
        counts = run_inbox(settings)
        flow_s, flow_cpu = time.perf_counter() - t0, tree_cpu_seconds() - cpu0

        print(f"plain loop : {loop_s:7.1f} s  cores busy {loop_cpu / loop_s / cores:5.0%}"
              f"  ({rejected} rejected)")
        print(f"inbox flow : {flow_s:7.1f} s  cores busy {flow_cpu / flow_s / cores:5.0%}"
              f"  {counts}")
        print(f"ratio flow/loop = {flow_s / loop_s:.2f} (bar <= 1.30); "
              f"Prefect temporary server start {startup:.1f} s "
              f"(ratio with it {(flow_s + startup) / loop_s:.2f})")
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
