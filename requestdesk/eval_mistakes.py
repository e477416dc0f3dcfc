"""Per-document differences between extraction and a labelled sample (``eval --mistakes``).

For developers improving the extractors on *analysed* sample sets. A set whose folder holds a
``SEALED`` file is kept for honest measurement: its documents' mistakes are never shown, only
its scores (see ``samples/BLIND_BRIEF.md``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

SEALED_MARKER = "SEALED"


class SealedSetError(Exception):
    """Raised when per-document mistakes are asked of a sealed set."""


def is_sealed(folder: Path) -> bool:
    return (folder / SEALED_MARKER).exists()


def _missing_and_extra(expected: list[str], predicted: list[str]) -> dict[str, list[str]]:
    e, p = Counter(expected), Counter(predicted)
    return {"missing": sorted((e - p).elements()), "extra": sorted((p - e).elements())}


def document_mistakes(expected: dict[str, Any], predicted: dict[str, Any]) -> dict[str, Any]:
    """Field → what differs, for one document (an empty dict when everything matches)."""
    from requestdesk.evaluate import normalize_citation, normalize_name

    out: dict[str, Any] = {}
    if predicted.get("status") == "rejected":
        out["rejected"] = predicted.get("error")
    exp_req, pred_req = expected["requestor"], predicted.get("requestor") or {}
    for key in ("agency_key", "person"):
        want, got = exp_req.get(key), pred_req.get(key)
        if normalize_name(want) != normalize_name(got):
            out[f"requestor.{key}"] = {"expected": want, "predicted": got}
    names = _missing_and_extra([s["name"] for s in expected.get("subjects", [])],
                               [s.get("name") or "" for s in predicted.get("subjects") or []])
    if names["missing"] or names["extra"]:
        out["subjects"] = names
    pred_dob = {normalize_name(s.get("name")): s.get("dob")
                for s in predicted.get("subjects") or []}
    for s in expected.get("subjects", []):
        key = normalize_name(s["name"])
        if key in pred_dob and pred_dob[key] != s.get("dob"):
            out.setdefault("dob", []).append(
                {"name": s["name"], "expected": s.get("dob"), "predicted": pred_dob[key]})
    basis = _missing_and_extra(
        [normalize_citation(c["normalized"]) for c in expected.get("legal_basis", [])],
        [normalize_citation(c.get("normalized", "")) for c in predicted.get("legal_basis") or []])
    basis = {k: sorted(set(v)) for k, v in basis.items()}
    if basis["missing"] or basis["extra"]:
        out["legal_basis"] = basis
    exp_proc, pred_proc = expected["legal_process"], predicted.get("legal_process") or {}
    if exp_proc["type"] != pred_proc.get("type", "none"):
        out["legal_process"] = {"expected": exp_proc["type"], "predicted": pred_proc.get("type")}
    if expected["warrant_or_subpoena_attached"] != bool(predicted.get("warrant_or_subpoena_attached")):
        out["warrant_or_subpoena_attached"] = {
            "expected": expected["warrant_or_subpoena_attached"],
            "predicted": predicted.get("warrant_or_subpoena_attached")}
    if expected["purpose"] != predicted.get("purpose", "unknown"):
        out["purpose"] = {"expected": expected["purpose"], "predicted": predicted.get("purpose")}
    records = _missing_and_extra(list(expected.get("records_requested", [])),
                                 list(predicted.get("records_requested") or []))
    if records["missing"] or records["extra"]:
        out["records_requested"] = records
    channel = expected.get("channel")
    if channel and channel != "unknown" and channel != predicted.get("channel"):
        out["channel"] = {"expected": channel, "predicted": predicted.get("channel")}
    return out
