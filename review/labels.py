"""Plain-words labels for field names and codes, and the allowed choices of each field."""

from __future__ import annotations

from typing import get_args

from requestdesk.document import Channel
from requestdesk.result import AgencyKey, ProcessType, Purpose

AGENCIES: tuple[str, ...] = get_args(AgencyKey)
PROCESS_TYPES: tuple[str, ...] = get_args(ProcessType)
PURPOSES: tuple[str, ...] = get_args(Purpose)
CHANNELS: tuple[str, ...] = get_args(Channel)

FIELD_LABELS: dict[str, str] = {
    "received_at": "Received",
    "channel": "Channel",
    "agency_key": "Requesting agency",
    "agency_name": "Agency as written",
    "component": "Component / office",
    "requestor_person": "Requesting person",
    "requestor_title": "Title",
    "requestor_email": "Email",
    "requestor_phone": "Phone",
    "records_requested": "Records requested",
    "purpose": "Stated purpose",
    "purpose_sentence": "Purpose as written",
    "process_type": "Legal process",
    "court_issued": "Issued by a court",
    "process_form": "Form",
    "warrant_or_subpoena_attached": "Warrant or subpoena attached",
}

AGENCY_LABELS: dict[str, str] = {
    "dhs-ice-ero": "ICE – Enforcement and Removal Operations",
    "dhs-ice-hsi": "ICE – Homeland Security Investigations",
    "dhs-ice": "ICE (component not stated)",
    "dhs-cbp": "Customs and Border Protection",
    "dhs-uscis": "USCIS",
    "dhs-oig": "DHS Inspector General",
    "doj-fbi": "FBI",
    "doj-dea": "DEA",
    "doj-atf": "ATF",
    "doj-usms": "U.S. Marshals",
    "doj-usao": "U.S. Attorney's Office",
    "ssa-oig": "SSA Inspector General",
    "dol-oig": "Labor Inspector General",
    "irs-ci": "IRS Criminal Investigation",
    "usps-uspis": "Postal Inspection Service",
    "state-police": "State police / bureau of investigation",
    "local-police": "Local police",
    "sheriff": "Sheriff's office",
    "district-attorney": "District attorney",
    "other": "Other",
}

PROCESS_LABELS: dict[str, str] = {
    "judicial_warrant": "Judicial warrant",
    "court_order": "Court order",
    "grand_jury_subpoena": "Grand jury subpoena",
    "court_subpoena": "Court subpoena",
    "administrative_subpoena": "Administrative subpoena (not court-issued)",
    "administrative_warrant": "Administrative (immigration) warrant — not court-issued",
    "detainer": "Immigration detainer (not court-issued)",
    "none": "No legal process attached",
}

PURPOSE_LABELS: dict[str, str] = {
    "criminal_investigation": "Criminal investigation",
    "civil_immigration": "Civil immigration enforcement",
    "unknown": "Not stated / unknown",
}

CHANNEL_LABELS: dict[str, str] = {
    "email": "Email", "mail": "Mail", "fax": "Fax", "hand_delivery": "Hand delivery",
    "upload": "Upload", "unknown": "Unknown",
}

DECISION_LABELS: dict[str, str] = {
    "granted": "Granted",
    "partly_granted": "Partly granted",
    "denied": "Denied",
}

GROUND_LABELS: dict[str, str] = {
    "court_issued_process": "Court-issued subpoena, warrant or order",
    "active_criminal_investigation": "Active criminal investigation",
    "required_by_law": "Required by state or federal law",
    "agency_function_not_solely_immigration":
        "Needed for the agency's duties, not solely civil immigration enforcement",
    "denied_solely_civil_immigration": "Denied: solely civil immigration enforcement",
    "denied_no_valid_process": "Denied: no valid legal process",
}

STATUS_LABELS: dict[str, str] = {
    "pending_review": "Waiting for review",
    "confirmed": "Reviewed, decision pending",
    "decided": "Decided",
}

ACTION_LABELS: dict[str, str] = {
    "created": "Entry created",
    "field_changed": "Field corrected",
    "field_confirmed": "Field confirmed",
    "process_overridden": "Legal process overridden",
    "subject_added": "Subject added",
    "subject_changed": "Subject corrected",
    "subject_removed": "Subject removed",
    "citation_added": "Citation added",
    "citation_removed": "Citation removed",
    "entry_confirmed": "Entry confirmed",
    "decision_recorded": "Decision recorded",
    "decision_approved": "Decision approved by supervisor",
    "decision_sent_back": "Decision sent back by supervisor",
}


def label(code: object, table: dict[str, str]) -> str:
    if code is None or code == "":
        return "—"
    return table.get(str(code), str(code))
