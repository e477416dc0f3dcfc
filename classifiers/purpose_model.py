"""The statistical half of the purpose classifier: a small bag-of-words spaCy ``textcat``
trained by this project (``python -m requestdesk.classifiers.train_purpose``) on the labelled
sentences in ``data/purpose_sentences.jsonl``. It scores single sentences as CRIMINAL, CIVIL
(civil immigration enforcement) or OTHER; ``purpose.py`` uses it to pick the sentence that states
the purpose and to decide cases the rules leave weak. Loaded once per process."""

from __future__ import annotations

import json
import random
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example

DATA_DIR = Path(__file__).parent / "data"
SENTENCES = DATA_DIR / "purpose_sentences.jsonl"
MODEL_DIR = DATA_DIR / "purpose_textcat"
LABELS = ("CRIMINAL", "CIVIL", "OTHER")
SEED = 20200520  # the date of the Colorado guidance; any fixed number does
EPOCHS = 12


def build() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
        "ngram_size": 2, "no_output_layer": False, "length": 2**15,
    }})
    return nlp


def read_sentences(path: Path = SENTENCES) -> list[tuple[str, str]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                item = json.loads(line)
                rows.append((item["text"], item["label"]))
    return rows


def train(rows: list[tuple[str, str]], seed: int = SEED, epochs: int = EPOCHS) -> Language:
    """Train from (sentence, label) pairs; the same rows and seed give the same model."""
    spacy.util.fix_random_seed(seed)
    nlp = build()
    textcat = nlp.get_pipe("textcat")
    for label in LABELS:
        textcat.add_label(label)  # type: ignore[attr-defined]
    examples = [
        Example.from_dict(nlp.make_doc(text), {"cats": {lab: float(lab == label) for lab in LABELS}})
        for text, label in rows
    ]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in spacy.util.minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.1)
    return nlp


@cache
def load() -> Language | None:
    """The shipped model, or None when it has not been trained (the rules then work alone)."""
    if not (MODEL_DIR / "config.cfg").is_file():
        return None
    return spacy.load(MODEL_DIR)


def score_sentences(sentences: list[str]) -> list[dict[str, float]]:
    nlp = load()
    if nlp is None:
        return [{} for _ in sentences]
    return [dict(doc.cats) for doc in nlp.pipe(sentences, batch_size=64)]
