"""The signed-off PDF report for the Governor's office (reportlab, landscape letter).

Cover page with totals and the attestation, the charts, the log table, the entries still pending
review, and the corrections to earlier reports. Every piece of document text is escaped before it
reaches a Paragraph: reportlab reads ``<`` as markup.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from requestdesk.reporting import labels
from requestdesk.reporting.charts import decisions_by_process, requests_by_month
from requestdesk.reporting.corrections import Correction
from requestdesk.reporting.log import LogRow, PendingRow
from requestdesk.reporting.report import Report
from requestdesk.reporting.totals import Counts

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
PAGE = landscape(letter)
MARGIN = 0.5 * inch
GRID = colors.HexColor("#b0b0b0")
HEAD = colors.HexColor("#dde4ee")


def _fonts() -> tuple[str, str]:
    """DejaVu covers names in any Latin, Greek or Cyrillic script; Helvetica only Latin-1."""
    regular, bold = _DEJAVU / "DejaVuSans.ttf", _DEJAVU / "DejaVuSans-Bold.ttf"
    if not (regular.is_file() and bold.is_file()):
        return "Helvetica", "Helvetica-Bold"
    if "RD-Sans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("RD-Sans", str(regular)))
        pdfmetrics.registerFont(TTFont("RD-Sans-Bold", str(bold)))
    return "RD-Sans", "RD-Sans-Bold"


class _Styles:
    def __init__(self, font: str, bold: str) -> None:
        self.font, self.bold = font, bold
        self.title = ParagraphStyle("title", fontName=bold, fontSize=18, leading=22, spaceAfter=4)
        self.h1 = ParagraphStyle("h1", fontName=bold, fontSize=13, leading=16, spaceBefore=8,
                                 spaceAfter=6)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=13, spaceBefore=6,
                                 spaceAfter=3)
        self.body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=12.5)
        self.cell9 = ParagraphStyle("cell9", fontName=font, fontSize=9, leading=11)
        self.small = ParagraphStyle("small", fontName=font, fontSize=8, leading=10,
                                    textColor=colors.HexColor("#444444"))
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=6.8, leading=8.2)
        self.head = ParagraphStyle("head", fontName=bold, fontSize=6.8, leading=8.2)
        self.th = ParagraphStyle("th", fontName=bold, fontSize=9, leading=11)
        self.th_num = ParagraphStyle("th_num", parent=self.th, alignment=TA_RIGHT)


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape("" if text is None else str(text)), style)


def _table(data: list[list[object]], widths: list[float] | None, header_rows: int = 1,
           font: str = "Helvetica", size: float = 8.5) -> Table:
    table = Table(data, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    if header_rows:
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD)]))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def _summary(report: Report, st: _Styles) -> Table:
    overall = report.totals.overall
    data: list[list[object]] = [
        ["Requests logged", overall.requests],
        ["Granted", overall.granted],
        ["Partly granted", overall.partly_granted],
        ["Denied", overall.denied],
        ["Awaiting decision", overall.undecided],
        ["With court-issued process", overall.court_issued],
        ["Pending review (listed separately, not counted above)", report.totals.pending_review],
    ]
    table = _table(data, [4.2 * inch, 0.8 * inch], header_rows=0, font=st.font, size=9)
    table.setStyle(TableStyle([
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("FONTNAME", (0, 0), (-1, 0), st.bold),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
    ]))
    return table


def _breakdown(title: str, first: str, groups: dict[str, Counts], overall: Counts,
               st: _Styles) -> list[Flowable]:
    head = [first, "Requests", "Granted", "Partly granted", "Denied", "Awaiting decision"]
    data: list[list[object]] = [[_p(head[0], st.th)] + [_p(h, st.th_num) for h in head[1:]]]
    for name, c in groups.items():
        data.append([_p(name, st.cell9), c.requests, c.granted, c.partly_granted, c.denied,
                     c.undecided])
    data.append(["Total", overall.requests, overall.granted, overall.partly_granted,
                 overall.denied, overall.undecided])
    table = _table(data, [3.0 * inch] + [1.3 * inch] * 5, font=st.font, size=9)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, -1), (-1, -1), st.bold),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]))
    return [KeepTogether([Paragraph(escape(title), st.h2), table])]


def _signature(report: Report, st: _Styles) -> list[Flowable]:
    blank = "_" * 38
    signed = Table([["Signature", blank], ["Name and title", blank], ["Date", blank]],
                   colWidths=[1.4 * inch, 3.4 * inch], hAlign="LEFT")
    signed.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.font),
                                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                                ("TOPPADDING", (0, 0), (-1, -1), 12)]))
    lines = [
        Paragraph("Attestation", st.h1),
        _p(report.attestation, st.body),
        Spacer(1, 14),
        signed,
    ]
    return [KeepTogether(lines)]


def _cover(report: Report, st: _Styles) -> list[Flowable]:
    prepared = f"Generated {report.generated_at:%d %B %Y, %H:%M} UTC"
    if report.created_by:
        prepared += f" by {report.created_by}"
    if report.run_id:
        prepared += f" · report id {report.run_id}"
    flow: list[Flowable] = [
        Paragraph(escape(f"Requests for personal data — log report {report.period.label}"),
                  st.title),
        _p(f"Requests received {report.period.description} (UTC).", st.body),
        _p(prepared, st.small),
        Spacer(1, 8),
        Paragraph("Totals", st.h1),
        _summary(report, st),
    ]
    overall = report.totals.overall
    flow += _breakdown("By requesting agency", "Agency", report.totals.by_agency, overall, st)
    flow += _breakdown("By legal process", "Legal process", report.totals.by_process, overall, st)
    flow += _breakdown("By purpose", "Purpose", report.totals.by_purpose, overall, st)
    flow.append(CondPageBreak(2.2 * inch))
    flow += _signature(report, st)
    return flow


def _join(values: list[str] | None) -> str:
    return "; ".join(values) if values else ""


def _subjects(row: LogRow) -> str:
    if row.subject_names is None:
        return str(row.subjects_count)
    return f"{row.subjects_count}: {_join(row.subject_names)}" if row.subject_names else "0"


def _fmt(value: date | None) -> str:
    return value.isoformat() if value else ""


LOG_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Received", 0.8), ("Channel", 0.56), ("Agency, component", 0.95),
    ("Requesting person", 0.85), ("Subjects", 0.75), ("Records requested", 0.8),
    ("Stated purpose", 1.05), ("Legal basis cited", 0.75), ("Legal process", 0.85),
    ("Decision, ground", 0.9), ("Supervisor", 0.75), ("Answered", 0.8), ("Days", 0.36),
)


def _log_table(rows: list[LogRow], st: _Styles) -> Table:
    scale = (PAGE[0] - 2 * MARGIN) / sum(w for _, w in LOG_COLUMNS)
    widths = [w * scale for _, w in LOG_COLUMNS]
    data: list[list[object]] = [[_p(name, st.head) for name, _ in LOG_COLUMNS]]
    for r in rows:
        agency = r.agency + (f", {r.component}" if r.component else "")
        purpose = labels.label(labels.PURPOSES, r.purpose)
        if r.stated_purpose:
            purpose += f": {r.stated_purpose}"
        process = labels.label(labels.PROCESSES, r.process_type)
        process += " (court-issued)" if r.court_issued else " (not court-issued)"
        decision = labels.label(labels.DECISIONS, r.decision, labels.NO_DECISION)
        if r.decision_ground:
            decision += f": {labels.label(labels.GROUNDS, r.decision_ground)}"
        values = [
            f"{r.received_at:%Y-%m-%d}", labels.label(labels.CHANNELS, r.channel), agency,
            r.requestor, _subjects(r), _join(r.records_requested), purpose,
            _join(r.legal_basis), process, decision, r.supervisor, _fmt(r.answered_on),
            "" if r.days_to_answer is None else r.days_to_answer,
        ]
        data.append([_p(v, st.cell) for v in values])
    return _table(data, widths, font=st.font, size=6.8)


def _pending_table(pending: list[PendingRow], st: _Styles) -> Table:
    head = ["Entry", "Received", "Channel", "Agency (proposed)", "Legal process (proposed)",
            "Subjects", "Days waiting", "Due"]
    data: list[list[object]] = [[_p(h, st.head) for h in head]]
    for p in pending:
        values = [
            p.public_id[:8], f"{p.received_at:%Y-%m-%d}", labels.label(labels.CHANNELS, p.channel),
            p.agency, labels.label(labels.PROCESSES, p.process_type), p.subjects_count,
            p.days_waiting, _fmt(p.due_on),
        ]
        data.append([_p(v, st.cell) for v in values])
    widths = [0.8, 0.8, 0.7, 1.6, 1.8, 0.7, 0.8, 0.8]
    return _table(data, [w * inch for w in widths], font=st.font, size=6.8)


_CODED: dict[str, dict[str, str]] = {
    "agency_key": labels.AGENCIES, "process_type": labels.PROCESSES,
    "purpose": labels.PURPOSES, "decision": labels.DECISIONS,
    "decision_ground": labels.GROUNDS, "channel": labels.CHANNELS,
}


def _shown(name: str, value: object) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if name in _CODED:
        return labels.label(_CODED[name], str(value))
    return str(value).replace("_", " ") if name == "status" else str(value)


def _corrections_table(corrections: list[Correction], st: _Styles) -> Table:
    head = ["Entry", "Received", "Earlier report", "Field", "As reported", "Now"]
    data: list[list[object]] = [[_p(h, st.head) for h in head]]
    for c in corrections:
        earlier = f"{c.earlier_report} ({c.earlier_report_at:%Y-%m-%d})"
        for i, change in enumerate(c.changes):
            first = i == 0
            values = [
                c.public_id[:8] if first else "", c.received_at if first else "",
                earlier if first else "", change.name.replace("_", " "),
                _shown(change.name, change.reported), _shown(change.name, change.now),
            ]
            data.append([_p(v, st.cell) for v in values])
    widths = [0.8, 0.8, 1.3, 1.3, 2.6, 2.6]
    return _table(data, [w * inch for w in widths], font=st.font, size=6.8)


def _footer(label: str, font: str) -> Callable[[Canvas, SimpleDocTemplate], None]:
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN, 0.3 * inch, f"Request log report {label}")
        canvas.drawRightString(PAGE[0] - MARGIN, 0.3 * inch, f"Page {doc.page}")
        canvas.restoreState()

    return draw


def render_pdf(report: Report) -> bytes:
    font, bold = _fonts()
    st = _Styles(font, bold)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=0.6 * inch, title=f"Request log report {report.period.label}",
        author=report.created_by or "requestdesk", subject="Requests for personal data",
        creator="requestdesk",
    )
    width = PAGE[0] - 2 * MARGIN
    flow: list[Flowable] = _cover(report, st)
    flow += [PageBreak(), Paragraph("Charts", st.h1)]
    if report.rows:
        flow += [requests_by_month(report.totals, font, bold, width), Spacer(1, 16),
                 decisions_by_process(report.totals, font, bold, width)]
    else:
        flow.append(_p("No confirmed requests in this period, so nothing to chart.", st.body))
    flow += [PageBreak(), Paragraph(f"Request log ({len(report.rows)} requests)", st.h1)]
    flow.append(_log_table(report.rows, st) if report.rows
                else _p("No confirmed requests were received in this period.", st.body))
    flow += [Spacer(1, 10),
             Paragraph(f"Pending review ({len(report.pending)}), not counted as decided", st.h1)]
    flow.append(_pending_table(report.pending, st) if report.pending
                else _p("No entry received in this period is waiting for review.", st.body))
    flow += [Spacer(1, 10),
             Paragraph(f"Corrections to earlier reports ({len(report.corrections)})", st.h1)]
    flow.append(_corrections_table(report.corrections, st) if report.corrections
                else _p("No entry shown in an earlier report has changed since.", st.body))
    footer = _footer(report.period.label, font)
    doc.build(flow, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
