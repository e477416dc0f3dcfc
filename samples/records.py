"""How letters name the kinds of records they want (the ``records_requested`` vocabulary)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from requestdesk.samples.model import Ctx

RECORD_KINDS = (
    "address", "phone", "email", "photo", "vehicle", "license", "identity_documents", "wages",
    "employment", "claims", "benefits", "tax", "criminal_history", "ssn", "date_of_birth", "other",
)

_DEV: dict[str, list[str]] = {
    "address": ["current residential address", "last known address", "home address",
                "any residential or mailing address on file"],
    "phone": ["telephone numbers", "phone number(s) on file", "contact telephone number"],
    "email": ["e-mail address", "any email address provided"],
    "photo": ["DMV photograph", "driver license photo", "most recent photograph on file",
              "photo image"],
    "vehicle": ["vehicle registration records", "registered vehicles and plate numbers",
                "title and registration history"],
    "license": ["driver license record", "driving history", "license status and history",
                "driver's license and ID card information"],
    "identity_documents": ["copies of identity documents presented at application",
                           "source documents (passport, birth certificate) used to obtain the "
                           "license"],
    "wages": ["quarterly wage records", "wage history", "reported wages"],
    "employment": ["employer name and address", "employment history", "current employer"],
    "claims": ["unemployment insurance claim records", "UI claim history",
               "claims filed and payments made"],
    "benefits": ["public benefits case records", "SNAP and Medicaid benefit records",
                 "benefit payment history"],
    "tax": ["state income tax returns", "state tax filings"],
    "criminal_history": ["criminal history", "arrest and booking records"],
    "ssn": ["Social Security number on file", "SSN as recorded"],
    "date_of_birth": ["date of birth on file", "date of birth as recorded"],
    "other": ["utility account records", "application file", "bank deposit information"],
}

_HOLDOUT: dict[str, list[str]] = {
    "address": ["where the person currently lives", "residence address",
                "present and prior addresses"],
    "phone": ["cell phone number", "telephone contact information"],
    "email": ["email contact", "electronic mail address of record"],
    "photo": ["digital image from the license file", "license photograph", "headshot"],
    "vehicle": ["motor vehicle registrations", "plates registered in the name"],
    "license": ["licensing record", "driver's license history", "credential record"],
    "identity_documents": ["identification documents submitted", "proof-of-identity documents"],
    "wages": ["wage detail", "earnings reported by employers"],
    "employment": ["employer information", "name of employer"],
    "claims": ["unemployment claims", "jobless claims filed"],
    "benefits": ["assistance benefits received", "benefits history"],
    "tax": ["tax records", "income tax filings"],
    "criminal_history": ["prior arrests", "criminal record"],
    "ssn": ["social security number", "SSN"],
    "date_of_birth": ["birth date", "DOB on record"],
    "other": ["school enrollment records", "hunting and fishing licence file"],
}


def phrase_records(ctx: Ctx, kinds: list[str]) -> str:
    table = _HOLDOUT if ctx.family == "holdout" else _DEV
    words = [ctx.choice(table[k]) for k in kinds]
    if len(words) == 1:
        return words[0]
    if len(words) == 2:
        return f"{words[0]} and {words[1]}"
    return ", ".join(words[:-1]) + ctx.choice([", and ", " and "]) + words[-1]
