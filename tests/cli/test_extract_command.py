"""`requestdesk extract`: the JSON Lines contract, the readable summary and the exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from requestdesk.cli import app

CONTRACT_KEYS = {
    "source", "sha256", "status", "error", "pages", "ocr_pages", "requestor", "subjects",
    "legal_basis", "legal_process", "warrant_or_subpoena_attached", "purpose", "records_requested",
}

LETTER = """\
U.S. Department of Homeland Security
Immigration and Customs Enforcement
Enforcement and Removal Operations, Chicago Field Office

November 3, 2026

Records Custodian
Department of Revenue, Motor Vehicle Division

Re: Request for records

Pursuant to 8 U.S.C. § 1357 and 8 C.F.R. § 287.4, please provide the current residential
address and driver license photograph on file for the following individual:

    Name: PETROVIC, Dragana
    Date of Birth: 07/22/1984

This information is requested for official use in locating a removable alien.

Sincerely,

Thomas R. Whitfield
Deportation Officer
thomas.whitfield@ice.dhs.gov
(312) 555-0142
"""


def test_json_lines_follow_the_contract(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = CliRunner().invoke(app, ["extract", "--json", str(letter), str(empty)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    ok, rejected = records
    assert set(ok) >= CONTRACT_KEYS
    assert ok["status"] == "ok" and ok["error"] is None
    assert len(ok["sha256"]) == 64
    assert ok["requestor"]["agency_key"] == "dhs-ice-ero"
    assert {s["name"] for s in ok["subjects"]} == {"Dragana Petrovic"}
    assert ok["subjects"][0]["dob"] == "1984-07-22"
    assert {c["normalized"] for c in ok["legal_basis"]} == {"8 USC 1357", "8 CFR 287.4"}
    assert ok["legal_process"]["type"] == "none"
    assert ok["legal_process"]["court_issued"] is False
    assert ok["warrant_or_subpoena_attached"] is False
    assert ok["purpose"] == "civil_immigration"
    assert rejected["status"] == "rejected"
    assert rejected["error"] and "Traceback" not in rejected["error"]


def test_summary_is_readable(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(letter)])
    assert result.exit_code == 0, result.output
    assert "Requesting agency" in result.stdout
    assert "Dragana Petrovic" in result.stdout


def test_exit_code_is_one_only_when_every_file_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"")
    (tmp_path / "b.bin").write_bytes(b"\x00\x01\x02garbage" * 10)
    result = CliRunner().invoke(app, ["extract", "--json", str(tmp_path)])
    assert result.exit_code == 1
    assert all(json.loads(line)["status"] == "rejected" for line in result.stdout.splitlines())


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "nope.pdf")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
