"""Score extraction against the expected records of a labelled sample folder.

Plain functions: ``find_cases`` pairs documents with ``<id>.expected.json``, ``score`` compares
predicted ``Extraction`` dicts with expected records, ``check_bars`` applies the issue's floors.
Only document ids are reported, never names or other personal data.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from requestdesk.citation_keys import FEDERAL, citation_key
from requestdesk.eval_mistakes import SealedSetError, document_mistakes, is_sealed
from requestdesk.result import COURT_ISSUED

BARS: dict[str, float] = {
    "process_accuracy": 0.97,
    "agency_accuracy": 0.95,
    "subjects_f1": 0.90,
    "basis_f1": 0.95,
    "purpose_accuracy": 0.90,
    "requestor_accuracy": 0.85,
}
ADMIN_TYPES = frozenset({"administrative_subpoena", "administrative_warrant", "detainer"})
FORMATS = ("born_digital", "scanned", "fax", "eml", "txt")


@dataclass
class Case:
    doc_id: str
    path: Path
    expected: dict[str, Any]


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Scores:
    documents: int = 0
    rejected: int = 0
    agency: Tally = field(default_factory=Tally)
    requestor: Tally = field(default_factory=Tally)
    requestor_loose: Tally = field(default_factory=Tally)
    requestor_no_initials: Tally = field(default_factory=Tally)
    subjects: PRF = field(default_factory=PRF)
    subjects_loose: PRF = field(default_factory=PRF)
    dob: Tally = field(default_factory=Tally)
    basis: PRF = field(default_factory=PRF)
    basis_federal: PRF = field(default_factory=PRF)  # U.S.C., C.F.R., INA, federal rules
    basis_same_law: PRF = field(default_factory=PRF)  # state citations compared by citation_key
    process: Tally = field(default_factory=Tally)
    confusion: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    court_issued: Tally = field(default_factory=Tally)
    admin_called_court: int = 0
    admin_called_court_ids: list[str] = field(default_factory=list)
    attached: Tally = field(default_factory=Tally)
    purpose: Tally = field(default_factory=Tally)
    records: PRF = field(default_factory=PRF)
    channel: Tally = field(default_factory=Tally)
    per_format: dict[str, dict[str, Tally]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Tally)))
    errors: dict[str, int] = field(default_factory=dict)  # doc id → mistakes

    def summary(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "rejected": self.rejected,
            "agency_accuracy": round(self.agency.accuracy, 4),
            "requestor_accuracy": round(self.requestor.accuracy, 4),
            "requestor_accuracy_accent_insensitive": round(self.requestor_loose.accuracy, 4),
            "requestor_accuracy_without_initials": round(self.requestor_no_initials.accuracy, 4),
            "subjects": self.subjects.as_dict(),
            "subjects_accent_insensitive": self.subjects_loose.as_dict(),
            "subjects_f1": round(self.subjects.f1, 4),
            "dob_accuracy_on_matched": round(self.dob.accuracy, 4),
            "basis": self.basis.as_dict(),
            "basis_f1": round(self.basis.f1, 4),
            "basis_federal": self.basis_federal.as_dict(),
            "basis_same_law": self.basis_same_law.as_dict(),
            "process_accuracy": round(self.process.accuracy, 4),
            "process_confusion": {k: dict(v) for k, v in sorted(self.confusion.items())},
            "court_issued_accuracy": round(self.court_issued.accuracy, 4),
            "admin_called_court_issued": self.admin_called_court,
            "admin_called_court_issued_ids": self.admin_called_court_ids,
            "attached_accuracy": round(self.attached.accuracy, 4),
            "purpose_accuracy": round(self.purpose.accuracy, 4),
            "records": self.records.as_dict(),
            "channel_accuracy": round(self.channel.accuracy, 4),
            "per_format": {fmt: {k: round(t.accuracy, 4) for k, t in fields.items()}
                           | {"documents": fields["process"].total}
                           for fmt, fields in sorted(self.per_format.items())},
            "worst": self.worst(),
        }

    def worst(self, n: int = 10) -> list[dict[str, Any]]:
        ranked = sorted(self.errors.items(), key=lambda kv: (-kv[1], kv[0]))
        return [{"id": doc_id, "mistakes": m} for doc_id, m in ranked[:n] if m]


def normalize_name(name: str | None, accents: bool = True) -> str:
    """Case- and whitespace-insensitive; with ``accents=False`` also accent-insensitive."""
    text = " ".join((name or "").split()).casefold()
    if not accents:
        text = "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c))
    return text


def _without_initials(name: str | None) -> str:
    # Labels differ on middle initials ("Cody M. Marquardt" / "Cody Marquardt"): same person.
    return re.sub(r"\s[^\W\d_]\.(?=\s)", " ", name or "")


def normalize_citation(text: str) -> str:
    return " ".join(text.replace("§", " ").split()).casefold()


def match_counts(expected: Iterable[str], predicted: Iterable[str]) -> tuple[int, int, int]:
    """(tp, fp, fn) between two multisets."""
    e, p = Counter(expected), Counter(predicted)
    tp = sum((e & p).values())
    return tp, sum(p.values()) - tp, sum(e.values()) - tp


def find_cases(folder: Path) -> list[Case]:
    cases = []
    for exp in sorted(folder.glob("*.expected.json")):
        doc_id = exp.name.removesuffix(".expected.json")
        docs = [p for p in folder.glob(f"{doc_id}.*") if not p.name.endswith(".expected.json")]
        if len(docs) != 1:
            continue
        cases.append(Case(doc_id, docs[0], json.loads(exp.read_text(encoding="utf-8"))))
    return cases


def score_one(scores: Scores, doc_id: str, expected: dict[str, Any],
              predicted: dict[str, Any]) -> None:
    """Add one document's comparison to ``scores``."""
    scores.documents += 1
    mistakes = 0
    fmt = expected.get("format", "unknown")
    per = scores.per_format[fmt]

    def tally(name: str, target: Tally, ok: bool) -> None:
        nonlocal mistakes
        target.add(ok)
        per[name].add(ok)
        mistakes += int(not ok)

    if predicted.get("status") == "rejected":
        scores.rejected += 1
    exp_req, pred_req = expected["requestor"], predicted.get("requestor") or {}
    tally("agency", scores.agency, exp_req["agency_key"] == pred_req.get("agency_key"))
    tally("requestor", scores.requestor,
          normalize_name(exp_req.get("person")) == normalize_name(pred_req.get("person")))
    scores.requestor_no_initials.add(normalize_name(_without_initials(exp_req.get("person")), False)
                                     == normalize_name(_without_initials(pred_req.get("person")), False))
    scores.requestor_loose.add(normalize_name(exp_req.get("person"), False)
                               == normalize_name(pred_req.get("person"), False))

    exp_subj = expected.get("subjects", [])
    pred_subj = predicted.get("subjects") or []
    tp, fp, fn = match_counts([normalize_name(s["name"]) for s in exp_subj],
                              [normalize_name(s.get("name")) for s in pred_subj])
    scores.subjects.add(tp, fp, fn)
    mistakes += fp + fn
    scores.subjects_loose.add(*match_counts(
        [normalize_name(s["name"], False) for s in exp_subj],
        [normalize_name(s.get("name"), False) for s in pred_subj]))
    pred_dobs = {normalize_name(s.get("name")): s.get("dob") for s in pred_subj}
    for s in exp_subj:
        key = normalize_name(s["name"])
        if key in pred_dobs:
            ok = pred_dobs[key] == s.get("dob")
            scores.dob.add(ok)
            mistakes += int(not ok)

    tp, fp, fn = match_counts(
        {normalize_citation(c["normalized"]) for c in expected.get("legal_basis", [])},
        {normalize_citation(c.get("normalized", "")) for c in predicted.get("legal_basis") or []})
    scores.basis.add(tp, fp, fn)
    # State codes and court rules have no normal form in the issue; labellers differ on them.
    scores.basis_federal.add(*match_counts(
        {c for c in (normalize_citation(x["normalized"]) for x in expected.get("legal_basis", []))
         if FEDERAL.match(c)},
        {c for c in (normalize_citation(x.get("normalized", ""))
                     for x in predicted.get("legal_basis") or []) if FEDERAL.match(c)}))
    scores.basis_same_law.add(*match_counts(
        {citation_key(c["normalized"]) for c in expected.get("legal_basis", [])},
        {citation_key(c.get("normalized", "")) for c in predicted.get("legal_basis") or []}))
    mistakes += fp + fn

    exp_proc = expected["legal_process"]
    pred_proc = predicted.get("legal_process") or {}
    pred_type = pred_proc.get("type", "none")
    tally("process", scores.process, exp_proc["type"] == pred_type)
    scores.confusion[exp_proc["type"]][pred_type] += 1
    pred_court = bool(pred_proc.get("court_issued", False))
    tally("court_issued", scores.court_issued, pred_court == exp_proc["court_issued"])
    if exp_proc["type"] in ADMIN_TYPES and pred_court:
        scores.admin_called_court += 1
        scores.admin_called_court_ids.append(doc_id)
        mistakes += 5  # the costly mistake ranks first among the worst documents
    scores.attached.add(bool(predicted.get("warrant_or_subpoena_attached"))
                        == expected["warrant_or_subpoena_attached"])
    tally("purpose", scores.purpose, expected["purpose"] == predicted.get("purpose", "unknown"))
    tp, fp, fn = match_counts(set(expected.get("records_requested", [])),
                              set(predicted.get("records_requested") or []))
    scores.records.add(tp, fp, fn)
    if expected.get("channel") and expected["channel"] != "unknown":
        scores.channel.add(expected["channel"] == predicted.get("channel"))
    scores.errors[doc_id] = mistakes


def score(pairs: Iterable[tuple[str, dict[str, Any], dict[str, Any]]]) -> Scores:
    """Score (doc id, expected, predicted) triples."""
    scores = Scores()
    for doc_id, expected, predicted in pairs:
        score_one(scores, doc_id, expected, predicted)
    return scores


def check_bars(summary: dict[str, Any], bars: dict[str, float] | None = None) -> list[str]:
    """The bars a summary misses, as sentences (empty when all are met)."""
    failures = []
    for key, floor in (bars or BARS).items():
        if summary[key] < floor:
            failures.append(f"{key} {summary[key]:.3f} is below {floor:.2f}")
    if summary["admin_called_court_issued"] > 0:
        failures.append(f"{summary['admin_called_court_issued']} administrative or detainer "
                        "document(s) called court-issued (must be 0)")
    return failures


def _extract(path: Path) -> dict[str, Any]:
    from requestdesk.pipeline import extract_file

    return extract_file(path).model_dump(mode="json")


def run_extraction(cases: list[Case], workers: int = 2,
                   progress: Any = None) -> dict[str, dict[str, Any]]:
    """Run ``extract_file`` on each case, ``workers`` at a time; doc id → Extraction dict.

    Threads are enough: ``extract_file`` reads each file in its own child process, so the work
    runs in parallel there; worker processes measured no faster on two cores.
    """
    results: dict[str, dict[str, Any]] = {}
    if workers <= 1:
        for case in cases:
            results[case.doc_id] = _extract(case.path)
            if progress:
                progress()
        return results
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {case.doc_id: pool.submit(_extract, case.path) for case in cases}
        for doc_id, future in futures.items():
            results[doc_id] = future.result()
            if progress:
                progress()
    return results


def evaluate_folder(folder: Path, only: str | None = None, workers: int = 2,
                    progress: Any = None, mistakes: bool = False) -> dict[str, Any]:
    """Extract and score every labelled document in ``folder`` (``only``: a process type or a
    format such as ``scanned``). ``mistakes`` adds each document's differences (names and all),
    refused for a sealed set."""
    if mistakes and is_sealed(folder):
        raise SealedSetError(f"{folder} is sealed: only its scores may be read, not its "
                             "documents' mistakes (samples/BLIND_BRIEF.md).")
    cases = [c for c in find_cases(folder) if only is None
             or only in (c.expected["legal_process"]["type"], c.expected.get("format"))]
    predicted = run_extraction(cases, workers, progress)
    scores = score((c.doc_id, c.expected, predicted[c.doc_id]) for c in cases)
    summary = scores.summary()
    seconds = [p.get("seconds") or 0.0 for p in predicted.values()]
    summary["seconds_total_extraction"] = round(sum(seconds), 2)
    if mistakes:
        summary["mistakes"] = {c.doc_id: found for c in cases
                               if (found := document_mistakes(c.expected, predicted[c.doc_id]))}
    return summary


__all__ = ["BARS", "COURT_ISSUED", "FORMATS", "check_bars", "evaluate_folder", "find_cases",
           "match_counts", "normalize_name", "score", "score_one"]
