"""Review app under load: 10 000 entries in SQLite, the app in its own uvicorn process on
loopback, 20 simulated reviewers (threads with httpx) loading the queue and entries and saving
edits. Prints p50/p95 per page (target p95 < 300 ms), each as a ratio to a floor measured in the
same run (one reviewer alone), and checks that no save was lost.

    .venv/bin/python bench/web_bench.py [--entries 10000] [--reviewers 20] [--seconds 30]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import insert
from sqlmodel import Session, col, select

from requestdesk.config import Settings
from requestdesk.models.database import open_database
from requestdesk.models.entries import Entry, EntryField, EvidenceRow, StoredFile, SubjectRow
from requestdesk.models.events import Event
from requestdesk.models.store import proposed_fields, subjects_summary
from requestdesk.models.users import User
from requestdesk.result import Evidence, Extraction, LegalProcess, Requestor, Subject
from requestdesk.review.auth import hash_password

PASSWORD = "bench password 123"
TARGET_P95_MS = 300.0
AGENCIES = ["dhs-ice-ero", "dhs-ice-hsi", "doj-fbi", "local-police", "sheriff", "dhs-cbp"]
PROCESSES = ["administrative_subpoena", "judicial_warrant", "none", "detainer", "court_order"]
FIRST = ["Maria", "John", "Ana", "Luis", "Grace", "Omar", "Wei", "Fatima", "Pedro", "Lena"]
LAST = ["Gonzalez", "Smith", "Nguyen", "Haddad", "Okafor", "Kowalski", "Silva", "Chen"]
HOT_ENTRIES = 150  # reviewers edit these, so some edits collide
EDITABLE = 400  # the floor run edits entries HOT_ENTRIES..EDITABLE


def settings_for(root: Path) -> Settings:
    return Settings(inbox=root / "inbox", database_url=f"sqlite:///{root / 'bench.db'}",
                    secret_key="bench-secret")


def populate(root: Path, entries: int, reviewers: int) -> list[str]:
    from reportlab.pdfgen import canvas

    settings = settings_for(root)
    engine = open_database(settings.database_url)
    shas = []
    settings.originals_dir.mkdir(parents=True)
    for i in range(10):
        path = settings.originals_dir / f"o{i}.pdf"
        pdf = canvas.Canvas(str(path))
        pdf.drawString(72, 720, f"Request for records number {i}")
        pdf.save()
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        shas.append(sha)
        with Session(engine) as session:
            session.add(StoredFile(sha256=sha, size=path.stat().st_size, kind="pdf",
                                   storage_path=path.name, pages=1))
            session.commit()
    with Session(engine) as session:
        hashed = hash_password(PASSWORD)  # one hash for all: argon2 is slow on purpose
        for n in range(reviewers):
            session.add(User(username=f"r{n:02d}", role="reviewer", password_hash=hashed))
        session.commit()

    rng = random.Random(7)
    now = datetime.now(UTC)
    public_ids: list[str] = []
    entry_rows, field_rows, subject_rows, evidence_rows, event_rows = [], [], [], [], []
    for n in range(entries):
        names = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"19{rng.randint(50, 99)}-0"
                  f"{rng.randint(1, 9)}-1{rng.randint(0, 9)}") for _ in range(rng.randint(1, 3))]
        process = rng.choice(PROCESSES)
        extraction = Extraction(
            source="x.pdf", sha256=shas[n % 10], kind="pdf", pages=1,
            requestor=Requestor(agency_key=rng.choice(AGENCIES), agency_name="Agency name"),
            subjects=[Subject(name=a, dob=b) for a, b in names],
            legal_process=LegalProcess(type=process),  # type: ignore[arg-type]
        )
        received = now - timedelta(days=rng.randint(0, 400), minutes=n)
        public_id = hashlib.md5(f"entry{n}".encode()).hexdigest()
        public_ids.append(public_id)
        entry_id = n + 1
        entry_rows.append(dict(
            id=entry_id, public_id=public_id, sha256=shas[n % 10], source_name="x.pdf",
            # The entries reviewers edit stay open; the rest have every status.
            status="pending_review" if n < EDITABLE else rng.choice(
                ["pending_review"] * 4 + ["confirmed", "decided"]), version=1,
            received_at=received, channel="mail", created_at=now, updated_at=now,
            due_on=(received + timedelta(days=30)).date() if n % 3 else None, pages=1,
            ocr_pages=0, extraction=extraction.model_dump(mode="json"),
            agency_key=extraction.requestor.agency_key, agency_name="Agency name",
            process_type=process, court_issued=process in ("judicial_warrant", "court_order"),
            purpose="unknown", subjects_summary=subjects_summary(names)))
        for name, value in proposed_fields(extraction, received).items():
            field_rows.append(dict(entry_id=entry_id, name=name, proposed=value, value=value,
                                   confirmed=False))
        for pos, (name, dob) in enumerate(names):
            subject_rows.append(dict(entry_id=entry_id, position=pos, name=name, dob=dob,
                                     identifiers=[], proposed={"name": name}, removed=False,
                                     confirmed=False))
        ev = Evidence(page=1, box=[72, 60, 300, 75], text="Request")
        evidence_rows.append(dict(entry_id=entry_id, field="agency_name", page=ev.page,
                                  box=ev.box, text=ev.text, confidence=None))
        event_rows.append(dict(entry_id=entry_id, at=now, actor="pipeline", action="created",
                               field=None, old=None, new={"status": "pending_review"}))
    with engine.begin() as conn:
        for model, rows in ((Entry, entry_rows), (EntryField, field_rows),
                            (SubjectRow, subject_rows), (EvidenceRow, evidence_rows),
                            (Event, event_rows)):
            for start in range(0, len(rows), 5000):
                conn.execute(insert(model), rows[start:start + 5000])  # type: ignore[arg-type]
    engine.dispose()
    return public_ids


def serve(root: Path, port: int, workers: int) -> None:
    from dataclasses import replace

    from requestdesk.review.server import run

    settings = replace(settings_for(root), web_port=port)
    for name in ("inbox", "database_url", "secret_key"):
        os.environ[f"REQUESTDESK_{name.upper()}"] = str(getattr(settings, name))
    run(settings, workers=workers)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Results:
    timings: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    saved: list[tuple[str, str, str]] = field(default_factory=list)  # public_id, actor, value
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def time(self, kind: str, seconds: float) -> None:
        with self.lock:
            self.timings[kind].append(seconds * 1000)


def signed_in(base: str, username: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=base, timeout=30)
    token = csrf(client.get("/login").text)
    reply = client.post("/login", data={"username": username, "password": PASSWORD,
                                        "csrf_token": token})
    if reply.status_code != 303:
        raise RuntimeError(f"sign-in failed with {reply.status_code}")
    return client, csrf(client.get("/queue").text)


def csrf(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match
    return match.group(1)


def reviewer(base: str, name: str, ids: list[str], stop_at: float, max_rounds: int,
             results: Results, seed: int, think: float = 0.0) -> None:
    rng = random.Random(seed)
    client, token = signed_in(base, name)
    rounds = 0
    try:
        while time.monotonic() < stop_at and rounds < max_rounds:
            rounds += 1
            start = time.perf_counter()
            page = rng.randint(1, 40)
            reply = client.get("/queue", params={"status": rng.choice(["open", "all"]),
                                                 "page": page})
            results.time("queue", time.perf_counter() - start)
            _check(reply, 200, results)
            time.sleep(rng.uniform(0.0, 2 * think))
            start = time.perf_counter()
            reply = client.post("/queue", data={"csrf_token": token,
                                                "q": rng.choice(LAST), "status": "open"})
            results.time("queue search", time.perf_counter() - start)
            _check(reply, 200, results)
            time.sleep(rng.uniform(0.0, 2 * think))
            public_id = rng.choice(ids[:HOT_ENTRIES])
            start = time.perf_counter()
            reply = client.get(f"/entries/{public_id}")
            results.time("entry", time.perf_counter() - start)
            if not _check(reply, 200, results):
                continue
            version = re.search(r'name="version" value="(\d+)"', reply.text)
            assert version
            time.sleep(rng.uniform(0.0, 2 * think))  # the reviewer reads, then types
            value = f"Agency {name} {rounds}"
            start = time.perf_counter()
            reply = client.post(f"/entries/{public_id}/fields/agency_name", data={
                "csrf_token": token, "version": version.group(1), "value": value})
            results.time("save", time.perf_counter() - start)
            if reply.status_code == 303:
                with results.lock:
                    results.saved.append((public_id, name, value))
            elif reply.status_code == 409 and "NOT saved" in reply.text:
                with results.lock:
                    results.conflicts += 1
            else:
                _check(reply, 303, results)
    finally:
        client.close()


def _check(reply: httpx.Response, expected: int, results: Results) -> bool:
    if reply.status_code != expected:
        with results.lock:
            said = re.search(r'role="alert"[^>]*>([^<]+)', reply.text)
            results.errors.append(f"{reply.request.method} {reply.status_code} "
                                  f"{said.group(1)[:90] if said else ''}")
        return False
    return True


def verify(root: Path, results: Results) -> list[str]:
    """Every successful save is in the history and the last one per entry is the value."""
    problems: list[str] = []
    engine = open_database(settings_for(root).database_url)
    with Session(engine) as session:
        rows = session.exec(
            select(Event, Entry.public_id).join(Entry, col(Entry.id) == col(Event.entry_id))
            .where(Event.action == "field_changed", Event.field == "agency_name")
            .order_by(col(Event.id))).all()
        logged = [(pid, ev.actor, ev.new) for ev, pid in rows]
        if sorted(logged) != sorted(results.saved):
            problems.append(f"history has {len(logged)} saves, reviewers saw {len(results.saved)}")
        last: dict[str, str] = {}
        for pid, _, value in logged:
            last[pid] = value
        per_entry: dict[str, int] = defaultdict(int)
        for pid, _, _ in results.saved:
            per_entry[pid] += 1
        for pid, value in last.items():
            entry = session.exec(select(Entry).where(Entry.public_id == pid)).one()
            current = session.exec(select(EntryField.value).where(
                EntryField.entry_id == entry.id, EntryField.name == "agency_name")).one()
            if current != value or entry.agency_name != value:
                problems.append(f"entry {pid}: final value is not the last save")
            if entry.version != 1 + per_entry[pid]:
                problems.append(f"entry {pid}: version {entry.version}, saves {per_entry[pid]}")
    engine.dispose()
    return problems


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--reviewers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--rounds", type=int, default=200, help="at most per reviewer")
    parser.add_argument("--think", type=float, default=0.5,
                        help="mean seconds a reviewer pauses between pages (0 = flat out)")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--serve", nargs=3, metavar=("DIR", "PORT", "WORKERS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(Path(args.serve[0]), int(args.serve[1]), int(args.serve[2]))
        return 0

    root = Path(tempfile.mkdtemp(prefix="rd-web-bench-"))
    try:
        started = time.perf_counter()
        ids = populate(root, args.entries, args.reviewers)
        print(f"{args.entries} entries stored in {time.perf_counter() - started:.1f} s")
        port = free_port()
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(root), str(port),
                                   str(args.workers)])
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_up(base)
            floor = Results()
            reviewer(base, "r00", ids[HOT_ENTRIES:EDITABLE], time.monotonic() + 60, 15, floor, 1)
            results = Results()
            stop_at = time.monotonic() + args.seconds
            threads = [threading.Thread(target=reviewer, args=(
                base, f"r{n:02d}", ids, stop_at, args.rounds, results, 100 + n, args.think))
                for n in range(args.reviewers)]
            wall = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - wall
        finally:
            server.terminate()
            server.wait(20)
        requests = sum(len(v) for v in results.timings.values())
        print("load average (1, 5, 15 min) at the end: "
              + ", ".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} CPUs")
        print(f"{args.reviewers} reviewers (mean pause {args.think:g} s), "
              f"{args.workers} server process(es), {wall:.1f} s, "
              f"{requests} requests "
              f"({requests / wall:.0f}/s), {len(results.saved)} saves, "
              f"{results.conflicts} conflicts reported, {len(results.errors)} errors")
        print(f"{'page':<14}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'floor p50':>11}"
              f"{'p95/floor':>11}{'p95/target':>12}")
        ok = True
        for kind in ("queue", "queue search", "entry", "save"):
            values = results.timings[kind]
            base_p50 = statistics.median(floor.timings[kind])
            p50, p95 = pct(values, 0.5), pct(values, 0.95)
            print(f"{kind:<14}{len(values):>6}{p50:>9.1f}{p95:>9.1f}{base_p50:>11.1f}"
                  f"{p95 / base_p50:>11.1f}{p95 / TARGET_P95_MS:>12.2f}")
            if kind in ("queue", "entry") and p95 >= TARGET_P95_MS:
                ok = False
        results.saved.extend(floor.saved)
        problems = verify(root, results)
        print("lost updates: none" if not problems else "PROBLEMS:\n  " + "\n  ".join(problems))
        if results.errors:
            print("errors:", sorted(set(results.errors))[:10])
        return 0 if ok and not problems and not results.errors else 1
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _wait_up(base: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/login", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the review app did not start")


if __name__ == "__main__":
    sys.exit(main())
