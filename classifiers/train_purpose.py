"""Rebuild the purpose sentence model: ``python -m requestdesk.classifiers.train_purpose``.

Reads ``data/purpose_sentences.jsonl`` and writes ``data/purpose_textcat/``; the fixed seed makes
the result the same on every run."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from requestdesk.classifiers.purpose_model import MODEL_DIR, SEED, read_sentences, train


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="where to write the model")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    rows = read_sentences()
    nlp = train(rows, seed=args.seed)
    if args.out.exists():
        shutil.rmtree(args.out)
    nlp.to_disk(args.out)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"trained on {len(rows)} sentences; wrote {args.out} ({size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
