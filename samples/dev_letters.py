"""Dev family: letters and e-mails asking for records with no legal process attached."""

from __future__ import annotations

from requestdesk.samples.agencies import make_agency, titles
from requestdesk.samples.model import Block, Ctx, Draft
from requestdesk.samples.people import dob_as, name_as, random_officer, random_subject
from requestdesk.samples.writing import (
    case_number,
    letter_date,
    letterhead,
    signature,
    subject_blocks,
    subject_inline,
)

RECORD_SETS = [["address", "photo"], ["address", "vehicle"], ["wages", "employment"],
               ["address", "phone", "license"], ["claims", "wages", "address"],
               ["photo", "license"], ["address"], ["benefits", "address"],
               ["identity_documents", "photo"], ["address", "email", "phone"]]

_CRIMES = {
    "doj-fbi": [("wire fraud", "18usc1343"), ("a bank robbery series", None),
                ("interstate flight to avoid prosecution", "18usc1073")],
    "doj-dea": [("distribution of fentanyl", "21usc841"), ("a drug conspiracy", "21usc846")],
    "doj-atf": [("firearms trafficking", "18usc922"), ("possession of a firearm by a "
                                                      "prohibited person", "18usc922")],
    "doj-usms": [("a fugitive investigation on an outstanding federal warrant", None)],
    "ssa-oig": [("Social Security benefit fraud", "42usc408"), ("misuse of a Social "
                                                               "Security number", "42usc408")],
    "dol-oig": [("unemployment insurance fraud", "18usc641"), ("theft of UI benefits",
                                                                "18usc1343")],
    "irs-ci": [("tax evasion", "26usc7201"), ("filing false returns", "26usc7206")],
    "usps-uspis": [("mail theft", "18usc1708"), ("mail fraud", "18usc1341")],
    "dhs-ice-hsi": [("alien smuggling", "8usc1324"), ("document fraud", "18usc1546"),
                    ("identity theft", "18usc1028")],
    "dhs-oig": [("bribery of a federal employee", None), ("benefit fraud", "18usc1546")],
    "state-police": [("a homicide", "crs18-3-203"), ("identity theft", "crs18-5-902")],
    "local-police": [("a theft", "crs18-4-401"), ("an aggravated assault", "crs18-3-203"),
                     ("a hit-and-run collision", None)],
    "sheriff": [("a burglary", None), ("possession with intent to distribute",
                                       "crs18-18-405")],
    "district-attorney": [("a pending felony prosecution", None),
                          ("identity theft", "crs18-5-902")],
}


def _officer_for(ctx: Ctx, key: str):  # type: ignore[no-untyped-def]
    agency = make_agency(ctx, key)
    return agency, random_officer(ctx, titles(key), agency.domain)


def _crime_sentence(ctx: Ctx, key: str) -> str:
    crime, cite = ctx.choice(_CRIMES[key])
    number = case_number(ctx, ctx.choice(["police", "file"]))
    cited = f" ({ctx.cite(cite)})" if cite else ""
    return ctx.choice([
        f"This office is conducting a criminal investigation into {crime}{cited}, case number "
        f"{number}.",
        f"The information is needed for an active criminal investigation of {crime}{cited} "
        f"(our case {number}).",
        f"I am investigating {crime}{cited} under case no. {number} and the person below is a "
        f"suspect.",
        f"We have an open case ({number}) involving {crime}{cited}; the individual listed is a "
        f"person of interest.",
    ])


def formal_letter(ctx: Ctx) -> Draft:
    """A letter on letterhead from a criminal investigator, or an unexplained request."""
    key = ctx.choice(["doj-fbi", "doj-dea", "doj-atf", "doj-usms", "ssa-oig", "dol-oig",
                      "irs-ci", "usps-uspis", "dhs-ice-hsi", "dhs-oig", "state-police",
                      "local-police", "sheriff", "district-attorney", "dhs-uscis", "other"])
    agency, officer = _officer_for(ctx, key)
    n = ctx.choice([1, 1, 1, 2])
    subjects = [random_subject(ctx, ids=ctx.choice([(), ("drivers_license",), ()]))
                for _ in range(n)]
    records = ctx.choice(RECORD_SETS)
    unknown = key in ("dhs-uscis", "other") or ctx.chance(0.12)
    blocks = [letterhead(agency, ctx), Block("para", letter_date(ctx))]
    blocks.append(Block("para", ctx.choice(["Records Custodian", "Custodian of Records",
                                            "Attn: Records Unit"]) + "\n"
                        + ctx.choice(["Colorado Department of Revenue, Division of Motor "
                                      "Vehicles", "Colorado Department of Labor and Employment",
                                      "Colorado Department of Human Services"])))
    blocks.append(Block("para", ctx.choice(["RE: Request for records", "Re: Records request",
                                            "SUBJECT: Request for Information"])))
    blocks.append(Block("para", ctx.choice(["Dear Custodian of Records:", "To whom it may "
                                            "concern:", "Dear Sir or Madam,"])))
    ask = ctx.want(records)
    if unknown:
        blocks.append(Block("para", ctx.choice([
            f"Please provide the {ask} for the individual(s) listed below.",
            f"I am writing to request the {ask} maintained by your agency for the following "
            f"person(s).",
            f"Our office requests copies of the {ask} you hold for:",
        ])))
    else:
        blocks.append(Block("para", _crime_sentence(ctx, key)))
        blocks.append(Block("para", ctx.choice([
            f"In connection with this matter, I request the {ask} for:",
            f"To assist the investigation, please furnish the {ask} on file for the "
            f"following:",
            f"Could your office provide the {ask} associated with the person(s) below?",
        ])))
    blocks += subject_blocks(ctx, subjects)
    if ctx.chance(0.3):
        backup = random_officer(ctx, titles(key), agency.domain)
        if backup.name != officer.name:
            blocks.append(Block("para", f"If I am unavailable, please contact {backup.title} "
                                        f"{backup.name} at {backup.phone}."))
    blocks.append(Block("para", ctx.choice([
        "Please treat this request as confidential and do not notify the subject.",
        "Kindly return the records by email or fax at your earliest convenience.",
        "If you have questions, contact me at the number below.",
    ])))
    blocks.append(signature(officer, agency, ctx))
    purpose = "unknown" if unknown else "criminal_investigation"
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=subjects,
                 purpose=purpose, title="Records request")


def informal_email(ctx: Ctx) -> Draft:
    """A short e-mail from an officer, often with no stated reason."""
    key = ctx.choice(["local-police", "sheriff", "dhs-ice-ero", "state-police", "doj-usms",
                      "dhs-ice-ero", "doj-fbi"])
    agency, officer = _officer_for(ctx, key)
    s = random_subject(ctx, ids=ctx.choice([(), ("drivers_license",), ("a_number",)])
                       if key == "dhs-ice-ero" else ctx.choice([(), ("drivers_license",)]))
    records = ctx.choice([["photo", "address"], ["address"], ["license", "photo"],
                          ["address", "phone"], ["vehicle"]])
    ask = ctx.want(records)
    greet = ctx.choice(["Hi,", "Hello -", "Good morning,", "Hey there,", ""])
    who = subject_inline(ctx, s)
    body = ctx.choice([
        f"Can you pull the {ask} for {who}? Thanks!",
        f"Could you send me the {ask} you have for {who} when you get a chance.",
        f"Looking for the {ask} on {who}. Appreciate the help.",
        f"Need {ask} for {who} asap if possible.",
    ])
    purpose = "unknown"
    lines = [body]
    if key == "dhs-ice-ero":
        purpose = "civil_immigration"
        lines.append(ctx.choice(["He is an ICE target, we're trying to locate him.",
                                 "Subject has a final order of removal and we need a current "
                                 "address.",
                                 "This is for official use by ERO."]))
    elif key == "doj-usms" or (key != "local-police" and ctx.chance(0.5)):
        purpose = "criminal_investigation"
        lines.append(ctx.choice(["He has an active felony warrant out of Adams County.",
                                 "This is part of an ongoing narcotics investigation.",
                                 "Suspect in an armed robbery last week."]))
    blocks = []
    if greet:
        blocks.append(Block("para", greet))
    blocks += [Block("para", line) for line in lines]
    first = officer.name.split()[0]
    sig = [ctx.choice([first, f"- {first}", "Thanks", ""]), officer.name, officer.title,
           agency.name]
    if ctx.chance(0.7):
        sig.append(f"{ctx.choice(['cell', 'c:', 'desk'])} {officer.phone}")
    blocks.append(Block("sig", [x for x in sig if x]))
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s], purpose=purpose,
                 title=ctx.choice(["DL photo request", "quick records question", "address check",
                                   f"records - {s.last.upper()}"]))


def official_use_letter(ctx: Ctx) -> Draft:
    """ICE letter: 'for official use', A-number, no crime named."""
    key = ctx.choice(["dhs-ice-ero", "dhs-ice-ero", "dhs-ice"])
    agency, officer = _officer_for(ctx, key)
    subjects = [random_subject(ctx, ids=("a_number",))]
    if ctx.chance(0.3):
        subjects.append(random_subject(ctx, ids=("a_number",)))
    records = ctx.choice([["address", "photo", "vehicle"], ["address", "employment"],
                          ["address", "license"], ["wages", "employment", "address"]])
    ask = ctx.want(records)
    blocks = [letterhead(agency, ctx), Block("para", letter_date(ctx))]
    blocks.append(Block("para", "MEMORANDUM FOR: Records Section, Division of Motor Vehicles"
                        if ctx.chance(0.4) else "To: State Records Custodian"))
    blocks.append(Block("para", ctx.choice([
        f"The Department of Homeland Security requests the {ask} for the following "
        f"individual(s). This information is requested for official use only.",
        f"For official use: please provide {ask} pertaining to the subject(s) identified "
        f"below.",
        f"ICE respectfully requests the {ask} for the person(s) listed. The information will be "
        f"used for official purposes only.",
    ])))
    blocks += subject_blocks(ctx, subjects)
    if ctx.chance(0.5):
        blocks.append(Block("para", ctx.choice([
            "The subject is believed to be a removable alien.",
            "This office is attempting to locate the subject to effect an arrest under a final "
            "order of removal.",
        ])))
    blocks.append(Block("para", "Please return responsive records to the officer below."))
    blocks.append(signature(officer, agency, ctx))
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=subjects,
                 purpose="civil_immigration", title="For official use")


def pursuant_1357_letter(ctx: Ctx) -> Draft:
    """ERO letter that cites 8 U.S.C. 1357 as if it were legal process."""
    agency, officer = _officer_for(ctx, "dhs-ice-ero")
    subjects = [random_subject(ctx, ids=ctx.choice([("a_number",), ("a_number",
                                                                    "drivers_license")]))]
    ask = ctx.want(ctx.choice([["address", "photo"], ["address", "vehicle", "license"],
                               ["wages", "employment"]]))
    c1 = ctx.cite("8usc1357")
    blocks = [letterhead(agency, ctx), Block("para", letter_date(ctx))]
    opening = ctx.choice([
        f"Pursuant to {c1}, U.S. Immigration and Customs Enforcement (ICE) requests the "
        f"following information: {ask}.",
        f"Under the authority granted to immigration officers by {c1}, I request that your "
        f"agency provide the {ask} for the individual identified below.",
        f"ICE is authorized by {c1} to interrogate any person believed to be an alien as to "
        f"his right to be or to remain in the United States. We ask that you provide the {ask} "
        f"for the subject below.",
    ])
    blocks.append(Block("para", opening))
    if ctx.chance(0.5):
        blocks.append(Block("para", f"See also {ctx.cite('ina287')} and "
                                     f"{ctx.cite('8cfr287.5')}."))
    blocks += subject_blocks(ctx, subjects)
    blocks.append(Block("para", ctx.choice([
        "The subject is under investigation for removability from the United States.",
        "The individual is subject to removal proceedings and his whereabouts are unknown.",
        "This request relates to the enforcement of federal immigration law.",
    ])))
    blocks.append(signature(officer, agency, ctx))
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=subjects,
                 purpose="civil_immigration", title="Request pursuant to 8 USC 1357")


def multi_subject_letter(ctx: Ctx) -> Draft:
    """A letter listing three to six people, usually in a table."""
    key = ctx.choice(["dhs-ice-ero", "dhs-ice-hsi", "dol-oig", "doj-dea", "state-police",
                      "dhs-ice-ero"])
    agency, officer = _officer_for(ctx, key)
    ids = ("a_number",) if key == "dhs-ice-ero" else ()
    subjects = [random_subject(ctx, ids=ids) for _ in range(ctx.rng.randint(3, 6))]
    ask = ctx.want(ctx.choice([["address", "wages", "employment"], ["address", "photo"],
                               ["claims", "wages"], ["vehicle", "address"]]))
    blocks = [letterhead(agency, ctx), Block("para", letter_date(ctx))]
    if key == "dhs-ice-ero":
        purpose = "civil_immigration"
        blocks.append(Block("para", ctx.choice([
            f"Enforcement and Removal Operations is seeking to locate the following "
            f"individuals, each of whom is the subject of immigration removal proceedings. "
            f"Please provide the {ask} for each.",
            f"The persons listed below are aliens whom this office intends to take into "
            f"custody. Request {ask}.",
        ])))
    else:
        purpose = "criminal_investigation"
        blocks.append(Block("para", _crime_sentence(ctx, key)))
        blocks.append(Block("para", f"Please provide the {ask} for each person in the table."))
    blocks += subject_blocks(ctx, subjects, ctx.choice(["table", "table", "list"]))
    blocks.append(Block("para", f"{len(subjects)} individuals are listed above."
                        if ctx.chance(0.5) else "Thank you for your cooperation."))
    blocks.append(signature(officer, agency, ctx))
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=subjects,
                 purpose=purpose, title="Records request – multiple subjects")


def state_case_letter(ctx: Ctx) -> Draft:
    """Local law enforcement or a DA naming a state crime and case number."""
    key = ctx.choice(["local-police", "sheriff", "district-attorney", "state-police"])
    agency, officer = _officer_for(ctx, key)
    s = random_subject(ctx, ids=ctx.choice([(), ("drivers_license",), ("ssn_last4",)]))
    ask = ctx.want(ctx.choice(RECORD_SETS))
    blocks = [letterhead(agency, ctx), Block("para", letter_date(ctx))]
    blocks.append(Block("fields", [("Case #", case_number(ctx, "police")),
                                   ("Offense", ctx.choice(["Theft", "Assault 2nd",
                                                           "Identity Theft", "Burglary"])),
                                   ("Requesting officer", f"{officer.title} {officer.name}")]))
    if ctx.chance(0.5):
        text = (f"Our agency is investigating a criminal offense under "
                f"{ctx.cite('crs18-4-401')}. I am requesting the {ask} for the suspect, "
                f"{name_as(ctx, s)}" + (f", born {dob_as(ctx, s.dob)}." if s.dob else "."))
    else:
        text = (f"Pursuant to our ongoing criminal investigation ({ctx.cite('crs18-5-902')}), "
                f"please release the {ask} of {subject_inline(ctx, s)}.")
    blocks.append(Block("para", text))
    if ctx.chance(0.4):
        blocks.append(Block("para", f"This request is made consistent with "
                                     f"{ctx.cite('crs24-74-103')}, as it supports an active "
                                     f"criminal investigation."))
    blocks.append(signature(officer, agency, ctx))
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 purpose="criminal_investigation", title="Criminal case records request")


def opla_letter(ctx: Ctx) -> Draft:
    """ICE counsel asking for records for a removal hearing."""
    agency, officer = _officer_for(ctx, "dhs-ice")
    s = random_subject(ctx, ids=("a_number",))
    ask = ctx.want(ctx.choice([["identity_documents", "date_of_birth"], ["criminal_history"],
                               ["address", "identity_documents"]]))
    blocks = [letterhead(agency, ctx), Block("para", letter_date(ctx)),
              Block("para", f"Re: {subject_inline(ctx, s)}"),
              Block("para", ctx.choice([
                  f"This office represents the Department of Homeland Security in removal "
                  f"proceedings before the Immigration Court. We request {ask} relating to the "
                  f"respondent named above for use at an upcoming hearing.",
                  f"In preparation for the respondent's hearing before the Denver Immigration "
                  f"Court, please provide the {ask}.",
              ])),
              signature(officer, agency, ctx)]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 purpose="civil_immigration", title="Request for records – removal proceedings")


LETTERS = {
    "formal_letter": formal_letter,
    "informal_email": informal_email,
    "official_use_letter": official_use_letter,
    "pursuant_1357_letter": pursuant_1357_letter,
    "multi_subject_letter": multi_subject_letter,
    "state_case_letter": state_case_letter,
    "opla_letter": opla_letter,
}
