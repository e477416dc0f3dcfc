"""The spaCy pipeline: a blank English tokenizer plus this project's own components.

- ``line_sentences``: sentence boundaries for letters and forms, where a line break usually ends
  a unit (a letterhead line, a form field, a signature line) but wrapped prose does not.
- ``ner``: a small recogniser (label PERSON) trained by ``train_names`` on generated sentences,
  shipped in ``data/person_ner``; ``parse`` skips it and ``person_spans`` runs it when the
  subject rules find nobody.
- ``entity_ruler``: agency phrases (label AGENCY, id = agency key), overriding the NER.
- ``role_cues``: a Matcher marking role words (judge, clerk, special agent ...) in
  ``doc.spans["roles"]``.

Built once per process and cached; no downloads, no pretrained models.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from requestdesk.document import Document
from requestdesk.extractors.agencies import ruler_patterns

MODEL_DIR = Path(__file__).parent / "data" / "person_ner"

ROLE_WORDS: dict[str, list[list[str]]] = {
    # label: token sequences (lower case)
    "JUDGE": [["judge"], ["magistrate"], ["honorable"], ["hon", "."], ["hon."], ["justice"],
              ["by", "the", "court"]],
    "CLERK": [["clerk"], ["deputy", "clerk"], ["clerk", "of", "court"]],
    "NOTARY": [["notary"], ["notary", "public"]],
    "ATTORNEY": [["attorney"], ["counsel"], ["esq"], ["esq."], ["ausa"], ["prosecutor"]],
    "OFFICER": [["officer"], ["agent"], ["special", "agent"], ["detective"], ["det."],
                ["sergeant"], ["sgt"], ["sgt."], ["deputy"], ["trooper"], ["inspector"],
                ["investigator"], ["director"], ["supervisor"], ["lieutenant"], ["lt."],
                ["captain"], ["chief"], ["sheriff"], ["marshal"], ["analyst"], ["sa"],
                ["tfo"], ["corporal"], ["commander"], ["specialist"]],
}

_LINE_END_CONTINUES = re.compile(r"[a-z,;(\-]$")


@Language.component("line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """A new sentence after ., ! or ?, after a blank line, and at a line break unless the line
    is wrapped prose (it ends mid-phrase and the next line starts in lower case)."""
    if not len(doc):
        return doc
    starts = numpy.full(len(doc), -1, dtype="int64")  # SENT_START: 1 starts, -1 does not
    starts[0] = 1
    text = doc.text
    line_start = 0  # character offset where the current line begins
    for i in range(1, len(doc)):
        token, prev = doc[i], doc[i - 1]
        start = False
        if prev.is_space and ("\n" in prev.text or "\f" in prev.text):
            if prev.text.count("\n") > 1 or "\f" in prev.text:
                start = True
            else:
                line = text[line_start:prev.idx]
                wrapped = (
                    len(line) > 45
                    and _LINE_END_CONTINUES.search(line) is not None
                    and token.is_lower
                )
                start = not wrapped
            line_start = token.idx
        elif token.is_space and "\n" in token.text:
            start = False
        elif prev.text in {".", "!", "?"} and (token.is_title or token.is_upper or token.is_digit):
            start = True
        if start:
            starts[i] = 1
    # Setting Token.is_sent_start one by one re-checks the whole Doc each time (quadratic).
    return doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))


@Language.factory("role_cues")
def make_role_cues(nlp: Language, name: str) -> RoleCues:
    return RoleCues(nlp)


class RoleCues:
    """Marks words that give a person's role, so officials can be told from subjects."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        for label, seqs in ROLE_WORDS.items():
            self.matcher.add(label, [[{"LOWER": w} for w in seq] for seq in seqs])

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label=match_id)
            for match_id, start, end in self.matcher(doc)
        ]
        doc.spans["roles"] = spacy.util.filter_spans(spans)
        return doc


def build_pipeline(with_model: bool = True) -> Language:
    """The pipeline; ``with_model=False`` leaves out the trained NER (rules only)."""
    nlp = spacy.load(MODEL_DIR) if with_model and MODEL_DIR.is_dir() else spacy.blank("en")
    nlp.add_pipe("line_sentences", first=True)
    ruler = nlp.add_pipe(
        "entity_ruler",
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
    )
    ruler.add_patterns(ruler_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("role_cues")
    return nlp


@cache
def pipeline() -> Language:
    return build_pipeline()


def parse(doc: Document) -> Doc:
    """Tokens, sentences, AGENCY entities and role cues over ``doc.text``.

    The trained recogniser is left out here: the rules find people on their own in almost every
    request, and the recogniser costs more than the rest of the pipeline. ``person_spans`` runs
    it on demand."""
    if not doc.text and doc.pages:
        doc.build_text()
    nlp = pipeline()
    return nlp(doc.text, disable=[name for name in ("ner",) if name in nlp.pipe_names])


def person_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges the trained recogniser labels PERSON (empty without the model)."""
    nlp = pipeline()
    if "ner" not in nlp.pipe_names:
        return []
    doc = nlp.get_pipe("ner")(nlp.make_doc(text))
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
