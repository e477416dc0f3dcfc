"""A quarter of varied requests, seeded so each run is the same."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from requestdesk.models.users import User

from .factory import Spec, make_entry

AGENCIES = ("dhs-ice-ero", "dhs-ice-hsi", "doj-fbi", "local-police", "sheriff", "dhs-cbp")
PROCESSES = ("administrative_subpoena", "judicial_warrant", "none", "detainer", "court_order",
             "administrative_warrant", "grand_jury_subpoena")
PURPOSES = ("civil_immigration", "criminal_investigation", "unknown")
STATUSES = ("decided", "decided", "decided", "confirmed", "pending_review")
DECISIONS = ("granted", "partly_granted", "denied")


def fill_quarter(session: Session, supervisor: User, count: int = 36, seed: int = 7) -> None:
    """Entries received across 2026-Q3 (July to September), in every status."""
    rnd = random.Random(seed)
    start = datetime(2026, 7, 1, tzinfo=UTC)
    for i in range(count):
        received = start + timedelta(minutes=rnd.randrange(0, 92 * 24 * 60))
        spec = Spec(
            received_at=received,
            status=STATUSES[i % len(STATUSES)],
            agency_key=rnd.choice(AGENCIES),
            process_type=rnd.choice(PROCESSES),
            purpose=rnd.choice(PURPOSES),
            decision=rnd.choice(DECISIONS),
            subjects=[(f"Person {i} Example", "1980-01-01")] * rnd.randint(1, 3),
            answered_on=received.date() + timedelta(days=rnd.randint(0, 40)),
        )
        make_entry(session, spec, supervisor)
