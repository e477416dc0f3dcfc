"""The holdout family's templates and formats (about fifty documents)."""

from __future__ import annotations

from collections.abc import Callable

from requestdesk.samples import holdout_forms as f
from requestdesk.samples import holdout_letters as h
from requestdesk.samples.model import Ctx, Draft


def holdout_table() -> list[tuple[str, Callable[[Ctx], Draft], list[str]]]:
    return [
        ("memo_request", h.memo_request, ["pdf"] * 5 + ["txt", "eml_pdf", "scan"]),
        ("ero_locate", h.ero_locate, ["pdf", "pdf", "eml_body", "fax", "txt"]),
        ("casual_email", h.casual_email, ["eml_body"] * 5 + ["txt"]),
        ("roster_letter", h.roster_letter, ["pdf", "pdf", "eml_pdf", "scan"]),
        ("fed_search_warrant", f.fed_search_warrant, ["pdf", "pdf", "eml_pdf"]),
        ("county_warrant", f.county_warrant, ["pdf", "pdf", "scan"]),
        ("disclosure_order", f.disclosure_order, ["pdf", "pdf", "fax"]),
        ("gj_subpoena", f.gj_subpoena, ["pdf", "pdf", "eml_pdf"]),
        ("clerk_subpoena", f.clerk_subpoena, ["pdf", "txt"]),
        ("ice_subpoena", f.ice_subpoena, ["pdf", "pdf", "eml_pdf", "scan"]),
        ("oig_subpoena", f.oig_subpoena, ["pdf", "pdf"]),
        ("customs_summons", f.customs_summons, ["pdf", "eml_pdf"]),
        ("arrest_warrant_alien", f.arrest_warrant_alien, ["pdf", "eml_pdf", "eml_pdf", "fax"]),
        ("removal_warrant", f.removal_warrant, ["pdf", "eml_pdf"]),
        ("jail_detainer", f.jail_detainer, ["pdf", "pdf", "scan"]),
    ]
