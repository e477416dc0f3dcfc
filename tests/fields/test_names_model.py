"""The trained PERSON recogniser: ships in the repo, loads offline, rebuilds identically."""

import hashlib
from pathlib import Path

from requestdesk.extractors import nlp as nlp_module
from requestdesk.extractors.train_names import generate, train


def test_shipped_model_loads_offline_and_finds_people(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
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
