"""Rebuild ``data/common_words.txt``: ``python -m requestdesk.extractors.build_common_words``.

The list holds everyday English words that are never proper nouns: the lower-case words of
Debian's ``wamerican`` word list (``/usr/share/dict/american-english``) that the list does not
also hold capitalised (so "rose", "baker" and "young", which are also names, stay out), minus
this project's given-name and surname lexicons. A capitalised run made only of such words
("Particular Things", "Supervised Release") is a phrase, not a person's name.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from requestdesk.extractors.names import DATA, fold, given_names, surnames

WORDLIST = Path("/usr/share/dict/american-english")
OUT = DATA / "common_words.txt"
HEADER = ("# Everyday English words that are never proper nouns; built from Debian's wamerican by "
          "build_common_words.py.")


def build(wordlist: Path = WORDLIST) -> str:
    words = wordlist.read_text(encoding="utf-8").split()
    capitalised = {fold(w) for w in words if w[:1].isupper()}
    names = given_names() | surnames()
    common = sorted({w for w in words if w.isalpha() and w.islower() and len(w) >= 3}
                    - capitalised - names)
    return HEADER + "\n" + "\n".join(common) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--wordlist", type=Path, default=WORDLIST)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not args.wordlist.is_file():
        parser.error(f"{args.wordlist} is missing: install Debian's wamerican package")
    args.out.write_text(build(args.wordlist), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
