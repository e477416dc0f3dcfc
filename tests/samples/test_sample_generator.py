"""The sample generator is deterministic and its labels agree with the documents it writes."""

from __future__ import annotations

import io
import json
import re
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any, get_args

import pdfplumber
import pytest
from PIL import Image

from requestdesk.evaluate import FORMATS, find_cases
from requestdesk.result import COURT_ISSUED, AgencyKey, ProcessType, Purpose
from requestdesk.samples.generate import generate
from requestdesk.samples.records import RECORD_KINDS

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
CORPUS, HOLDOUT = SAMPLES / "corpus", SAMPLES / "holdout"
NORMALIZED = re.compile(
    r"^(\d+ USC \d+[a-z]?|\d+ CFR \d+(\.\d+)?|INA \d+|CRS \d+-\d+-\d+|FRCrP \d+|FRCP \d+)$")


def _records(folder: Path) -> list[dict[str, Any]]:
    return [c.expected for c in find_cases(folder)]


def test_same_seed_gives_identical_files_and_matches_the_committed_corpus(
        tmp_path: Path) -> None:
    first = generate(tmp_path / "a", seed=7, family="dev", limit=14)
    second = generate(tmp_path / "b", seed=7, family="dev", limit=14)
    other_seed = generate(tmp_path / "c", seed=8, family="dev", limit=14)
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
        assert a.read_bytes() == (CORPUS / a.name).read_bytes(), a.name
        assert (a.parent / f"{a.stem}.expected.json").read_text() == \
            (CORPUS / f"{a.stem}.expected.json").read_text()
    assert any(a.read_bytes() != c.read_bytes() for a, c in zip(first, other_seed, strict=True))


@pytest.mark.parametrize("folder", [CORPUS, HOLDOUT], ids=["dev", "holdout"])
def test_every_expected_record_is_valid(folder: Path) -> None:
    records = _records(folder)
    assert len(list(folder.glob("*.expected.json"))) == len(records)  # each has one document
    for r in records:
        where = r["id"]
        assert r["requestor"]["agency_key"] in get_args(AgencyKey), where
        assert r["requestor"]["person"], where
        process = r["legal_process"]
        assert process["type"] in get_args(ProcessType), where
        assert process["court_issued"] == (process["type"] in COURT_ISSUED), where
        assert r["warrant_or_subpoena_attached"] == (process["type"] not in ("none", "detainer")), where
        assert r["purpose"] in get_args(Purpose), where
        assert set(r["records_requested"]) <= set(RECORD_KINDS), where
        assert r["format"] in FORMATS, where
        assert r["subjects"], where
        for s in r["subjects"]:
            assert s["name"] == " ".join(s["name"].split()) and "," not in s["name"], where
            assert s["dob"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", s["dob"]), where
        for c in r["legal_basis"]:
            assert NORMALIZED.match(c["normalized"]), (where, c)


@pytest.mark.parametrize("folder, minimum", [(CORPUS, 100), (HOLDOUT, 45)],
                         ids=["dev", "holdout"])
def test_every_process_type_format_and_purpose_is_present(folder: Path, minimum: int) -> None:
    records = _records(folder)
    assert len(records) >= minimum
    assert {r["legal_process"]["type"] for r in records} == set(get_args(ProcessType))
    assert {r["format"] for r in records} == set(FORMATS)
    assert {r["purpose"] for r in records} == set(get_args(Purpose))
    assert any(len(r["subjects"]) >= 3 for r in records)


def test_dev_covers_every_form_and_the_district_court_traps() -> None:
    records = _records(CORPUS)
    forms = {r["legal_process"]["form"] for r in records}
    assert {"AO 93", "AO 442", "AO 110", "AO 88B", "I-138", "CBP 3115", "2039", "I-200",
            "I-205", "I-247A", "I-247D", "I-247N"} <= forms
    traps = [c for c in find_cases(CORPUS)
             if c.expected["legal_process"]["form"] in ("I-138", "I-205")
             and c.expected["format"] == "born_digital"]
    for case in traps:
        text = _pdf_text(case.path)
        assert re.search(r"United States District", text), case.doc_id


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _eml_text(path: Path) -> str | None:
    """Headers, text bodies and PDF attachments; None when an attachment is an image."""
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    parts = [str(message["From"])]
    for part in message.walk():
        kind = part.get_content_type()
        if kind == "text/plain":
            parts.append(part.get_content())
        elif kind == "application/pdf":
            with pdfplumber.open(io.BytesIO(part.get_content())) as pdf:
                parts += [page.extract_text() or "" for page in pdf.pages]
        elif kind.startswith("image/"):
            return None
    return "\n".join(parts)


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def test_labels_are_in_the_document_text() -> None:
    """Each subject's surname, the requestor's name and each cited section appear in the text
    of every born-digital PDF, plain-text file and e-mail (bodies and PDF attachments)."""
    checked = 0
    for case in find_cases(CORPUS) + find_cases(HOLDOUT):
        if case.expected["format"] == "born_digital":
            text = _fold(_pdf_text(case.path))
        elif case.expected["format"] == "txt":
            text = _fold(case.path.read_text(encoding="utf-8"))
        elif case.expected["format"] == "eml":
            raw = _eml_text(case.path)
            if raw is None:
                continue
            text = _fold(raw)
        else:
            continue
        for s in case.expected["subjects"]:
            surname = s["name"].split()[-1]
            assert _fold(surname) in text, case.doc_id
            if s["dob"]:  # a labelled date of birth is written somewhere, in some format
                year = s["dob"][:4]
                assert year in text or f"-{year[2:]}" in text or f"/{year[2:]}" in text, \
                    (case.doc_id, s["dob"])
        assert _fold(case.expected["requestor"]["person"]) in text, case.doc_id
        for c in case.expected["legal_basis"]:
            number = c["normalized"].split()[-1]
            assert number.casefold() in text, (case.doc_id, number)
        checked += 1
    assert checked >= 110


def test_ocr_budget_of_the_dev_corpus() -> None:
    """Scans, faxes and image attachments together stay near 30 pages so the eval is quick."""
    pages = 0
    for case in find_cases(CORPUS):
        if case.expected["format"] == "scanned":
            with pdfplumber.open(case.path) as pdf:
                assert not any((p.extract_text() or "").strip() for p in pdf.pages)
                pages += len(pdf.pages)
        elif case.expected["format"] == "fax":
            with Image.open(case.path) as img:
                assert img.info["compression"] == "group4"
                pages += img.n_frames
    assert 15 <= pages <= 32


def test_holdout_names_are_not_dev_names() -> None:
    dev = {s["name"] for r in _records(CORPUS) for s in r["subjects"]}
    holdout = {s["name"] for r in _records(HOLDOUT) for s in r["subjects"]}
    assert not dev & holdout


def test_hostile_manifest_lists_every_file() -> None:
    manifest = json.loads((SAMPLES / "hostile" / "hostile.json").read_text())
    files = {p.name for p in (SAMPLES / "hostile").iterdir()} - {"hostile.json"}
    assert {row["file"] for row in manifest} == files
    reasons = {row["reason"] for row in manifest if row["rejected"]}
    assert {"empty", "corrupt", "encrypted", "too_large", "unsupported"} <= reasons
    assert [row["file"] for row in manifest if not row["rejected"]] == ["letter-pdf-named.jpg"]
    assert (SAMPLES / "hostile" / "empty.pdf").stat().st_size == 0
    assert (SAMPLES / "hostile" / "bomb.png").stat().st_size < 2000


def test_hostile_and_inbox_sets_are_reproducible(tmp_path: Path) -> None:
    from requestdesk.samples.extra import generate_hostile, generate_inbox

    generate_hostile(tmp_path / "hostile", 7)
    generate_inbox(tmp_path / "inbox", 7)
    for name in ("hostile", "inbox"):
        for made in (tmp_path / name).iterdir():
            if made.is_file():
                assert made.read_bytes() == (SAMPLES / name / made.name).read_bytes(), made.name


def test_inbox_is_a_realistic_mix() -> None:
    files = [p for p in (SAMPLES / "inbox").iterdir() if p.is_file()]
    assert 10 <= len(files) <= 14
    assert {p.suffix for p in files} >= {".eml", ".pdf", ".tif", ".txt"}


def test_pipeline_honours_the_hostile_manifest() -> None:
    from requestdesk.pipeline import extract_file

    manifest = json.loads((SAMPLES / "hostile" / "hostile.json").read_text())
    for row in manifest:
        result = extract_file(SAMPLES / "hostile" / row["file"])
        assert (result.status == "rejected") == row["rejected"], row["file"]
        if row["rejected"]:
            assert result.error and row["file"] not in result.error
