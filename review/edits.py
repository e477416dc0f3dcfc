"""Reviewer edits: correct or confirm fields, subjects and citations, confirm the entry."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from requestdesk.models.base import utcnow
from requestdesk.models.entries import SCALAR_FIELDS, CitationRow, EntryField, SubjectRow
from requestdesk.result import COURT_ISSUED
from requestdesk.review.auth import CurrentUser
from requestdesk.review.changes import Change, EditError, change
from requestdesk.review.labels import AGENCIES, CHANNELS, FIELD_LABELS, PROCESS_TYPES, PURPOSES

CHOICES: dict[str, tuple[str, ...]] = {
    "agency_key": AGENCIES, "process_type": PROCESS_TYPES, "purpose": PURPOSES,
    "channel": CHANNELS,
}
BOOLEAN_FIELDS = frozenset({"warrant_or_subpoena_attached"})
LIST_FIELDS = frozenset({"records_requested"})
DERIVED_FIELDS = frozenset({"court_issued"})  # follows the process type
MAX_TEXT = 2000


def parse_value(name: str, raw: str) -> Any:
    """Turn what was typed into the stored value, or say plainly what is wrong."""
    label = FIELD_LABELS.get(name, name)
    raw = raw.strip()
    if name in CHOICES:
        if raw not in CHOICES[name]:
            raise EditError(f"Choose one of the listed values for “{label}”.")
        return raw
    if name in BOOLEAN_FIELDS:
        if raw not in ("yes", "no"):
            raise EditError(f"Choose yes or no for “{label}”.")
        return raw == "yes"
    if name in LIST_FIELDS:
        return [line.strip() for line in raw.splitlines() if line.strip()]
    if len(raw) > MAX_TEXT:
        raise EditError(f"“{label}” is too long; keep it under {MAX_TEXT} characters.")
    if name == "received_at" and raw:
        try:
            moment = datetime.fromisoformat(raw)
            return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()
        except ValueError as exc:
            raise EditError("Write the received date as YYYY-MM-DD (time optional, "
                            "e.g. 2024-03-05 14:30).") from exc
    return raw or None


def save_field(engine: Engine, public_id: str, version: int, user: CurrentUser, name: str,
               raw: str, reason: str = "") -> None:
    """Store the value as typed and mark the field confirmed by this person."""
    if name not in SCALAR_FIELDS or name in DERIVED_FIELDS:
        raise EditError("That field cannot be changed here.")
    new = parse_value(name, raw)
    with change(engine, public_id, version, user) as ch:
        _refuse_if_decided(ch)
        row = _field_row(ch, name)
        old = row.value
        if name == "received_at" and _same_minute(old, new):
            new = old  # the form shows minutes; seconds of the original value are kept
        if new != old:
            if name == "process_type":
                if not reason.strip():
                    raise EditError("Say why you change the legal process type (for example "
                                    "“signed by an immigration officer, not a judge”), then "
                                    "save again.")
                row.override_reason = reason.strip()[:MAX_TEXT]
                ch.log("process_overridden", name, old, new, note=row.override_reason)
                _set_court_issued(ch, new in COURT_ISSUED)
            else:
                ch.log("field_changed", name, old, new)
            row.value = new
        else:
            ch.log("field_confirmed", name, old, new)
        _confirm_row(row, user)
        if name == "process_type":
            _confirm_row(_field_row(ch, "court_issued"), user)
        ch.session.add(row)


def update_subject(engine: Engine, public_id: str, version: int, user: CurrentUser,
                   subject_id: int, name: str, dob: str, identifiers: str) -> None:
    new = _subject_values(name, dob, identifiers)
    with change(engine, public_id, version, user) as ch:
        _refuse_if_decided(ch)
        row = _subject(ch, subject_id)
        old = {"name": row.name, "dob": row.dob, "identifiers": row.identifiers}
        row.name, row.dob, row.identifiers = new["name"], new["dob"], new["identifiers"]
        row.confirmed = True
        ch.session.add(row)
        ch.log("subject_changed" if old != new else "field_confirmed", f"subject:{row.id}",
               old, new)


def add_subject(engine: Engine, public_id: str, version: int, user: CurrentUser,
                name: str, dob: str, identifiers: str) -> None:
    new = _subject_values(name, dob, identifiers)
    with change(engine, public_id, version, user) as ch:
        _refuse_if_decided(ch)
        position = ch.session.exec(select(func.coalesce(func.max(SubjectRow.position), -1))
                                   .where(SubjectRow.entry_id == ch.entry.id)).one() + 1
        row = SubjectRow(entry_id=ch.entry.id, position=position, name=new["name"],
                         dob=new["dob"], identifiers=new["identifiers"], proposed=None,
                         confirmed=True)
        ch.session.add(row)
        ch.session.flush()
        ch.log("subject_added", f"subject:{row.id}", None, new)


def remove_subject(engine: Engine, public_id: str, version: int, user: CurrentUser,
                   subject_id: int) -> None:
    with change(engine, public_id, version, user) as ch:
        _refuse_if_decided(ch)
        row = _subject(ch, subject_id)
        row.removed = True
        ch.session.add(row)
        ch.log("subject_removed", f"subject:{row.id}",
               {"name": row.name, "dob": row.dob, "identifiers": row.identifiers}, None)


def add_citation(engine: Engine, public_id: str, version: int, user: CurrentUser,
                 citation: str) -> None:
    text = " ".join(citation.split())
    if not text or len(text) > 300:
        raise EditError("Type the citation as written, e.g. “8 U.S.C. 1357” (up to 300 "
                        "characters).")
    with change(engine, public_id, version, user) as ch:
        _refuse_if_decided(ch)
        position = ch.session.exec(select(func.coalesce(func.max(CitationRow.position), -1))
                                   .where(CitationRow.entry_id == ch.entry.id)).one() + 1
        row = CitationRow(entry_id=ch.entry.id, position=position, citation=text,
                          normalized=normalize_citation(text), proposed=None, confirmed=True)
        ch.session.add(row)
        ch.session.flush()
        ch.log("citation_added", f"citation:{row.id}", None, text)


def remove_citation(engine: Engine, public_id: str, version: int, user: CurrentUser,
                    citation_id: int) -> None:
    with change(engine, public_id, version, user) as ch:
        _refuse_if_decided(ch)
        row = ch.session.get(CitationRow, citation_id)
        if row is None or row.entry_id != ch.entry.id or row.removed:
            raise EditError("That citation is no longer on this entry; reload the page.")
        row.removed = True
        ch.session.add(row)
        ch.log("citation_removed", f"citation:{row.id}", row.citation, None)


def confirm_entry(engine: Engine, public_id: str, version: int, user: CurrentUser) -> None:
    """Confirm every field, subject and citation as currently shown; the entry is reviewed."""
    with change(engine, public_id, version, user) as ch:
        _refuse_if_decided(ch)
        newly: list[str] = []
        for name in SCALAR_FIELDS:
            row = _field_row(ch, name)
            if not row.confirmed:
                newly.append(name)
                _confirm_row(row, user)
                ch.session.add(row)
        for model in (SubjectRow, CitationRow):
            for item in ch.session.exec(select(model).where(
                    model.entry_id == ch.entry.id, col(model.removed).is_(False))):
                item.confirmed = True
                ch.session.add(item)
        old_status = ch.entry.status
        if ch.entry.status == "pending_review":
            ch.entry.status = "confirmed"
        ch.entry.confirmed_by = user.id
        ch.entry.confirmed_at = utcnow()
        ch.log("entry_confirmed", "status", old_status, ch.entry.status,
               note=f"{len(newly)} field(s) confirmed as shown" if newly else None)


def normalize_citation(text: str) -> str:
    compact = re.sub(r"[.§]", " ", text.upper())
    compact = re.sub(r"\bU ?S ?C\b", "USC", compact)
    compact = re.sub(r"\bC ?F ?R\b", "CFR", compact)
    compact = re.sub(r"\bC ?R ?S\b", "CRS", compact)
    return " ".join(compact.split())[:100]


def _same_minute(old: Any, new: Any) -> bool:
    try:
        a, b = datetime.fromisoformat(str(old)), datetime.fromisoformat(str(new))
    except ValueError:
        return False
    a, b = (m if m.tzinfo else m.replace(tzinfo=UTC) for m in (a, b))
    return a.replace(second=0, microsecond=0) == b.replace(second=0, microsecond=0)


def _subject_values(name: str, dob: str, identifiers: str) -> dict[str, Any]:
    name = " ".join(name.split())
    if not name:
        raise EditError("A subject needs a name. Type the name as it appears in the request.")
    if len(name) > 300:
        raise EditError("The subject's name is too long (300 characters at most).")
    return {"name": name, "dob": _parse_dob(dob), "identifiers": _parse_identifiers(identifiers)}


def _parse_dob(raw: str) -> str | None:
    raw = raw.strip()
    if not raw:
        return None
    for fmt in ("%Y-%m-%d", "%m/%d/%Y"):
        try:
            parsed = datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
        if parsed > date.today() or parsed.year < 1900:
            break
        return parsed.isoformat()
    raise EditError("Write the date of birth as YYYY-MM-DD (for example 1984-07-02), or leave "
                    "it empty.")


def _parse_identifiers(raw: str) -> list[dict[str, str]]:
    """``a_number: A123456789; drivers_license: 123`` → list of {type, value}."""
    result = []
    for part in re.split(r"[;\n]", raw):
        part = part.strip()
        if not part:
            continue
        kind, sep, value = part.partition(":")
        if not sep:
            kind, value = "other", part
        kind = re.sub(r"\W+", "_", kind.strip().lower()) or "other"
        if value.strip():
            result.append({"type": kind[:40], "value": value.strip()[:100]})
    return result


def _field_row(ch: Change, name: str) -> EntryField:
    row = ch.session.exec(select(EntryField).where(
        EntryField.entry_id == ch.entry.id, EntryField.name == name)).first()
    if row is None:
        assert ch.entry.id is not None
        current: Any = getattr(ch.entry, name, None) if hasattr(ch.entry, name) else None
        if name == "court_issued":
            current = ch.entry.court_issued
        row = EntryField(entry_id=ch.entry.id, name=name, proposed=None, value=current)
        ch.session.add(row)
    return row


def _confirm_row(row: EntryField, user: CurrentUser) -> None:
    row.confirmed = True
    row.confirmed_by = user.id
    row.confirmed_at = utcnow()


def _set_court_issued(ch: Change, value: bool) -> None:
    row = _field_row(ch, "court_issued")
    if row.value != value:
        ch.log("field_changed", "court_issued", row.value, value, note="follows the process type")
        row.value = value
    ch.session.add(row)


def _subject(ch: Change, subject_id: int) -> SubjectRow:
    row = ch.session.get(SubjectRow, subject_id)
    if row is None or row.entry_id != ch.entry.id or row.removed:
        raise EditError("That subject is no longer on this entry; reload the page.")
    return row


def _refuse_if_decided(ch: Change) -> None:
    if ch.entry.status == "decided":
        raise EditError("This entry is decided and signed off, so it can no longer be changed. "
                        "If something is wrong, ask a supervisor to send the decision back first.")
