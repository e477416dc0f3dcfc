"""Blocks → plain text or HTML, and e-mail messages (.eml) built from them."""

from __future__ import annotations

import textwrap
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from requestdesk.samples.model import Block, Ctx


def render_text(blocks: list[Block], width: int | None = 78) -> str:
    out: list[str] = []

    def para(text: str) -> None:
        for line in text.split("\n"):
            out.extend(textwrap.wrap(line, width) if width else [line])
        out.append("")

    for block in blocks:
        kind, data = block.kind, block.data
        if kind in ("letterhead", "caption"):
            out.extend(data)
            out.append("")
        elif kind in ("para", "small"):
            para(data)
        elif kind == "heading":
            out += [data.upper(), ""]
        elif kind == "fields":
            for k, v in data:
                out.append(f"{k}: {v}" if k and v else (k or v))
            out.append("")
        elif kind == "table":
            widths = [max(len(r[i]) for r in data) for i in range(len(data[0]))]
            for n, row in enumerate(data):
                out.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True))
                           .rstrip())
                if n == 0:
                    out.append("  ".join("-" * w for w in widths))
            out.append("")
        elif kind == "checks":
            out += [("[X] " if on else "[ ] ") + t for on, t in data]
            out.append("")
        elif kind == "sig":
            out += [line for line in data if line]
            out.append("")
        elif kind == "page":
            out += ["", "-" * 40, ""]
    return "\n".join(out).rstrip() + "\n"


def render_html(blocks: list[Block]) -> str:
    parts = ["<html><body style=\"font-family: Calibri, Arial, sans-serif\">"]
    for block in blocks:
        kind, data = block.kind, block.data
        if kind in ("letterhead", "caption", "sig"):
            parts.append("<p>" + "<br>".join(escape(x) for x in data if x) + "</p>")
        elif kind in ("para", "small"):
            parts.append(f"<p>{escape(data)}</p>".replace("\n", "<br>"))
        elif kind == "heading":
            parts.append(f"<p><b>{escape(data)}</b></p>")
        elif kind == "fields":
            rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                           for k, v in data)
            parts.append(f"<table>{rows}</table>")
        elif kind == "table":
            head = "".join(f"<th>{escape(c)}</th>" for c in data[0])
            body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                           for row in data[1:])
            parts.append(f"<table border=\"1\"><tr>{head}</tr>{body}</table>")
        elif kind == "checks":
            parts.append("<p>" + "<br>".join(("&#9746; " if on else "&#9744; ") + escape(t)
                                             for on, t in data) + "</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def sent_at(ctx: Ctx) -> datetime:
    base = datetime(2025, 1, 6, 8, 0, tzinfo=timezone(timedelta(hours=-7)))
    return base + timedelta(days=ctx.rng.randint(0, 300), minutes=ctx.rng.randint(0, 600))


def build_email(ctx: Ctx, sender_name: str, sender_email: str, subject: str,
                body: list[Block], html: bool,
                attachments: list[tuple[str, bytes, str, str]]) -> bytes:
    """attachments: (filename, bytes, maintype, subtype)."""
    msg = EmailMessage()
    msg["From"] = f"{sender_name} <{sender_email}>"
    msg["To"] = ctx.choice(["records@state.co.us", "DMV Records <dmv.records@state.co.us>",
                            "cdle_records@state.co.us", "Privacy Officer <privacy@co.gov>"])
    msg["Date"] = format_datetime(sent_at(ctx))
    msg["Subject"] = subject
    domain = sender_email.rsplit("@", 1)[-1]
    msg["Message-ID"] = f"<{ctx.rng.randint(10**11, 10**12)}.{ctx.rng.randint(0, 10**6)}@{domain}>"
    msg.set_content(render_text(body, width=None if ctx.chance(0.5) else 76))
    if html:
        msg.add_alternative(render_html(body), subtype="html")
    for filename, data, maintype, subtype in attachments:
        if maintype == "message":
            inner = message_from_bytes(data, policy=policy.default)
            msg.add_attachment(inner)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    # The library picks random MIME boundaries; fixed ones keep the output reproducible.
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"==boundary-{n}-{ctx.rng.randint(10**8, 10**9)}==")
    return bytes(msg)
