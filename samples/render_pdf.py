"""Blocks → a born-digital PDF (reportlab), in one of several layouts chosen per document."""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    HRFlowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from requestdesk.samples.model import Block, Ctx

rl_config.invariant = 1  # no timestamps or random ids: the same seed gives the same bytes

FONTS = {"times": ("Times-Roman", "Times-Bold"), "helvetica": ("Helvetica", "Helvetica-Bold"),
         "courier": ("Courier", "Courier-Bold")}


@dataclass
class Layout:
    font: str
    bold: str
    size: float
    letterhead_align: int
    boxed_fields: bool
    two_column_fields: bool
    sig_align: int
    margin: float


def pick_layout(ctx: Ctx) -> Layout:
    font, bold = FONTS[ctx.choice(["times", "helvetica", "helvetica", "courier"])]
    return Layout(font=font, bold=bold, size=ctx.choice([10, 10.5, 11]),
                  letterhead_align=ctx.choice([TA_CENTER, TA_LEFT]),
                  boxed_fields=ctx.chance(0.5), two_column_fields=ctx.chance(0.35),
                  sig_align=ctx.choice([TA_LEFT, TA_LEFT, TA_RIGHT]),
                  margin=ctx.choice([0.8, 1.0, 1.1]) * inch)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def render_pdf(blocks: list[Block], layout: Layout, title: str) -> bytes:
    base = ParagraphStyle("base", fontName=layout.font, fontSize=layout.size,
                          leading=layout.size * 1.3, spaceAfter=layout.size * 0.6)
    bold = ParagraphStyle("bold", parent=base, fontName=layout.bold)
    head = ParagraphStyle("head", parent=bold, fontSize=layout.size + 3, alignment=TA_CENTER,
                          leading=(layout.size + 3) * 1.3, spaceBefore=6, spaceAfter=10)
    small = ParagraphStyle("small", parent=base, fontSize=layout.size - 2.5,
                           leading=(layout.size - 2.5) * 1.3)
    lh_first = ParagraphStyle("lh1", parent=bold, fontSize=layout.size + 2,
                              alignment=layout.letterhead_align, spaceAfter=1)
    lh_rest = ParagraphStyle("lh", parent=base, alignment=layout.letterhead_align, spaceAfter=0)
    caption = ParagraphStyle("cap", parent=bold, alignment=TA_CENTER, spaceAfter=1)
    sig = ParagraphStyle("sig", parent=base, alignment=layout.sig_align, spaceAfter=0)

    story: list[Flowable] = []
    for block in blocks:
        kind, data = block.kind, block.data
        if kind == "letterhead":
            story.append(_p(data[0], lh_first))
            story += [_p(line, lh_rest) for line in data[1:]]
            story.append(HRFlowable(width="100%", thickness=1, spaceBefore=4, spaceAfter=10))
        elif kind == "caption":
            story += [_p(line, caption) for line in data]
            story.append(Spacer(1, 8))
        elif kind == "heading":
            story.append(_p(data, head))
        elif kind == "para":
            story.append(_p(data, base))
        elif kind == "small":
            story.append(_p(data, small))
        elif kind == "fields":
            story.append(_fields_table(data, layout, base, bold))
            story.append(Spacer(1, 8))
        elif kind == "table":
            cells = [[_p(c, bold) for c in data[0]]] + [[_p(c, base) for c in row]
                                                        for row in data[1:]]
            table = Table(cells, repeatRows=1, hAlign="LEFT")
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [table, Spacer(1, 8)]
        elif kind == "checks":
            story += [_p(("[X] " if on else "[  ] ") + text, base) for on, text in data]
        elif kind == "sig":
            story.append(Spacer(1, 10))
            for i, line in enumerate(data):
                if line == "" and i == 1:
                    story.append(Spacer(1, 18))
                    story.append(HRFlowable(width="35%", thickness=0.5, hAlign=(
                        "RIGHT" if layout.sig_align == TA_RIGHT else "LEFT"), spaceAfter=3))
                elif line:
                    story.append(_p(line, sig))
            story.append(Spacer(1, 10))
        elif kind == "rule":
            story.append(HRFlowable(width="100%", thickness=0.5, spaceBefore=4, spaceAfter=4))
        elif kind == "page":
            story.append(PageBreak())
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=LETTER, leftMargin=layout.margin,
                            rightMargin=layout.margin, topMargin=0.8 * inch,
                            bottomMargin=0.8 * inch, title=title, author="", subject="",
                            creator="", producer="", invariant=1)
    doc.build(story)
    return out.getvalue()


def _fields_table(fields: list[tuple[str, str]], layout: Layout, base: ParagraphStyle,
                  bold: ParagraphStyle) -> Table:
    label_style = ParagraphStyle("label", parent=bold, fontSize=layout.size - 1)
    pairs = [(_p(k + (":" if k and not k.endswith((":", ".")) else ""), label_style), _p(v, base))
             for k, v in fields]
    width = LETTER[0] - 2 * layout.margin
    if layout.two_column_fields and len(pairs) >= 4:
        rows = []
        for i in range(0, len(pairs), 2):
            left = list(pairs[i])
            right = list(pairs[i + 1]) if i + 1 < len(pairs) else ["", ""]
            rows.append(left + right)
        table = Table(rows, colWidths=[width * 0.17, width * 0.33, width * 0.17, width * 0.33])
    else:
        table = Table([list(p) for p in pairs], colWidths=[width * 0.3, width * 0.7])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if layout.boxed_fields:
        style.append(("BOX", (0, 0), (-1, -1), 0.75, colors.black))
        style.append(("INNERGRID", (0, 0), (-1, -1), 0.25, colors.black))
    table.setStyle(TableStyle(style))
    return table
