"""How a request reached the unit, when the file type does not say: a born-digital PDF or a text
file is a print or a copy of something that came by e-mail, fax, post or a web form. The letter's
delivery line ("VIA FACSIMILE", "Sent via U.S. Mail") or the copy's own header tells; a PDF that
says nothing came by post."""

from __future__ import annotations

import re

from requestdesk.document import Channel, Document

# "via", or a verb of sending: "please reply by e-mail" is not how the request came.
_HOW = (r"(?:\bvia|(?:^\s*|\d{4}\s+)(?:sent|delivered|transmitted)\s+(?:by|via)"
        r"|\b(?:received|submitted)\s+(?:by|via))\s+")  # at a line's start or after the letter's date
_EMAIL = re.compile(
    r"(?im)" + _HOW + r"(?:secure\s+)?(?:e-?mail|electronic\s+mail)\b"
    r"|^\s*from:\s.*@[\w-]+\.[\w.]+"  # an e-mail saved or pasted as text
    r"|\b(?:online|web)\s+(?:request\s+)?(?:form|portal)\b|\bportal\s+submission\b|\bsubmission\s+id\b"
)
_FAX = re.compile(
    r"(?im)" + _HOW + r"(?:fax|facsimile|telefax)\b|\bfax\s+(?:cover\s+sheet|transmittal)\b"
    r"|\bfacsimile\s+(?:cover|transmission|transmittal)\b"
)
_MAIL = re.compile(
    r"(?im)" + _HOW + r"(?:u\.?\s?s\.?\s+|first[\s-]class\s+|certified\s+"
    r"|regular\s+|priority\s+|overnight\s+)?mail\b|\bcertified\s+mail\b|\breturn\s+receipt\s+requested\b"
)
# Only the opening of the file: a reply address in the body ("you may respond by e-mail") is not
# how the request came.
_HEAD_CHARS = 1500


def channel_from_text(doc: Document) -> Channel:
    """The channel the file itself shows; unknown when it shows none."""
    if doc.channel != "unknown":
        return doc.channel
    head = doc.text[:_HEAD_CHARS]
    for channel, cue in (("fax", _FAX), ("email", _EMAIL), ("mail", _MAIL)):
        if cue.search(head):
            return channel  # type: ignore[return-value]
    # A letter on paper (a PDF, scanned or not) that names no other way came by post: records
    # units log it so, and the reviewer corrects the rare hand delivery. A plain-text file is a
    # saved e-mail or a web-portal submission far more often than a transcribed letter.
    if doc.kind == "pdf":
        return "mail"
    return "email" if doc.kind == "text" else "unknown"
