"""Dev family: administrative subpoenas and warrants, and immigration detainers."""

from __future__ import annotations

from requestdesk.samples.agencies import make_agency, titles
from requestdesk.samples.dev_forms import CUSTODIANS, _agent
from requestdesk.samples.model import Block, Ctx, Draft
from requestdesk.samples.people import dob_as, name_as, random_officer, random_subject
from requestdesk.samples.writing import case_number, letter_date, subject_inline


def i138(ctx: Ctx) -> Draft:
    """ICE subpoena, with the enforcement clause that mentions a district court."""
    agency, officer = _agent(ctx, "dhs-ice-ero")
    s = random_subject(ctx, ids=("a_number",))
    ask = ctx.want(ctx.choice([["address", "photo", "identity_documents"],
                               ["wages", "employment", "address"], ["address", "vehicle"]]))
    a_written = s.ids[0][2]
    blocks = [
        Block("letterhead", ["U.S. Department of Homeland Security",
                             "Immigration and Customs Enforcement"]),
        Block("heading", "IMMIGRATION ENFORCEMENT SUBPOENA"),
        Block("fields", [("Subpoena No.", f"{ctx.choice(['DEN', 'ERO'])}-"
                          f"{ctx.rng.randint(2024, 2025)}-{ctx.rng.randint(100, 999)}"),
                         ("To", ctx.choice(CUSTODIANS)),
                         ("In the Matter of", f"{name_as(ctx, s)}, {a_written}")]),
        Block("para", "By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED "
                      "(REQUIRED) to produce the following records, papers and documents: "
                      f"{ask}"
                      + (f" for the above-named person, born {dob_as(ctx, s.dob)}."
                         if s.dob else ".")),
        Block("para", "This subpoena is issued in connection with an investigation or inquiry "
                      "relating to the enforcement of the immigration laws of the United States, "
                      "including the admissibility or removability of the person named above."),
        Block("para", f"Authority: {ctx.cite('8usc1225')} and {ctx.cite('8cfr287.4')}."),
        Block("para", ctx.choice([
            "In the event of your refusal to obey this subpoena, the Department of Homeland "
            "Security may apply to a United States District Court for an order to compel "
            "compliance.",
            "Failure to comply with this subpoena may subject you to an order by a United States "
            "District Court compelling compliance, and failure to obey such an order may be "
            "punished as contempt of court.",
        ])),
        Block("fields", [("Date", letter_date(ctx)),
                         ("Name and title of issuing officer", f"{officer.name}, "
                                                               f"{officer.title}"),
                         ("Telephone", officer.phone or ""), ("Email", officer.email or "")]),
        Block("small", "DHS Form I-138 (Rev. 08/01/07)"),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="administrative_subpoena", form="I-138", purpose="civil_immigration",
                 title="Immigration Enforcement Subpoena")


def cbp3115(ctx: Ctx) -> Draft:
    agency, officer = _agent(ctx, "dhs-cbp")
    s = random_subject(ctx)
    ask = ctx.want(ctx.choice([["address", "employment"], ["vehicle", "address"],
                               ["identity_documents", "address"]]))
    criminal = ctx.chance(0.6)
    why = (f"in connection with an investigation of possible violations of "
           f"{ctx.cite('18usc542')} (entry of goods by means of false statements)"
           if criminal else
           "in connection with an inquiry into the admissibility of the person named below and "
           "the validity of documents presented at a port of entry")
    blocks = [
        Block("letterhead", ["DEPARTMENT OF HOMELAND SECURITY", "U.S. Customs and Border "
                                                                "Protection"]),
        Block("heading", "SUMMONS"),
        Block("fields", [("To", ctx.choice(CUSTODIANS)),
                         ("Summons No.", case_number(ctx, "file"))]),
        Block("para", "By the service of this summons upon you, you are required to appear "
                      f"before {officer.name}, {officer.title}, an officer of U.S. Customs and "
                      f"Border Protection, and to produce the records described below, {why}, "
                      f"pursuant to {ctx.cite('19usc1509')}."),
        Block("para", f"Records: {ask} relating to {subject_inline(ctx, s)}."),
        Block("para", "Refusal to comply may result in an action in the United States District "
                      "Court to enforce this summons."),
        Block("fields", [("Issued by", f"{officer.name}, {officer.title}"),
                         ("Phone", officer.phone or ""), ("Date", letter_date(ctx))]),
        Block("small", "CBP Form 3115 (05/14)"),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="administrative_subpoena", form="CBP 3115",
                 purpose="criminal_investigation" if criminal else "civil_immigration",
                 title="CBP Summons")


def dea876(ctx: Ctx) -> Draft:
    agency, officer = _agent(ctx, "doj-dea")
    subjects = [random_subject(ctx, ids=ctx.choice([(), ("drivers_license",)]))
                for _ in range(ctx.choice([1, 2]))]
    ask = ctx.want(ctx.choice([["address", "vehicle"], ["wages", "employment"],
                               ["address", "phone", "photo"]]))
    people = "; ".join(subject_inline(ctx, s) for s in subjects)
    blocks = [
        Block("letterhead", ["U.S. Department of Justice", "Drug Enforcement Administration"]),
        Block("heading", "SUBPOENA"),
        Block("fields", [("TO", ctx.choice(CUSTODIANS)),
                         ("File No.", f"R{ctx.rng.randint(1, 9)}-"
                                      f"{ctx.rng.randint(24, 25)}-{ctx.rng.randint(1000, 9999)}")]),
        Block("para", "By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to "
                      f"produce {ask} for: {people}."),
        Block("para", f"This subpoena is issued pursuant to {ctx.cite('21usc876')} in "
                      "connection with an investigation relating to controlled substances "
                      f"({ctx.cite('21usc841')})."),
        Block("para", "In case of contumacy by, or refusal to obey a subpoena issued to, any "
                      "person, the Attorney General may invoke the aid of any court of the "
                      "United States to compel compliance with the subpoena."),
        Block("fields", [("Issued by", f"{officer.name}, {officer.title}"),
                         ("Contact", f"{officer.phone}  {officer.email}"),
                         ("Date", letter_date(ctx))]),
        Block("small", "DEA Form 86 – Administrative Subpoena"),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=subjects,
                 process="administrative_subpoena", form=None,
                 purpose="criminal_investigation", title="DEA administrative subpoena")


def irs_summons(ctx: Ctx) -> Draft:
    agency, officer = _agent(ctx, "irs-ci")
    s = random_subject(ctx, ids=("ssn_last4",))
    ask = ctx.want(ctx.choice([["wages", "employment"], ["tax", "wages"]]))
    blocks = [
        Block("heading", "Summons"),
        Block("fields", [("In the matter of", name_as(ctx, s)),
                         ("Internal Revenue Service (Division)", "Criminal Investigation"),
                         ("Periods", "2021 through 2024"),
                         ("The Commissioner of Internal Revenue", "To: "
                          + ctx.choice(CUSTODIANS))]),
        Block("para", f"You are hereby summoned and required to appear before {officer.name}, "
                      "an officer of the Internal Revenue Service, to give testimony and to "
                      f"bring with you and to produce for examination the following: {ask} for "
                      f"{subject_inline(ctx, s)}."),
        Block("para", f"This summons is issued under {ctx.cite('26usc7602')} in an "
                      "investigation of possible violations of "
                      f"{ctx.cite(ctx.choice(['26usc7201', '26usc7206']))}."),
        Block("fields", [("Signature of issuing officer", officer.name),
                         ("Title", officer.title), ("Telephone", officer.phone or "")]),
        Block("small", "Form 2039 (Rev. 12-2021)"),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="administrative_subpoena", form="2039",
                 purpose="criminal_investigation", title="IRS Summons")


def ig_subpoena(ctx: Ctx) -> Draft:
    key = ctx.choice(["ssa-oig", "dol-oig", "dhs-oig"])
    agency, officer = _agent(ctx, key)
    s = random_subject(ctx, ids=ctx.choice([("ssn_last4",), ()]))
    ask = ctx.want(ctx.choice([["claims", "wages"], ["benefits", "address"],
                               ["wages", "employment", "claims"]]))
    ig = ctx.choice(["Gail S. Ennis", "Larry D. Turner", "Joseph V. Cuffari"])
    crime_cite = ctx.cite({"ssa-oig": "42usc408", "dol-oig": "18usc641",
                           "dhs-oig": "18usc1028"}[key])
    blocks = [
        Block("letterhead", ["OFFICE OF INSPECTOR GENERAL", agency.name]),
        Block("heading", "SUBPOENA DUCES TECUM"),
        Block("para", f"TO: {ctx.choice(CUSTODIANS)}"),
        Block("para", "YOU ARE HEREBY COMMANDED to produce the records described in the "
                      f"attached schedule: {ask} relating to {subject_inline(ctx, s)}."),
        Block("para", "This subpoena is issued under the authority of the Inspector General Act "
                      f"of 1978, {ctx.cite('5usc406')}, in connection with an investigation of "
                      f"fraud in violation of {crime_cite}."),
        Block("para", "In the case of contumacy or refusal to obey, this subpoena shall be "
                      "enforceable by order of any appropriate United States district court."),
        Block("sig", ["Inspector General", ig]),
        Block("fields", [("Questions", f"{officer.title} {officer.name}"),
                         ("Telephone", officer.phone or ""), ("Email", officer.email or "")]),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="administrative_subpoena", form=None,
                 purpose="criminal_investigation", title="Inspector General subpoena")


def i200(ctx: Ctx) -> Draft:
    agency = make_agency(ctx, "dhs-ice-ero")
    officer = random_officer(ctx, ["Supervisory Detention and Deportation Officer",
                                   "Assistant Field Office Director"], agency.domain)
    s = random_subject(ctx, with_dob=False, ids=("a_number",))
    ctx.note_cited("INA 236")
    ctx.note_cited("INA 287")
    ctx.note_cited("8 CFR 287")
    blocks = [
        Block("letterhead", ["U.S. DEPARTMENT OF HOMELAND SECURITY"]),
        Block("heading", "WARRANT FOR ARREST OF ALIEN"),
        Block("fields", [("File No.", s.ids[0][2]), ("Date", letter_date(ctx))]),
        Block("para", "To: Any immigration officer authorized pursuant to sections 236 and 287 "
                      "of the Immigration and Nationality Act and part 287 of title 8, Code of "
                      "Federal Regulations, to serve warrants of arrest for immigration "
                      "violations"),
        Block("para", "I have determined that there is probable cause to believe that "
                      f"{name_as(ctx, s, 'First LAST')} is removable from the United States. "
                      "This determination is based upon:"),
        Block("checks", [(True, "the execution of a charging document to initiate removal "
                                "proceedings against the subject;"),
                         (False, "the pendency of ongoing removal proceedings against the "
                                 "subject;"),
                         (False, "the failure to establish admissibility subsequent to deferred "
                                 "inspection;")]),
        Block("para", "YOU ARE COMMANDED to arrest and take into custody for removal "
                      "proceedings under the Immigration and Nationality Act, the above-named "
                      "alien."),
        Block("sig", ["(Signature of Authorized Immigration Officer)", officer.name,
                      officer.title]),
        Block("small", "Form I-200 (Rev. 09/16)"),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="administrative_warrant", form="I-200", purpose="civil_immigration",
                 title="Warrant for Arrest of Alien")


def i205(ctx: Ctx) -> Draft:
    agency = make_agency(ctx, "dhs-ice-ero")
    officer = random_officer(ctx, ["Field Office Director", "Assistant Field Office Director",
                                   "Deportation Officer"], agency.domain)
    s = random_subject(ctx, ids=("a_number",))
    blocks = [
        Block("letterhead", ["U.S. DEPARTMENT OF HOMELAND SECURITY"]),
        Block("heading", "WARRANT OF REMOVAL/DEPORTATION"),
        Block("fields", [("File No.", s.ids[0][2]), ("Date", letter_date(ctx))]),
        Block("para", "To any immigration officer of the United States Department of Homeland "
                      "Security:"),
        Block("para", f"{name_as(ctx, s, 'first_last')}"
                      + (f" (born {dob_as(ctx, s.dob)})" if s.dob else "")
                      + " who entered the United States at "
                      f"{ctx.choice(['El Paso, TX', 'San Ysidro, CA', 'unknown place'])} on or "
                      "about 2014 is subject to removal/deportation from the United States, "
                      "based upon a final order by:"),
        Block("checks", [(ctx.chance(0.7), "an immigration judge in exclusion, deportation, or "
                                           "removal proceedings"),
                         (False, "a designated official"),
                         (False, "the Board of Immigration Appeals"),
                         (False, "a United States District or Magistrate Court Judge")]),
        Block("para", "and pursuant to the following provisions of the Immigration and "
                      f"Nationality Act: {ctx.cite('ina212')}."),
        Block("para", "I, the undersigned officer of the United States, by virtue of the power "
                      "and authority vested in the Secretary of Homeland Security under the laws "
                      "of the United States and by his or her direction, command you to take "
                      "into custody and remove from the United States the above-named alien, "
                      "pursuant to law, at the expense of the appropriation for the removal of "
                      "aliens."),
        Block("sig", ["(Signature of immigration officer)", officer.name,
                      "(Title of immigration officer)", officer.title]),
        Block("small", "Form I-205 (Rev. 08/07)"),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="administrative_warrant", form="I-205", purpose="civil_immigration",
                 title="Warrant of Removal")


_DETAINER_TITLES = {
    "I-247A": "IMMIGRATION DETAINER – NOTICE OF ACTION",
    "I-247D": "IMMIGRATION DETAINER – REQUEST FOR VOLUNTARY ACTION",
    "I-247N": "REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN",
}


def detainer(ctx: Ctx, form: str | None = None) -> Draft:
    form = form or ctx.choice(sorted(_DETAINER_TITLES))
    agency = make_agency(ctx, "dhs-ice-ero")
    officer = random_officer(ctx, titles("dhs-ice-ero"), agency.domain)
    s = random_subject(ctx, ids=("a_number",))
    facility = ctx.choice(["Adams County Detention Facility", "Denver County Jail",
                           "El Paso County Criminal Justice Center", "Weld County Jail"])
    ask_hold = "Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the " \
               "time when he/she would otherwise have been released from your custody."
    blocks = [
        Block("letterhead", ["DEPARTMENT OF HOMELAND SECURITY"]),
        Block("heading", _DETAINER_TITLES[form]),
        Block("fields", [("Subject ID", str(ctx.rng.randint(100000000, 399999999))),
                         ("Event #", f"DEN{ctx.rng.randint(1000000000, 9999999999)}"),
                         ("File No", s.ids[0][2]), ("Date", letter_date(ctx))]),
        Block("fields", [("TO", facility),
                         ("FROM", "; ".join([agency.name, *agency.office]))]),
        Block("fields", [("Name", name_as(ctx, s, ctx.choice(["LAST, FIRST", "LAST, First"]))),
                         ("Date of Birth", dob_as(ctx, s.dob) if s.dob else ""),
                         ("Citizenship", ctx.choice(["Mexico", "Guatemala", "Honduras",
                                                     "Venezuela", "Ukraine"])),
                         ("Sex", ctx.choice(["M", "F"]))]),
        Block("para", "1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A "
                      "REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON a final order of removal "
                      "against the alien."),
        Block("para", "IT IS THEREFORE REQUESTED THAT YOU: Notify DHS as early as practicable "
                      "(at least 48 hours, if possible) before the alien is released from your "
                      "custody." + (" " + ask_hold if form == "I-247A" else "")),
        Block("para", f"This request arises from DHS authorities under {ctx.cite('8cfr287.7')} "
                      f"and {ctx.cite('ina287')}."),
        Block("sig", ["(Name and title of Immigration Officer)", f"{officer.name}, "
                      f"{officer.title}", "(Signature of Immigration Officer)"]),
        Block("small", f"DHS Form {form} ({ctx.choice(['3/17', '5/15'])})"),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s], process="detainer",
                 form=form, purpose="civil_immigration", title="Immigration detainer")


ADMIN = {
    "i138": i138,
    "cbp3115": cbp3115,
    "dea876": dea876,
    "irs_summons": irs_summons,
    "ig_subpoena": ig_subpoena,
    "i200": i200,
    "i205": i205,
    "detainer": detainer,
}
