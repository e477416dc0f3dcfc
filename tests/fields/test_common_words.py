"""The shipped everyday-word list is what its build script makes from Debian's word list."""

from __future__ import annotations

from requestdesk.extractors import build_common_words
from requestdesk.extractors.names import looks_like_name


def test_shipped_list_is_what_the_build_script_rebuilds() -> None:
    # scripts/setup.sh installs wamerican, so the source list is there in CI.
    shipped = build_common_words.OUT.read_text(encoding="utf-8")
    assert build_common_words.build() == shipped


def test_everyday_phrases_are_not_names_but_names_made_of_words_are() -> None:
    assert not looks_like_name("Particular Things")
    assert not looks_like_name("Supervised Release")
    assert looks_like_name("Rose Baker")  # both are also proper nouns in the word list
    assert looks_like_name("Hope Young")
