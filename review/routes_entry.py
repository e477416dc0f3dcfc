"""The entry page, its page images and original, and every change a reviewer makes on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import FileResponse, Response
from sqlmodel import Session, select

from requestdesk.document import Rejected
from requestdesk.models.entries import DECISIONS, GROUNDS, Entry, StoredFile
from requestdesk.review import decisions, edits
from requestdesk.review.auth import CurrentUser
from requestdesk.review.changes import Conflict, EditError
from requestdesk.review.entries import NotFound, get_entry
from requestdesk.review.evidence import page_boxes
from requestdesk.review.pages import OriginalMissing
from requestdesk.review.security import flash
from requestdesk.review.web import (
    current_user,
    engine,
    page_images,
    redirect,
    render,
    require,
    viewer,
)

log = logging.getLogger(__name__)
router = APIRouter(prefix="/entries/{public_id}")
MISSING = "The original file is missing from storage. Tell your administrator."
UNREADABLE = "This page could not be shown. Use “Download original” to open the file."


@router.get("")
def entry_page(request: Request, public_id: str,
               user: CurrentUser = Depends(viewer)) -> Response:
    return _render_entry(request, public_id)


@router.get("/pages/{number}.png")
def page_image(request: Request, public_id: str, number: int,
               user: CurrentUser = Depends(viewer)) -> Response:
    stored = _original(request, public_id)
    try:
        path = page_images(request).page_png(stored, number)
    except OriginalMissing:
        return Response(MISSING, status_code=404)
    except Rejected:
        log.error("could not render a page of entry %s", public_id)
        return Response(UNREADABLE, status_code=422)
    if path is None:
        return Response("No such page.", status_code=404)
    return FileResponse(path, media_type="image/png")


@router.get("/original")
def original(request: Request, public_id: str,
             user: CurrentUser = Depends(viewer)) -> Response:
    stored = _original(request, public_id)
    try:
        path = page_images(request).original_path(stored)
    except OriginalMissing:
        return Response(MISSING, status_code=404)
    # Always a download with an opaque name: an HTML "letter" must never render in our origin.
    return FileResponse(path, media_type="application/octet-stream",
                        filename=f"request-{public_id[:12]}{_suffix(stored)}")


@router.post("/fields/{name}")
def save_field(request: Request, public_id: str, name: str, version: int = Form(...),
               value: str = Form(""), reason: str = Form(""),
               user: CurrentUser = Depends(current_user)) -> Response:
    return _apply(request, public_id, f"f-{name}", "Saved and confirmed.", lambda: edits.save_field(
        engine(request), public_id, version, user, name, value, reason))


@router.post("/subjects/{subject_id}")
def save_subject(request: Request, public_id: str, subject_id: int, version: int = Form(...),
                 name: str = Form(""), dob: str = Form(""), identifiers: str = Form(""),
                 user: CurrentUser = Depends(current_user)) -> Response:
    return _apply(request, public_id, f"s-{subject_id}", "Subject saved.",
                  lambda: edits.update_subject(engine(request), public_id, version, user,
                                               subject_id, name, dob, identifiers))


@router.post("/subjects/{subject_id}/remove")
def remove_subject(request: Request, public_id: str, subject_id: int, version: int = Form(...),
                   user: CurrentUser = Depends(current_user)) -> Response:
    return _apply(request, public_id, "subjects", "Subject removed.",
                  lambda: edits.remove_subject(engine(request), public_id, version, user,
                                               subject_id))


@router.post("/subjects")
def add_subject(request: Request, public_id: str, version: int = Form(...),
                name: str = Form(""), dob: str = Form(""), identifiers: str = Form(""),
                user: CurrentUser = Depends(current_user)) -> Response:
    return _apply(request, public_id, "subjects", "Subject added.",
                  lambda: edits.add_subject(engine(request), public_id, version, user, name,
                                            dob, identifiers))


@router.post("/citations")
def add_citation(request: Request, public_id: str, version: int = Form(...),
                 citation: str = Form(""), user: CurrentUser = Depends(current_user)) -> Response:
    return _apply(request, public_id, "citations", "Citation added.",
                  lambda: edits.add_citation(engine(request), public_id, version, user, citation))


@router.post("/citations/{citation_id}/remove")
def remove_citation(request: Request, public_id: str, citation_id: int,
                    version: int = Form(...),
                    user: CurrentUser = Depends(current_user)) -> Response:
    return _apply(request, public_id, "citations", "Citation removed.",
                  lambda: edits.remove_citation(engine(request), public_id, version, user,
                                                citation_id))


@router.post("/confirm")
def confirm(request: Request, public_id: str, version: int = Form(...),
            user: CurrentUser = Depends(current_user)) -> Response:
    return _apply(request, public_id, "decision", "Entry confirmed. Record the decision below.",
                  lambda: edits.confirm_entry(engine(request), public_id, version, user))


@router.post("/decision")
def decide(request: Request, public_id: str, version: int = Form(...),
           decision: str = Form(""), ground: str = Form(""), answered_on: str = Form(""),
           note: str = Form(""), sign_off: str = Form(""),
           user: CurrentUser = Depends(current_user)) -> Response:
    require(user, "propose_decision")
    if sign_off:
        require(user, "sign_off")
    done = "Decision recorded and approved." if sign_off else (
        "Decision recorded. A supervisor must approve it before anything is released.")
    return _apply(request, public_id, "decision", done,
                  lambda: decisions.record_decision(engine(request), public_id, version, user,
                                                    decision, ground, answered_on, note,
                                                    sign_off=bool(sign_off)),
                  permission="propose_decision")


@router.post("/review")
def review(request: Request, public_id: str, version: int = Form(...),
           action: str = Form(""), reason: str = Form(""),
           user: CurrentUser = Depends(current_user)) -> Response:
    require(user, "sign_off")
    approve = action == "approve"
    return _apply(request, public_id, "decision",
                  "Decision approved." if approve else "Decision sent back to the reviewer.",
                  lambda: decisions.review_decision(engine(request), public_id, version, user,
                                                    approve, reason),
                  permission="sign_off")


def _apply(request: Request, public_id: str, anchor: str, done: str,
           action: Callable[[], None], permission: str = "edit") -> Response:
    require(request.state.user, permission)
    try:
        action()
    except Conflict as exc:
        log.info("edit conflict on entry %s", public_id)
        return _render_entry(request, public_id, error=str(exc), status_code=409)
    except EditError as exc:
        return _render_entry(request, public_id, error=str(exc), status_code=400)
    flash(request, done, "ok")
    return redirect(f"/entries/{public_id}#{anchor}")


def _render_entry(request: Request, public_id: str, error: str | None = None,
                  status_code: int = 200) -> Response:
    try:
        view = get_entry(engine(request), public_id)
    except NotFound:
        return render(request, "message.html", {
            "title": "Entry not found",
            "message": "There is no entry with this reference. It may have been typed wrong; "
                       "go back to the queue and open it from there."}, status_code=404)
    layout = None
    layout_error = None
    if view.original is not None:
        try:
            layout = page_images(request).layout(view.original)
        except OriginalMissing:
            layout_error = ("The original file is missing from storage, so its pages cannot be "
                            "shown. Tell your administrator; the fields below are still usable.")
        except Exception as exc:  # a damaged original must not take the page down
            log.error("could not read pages of entry %s: %s", public_id, type(exc).__name__)
            layout_error = ("The pages of this original could not be shown. Use the “Download "
                            "original” link to open it; the fields below are still usable.")
    context: dict[str, Any] = {
        "view": view, "entry": view.entry, "layout": layout, "layout_error": layout_error,
        "boxes": page_boxes(view, layout), "error": error, "decisions": DECISIONS,
        "grounds": GROUNDS, "today": datetime.now(UTC).date().isoformat(),
        "can_edit": request.state.user.can("edit") and view.entry.status != "decided",
    }
    return render(request, "entry.html", context, status_code=status_code)


def _original(request: Request, public_id: str) -> StoredFile:
    with Session(engine(request)) as session:
        sha = session.exec(select(Entry.sha256).where(Entry.public_id == public_id)).first()
        stored = session.get(StoredFile, sha) if sha else None
    if stored is None:
        raise HTTPException(status_code=404, detail="No such entry or original.")
    return stored


def _suffix(stored: StoredFile) -> str:
    return {"pdf": ".pdf", "email": ".eml", "text": ".txt"}.get(stored.kind or "", "")
