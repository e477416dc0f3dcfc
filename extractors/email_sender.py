"""The sender of an e-mail: the display name of the ``From`` header (of the forwarded message,
if forwarded) when it is a person's, not an office mailbox's; the address; and, as a last
resort, the name spelled by a first.last address."""

from __future__ import annotations

import re

from requestdesk.document import Document
from requestdesk.extractors.names import find_names, looks_like_name, normalize_name
from requestdesk.extractors.signature import EMAIL, TITLE_PREFIX

FORWARDED = re.compile(
    r"(?:(?:-+\s*forwarded message\s*-+|-+\s*original message\s*-+|begin forwarded message:)"
    r"[\s\S]{0,200}?^\s*"
    r"|^(?:>[ \t]*)+)"  # a message quoted with ">" marks under a forward or a reply
    r"from\s*:\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)


# An e-mail display name made of these is an office's mailbox, not a person:
# "ERO Los Angeles Fugitive Operations", "Spokane RA Violent Crimes Task Force".
MAILBOX_WORDS = re.compile(
    r"\b(?:operations|team|task\s+force|unit|division|office|section|squad|desk|mailbox|records|"
    r"center|centre|program|branch|bureau|department|dept|enforcement|investigations|fugitive|"
    r"crimes|intake|inbox|no[- ]?reply|group|agency|services|ERO|HSI|FBI|ICE|DHS|DEA|ATF|USMS|"
    r"police|sheriff|patrol|PD|SO)\b",
    re.IGNORECASE,
)


ATTACHED_FROM = re.compile(r"^[ \t]*from[ \t]*:[ \t]*(.+)$", re.IGNORECASE | re.MULTILINE)


def from_line(raw: str) -> tuple[str | None, str | None]:
    email_m = EMAIL.search(raw)
    display = raw[: email_m.start()] if email_m else raw
    display = re.split(r"[\"”]\s*,\s*[\"“]", display)[0]  # '"Tpr. Ethan Vanderpool", "Troop 4B"'
    display = re.sub(r"(?<=[A-Za-z])\.(?=[A-Z][a-z])", ". ", display)  # "Tpr.Ethan R.Vanderpool"
    display = display.strip(" \"'<>[]")
    # "Smith, John - HSI Denver", "John Smith (ICE)": the person comes before the separator.
    display = re.split(r"\s+[-–|/]\s+|\s*[(\[]", display)[0].strip()
    name = None
    if display and "@" not in display and not MAILBOX_WORDS.search(display):
        stripped = TITLE_PREFIX.sub(lambda m: m.group(2), display)
        if looks_like_name(stripped.replace(",", " ")):
            name = normalize_name(stripped)
        else:  # "John Smith (ICE)", "Smith, John - HSI Denver"
            found = find_names(stripped)
            name = found[0][0] if found else None
    return name, email_m.group(0) if email_m else None


def from_header(doc: Document) -> tuple[str | None, str | None, tuple[int, int]]:
    """Sender of the e-mail (name, address, where the From line is in ``doc.text``); for a
    forwarded e-mail, the sender of the forwarded message."""
    m = FORWARDED.search(doc.text)
    if m and _forwarded(doc, m.group(0)) and not _forwarder_asks(doc, m.start()):
        m = _outside_sender(doc, m)
        return (*from_line(m.group(1)), (m.start(1), m.end(1)))
    raw = doc.headers.get("From", "")
    at = doc.text.find(raw) if raw else -1
    inner = _attached_request(doc, raw)
    if inner and not _forwarder_asks(doc, inner.start()):
        return (*from_line(inner.group(1)), (inner.start(1), inner.end(1)))
    return (*from_line(raw), (at, at + len(raw)) if at >= 0 else (-1, -1))


def _forwarded(doc: Document, marker: str) -> bool:
    """Whether the quoted message holds the request: a forward, not the sender's reply quoting
    the records unit's own earlier answer ("RE: ..." above "-----Original Message-----")."""
    subject = doc.headers.get("Subject", "")
    if re.match(r"\s*(?:fwd?|fw)\s*:", subject, re.IGNORECASE) or "forward" in marker.lower():
        return True
    if not doc.headers.get("From"):
        return True  # a pasted chain without headers: the quoted message may be the request
    if re.match(r"\s*re\s*:", subject, re.IGNORECASE) and _host(doc.headers["From"]) != _host(
            doc.headers.get("To", "")):
        return False  # a state trooper (la.gov) answering the labor agency (lwc.la.gov)
    outer = _domain(doc.headers.get("From", ""))
    return outer is not None and outer == _domain(doc.headers.get("To", ""))


def _outside_sender(doc: Document, first: re.Match[str]) -> re.Match[str]:
    """Down a chain of forwards inside the records unit's own organisation ("FW: ... From:
    Fenwick, Alyssa <...@state.co.us>"), the first quoted message from outside it."""
    home = _domain(doc.headers.get("To", "")) or _domain(doc.headers.get("From", ""))
    if home is None or _domain(first.group(1)) != home:
        return first
    for m in FORWARDED.finditer(doc.text, first.end()):
        if _domain(m.group(1)) not in {None, home}:
            return m
    return first


def _forwarder_asks(doc: Document, forwarded_at: int) -> bool:
    """An officer outside the records unit's own organisation who forwards a colleague's
    request with a request of their own ("We'd like any current address ... Please reply to me
    directly") is the requester; a records-unit colleague's forward or a bare "FYI" is not."""
    outer = _domain(doc.headers.get("From", ""))
    if outer is None or outer == _domain(doc.headers.get("To", "")):
        return False
    own = doc.text[:forwarded_at]
    return len(own.split()) >= 40 and bool(_ASKS.search(own))


_ASKS = re.compile(r"(?i)\b(?:we(?:'d| would) like|please (?:provide|send|reply|respond|check|search|advise)|"
                   r"(?:I|we) (?:request|need|am requesting|are requesting)|"
                   r"(?:could|can|would) (?:you|your (?:office|agency|unit))|let (?:me|us) know)\b")


def _host(header: str) -> str | None:
    m = EMAIL.search(header)
    return m.group(0).rsplit("@", 1)[1].lower() if m else None


def _domain(header: str) -> str | None:
    """The organisation's domain (its last two labels): "dol.wa.gov" and "esd.wa.gov" are one
    state's."""
    host = _host(header)
    return ".".join(host.split(".")[-2:]) if host else None


def _attached_request(doc: Document, outer_from: str) -> re.Match[str] | None:
    """A forward (sender and recipient share a domain, or the subject says "Fwd:") with the
    original e-mail attached: the ``From`` line of that attached e-mail."""
    outer = _domain(outer_from)
    forwarded = re.match(r"\s*(?:fwd?|fw)\s*:", doc.headers.get("Subject", ""), re.IGNORECASE)
    if outer is None or (outer != _domain(doc.headers.get("To", "")) and not forwarded):
        return None
    for m in ATTACHED_FROM.finditer(doc.text):
        # Not the sender's own earlier mail, nor the recipient side's reply in the chain.
        if _domain(m.group(1)) not in {None, outer, _domain(doc.headers.get("To", ""))}:
            return m
    return None


def name_from_address(email: str | None) -> str | None:
    """"john.q.smith@ice.dhs.gov" → "John Q. Smith": only for first.last addresses, and only when
    nothing in the request names the sender."""
    if not email:
        return None
    parts = email.split("@")[0].split(".")
    if len(parts) < 2 or not all(p.isalpha() for p in parts) or len(parts[-1]) < 2:
        return None
    return normalize_name(" ".join(parts))
