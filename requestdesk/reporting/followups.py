"""Follow-ups: a new request about the same subject(s) from the same agency within
``Settings.followup_days`` is linked (``EntryLink``) to the earlier entries."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import timedelta

from sqlmodel import Session, col, or_, select

from requestdesk.models.entries import Entry, EntryLink, SubjectRow
from requestdesk.reporting.log import as_utc


def _norm(text: str) -> str:
    """Case, accents, punctuation and word order removed: "DOE, John" == "John Doe"."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return " ".join(sorted(re.findall(r"[^\W_]+", plain)))


def _ident(value: str) -> str:
    return re.sub(r"[^0-9a-z]", "", value.casefold())


def same_person(a: SubjectRow, b: SubjectRow) -> bool:
    ids_a = {(i.get("type"), _ident(i.get("value", ""))) for i in a.identifiers or []}
    ids_b = {(i.get("type"), _ident(i.get("value", ""))) for i in b.identifiers or []}
    if ids_a & ids_b:
        return True
    if not a.name or _norm(a.name) != _norm(b.name):
        return False
    return a.dob is None or b.dob is None or a.dob == b.dob


def _subjects(session: Session, entry_ids: Iterable[int]) -> dict[int, list[SubjectRow]]:
    found: dict[int, list[SubjectRow]] = {}
    ids = list(entry_ids)
    if not ids:
        return found
    rows = session.exec(
        select(SubjectRow).where(col(SubjectRow.entry_id).in_(ids), col(SubjectRow.removed).is_(False))
    )
    for row in rows:
        found.setdefault(row.entry_id, []).append(row)
    return found


def _same_agency(a: Entry, b: Entry) -> bool:
    if not a.agency_key or a.agency_key != b.agency_key:
        return False
    if a.agency_key == "other":  # "other" groups unrelated agencies: compare their names too
        return bool(a.agency_name) and _norm(a.agency_name or "") == _norm(b.agency_name or "")
    return True


def link_followups(session: Session, entry: Entry, followup_days: int) -> list[EntryLink]:
    """Link ``entry`` to earlier entries it follows up; returns the links created now."""
    if entry.id is None or not entry.agency_key:
        return []
    received = as_utc(entry.received_at)
    earlier = session.exec(
        select(Entry).where(
            col(Entry.id) != entry.id,
            col(Entry.agency_key) == entry.agency_key,
            col(Entry.received_at) >= received - timedelta(days=followup_days),
            or_(col(Entry.received_at) < received,
                (col(Entry.received_at) == received) & (col(Entry.id) < entry.id)),
        )
    ).all()
    candidates = [e for e in earlier if _same_agency(entry, e) and e.id is not None]
    subjects = _subjects(session, [entry.id, *(e.id for e in candidates if e.id is not None)])
    mine = subjects.get(entry.id, [])
    existing = set(session.exec(
        select(EntryLink.related_entry_id).where(EntryLink.entry_id == entry.id)
    ).all())
    created: list[EntryLink] = []
    for other in candidates:
        theirs = subjects.get(other.id or 0, [])
        if other.id in existing or not any(same_person(a, b) for a in mine for b in theirs):
            continue
        link = EntryLink(entry_id=entry.id, related_entry_id=other.id or 0, reason="follow_up")
        session.add(link)
        created.append(link)
    session.commit()
    return created


def related_entries(session: Session, entry_id: int) -> list[Entry]:
    """Entries linked to this one in either direction, oldest first (for the reviewer)."""
    links = session.exec(
        select(EntryLink).where(
            or_(col(EntryLink.entry_id) == entry_id, col(EntryLink.related_entry_id) == entry_id)
        )
    ).all()
    ids = {link.related_entry_id if link.entry_id == entry_id else link.entry_id for link in links}
    if not ids:
        return []
    query = select(Entry).where(col(Entry.id).in_(ids)).order_by(col(Entry.received_at))
    return list(session.exec(query))
