"""Regression floors on the separately-templated holdout and the hand-written documents (session 8
read four of the holdout's mistakes and fixed two general classes: "Requested by AUSA:" and the
"U.S. Dept. of Labor" inspector general; the independent authors' sealed sets are the untouched
measure now). Floors sit at the measured level (see the README's accuracy table), not
at the issue's bars: a drop means a change broke documents the rules were not written for."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from requestdesk.evaluate import check_bars, evaluate_folder

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

# check_bars also fails on any administrative or detainer document called court-issued.
HOLDOUT_FLOORS = {
    "process_accuracy": 0.97, "agency_accuracy": 0.95, "subjects_f1": 0.90,
    "basis_f1": 0.95, "purpose_accuracy": 0.90, "requestor_accuracy": 0.85,
}
UNSEEN_FLOORS = {
    "process_accuracy": 0.97, "agency_accuracy": 0.95, "subjects_f1": 0.95,
    "basis_f1": 0.95, "purpose_accuracy": 0.90, "requestor_accuracy": 0.95,
}

# Independent authors' sets (samples/blind_*): a, b, g, h, j, m, n, o, p, q, v, w, z, aa, dd, ee, ff, gg,
# ii, kk, ll, mm, oo, pp, tt, uu, vv, ww, xx, yy, zz, ggg and hhh were analysed to find failure classes;
# c, d, e, f, i, k, l, r, s, t, u, x, y, bb, cc, hh, jj, nn, qq, rr, ss, aaa, bbb, ccc, ddd, eee and fff
# are sealed (scored in aggregate only). Floors a little
# under the level measured when they were set (session 4's stop); requestor without middle
# initials, on which the authors' labels differ.
_BLIND_FIELDS = ("process_accuracy", "agency_accuracy", "subjects_f1", "basis_f1", "purpose_accuracy",
                 "requestor_accuracy_without_initials")
BLIND_FLOORS = {name: dict(zip(_BLIND_FIELDS, floors, strict=True)) for name, floors in {
    #          process agency subjects basis purpose requestor
    "blind_b": (0.97, 0.95, 0.93, 0.95, 0.96, 0.93),
    "blind_c": (0.97, 0.95, 0.95, 0.90, 0.93, 0.90),
    "blind_d": (0.97, 0.95, 0.95, 0.92, 0.93, 0.90),
    "blind_e": (0.96, 0.95, 0.85, 0.89, 0.96, 0.84),
    "blind_f": (0.97, 0.95, 0.84, 0.94, 0.96, 0.93),
    "blind_i": (0.93, 0.95, 0.88, 0.96, 0.96, 0.87),
    "blind_j": (0.97, 0.95, 0.90, 0.94, 0.93, 0.96),
    "blind_k": (0.93, 0.90, 0.87, 0.93, 0.93, 0.84),
    "blind_l": (0.90, 0.95, 0.85, 0.87, 0.90, 0.80),
    "blind_m": (0.97, 0.90, 0.95, 0.91, 0.93, 0.93),
    "blind_n": (0.97, 0.95, 0.93, 0.96, 0.93, 0.96),
    "blind_p": (0.93, 0.90, 0.87, 0.96, 0.93, 0.87),
    "blind_q": (0.93, 0.93, 0.83, 0.95, 0.96, 0.74),
    "blind_r": (0.96, 0.93, 0.86, 0.89, 0.90, 0.84),
    "blind_s": (0.93, 0.95, 0.86, 0.89, 0.96, 0.77),
    "blind_t": (0.96, 0.90, 0.91, 0.90, 0.96, 0.77),
    "blind_u": (0.96, 0.95, 0.91, 0.91, 0.96, 0.74),
    "blind_v": (0.97, 0.93, 0.93, 0.95, 0.93, 0.93),
    "blind_w": (0.97, 0.93, 0.95, 0.96, 0.93, 0.96),
    "blind_x": (0.93, 0.95, 0.87, 0.92, 0.90, 0.87),
    "blind_y": (0.93, 0.95, 0.81, 0.93, 0.93, 0.90),
    "blind_z": (0.96, 0.93, 0.86, 0.95, 0.93, 0.93),
    "blind_aa": (0.96, 0.95, 0.91, 0.95, 0.93, 0.95),
    # Session 8's analysed sets, in place of a, g, h and o (all at or near 1.00 since session 6) to
    # keep the suite under 20 minutes.
    "blind_ff": (0.97, 0.95, 0.94, 0.95, 0.96, 0.96),
    "blind_gg": (0.97, 0.95, 0.91, 0.96, 0.93, 0.96),
    "blind_ii": (0.97, 0.95, 0.96, 0.96, 0.96, 0.93),
    "blind_kk": (0.97, 0.95, 0.96, 0.93, 0.96, 0.93),
    # Session 9's sealed sets, a little under their first scores (taken once, after every change).
    "blind_qq": (0.97, 0.95, 0.91, 0.95, 0.96, 0.96),
    "blind_rr": (0.97, 0.95, 0.94, 0.93, 0.96, 0.93),
    "blind_ss": (0.97, 0.93, 0.88, 0.96, 0.96, 0.93),
    # Session 10's sealed sets, a little under their scores after the session's changes.
    "blind_aaa": (0.97, 0.96, 0.94, 0.95, 0.96, 0.93),
    "blind_bbb": (0.97, 0.93, 0.91, 0.93, 0.96, 0.90),
    "blind_ccc": (0.97, 0.96, 0.95, 0.92, 0.93, 0.96),
    "blind_ddd": (0.97, 0.96, 0.95, 0.96, 0.96, 0.90),
    "blind_eee": (0.97, 0.96, 0.94, 0.93, 0.96, 0.96),
    "blind_fff": (0.93, 0.93, 0.88, 0.94, 0.96, 0.84),
}.items()}

@pytest.mark.slow
@pytest.mark.parametrize(("folder", "floors", "minimum"), [
    ("holdout", HOLDOUT_FLOORS, 50),
    ("unseen", UNSEEN_FLOORS, 14),
])
def test_sets_nobody_tunes_on_hold_their_floor(folder: str, floors: dict[str, float],
                                               minimum: int) -> None:
    summary = evaluate_folder(SAMPLES / folder, workers=2)
    assert summary["documents"] >= minimum
    assert summary["rejected"] == 0
    assert check_bars(summary, floors) == []


# Older sets whose floors only run when REQUESTDESK_ALL_FLOORS=1: each set costs about 35 s
# of OCR, and with every set the suite reached 19.6 of its 20 minutes (session 8). The newer sealed
# sets stay in CI (session 9 moved z, aa and ff out for qq, rr and ss; session 10 gg, ii and kk and the
# oldest sealed sets, c, d, e, f, i, k and l from sessions 3 and 4, for aaa to fff: with all of them the
# suite took 19.3 minutes on a fresh clone).
EXTENDED = frozenset({"blind_b", "blind_j", "blind_m", "blind_n", "blind_p", "blind_q", "blind_v", "blind_w",
                      "blind_z", "blind_aa", "blind_ff", "blind_gg", "blind_ii", "blind_kk",
                      "blind_c", "blind_d", "blind_e", "blind_f", "blind_i", "blind_k", "blind_l"})
_ALL_FLOORS = os.environ.get("REQUESTDESK_ALL_FLOORS") == "1"


@pytest.mark.slow
@pytest.mark.parametrize("folder", [
    pytest.param(name, marks=pytest.mark.skipif(
        name in EXTENDED and not _ALL_FLOORS, reason="older set: REQUESTDESK_ALL_FLOORS=1 runs it"))
    for name in sorted(BLIND_FLOORS)])
def test_independent_authors_sets_hold_their_floor(folder: str) -> None:
    summary = evaluate_folder(SAMPLES / folder, workers=2)
    assert summary["documents"] == 32
    assert summary["rejected"] == 0
    assert summary["admin_called_court_issued"] == 0
    low = {k: summary[k] for k, floor in BLIND_FLOORS[folder].items() if summary[k] < floor}
    assert low == {}
