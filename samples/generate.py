"""Generate the labelled sample corpus: ``python -m requestdesk.samples.generate --out DIR
--seed N --family dev|holdout``.

Each document ``<id>.<ext>`` gets ``<id>.expected.json`` (the record extraction should produce).
The same seed and family always give byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from requestdesk.samples.degrade import fax_tiff, photo_png, scanned_pdf
from requestdesk.samples.model import Block, Ctx, Draft, expected_record
from requestdesk.samples.plans import plan_for
from requestdesk.samples.render_pdf import pick_layout, render_pdf
from requestdesk.samples.render_text import build_email, render_text

EXTENSIONS = {"pdf": "pdf", "scan": "pdf", "fax": "tif", "txt": "txt"}
FORMAT_GROUP = {"pdf": "born_digital", "scan": "scanned", "fax": "fax", "txt": "txt"}


@dataclass
class Wrappers:
    email_sender: Callable[..., object]
    attachment_note: Callable[..., list[Block]]
    fax_cover: Callable[..., list[Block]]


def _wrappers(family: str) -> Wrappers:
    if family == "holdout":
        from requestdesk.samples import holdout_wrappers as w
    else:
        from requestdesk.samples import dev_wrappers as w  # type: ignore[no-redef]
    return Wrappers(w.email_sender, w.attachment_note, w.fax_cover)


def _pdf(ctx: Ctx, blocks: list[Block], title: str) -> bytes:
    return render_pdf(blocks, pick_layout(ctx), title)


def _page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def materialize(ctx: Ctx, draft: Draft, fmt: str, wrap: Wrappers) -> tuple[str, bytes, str]:
    """Render a draft in one format: (extension, bytes, channel)."""
    if fmt == "pdf":
        return "pdf", _pdf(ctx, draft.blocks, draft.title), "unknown"
    if fmt == "txt":
        return "txt", render_text(draft.blocks, ctx.choice([72, 80, None])).encode(), "unknown"
    if fmt == "scan":
        pdf = _pdf(ctx, draft.blocks, draft.title)
        pages = _page_count(pdf)
        rotations = [ctx.choice([0, 0, 0, 90, 180, 270]) for _ in range(pages)]
        return "pdf", scanned_pdf(ctx, pdf, rotations), "unknown"
    if fmt == "fax":
        blocks = draft.blocks
        if ctx.chance(0.4) and draft.officer is not None:
            pages = _page_count(_pdf(ctx, blocks, draft.title))
            blocks = wrap.fax_cover(ctx, draft, pages) + blocks
        pdf = _pdf(ctx, blocks, draft.title)
        header = ctx.choice([f"FROM: {draft.agency.name[:34].upper()}",
                             "ICE ERO DENVER FAX", "FAX: 303 555 0142"])
        return "tif", fax_tiff(ctx, pdf, f"{header}   2025-06-0{ctx.rng.randint(1, 9)}"), "fax"
    if fmt.startswith("eml"):
        return "eml", _email(ctx, draft, fmt, wrap), "email"
    raise ValueError(f"unknown format {fmt}")


def _email(ctx: Ctx, draft: Draft, fmt: str, wrap: Wrappers) -> bytes:
    html = ctx.chance(0.4)
    if fmt == "eml_body":
        sender = draft.officer
        assert sender is not None and sender.email
        return build_email(ctx, sender.name, sender.email, draft.title, draft.blocks, html, [])
    sender = wrap.email_sender(ctx, draft)
    draft.officer = sender  # type: ignore[assignment]
    note = wrap.attachment_note(ctx, draft, sender)
    pdf = _pdf(ctx, draft.blocks, draft.title)
    stem = ctx.choice(["request", "scan0001", "attachment", draft.title.replace(" ", "_")])
    if fmt == "eml_pdf":
        attachments = [(f"{stem}.pdf", pdf, "application", "pdf")]
    elif fmt == "eml_tiff":
        attachments = [(f"{stem}.tif", fax_tiff(ctx, pdf, "SCAN"), "image", "tiff")]
    elif fmt == "eml_png":
        attachments = [(f"{stem}.png", photo_png(ctx, pdf), "image", "png")]
    elif fmt == "eml_nested":
        inner = build_email(ctx, sender.name, sender.email or "", draft.title, draft.blocks,
                            False, [])
        attachments = [("original_request.eml", inner, "message", "rfc822")]
    else:
        raise ValueError(f"unknown e-mail format {fmt}")
    subject = ctx.choice([draft.title, f"FW: {draft.title}", f"Request - {draft.title}",
                          "Records request"])
    return build_email(ctx, sender.name, sender.email or "", subject, note, html, attachments)


def format_group(fmt: str) -> str:
    return "eml" if fmt.startswith("eml") else FORMAT_GROUP[fmt]


def generate(out: Path, seed: int, family: str, limit: int | None = None) -> list[Path]:
    """Write the family's documents and expected records into ``out``; returns the documents."""
    out.mkdir(parents=True, exist_ok=True)
    # Remove only what an earlier run of this family wrote, never anything else in ``out``.
    for old in out.glob(f"{family[0]}[0-9][0-9][0-9].*"):
        old.unlink()
    wrap = _wrappers(family)
    written = []
    plan = plan_for(family)
    for index, (template, builder, fmt) in enumerate(plan[:limit], start=1):
        ctx = Ctx(random.Random(f"{family}-{seed}-{index}"), family)
        draft = builder(ctx)
        ext, data, channel = materialize(ctx, draft, fmt, wrap)
        doc_id = f"{family[0]}{index:03d}"
        path = out / f"{doc_id}.{ext}"
        path.write_bytes(data)
        record = expected_record(draft, ctx, doc_id, format_group(fmt), channel, family)
        record["template"] = template
        (out / f"{doc_id}.expected.json").write_text(
            json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--family", choices=["dev", "holdout", "inbox", "hostile"],
                        default="dev")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args(argv)
    if args.family == "hostile":
        from requestdesk.samples.extra import generate_hostile

        generate_hostile(args.out, args.seed)
    elif args.family == "inbox":
        from requestdesk.samples.extra import generate_inbox

        generate_inbox(args.out, args.seed)
    else:
        docs = generate(args.out, args.seed, args.family, args.limit)
        print(f"wrote {len(docs)} documents to {args.out}")


if __name__ == "__main__":
    main()
