"""Evidence boxes placed on page images, as percentages of the page so any image size works."""

from __future__ import annotations

from dataclasses import dataclass

from requestdesk.review.entries import EntryView
from requestdesk.review.page_render import Layout

# Which evidence keys light up when a field is selected.
FIELD_EVIDENCE: dict[str, tuple[str, ...]] = {
    "process_type": ("process_type", "legal_process"),
    "court_issued": ("court_issued", "legal_process"),
    "process_form": ("process_form", "legal_process"),
    "warrant_or_subpoena_attached": ("warrant_or_subpoena_attached", "legal_process"),
    "purpose": ("purpose",),
    "purpose_sentence": ("purpose_sentence", "purpose"),
}


@dataclass(frozen=True)
class PlacedBox:
    key: str
    page: int
    left: float
    top: float
    width: float
    height: float
    text: str


def evidence_keys(field: str) -> str:
    """Space-separated keys for a field's ``data-evidence`` attribute."""
    return " ".join(FIELD_EVIDENCE.get(field, (field,)))


def page_boxes(view: EntryView, layout: Layout | None) -> dict[int, list[PlacedBox]]:
    if layout is None:
        return {}
    sizes = {p.number: (p.width, p.height) for p in layout.pages if p.image}
    placed: dict[int, list[PlacedBox]] = {}
    for ev in view.evidence:
        if ev.page not in sizes or not ev.box or len(ev.box) != 4:
            continue
        width, height = sizes[ev.page]
        if width <= 0 or height <= 0:
            continue
        x0, y0, x1, y1 = (float(v) for v in ev.box)
        left, right = sorted((_clamp(x0 / width), _clamp(x1 / width)))
        top, bottom = sorted((_clamp(y0 / height), _clamp(y1 / height)))
        placed.setdefault(ev.page, []).append(PlacedBox(
            key=ev.field, page=ev.page, left=round(left * 100, 3), top=round(top * 100, 3),
            width=round(max(right - left, 0.002) * 100, 3),
            height=round(max(bottom - top, 0.002) * 100, 3), text=ev.text[:200]))
    return placed


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))
