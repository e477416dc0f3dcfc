"""The notice that must accompany released personal data (C.R.S. 24-74-101 and following)."""

from __future__ import annotations

from datetime import date

from requestdesk.models.entries import Entry
from requestdesk.review.labels import AGENCY_LABELS, GROUND_LABELS, label

RELEASES = frozenset({"granted", "partly_granted"})


def notice_text(entry: Entry, answered_on: date, ground: str,
                purpose_sentence: str | None) -> str:
    agency = entry.agency_name or label(entry.agency_key, AGENCY_LABELS)
    received = entry.received_at.date().isoformat()
    stated = (f" (as stated in the request: “{purpose_sentence.strip().rstrip('.')}”)"
              if purpose_sentence and purpose_sentence.strip() else "")
    partly = " in part" if entry.decision == "partly_granted" else ""
    return (
        "NOTICE — RESTRICTED USE OF RELEASED PERSONAL INFORMATION\n\n"
        f"This information is released{partly} in response to the request from {agency} "
        f"received on {received} (reference {entry.public_id[:12]}).\n\n"
        "It may be used only for the criminal investigation stated in that request"
        f"{stated}. It may not be used for civil immigration enforcement, and it may not be "
        "shared with anyone for that purpose or for any other purpose than the stated "
        "criminal investigation.\n\n"
        f"Basis for release: {label(ground, GROUND_LABELS)}.\n"
        f"Date released: {answered_on.isoformat()}.\n"
        "Authority: Colorado Revised Statutes 24-74-101 and following."
    )
