"""The demo inbox (a realistic mix, two bad files) and the hostile set."""

from __future__ import annotations

import json
import random
from pathlib import Path

from requestdesk.samples import dev_admin, dev_letters
from requestdesk.samples.dev_wrappers import attachment_note, email_sender, fax_cover
from requestdesk.samples.generate import Wrappers, format_group, materialize
from requestdesk.samples.hostile import write_hostile
from requestdesk.samples.model import Ctx, expected_record
from requestdesk.samples.render_pdf import pick_layout, render_pdf

_INBOX = [
    ("ice-request.eml", dev_letters.pursuant_1357_letter, "eml_body"),
    ("warrant-for-arrest.eml", dev_admin.i200, "eml_pdf"),
    ("dmv-request-letter.pdf", dev_letters.formal_letter, "pdf"),
    ("subpoena-scan.pdf", dev_admin.i138, "scan"),
    ("fax-0612.tif", dev_admin.detainer, "fax"),
    ("quick-question.eml", dev_letters.informal_email, "eml_body"),
    ("multi-subject.pdf", dev_letters.multi_subject_letter, "pdf"),
    ("dea-subpoena.pdf", dev_admin.dea876, "pdf"),
    ("case-letter.txt", dev_letters.state_case_letter, "txt"),
    ("irs-summons.eml", dev_admin.irs_summons, "eml_pdf"),
]


def generate_inbox(out: Path, seed: int) -> None:
    """About a dozen files as they would land in a records unit's inbox, plus two bad ones.
    Expected records go in ``out/expected/`` so the inbox itself holds only what arrives."""
    out.mkdir(parents=True, exist_ok=True)
    expected_dir = out / "expected"
    expected_dir.mkdir(exist_ok=True)
    for old in expected_dir.glob("*.expected.json"):
        old.unlink()
    wrap = Wrappers(email_sender, attachment_note, fax_cover)
    for n, (name, builder, fmt) in enumerate(_INBOX, start=1):
        ctx = Ctx(random.Random(f"inbox-{seed}-{n}"), "dev")
        draft = builder(ctx)
        _, data, channel = materialize(ctx, draft, fmt, wrap)
        (out / name).write_bytes(data)
        record = expected_record(draft, ctx, Path(name).stem, format_group(fmt), channel,
                                 "inbox")
        (expected_dir / f"{Path(name).stem}.expected.json").write_text(
            json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "scan-corrupted.pdf").write_bytes(b"%PDF-1.7\n" + bytes(random.Random(seed)
                                                                  .getrandbits(8)
                                                                  for _ in range(3000)))
    (out / "empty-attachment.pdf").write_bytes(b"")


def generate_hostile(out: Path, seed: int) -> None:
    ctx = Ctx(random.Random(f"hostile-letter-{seed}"), "dev")
    draft = dev_letters.formal_letter(ctx)
    write_hostile(out, render_pdf(draft.blocks, pick_layout(ctx), draft.title), seed)
