"""The readable body of an email message (plain text preferred, HTML turned into text).

Kept apart from the email reader so the review app's page renderer can use it without loading
the PDF and image readers."""

from __future__ import annotations

from email.message import EmailMessage

from requestdesk.extractors.plaintext import html_to_text
from requestdesk.extractors.sniff import decode_text


def body_text(msg: EmailMessage) -> str:
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    payload = body.get_payload(decode=True)
    if (isinstance(payload, bytes) and body.get_content_charset() in (None, "us-ascii")
            and not payload.isascii()):
        # No charset declared (a pasted e-mail saved as text) yet 8-bit bytes: the stdlib would
        # decode them as ASCII and lose every accent.
        content = decode_text(payload) or payload.decode("utf-8", "replace")
    else:
        try:
            content = body.get_content()
        except (LookupError, UnicodeError, ValueError, AssertionError):
            content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    return html_to_text(content) if body.get_content_subtype() == "html" else content
