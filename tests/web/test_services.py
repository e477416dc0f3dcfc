"""The review services on a real SQLite database: edits, conflicts, history, decisions, queue,
page images and uploads."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlmodel import Session, col, select

from requestdesk.models.entries import Entry, SubjectRow
from requestdesk.models.events import Event
from requestdesk.review import decisions, edits
from requestdesk.review.auth import CurrentUser, load_user
from requestdesk.review.changes import Conflict, EditError
from requestdesk.review.entries import get_entry
from requestdesk.review.evidence import page_boxes
from requestdesk.review.pages import PageImages
from requestdesk.review.queue import PAGE_SIZE, QueueFilter, list_queue
from requestdesk.review.upload import UploadError, place_in_inbox, safe_name

from .conftest import WebEnv
from .factory import POLICE_LETTER, store_letter


def user(env: WebEnv, name: str) -> CurrentUser:
    from requestdesk.models.users import User

    with Session(env.engine) as session:
        row = session.exec(select(User).where(User.username == name)).one()
    found = load_user(env.engine, row.id or 0)
    assert found is not None
    return found


def events(env: WebEnv, public_id: str) -> list[Event]:
    with Session(env.engine) as session:
        entry = session.exec(select(Entry).where(Entry.public_id == public_id)).one()
        return list(session.exec(select(Event).where(Event.entry_id == entry.id)
                                 .order_by(col(Event.id))))


def test_second_save_on_a_stale_version_is_refused_not_overwritten(env: WebEnv) -> None:
    pid = store_letter(env.engine, env.settings)
    rita, rob = user(env, "rita"), user(env, "rob")
    edits.save_field(env.engine, pid, 1, rita, "agency_name", "Lakewood PD")
    with pytest.raises(Conflict) as caught:
        edits.save_field(env.engine, pid, 1, rob, "agency_name", "Denver PD")
    assert "NOT saved" in str(caught.value)
    view = get_entry(env.engine, pid)
    assert view.entry.version == 2
    assert view.value("agency_name") == "Lakewood PD"
    assert view.entry.agency_name == "Lakewood PD"
    changed = [e for e in events(env, pid) if e.action == "field_changed"]
    assert [(e.actor, e.old, e.new) for e in changed] == [
        ("rita", POLICE_LETTER[0], "Lakewood PD")]


def test_failed_validation_changes_nothing(env: WebEnv) -> None:
    pid = store_letter(env.engine, env.settings)
    rita = user(env, "rita")
    with pytest.raises(EditError, match="Say why"):
        edits.save_field(env.engine, pid, 1, rita, "process_type", "judicial_warrant")
    with pytest.raises(EditError, match="YYYY-MM-DD"):
        edits.update_subject(env.engine, pid, 1, rita, get_entry(env.engine, pid).subjects[0].id
                             or 0, "Jon Marsh", "14th of March", "")
    view = get_entry(env.engine, pid)
    assert view.entry.version == 1 and view.entry.process_type == "none"
    assert [e.action for e in events(env, pid)] == ["created"]


def test_process_override_keeps_court_issued_and_summary_in_step(env: WebEnv) -> None:
    pid = store_letter(env.engine, env.settings, process_type="judicial_warrant")
    rita = user(env, "rita")
    assert get_entry(env.engine, pid).entry.court_issued is True
    edits.save_field(env.engine, pid, 1, rita, "process_type", "administrative_warrant",
                     reason="Form I-200 signed by an immigration officer")
    view = get_entry(env.engine, pid)
    assert view.entry.process_type == "administrative_warrant"
    assert view.entry.court_issued is False
    assert view.value("court_issued") is False
    assert view.fields["process_type"].override_reason.startswith("Form I-200")
    assert view.administrative
    actions = [(e.action, e.field, e.old, e.new) for e in events(env, pid)][1:]
    assert ("process_overridden", "process_type", "judicial_warrant",
            "administrative_warrant") in actions
    assert ("field_changed", "court_issued", True, False) in actions


def test_subject_edits_update_the_queue_summary_and_history(env: WebEnv) -> None:
    pid = store_letter(env.engine, env.settings)
    rita = user(env, "rita")
    subject = get_entry(env.engine, pid).subjects[0]
    edits.update_subject(env.engine, pid, 1, rita, subject.id or 0, "Jonathan Quincy Marsh",
                         "1988-03-14", "drivers_license: 123-45-678")
    edits.add_subject(env.engine, pid, 2, rita, "Ana Lee", "03/02/1990", "")
    view = get_entry(env.engine, pid)
    assert [s.name for s in view.subjects] == ["Jonathan Quincy Marsh", "Ana Lee"]
    assert view.subjects[0].identifiers == [{"type": "drivers_license", "value": "123-45-678"}]
    assert view.subjects[1].dob == "1990-03-02"
    assert view.entry.subjects_summary == "Jonathan Quincy Marsh (1988-03-14); Ana Lee (1990-03-02)"
    edits.remove_subject(env.engine, pid, 3, rita, view.subjects[1].id or 0)
    assert get_entry(env.engine, pid).entry.subjects_summary == "Jonathan Quincy Marsh (1988-03-14)"
    with Session(env.engine) as session:  # removed, not deleted: the history keeps it
        assert len(session.exec(select(SubjectRow).where(SubjectRow.name == "Ana Lee")).all()) == 1
    acts = [e.action for e in events(env, pid)]
    assert acts == ["created", "subject_changed", "subject_added", "subject_removed"]


def test_citations_add_and_remove(env: WebEnv) -> None:
    pid = store_letter(env.engine, env.settings)
    rita = user(env, "rita")
    edits.add_citation(env.engine, pid, 1, rita, "8 U.S.C. § 1357")
    view = get_entry(env.engine, pid)
    assert [c.normalized for c in view.citations] == ["CRS 18-3-202", "8 USC 1357"]
    edits.remove_citation(env.engine, pid, 2, rita, view.citations[0].id or 0)
    assert [c.citation for c in get_entry(env.engine, pid).citations] == ["8 U.S.C. § 1357"]


def test_decision_needs_confirmation_matching_ground_and_supervisor(env: WebEnv) -> None:
    pid = store_letter(env.engine, env.settings, process_type="administrative_subpoena")
    rita, sam = user(env, "rita"), user(env, "sam")
    with pytest.raises(EditError, match="Confirm the entry"):
        decisions.record_decision(env.engine, pid, 1, rita, "denied",
                                  "denied_no_valid_process", "2025-02-01")
    edits.confirm_entry(env.engine, pid, 1, rita)
    view = get_entry(env.engine, pid)
    assert view.entry.status == "confirmed" and view.all_confirmed
    with pytest.raises(EditError, match="not issued by a court"):
        decisions.record_decision(env.engine, pid, 2, rita, "granted", "court_issued_process",
                                  "2025-02-01")
    with pytest.raises(EditError, match="does not match"):
        decisions.record_decision(env.engine, pid, 2, rita, "granted",
                                  "denied_no_valid_process", "2025-02-01")
    decisions.record_decision(env.engine, pid, 2, rita, "partly_granted",
                              "active_criminal_investigation", "2025-02-01")
    entry = get_entry(env.engine, pid).entry
    assert entry.status == "confirmed" and entry.supervisor_signed_at is None
    assert entry.notice_text and "not be used for civil immigration enforcement" in entry.notice_text
    assert "only for the criminal investigation" in entry.notice_text
    decisions.review_decision(env.engine, pid, 3, sam, approve=True)
    entry = get_entry(env.engine, pid).entry
    assert entry.status == "decided" and entry.supervisor_id == sam.id
    assert entry.answered_on == date(2025, 2, 1)
    with pytest.raises(EditError, match="decided"):
        edits.save_field(env.engine, pid, 4, rita, "agency_name", "x")
    with pytest.raises(EditError, match="only a supervisor"):
        decisions.record_decision(env.engine, pid, 4, rita, "denied",
                                  "denied_no_valid_process", "2025-02-01")


def test_denial_carries_no_release_notice(env: WebEnv) -> None:
    pid = store_letter(env.engine, env.settings, purpose="civil_immigration")
    sam = user(env, "sam")
    edits.confirm_entry(env.engine, pid, 1, sam)
    with pytest.raises(EditError, match="civil immigration"):
        decisions.record_decision(env.engine, pid, 2, sam, "granted",
                                  "agency_function_not_solely_immigration", "2025-02-01")
    decisions.record_decision(env.engine, pid, 2, sam, "denied",
                              "denied_solely_civil_immigration", "2025-02-01", sign_off=True)
    entry = get_entry(env.engine, pid).entry
    assert entry.status == "decided" and entry.notice_text is None


def test_queue_most_urgent_first_filters_search_and_pages(env: WebEnv) -> None:
    ids = [store_letter(env.engine, env.settings, lines=[*POLICE_LETTER, f"ref {i}"],
                        subject_name=f"Person {i:03d}") for i in range(PAGE_SIZE + 5)]
    ice = store_letter(env.engine, env.settings, lines=[*POLICE_LETTER, "ice"],
                       agency_key="dhs-ice-ero", process_type="administrative_warrant",
                       subject_name="Maria Gonzalez")
    now = datetime.now(UTC)
    with Session(env.engine) as session:
        for n, pid in enumerate(ids):
            entry = session.exec(select(Entry).where(Entry.public_id == pid)).one()
            entry.received_at = now - timedelta(days=n)
            session.add(entry)
        late = session.exec(select(Entry).where(Entry.public_id == ids[0])).one()
        late.due_on = now.date() - timedelta(days=1)
        session.add(late)
        session.commit()
    first = list_queue(env.engine, QueueFilter())
    assert first.total == PAGE_SIZE + 6 and first.pages == 2
    assert first.rows[0].public_id == ids[0] and first.rows[0].urgency == "overdue"
    assert first.rows[1].public_id == ids[-1]  # then the oldest
    assert first.rows[1].days_waiting == PAGE_SIZE + 4
    second = list_queue(env.engine, QueueFilter(page=2))
    assert len(second.rows) == 6
    assert {r.public_id for r in first.rows}.isdisjoint(r.public_id for r in second.rows)
    only_ice = list_queue(env.engine, QueueFilter(agency="dhs-ice-ero"))
    assert [r.public_id for r in only_ice.rows] == [ice]
    found = list_queue(env.engine, QueueFilter(search="gonzalez"))
    assert [r.public_id for r in found.rows] == [ice]
    assert list_queue(env.engine, QueueFilter(search="100%_")).total == 0
    assert list_queue(env.engine, QueueFilter(process="administrative_warrant")).total == 1


def test_pdf_page_image_and_evidence_boxes(env: WebEnv) -> None:
    pid = store_letter(env.engine, env.settings)
    view = get_entry(env.engine, pid)
    pages = PageImages(env.settings.originals_dir, env.settings.base / "cache")
    assert view.original is not None
    layout = pages.layout(view.original)
    assert layout.kind == "pdf" and len(layout.pages) == 1
    assert (layout.pages[0].width, layout.pages[0].height) == (612.0, 792.0)
    png = pages.page_png(view.original, 1)
    assert png is not None and pages.page_png(view.original, 2) is None
    with Image.open(png) as img:
        assert img.width >= 1200 and abs(img.height / img.width - 792 / 612) < 0.01
        gray = img.convert("L")
        # The agency line's box (72pt from the left, 90pt from the top) is on inked pixels.
        boxes = page_boxes(view, layout)[1]
        agency = next(b for b in boxes if b.key == "agency_name")
        assert agency.left == pytest.approx(72 / 612 * 100, abs=0.01)
        assert agency.top == pytest.approx(90 / 792 * 100, abs=0.01)
        region = gray.crop((int(agency.left / 100 * img.width), int(agency.top / 100 * img.height),
                            int((agency.left + agency.width) / 100 * img.width),
                            int((agency.top + agency.height) / 100 * img.height)))
        assert region.getextrema()[0] < 100
        blank = gray.crop((10, 10, 60, 60))
        assert blank.getextrema()[0] > 200
    keys = {b.key for b in boxes}
    assert {"agency_name", "requestor_person", "purpose", f"subject:{view.subjects[0].id}",
            f"citation:{view.citations[0].id}"} <= keys


def test_upload_is_atomic_and_names_are_safe(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    name = place_in_inbox(inbox, "../../etc/Letter from ICE.pdf", io.BytesIO(b"%PDF-1.4 x"), 100)
    assert name == "Letter from ICE.pdf"
    again = place_in_inbox(inbox, "Letter from ICE.pdf", io.BytesIO(b"%PDF-1.4 y"), 100)
    assert again == "Letter from ICE (2).pdf"
    assert sorted(p.name for p in inbox.iterdir()) == ["Letter from ICE (2).pdf",
                                                       "Letter from ICE.pdf"]
    with pytest.raises(UploadError, match="larger than"):
        place_in_inbox(inbox, "big.pdf", io.BytesIO(b"x" * 5_000_000), 4 * 1024 * 1024)
    with pytest.raises(UploadError, match="empty"):
        place_in_inbox(inbox, "empty.pdf", io.BytesIO(b""), 100)
    assert len(list(inbox.iterdir())) == 2  # no partial or temporary files left behind
    assert safe_name(".hidden") == "hidden" and safe_name("") == "upload"


def test_queue_pages_cover_every_entry_once_when_urgent_spans_pages(env: WebEnv) -> None:
    ids = [store_letter(env.engine, env.settings, lines=[*POLICE_LETTER, f"n {i}"])
           for i in range(PAGE_SIZE + 6)]
    today = datetime.now(UTC).date()
    with Session(env.engine) as session:
        for n, pid in enumerate(ids):
            entry = session.exec(select(Entry).where(Entry.public_id == pid)).one()
            entry.received_at = datetime.now(UTC) - timedelta(days=n)
            # All but four are overdue or due soon, in reverse order of arrival.
            entry.due_on = today + timedelta(days=3) - timedelta(days=n) if n >= 4 else None
            session.add(entry)
        session.commit()
    pages = [list_queue(env.engine, QueueFilter(page=p)) for p in (1, 2)]
    order = [r.public_id for page in pages for r in page.rows]
    assert sorted(order) == sorted(ids) and len(order) == len(ids)
    urgent = ids[4:]
    assert order[:len(urgent)] == list(reversed(urgent))  # earliest due date first
    assert order[len(urgent):] == list(reversed(ids[:4]))  # then the oldest first
    assert all(r.urgency in ("overdue", "due_soon") for r in pages[0].rows)


def test_supervisor_sends_a_decision_back_with_a_reason(env: WebEnv) -> None:
    pid = store_letter(env.engine, env.settings)
    rita, sam = user(env, "rita"), user(env, "sam")
    edits.confirm_entry(env.engine, pid, 1, rita)
    decisions.record_decision(env.engine, pid, 2, rita, "granted",
                              "active_criminal_investigation", "2025-02-01")
    with pytest.raises(EditError, match="Say why"):
        decisions.review_decision(env.engine, pid, 3, sam, approve=False)
    decisions.review_decision(env.engine, pid, 3, sam, approve=False,
                              reason="No case number; ask the detective for it")
    entry = get_entry(env.engine, pid).entry
    assert entry.decision is None and entry.notice_text is None and entry.status == "confirmed"
    last = events(env, pid)[-1]
    assert (last.action, last.actor, last.note) == (
        "decision_sent_back", "sam", "No case number; ask the detective for it")
    assert last.old == {"decision": "granted", "ground": "active_criminal_investigation"}
