"""The queue (filters by GET; the free-text search by POST so names stay out of URLs and logs)
and the recent-activity history."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlmodel import Session, col, select

from requestdesk.models.entries import Entry
from requestdesk.models.events import Event
from requestdesk.review.auth import CurrentUser
from requestdesk.review.labels import AGENCIES, PROCESS_TYPES
from requestdesk.review.queue import STATUS_FILTERS, QueueFilter, list_queue
from requestdesk.review.web import engine, redirect, render, viewer

router = APIRouter()


@router.get("/")
def home() -> Response:
    return redirect("/queue")


@router.get("/queue")
def queue(request: Request, status: str = "open", agency: str = "", process: str = "",
          page: int = 1, user: CurrentUser = Depends(viewer)) -> Response:
    return _queue_page(request, _filter(status, agency, process, "", page))


@router.post("/queue")
def queue_search(request: Request, status: str = Form("open"), agency: str = Form(""),
                 process: str = Form(""), q: str = Form(""), page: int = Form(1),
                 user: CurrentUser = Depends(viewer)) -> Response:
    return _queue_page(request, _filter(status, agency, process, q[:200], page))


@router.get("/history")
def history(request: Request, user: CurrentUser = Depends(viewer)) -> Response:
    with Session(engine(request)) as session:
        rows = session.exec(
            select(Event, Entry.public_id).join(Entry, col(Entry.id) == col(Event.entry_id))
            .order_by(col(Event.id).desc()).limit(200)).all()
    return render(request, "history.html", {"rows": rows})


def _filter(status: str, agency: str, process: str, q: str, page: int) -> QueueFilter:
    return QueueFilter(
        status=status if status in STATUS_FILTERS else "open",
        agency=agency if agency in AGENCIES else "",
        process=process if process in PROCESS_TYPES else "",
        search=q.strip(), page=max(1, page),
    )


def _queue_page(request: Request, flt: QueueFilter) -> Response:
    result = list_queue(engine(request), flt)
    return render(request, "queue.html", {
        "flt": flt, "result": result, "statuses": list(STATUS_FILTERS),
        "agencies": AGENCIES, "processes": PROCESS_TYPES,
    })
