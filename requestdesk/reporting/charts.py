"""The report's two charts, drawn with reportlab's graphics (vector, no image files)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from requestdesk.reporting.totals import Totals

PALETTE: tuple[colors.Color, ...] = (
    colors.HexColor("#1f4e79"), colors.HexColor("#c55a11"), colors.HexColor("#548235"),
    colors.HexColor("#7030a0"), colors.HexColor("#bf9000"), colors.HexColor("#2e75b6"),
    colors.HexColor("#a50021"), colors.HexColor("#5b9bd5"), colors.HexColor("#7f7f7f"),
)
DECISION_COLORS: dict[str, colors.Color] = {
    "Granted": colors.HexColor("#548235"),
    "Partly granted": colors.HexColor("#bf9000"),
    "Denied": colors.HexColor("#a50021"),
    "Awaiting decision": colors.HexColor("#a6a6a6"),
}
MAX_SERIES = len(PALETTE)


def _value_step(largest: int) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500):
        if largest / step <= 8:
            return step
    return 1000


def _legend(x: float, y: float, pairs: Sequence[tuple[colors.Color, str]], font: str) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = font, 8
    legend.alignment = "right"
    legend.columnMaximum = 12
    legend.boxAnchor = "nw"
    legend.dxTextSpace = 4
    legend.colorNamePairs = list(pairs)
    return legend


def _title(drawing: Drawing, text: str, font: str) -> None:
    drawing.add(String(0, drawing.height - 12, text, fontName=font, fontSize=11))


def requests_by_month(totals: Totals, font: str, bold: str, width: float = 700) -> Drawing:
    """Stacked bars: one per month, one colour per requesting agency."""
    months = list(totals.by_month_agency)
    agencies = list(totals.by_agency)
    if len(agencies) > MAX_SERIES:  # keep the legend readable: fold the smallest together
        agencies = [*agencies[: MAX_SERIES - 1], "All others"]
    shown = set(agencies)

    def count(month: str, agency: str) -> int:
        bucket = totals.by_month_agency.get(month, {})
        if agency == "All others":
            return sum(n for a, n in bucket.items() if a not in shown)
        return bucket.get(agency, 0)

    drawing = Drawing(width, 230)
    _title(drawing, "Requests per month, by requesting agency", bold)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, width - 210, 165
    chart.data = [[count(m, a) for m in months] for a in agencies] or [[0 for _ in months]]
    chart.categoryAxis.categoryNames = months
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    largest = max((sum(b.values()) for b in totals.by_month_agency.values()), default=0)
    chart.valueAxis.valueMax = max(largest, 1)
    chart.valueAxis.valueStep = _value_step(largest)
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.barSpacing = 2
    for i in range(len(agencies)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = colors.white
    drawing.add(chart)
    pairs = [(PALETTE[i % len(PALETTE)], a) for i, a in enumerate(agencies)]
    drawing.add(_legend(width - 160, 195, pairs, font))
    return drawing


def decisions_by_process(totals: Totals, font: str, bold: str, width: float = 700) -> Drawing:
    """Horizontal stacked bars: one per legal process type, split by decision."""
    processes = list(totals.by_process)
    series = {
        "Granted": [totals.by_process[p].granted for p in processes],
        "Partly granted": [totals.by_process[p].partly_granted for p in processes],
        "Denied": [totals.by_process[p].denied for p in processes],
        "Awaiting decision": [totals.by_process[p].undecided for p in processes],
    }
    rows = max(len(processes), 1)
    height = 70 + 22 * rows
    drawing = Drawing(width, height)
    _title(drawing, "Decisions by legal process", bold)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 130, 20, width - 310, height - 50
    # Reverse so the largest process type is drawn at the top.
    chart.data = [list(reversed(v)) for v in series.values()] if processes else [[0]]
    chart.categoryAxis.categoryNames = list(reversed(processes)) or [""]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    largest = max((c.requests for c in totals.by_process.values()), default=0)
    chart.valueAxis.valueMax = max(largest, 1)
    chart.valueAxis.valueStep = _value_step(largest)
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    for i, name in enumerate(series):
        chart.bars[i].fillColor = DECISION_COLORS[name]
        chart.bars[i].strokeColor = colors.white
    drawing.add(chart)
    drawing.add(_legend(width - 160, height - 25, list(
        (DECISION_COLORS[n], n) for n in series), font))
    return drawing


def charts_svg(totals: Totals, width: float = 700) -> list[str]:
    """Both charts as SVG documents for the web page (labels are our own words, not input)."""
    from reportlab.graphics import renderSVG

    drawings = (requests_by_month(totals, "Helvetica", "Helvetica-Bold", width),
                decisions_by_process(totals, "Helvetica", "Helvetica-Bold", width))
    return [renderSVG.drawToString(d) for d in drawings]
