"""Words a reader of the report sees for the codes stored in the database."""

from __future__ import annotations

AGENCIES: dict[str, str] = {
    "dhs-ice-ero": "ICE ERO",
    "dhs-ice-hsi": "ICE HSI",
    "dhs-ice": "ICE",
    "dhs-cbp": "CBP",
    "dhs-uscis": "USCIS",
    "dhs-oig": "DHS OIG",
    "doj-fbi": "FBI",
    "doj-dea": "DEA",
    "doj-atf": "ATF",
    "doj-usms": "U.S. Marshals",
    "doj-usao": "U.S. Attorney",
    "ssa-oig": "SSA OIG",
    "dol-oig": "DOL OIG",
    "irs-ci": "IRS CI",
    "usps-uspis": "USPIS",
    "state-police": "State police",
    "local-police": "Local police",
    "sheriff": "Sheriff",
    "district-attorney": "District attorney",
    "other": "Other",
}
PROCESSES: dict[str, str] = {
    "judicial_warrant": "Judicial warrant",
    "court_order": "Court order",
    "grand_jury_subpoena": "Grand jury subpoena",
    "court_subpoena": "Court subpoena",
    "administrative_subpoena": "Administrative subpoena",
    "administrative_warrant": "Administrative warrant",
    "detainer": "Detainer",
    "none": "No legal process",
}
PURPOSES: dict[str, str] = {
    "criminal_investigation": "Criminal investigation",
    "civil_immigration": "Civil immigration",
    "unknown": "Not stated",
}
DECISIONS: dict[str, str] = {
    "granted": "Granted",
    "partly_granted": "Partly granted",
    "denied": "Denied",
}
GROUNDS: dict[str, str] = {
    "court_issued_process": "Court-issued process",
    "active_criminal_investigation": "Active criminal investigation",
    "required_by_law": "Required by law",
    "agency_function_not_solely_immigration": "Agency function, not solely immigration",
    "denied_solely_civil_immigration": "Solely civil immigration",
    "denied_no_valid_process": "No valid process",
}
CHANNELS: dict[str, str] = {
    "email": "Email",
    "mail": "Mail",
    "fax": "Fax",
    "hand": "Hand delivery",
    "hand_delivery": "Hand delivery",
    "upload": "Upload",
    "unknown": "Unknown",
}
NO_DECISION = "Awaiting decision"


def label(table: dict[str, str], code: str | None, empty: str = "") -> str:
    if code is None or code == "":
        return empty
    return table.get(code, code.replace("_", " ").capitalize())
