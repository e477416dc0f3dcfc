"""Scoring compares state citations by the law they name, not by one labeller's spelling."""

from __future__ import annotations

import pytest

from requestdesk.citation_keys import citation_key
from requestdesk.evaluate import Scores, score_one

SAME = [
    ("CO CrimP 17", "Colo Crim P 17"), ("CO CRE 902", "CRE 902"), ("CO CRCP 45", "C.R.C.P. 45"),
    ("TX CCP 18.02", "Tex Code Crim Proc 18.02"), ("TX R Evid 902", "Tex. R. Evid. 902"),
    ("NY PL 160.10", "N.Y. Penal Law § 160.10"), ("UCA 77-23-203", "Utah Code Ann 77-23-203"),
    ("CRS 18-4-401", "C.R.S. 18-4-401"), ("WA CrR 4.8", "Wash CrR 4.8"),
    ("UT CrimP 14", "Utah R Crim P 14"), ("Minn Stat 626.05", "MN Stat 626.05"),
    ("MGL 265-17", "MGL 265 17"), ("FS 812.014", "Fla Stat 812.014"), ("NCGS 14-100", "NC Gen Stat 14-100"),
]
DIFFERENT = [
    ("CO CrimP 17", "CO CRCP 17x"), ("CO CrimP 17", "CRS 17"), ("TX R Evid 902", "TX CrimP 902"),
    ("CO CRE 902", "TX R Evid 902"), ("8 USC 1357", "8 CFR 1357"), ("FRCrP 17", "CO CrimP 17"),
    ("Penal Code 1524", "CA PC 1524"),  # a state that cannot be told is compared as written
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_of_one_law_share_a_key(a: str, b: str) -> None:
    assert citation_key(a) == citation_key(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_laws_keep_different_keys(a: str, b: str) -> None:
    assert citation_key(a) != citation_key(b)


def test_eval_reports_both_the_strict_and_the_same_law_scores() -> None:
    expected = {"requestor": {"agency_key": "sheriff", "person": "A B"}, "subjects": [],
                "legal_basis": [{"normalized": "Colo Crim P 17"}, {"normalized": "8 USC 1357"}],
                "legal_process": {"type": "none", "court_issued": False},
                "warrant_or_subpoena_attached": False, "purpose": "unknown"}
    predicted = {**expected, "legal_basis": [{"normalized": "CO CrimP 17"}, {"normalized": "8 USC 1357"}]}
    scores = Scores()
    score_one(scores, "x", expected, predicted)
    summary = scores.summary()
    assert summary["basis_f1"] == 0.5
    assert summary["basis_same_law"]["f1"] == 1.0
