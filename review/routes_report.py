"""The periodic report as a page (totals, charts, pending entries) and its downloads.

Drafts (PDF, CSV, XLSX) are plain GETs: reading changes nothing. The official PDF is a POST with
the CSRF token because it records the report (``record_report``) under the signed-in user, so a
later correction shows in the next report; only a role that signs off may make it.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlmodel import Session
from starlette.exceptions import HTTPException

from requestdesk.reporting.charts import charts_svg
from requestdesk.reporting.files import render_csv, render_xlsx
from requestdesk.reporting.pdf import render_pdf
from requestdesk.reporting.period import Period, PeriodError, parse_period
from requestdesk.reporting.report import Report, build_report, record_report
from requestdesk.review.auth import CurrentUser
from requestdesk.review.web import RoleRefused, current_user, engine, render, settings

router = APIRouter(prefix="/report")

REPORT_ROLES = frozenset({"reviewer", "supervisor", "admin"})
CHART_ALT = ("Requests per month, by requesting agency", "Decisions by legal process")
MEDIA = {
    "pdf": "application/pdf",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
BAD_PERIOD_HINT = "Showing the current quarter instead."


def report_reader(request: Request) -> CurrentUser:
    """Dependency: a signed-in user whose role may read the report."""
    user = current_user(request)
    if user.role not in REPORT_ROLES:
        raise RoleRefused
    return user


def current_quarter() -> str:
    today = datetime.now(UTC).date()
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"


def _period(code: str) -> tuple[Period, str | None]:
    """The period asked for, or the current quarter with a message saying why."""
    try:
        return parse_period(code[:20]), None
    except PeriodError as exc:
        return parse_period(current_quarter()), f"{exc} {BAD_PERIOD_HINT}"


def _build(request: Request, period: Period) -> Report:
    with Session(engine(request)) as session:
        return build_report(session, period, settings(request))


def chart_images(report: Report) -> list[tuple[str, str]]:
    """Each chart as a ``data:`` image: an SVG inside ``<img>`` never runs script or reaches the
    page, and the CSP's ``img-src data:`` allows it without loosening anything."""
    images: list[tuple[str, str]] = []
    for alt, svg in zip(CHART_ALT, charts_svg(report.totals), strict=True):
        encoded = base64.b64encode(svg.encode("utf-8")).decode("ascii")
        images.append((alt, f"data:image/svg+xml;base64,{encoded}"))
    return images


def _download(report: Report, kind: str, official: bool = False) -> Response:
    if kind == "pdf":
        body: bytes = render_pdf(report)
    elif kind == "xlsx":
        body = render_xlsx(report)
    else:
        body = render_csv(report).encode("utf-8")
    stem = report.file_stem if official else f"{report.file_stem}-draft"
    return Response(body, media_type=MEDIA[kind],
                    headers={"content-disposition": f'attachment; filename="{stem}.{kind}"'})


@router.get("")
def report_page(request: Request, period: str = "",
                user: CurrentUser = Depends(report_reader)) -> Response:
    chosen, error = _period(period or current_quarter())
    report = _build(request, chosen)
    return render(request, "report.html", {
        "report": report, "period": chosen, "error": error, "charts": chart_images(report),
        "can_sign": user.can("sign_off"),
    }, status_code=400 if error else 200)


@router.get("/draft.{kind}")
def report_draft(request: Request, kind: str, period: str = "",
                 user: CurrentUser = Depends(report_reader)) -> Response:
    if kind not in MEDIA:
        raise HTTPException(status_code=404)
    chosen, error = _period(period or current_quarter())
    if error:
        return render(request, "message.html", {"title": "Period not understood",
                                                "message": error}, status_code=400)
    return _download(_build(request, chosen), kind)


@router.post("/official.pdf")
def report_official(request: Request, period: str = Form(""),
                    user: CurrentUser = Depends(report_reader)) -> Response:
    if not user.can("sign_off"):
        raise RoleRefused
    chosen, error = _period(period)
    if error:
        return render(request, "message.html", {"title": "Period not understood",
                                                "message": error}, status_code=400)
    with Session(engine(request), expire_on_commit=False) as session:
        report = build_report(session, chosen, settings(request))
        record_report(session, report, user.username)
    return _download(report, "pdf", official=True)

