"""The trained PERSON recogniser: ships in the repo, loads offline, rebuilds identically."""

import hashlib
import socket
from pathlib import Path

import pytest

from requestdesk.extractors import nlp as nlp_module
from requestdesk.extractors.nlp import parse, person_spans
from requestdesk.extractors.requestor import extract_requestor
from requestdesk.extractors.subjects import extract_subjects
from requestdesk.extractors.train_names import generate, train

from .textdoc import text_document


def test_shipped_model_loads_offline_and_finds_people(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pipeline tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    assert (nlp_module.MODEL_DIR / "ner" / "model").is_file()
    size = sum(p.stat().st_size for p in nlp_module.MODEL_DIR.rglob("*") if p.is_file())
    assert size < 10 * 1024 * 1024
    pipe = nlp_module.build_pipeline()
    assert pipe.pipe_names == ["line_sentences", "ner", "entity_ruler", "role_cues"]
    # Names that are in none of the lexicons the training data is generated from.
    cases = {
        "RE: OYELARAN, Adebola Grace (DOB 04/05/1977)\nHomeland Security Investigations":
            "OYELARAN, Adebola Grace",
        "Sincerely,\nTobias Wren\nSpecial Agent": "Tobias Wren",
    }
    for text, name in cases.items():
        doc = pipe(text)
        assert [e.text for e in doc.ents if e.label_ == "PERSON"] == [name]
    agencies = [e.ent_id_ for e in pipe(next(iter(cases))).ents if e.label_ == "AGENCY"]
    assert agencies == ["dhs-ice-hsi"]


def test_training_data_is_seeded() -> None:
    assert list(generate(50, 7)) == list(generate(50, 7))
    assert list(generate(50, 7)) != list(generate(50, 8))


def test_training_is_deterministic(tmp_path: Path) -> None:
    digests = []
    for run in ("a", "b"):
        train(tmp_path / run, n=150, epochs=1)
        digests.append(hashlib.sha256((tmp_path / run / "ner" / "model").read_bytes()).hexdigest())
    assert digests[0] == digests[1]


def test_line_sentences_follow_letter_layout() -> None:
    pipe = nlp_module.pipeline()
    doc = pipe(
        "U.S. Department of Homeland Security\nDenver Field Office\n\n"
        "We ask for the last known address of the person named below and for any\n"
        "photograph on file. Thank you.\nSincerely,\nJo Park"
    )
    assert [s.text.strip() for s in doc.sents] == [
        "U.S. Department of Homeland Security",
        "Denver Field Office",
        "We ask for the last known address of the person named below and for any\n"
        "photograph on file.",
        "Thank you.",
        "Sincerely,",
        "Jo Park",
    ]


def test_person_spans_run_the_model_on_demand() -> None:
    text = "RE: OYELARAN, Adebola Grace (DOB 04/05/1977)"
    assert [text[a:b] for a, b in person_spans(text)] == ["OYELARAN, Adebola Grace"]


def test_model_finds_a_subject_the_rules_miss() -> None:
    # An OCR-garbled label ("In the Matter of:") leaves the rules nothing to hold on to.
    doc = text_document(
        """
        IMMIGRATION ENFORCEMENT SUBPOENA
        inthe Makter of. | FITZGERALD, Jennifer Ann, A 243 991 831
        produce the wage records for the above-named person.
        """
    )
    parsed = parse(doc)
    requestor = extract_requestor(doc, parsed)
    assert extract_subjects(doc, parsed, requestor, use_model=False) == []
    found = extract_subjects(doc, parsed, requestor)
    assert [(s.name, [i.value for i in s.identifiers]) for s in found] == [
        ("Jennifer Ann Fitzgerald", ["A243991831"])]


def test_model_finds_a_subject_named_only_in_prose() -> None:
    doc = text_document(
        """
        Hello,

        Rosalind Achterberg applied for unemployment benefits in 2023. We request her claim
        file and wage records for our fraud investigation.

        Regards,
        Investigator Tom Hale
        Colorado Bureau of Investigation
        """
    )
    parsed = parse(doc)
    requestor = extract_requestor(doc, parsed)
    assert requestor.person == "Tom Hale"
    assert extract_subjects(doc, parsed, requestor, use_model=False) == []
    assert [s.name for s in extract_subjects(doc, parsed, requestor)] == ["Rosalind Achterberg"]
