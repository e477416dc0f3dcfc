"""The scorer's arithmetic on hand-made expected/predicted pairs."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from requestdesk.cli import app
from requestdesk.evaluate import (
    BARS,
    check_bars,
    evaluate_folder,
    find_cases,
    match_counts,
    normalize_name,
    score,
)

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _expected(process: str = "none", court: bool = False, **extra: Any) -> dict[str, Any]:
    record = {
        "format": "born_digital",
        "requestor": {"agency_key": "dhs-ice-ero", "person": "Ana Núñez"},
        "subjects": [{"name": "María José Gómez", "dob": "1987-03-14"},
                     {"name": "Tran Duc", "dob": None}],
        "legal_basis": [{"normalized": "8 USC 1357"}, {"normalized": "INA 287"}],
        "legal_process": {"type": process, "court_issued": court, "form": None},
        "warrant_or_subpoena_attached": process != "none",
        "purpose": "civil_immigration",
        "records_requested": ["address", "photo"],
        "channel": "unknown",
    }
    record.update(extra)
    return record


def test_perfect_prediction_scores_one() -> None:
    e = _expected()
    s = score([("a", e, copy.deepcopy(e))]).summary()
    assert s["subjects_f1"] == s["basis_f1"] == s["agency_accuracy"] == 1.0
    assert s["dob_accuracy_on_matched"] == 1.0 and s["worst"] == []


def test_precision_recall_f1_by_hand() -> None:
    e = _expected()
    p = copy.deepcopy(e)
    # one subject right (case and spacing differ), one missed, one invented
    p["subjects"] = [{"name": "maría  josé GÓMEZ", "dob": "1987-03-15"},
                     {"name": "Officer Smith", "dob": None}]
    p["legal_basis"] = [{"normalized": "8 USC 1357"}, {"normalized": "8 CFR 287.4"},
                        {"normalized": "INA 287"}]
    s = score([("a", e, p)]).summary()
    assert s["subjects"]["precision"] == 0.5 and s["subjects"]["recall"] == 0.5
    assert s["subjects_f1"] == 0.5
    assert s["dob_accuracy_on_matched"] == 0.0
    assert s["basis"]["precision"] == round(2 / 3, 4) and s["basis"]["recall"] == 1.0
    assert s["basis_f1"] == 0.8


def test_accent_insensitive_variants_are_reported_separately() -> None:
    e = _expected()
    p = copy.deepcopy(e)
    p["subjects"][0]["name"] = "Maria Jose Gomez"
    p["requestor"]["person"] = "ANA NUNEZ"
    s = score([("a", e, p)]).summary()
    assert s["subjects_f1"] == 0.5
    assert s["subjects_accent_insensitive"]["f1"] == 1.0
    assert s["requestor_accuracy"] == 0.0
    assert s["requestor_accuracy_accent_insensitive"] == 1.0
    assert normalize_name(" Núñez ", accents=False) == "nunez"


def test_confusion_matrix_and_the_admin_court_issued_counter() -> None:
    cases = []
    for i, (exp_type, exp_court, pred_type, pred_court) in enumerate([
        ("administrative_subpoena", False, "court_subpoena", True),   # the costly mistake
        ("detainer", False, "detainer", True),                        # right type, wrong flag
        ("administrative_warrant", False, "administrative_warrant", False),
        ("judicial_warrant", True, "judicial_warrant", True),
        ("court_order", True, "none", False),
    ]):
        e = _expected(exp_type, exp_court)
        p = copy.deepcopy(e)
        p["legal_process"] = {"type": pred_type, "court_issued": pred_court}
        cases.append((f"d{i}", e, p))
    s = score(cases).summary()
    assert s["process_accuracy"] == 0.6
    assert s["court_issued_accuracy"] == 0.4
    assert s["admin_called_court_issued"] == 2
    assert s["admin_called_court_issued_ids"] == ["d0", "d1"]
    assert s["process_confusion"]["administrative_subpoena"] == {"court_subpoena": 1}
    assert s["process_confusion"]["court_order"] == {"none": 1}
    assert s["worst"][0]["id"] == "d0"
    failures = check_bars(s)
    assert any("court-issued" in f for f in failures)
    assert any(f.startswith("process_accuracy") for f in failures)


def test_match_counts_is_a_multiset_comparison() -> None:
    assert match_counts(["a", "a", "b"], ["a", "c"]) == (1, 1, 2)
    assert match_counts([], []) == (0, 0, 0)


def test_rejected_documents_count_and_score_as_misses() -> None:
    e = _expected()
    s = score([("a", e, {"status": "rejected", "error": "x"})]).summary()
    assert s["rejected"] == 1
    assert s["subjects"]["recall"] == 0.0 and s["agency_accuracy"] == 0.0


def test_find_cases_pairs_documents_with_expected_files(tmp_path: Path) -> None:
    (tmp_path / "x1.pdf").write_bytes(b"%PDF")
    (tmp_path / "x1.expected.json").write_text(json.dumps(_expected()))
    (tmp_path / "x2.expected.json").write_text(json.dumps(_expected()))  # no document
    (tmp_path / "x3.txt").write_text("no label")
    assert [c.doc_id for c in find_cases(tmp_path)] == ["x1"]


def test_eval_command_on_real_documents(tmp_path: Path) -> None:
    """Three plain-text letters from the corpus, through the real pipeline and the CLI."""
    picked = [c for c in find_cases(SAMPLES / "corpus") if c.expected["format"] == "txt"][:3]
    assert len(picked) == 3
    for case in picked:
        shutil.copy(case.path, tmp_path)
        shutil.copy(case.path.with_name(f"{case.doc_id}.expected.json"), tmp_path)
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--json", "--workers", "1"])
    assert result.exit_code in (0, 1), result.output
    summary = json.loads(result.stdout[result.stdout.index("{"):])
    assert summary["documents"] == 3
    assert set(summary["per_format"]) == {"txt"}
    only = CliRunner().invoke(app, ["eval", str(tmp_path), "--json", "--workers", "1",
                                    "--only", "judicial_warrant"])
    assert json.loads(only.stdout[only.stdout.index("{"):])["documents"] == 0
    # An impossible bar must fail the run with exit code 1.
    strict = CliRunner().invoke(app, ["eval", str(tmp_path), "--min-subjects", "1.01",
                                      "--workers", "1"])
    assert strict.exit_code == 1
    assert "Below the bar" in strict.output


def test_mistakes_per_document_and_refused_for_a_sealed_set(tmp_path: Path) -> None:
    case = next(c for c in find_cases(SAMPLES / "corpus") if c.expected["format"] == "txt")
    shutil.copy(case.path, tmp_path)
    expected = copy.deepcopy(case.expected)
    expected["subjects"].append({"name": "Nobody Atall", "dob": None, "identifiers": []})
    (tmp_path / f"{case.doc_id}.expected.json").write_text(json.dumps(expected))
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--json", "--mistakes",
                                      "--workers", "1"])
    summary = json.loads(result.stdout[result.stdout.index("{"):])
    assert "Nobody Atall" in summary["mistakes"][case.doc_id]["subjects"]["missing"]
    (tmp_path / "SEALED").touch()
    sealed = CliRunner().invoke(app, ["eval", str(tmp_path), "--mistakes"])
    assert sealed.exit_code == 2
    assert "sealed" in sealed.output
    assert "Nobody" not in sealed.output


@pytest.mark.slow
def test_dev_corpus_meets_the_bars() -> None:
    summary = evaluate_folder(SAMPLES / "corpus", workers=2)
    assert summary["documents"] >= 100
    assert summary["rejected"] == 0
    assert check_bars(summary, BARS) == []
