"""Dev family: legal process (court and administrative), usually behind a cover letter."""

from __future__ import annotations

from requestdesk.samples.agencies import make_agency, titles
from requestdesk.samples.model import Agency, Block, Ctx, Draft, Officer
from requestdesk.samples.people import (
    CLERKS,
    JUDGES,
    dob_as,
    name_as,
    random_officer,
    random_subject,
)
from requestdesk.samples.writing import (
    case_number,
    letter_date,
    letterhead,
    signature,
    subject_inline,
)

CUSTODIANS = ["Custodian of Records, Colorado Division of Motor Vehicles",
              "Records Custodian, Colorado Department of Labor and Employment",
              "Custodian of Records, Colorado Department of Human Services",
              "Colorado Department of Revenue – Records Unit"]


def _agent(ctx: Ctx, key: str) -> tuple[Agency, Officer]:
    agency = make_agency(ctx, key)
    return agency, random_officer(ctx, titles(key), agency.domain)


def _cover(ctx: Ctx, agency: Agency, officer: Officer, enclosed: str, ask: str,
           why: str | None) -> list[Block]:
    blocks = [letterhead(agency, ctx), Block("para", letter_date(ctx)),
              Block("para", ctx.choice(CUSTODIANS))]
    bare = enclosed.removeprefix("a copy of ").removeprefix("a ")
    blocks.append(Block("para", ctx.choice([
        f"Enclosed please find {enclosed}. Please provide the {ask} described in it.",
        f"I am serving the attached {bare}. In response, please produce the {ask}.",
        f"Attached is {enclosed}, served on your agency. We are asking for the {ask}.",
        f"Please accept service of the enclosed {bare} and send the {ask} to me.",
    ])))
    if why:
        blocks.append(Block("para", why))
    if ctx.chance(0.4):
        blocks.append(Block("para", ctx.choice([
            f"The enclosed was signed by the Honorable {ctx.choice(JUDGES)} on "
            f"{letter_date(ctx)}.",
            f"Judge {ctx.choice(JUDGES).split()[-1]} reviewed and signed the enclosed document.",
        ])))
    blocks.append(Block("para", ctx.choice([
        "Records may be sent electronically to the e-mail address below.",
        "Please contact me with any questions about this request.",
        "Your prompt attention is appreciated.",
    ])))
    blocks.append(signature(officer, agency, ctx))
    blocks.append(Block("page"))
    return blocks


def _court_caption(ctx: Ctx, federal: bool, county: str | None = None) -> Block:
    if federal:
        return Block("caption", ["UNITED STATES DISTRICT COURT", "for the",
                                 "District of Colorado"])
    county = county or ctx.choice(["ADAMS", "DENVER", "EL PASO", "WELD", "ARAPAHOE"])
    court = "CITY AND COUNTY OF DENVER" if county == "DENVER" else f"COUNTY OF {county}"
    return Block("caption", [f"DISTRICT COURT, {court}, STATE OF COLORADO"])


def _judge_sig(ctx: Ctx, federal: bool) -> Block:
    judge = ctx.choice(JUDGES)
    title = ctx.choice(["United States Magistrate Judge", "U.S. Magistrate Judge"]) if federal \
        else ctx.choice(["District Court Judge", "Judge of the District Court"])
    return Block("sig", [ctx.choice(["BY THE COURT:", "", "Judge's signature"]),
                         f"{ctx.choice(['Hon. ', ''])}{judge}", title])


def _criminal_offense(ctx: Ctx, key: str) -> tuple[str, str]:
    options = {
        "doj-fbi": [("wire fraud", "18usc1343"), ("identity theft", "18usc1028")],
        "doj-dea": [("possession with intent to distribute methamphetamine", "21usc841")],
        "doj-atf": [("unlawful possession of a firearm", "18usc922")],
        "dhs-ice-hsi": [("alien smuggling", "8usc1324"), ("visa fraud", "18usc1546")],
        "doj-usms": [("unlawful flight to avoid prosecution", "18usc1073")],
    }[key]
    crime, key2 = ctx.choice(options)
    return crime, ctx.cite(key2)


def ao93(ctx: Ctx) -> Draft:
    key = ctx.choice(["doj-fbi", "doj-dea", "doj-atf", "dhs-ice-hsi"])
    agency, officer = _agent(ctx, key)
    s = random_subject(ctx, ids=ctx.choice([(), ("drivers_license",)]))
    ask = ctx.want(ctx.choice([["address", "photo", "vehicle"], ["license", "photo"],
                               ["wages", "employment", "address"]]))
    crime, cited = _criminal_offense(ctx, key)
    why = ctx.choice([f"The warrant was obtained in an investigation of {crime}.", None])
    blocks = _cover(ctx, agency, officer, "a federal search and seizure warrant", ask, why)
    blocks += [
        Block("small", "AO 93 (Rev. 11/13) Search and Seizure Warrant"),
        _court_caption(ctx, True),
        Block("fields", [("In the Matter of the Search of", "Records maintained by the State of "
                          f"Colorado relating to {subject_inline(ctx, s)}"),
                         ("Case No.", case_number(ctx, "federal"))]),
        Block("heading", "SEARCH AND SEIZURE WARRANT"),
        Block("para", "To: Any authorized law enforcement officer"),
        Block("para", "An application by a federal law enforcement officer or an attorney for "
                      "the government requests the search of the following person or property "
                      "located in the District of Colorado: the records described in "
                      "Attachment A."),
        Block("para", "I find that the affidavit(s), or any recorded testimony, establish "
                      "probable cause to search and seize the person or property described "
                      f"above, and that such search will reveal evidence of violations of "
                      f"{cited}, namely: {ask}."),
        Block("para", "YOU ARE COMMANDED to execute this warrant on or before "
                      f"{letter_date(ctx)} (not to exceed 14 days) in the daytime 6:00 a.m. to "
                      "10:00 p.m."),
    ]
    if ctx.chance(0.5):
        blocks.append(Block("para", f"Pursuant to {ctx.cite('18usc3103a')}, I find that "
                                     "immediate notification may have an adverse result listed "
                                     f"in {ctx.cite('18usc2705')}."))
    blocks.append(Block("fields", [("Date and time issued", letter_date(ctx) + " 2:15 p.m."),
                                   ("City and state", "Denver, Colorado")]))
    blocks.append(_judge_sig(ctx, True))
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="judicial_warrant", form="AO 93", purpose="criminal_investigation",
                 title="Search warrant")


def ao442(ctx: Ctx) -> Draft:
    key = ctx.choice(["doj-usms", "doj-fbi", "doj-atf"])
    agency, officer = _agent(ctx, key)
    s = random_subject(ctx, with_dob=False)  # an arrest warrant names, it does not date
    ask = ctx.want(ctx.choice([["address", "photo", "vehicle"], ["address", "employment"],
                               ["address", "phone"]]))
    crime, cited = _criminal_offense(ctx, key)
    blocks = _cover(ctx, agency, officer, "a copy of a federal arrest warrant", ask,
                    ctx.choice(["We are attempting to locate the defendant to execute the "
                                "warrant.", "The defendant is a fugitive."]))
    blocks += [
        Block("small", "AO 442 (Rev. 11/11) Arrest Warrant"),
        _court_caption(ctx, True),
        Block("fields", [("United States of America", "v."),
                         ("Defendant", name_as(ctx, s, "LAST, FIRST")),
                         ("Case No.", case_number(ctx, "federal"))]),
        Block("heading", "ARREST WARRANT"),
        Block("para", "To: Any authorized law enforcement officer"),
        Block("para", "YOU ARE COMMANDED to arrest and bring before a United States magistrate "
                      "judge without unnecessary delay (name of person to be arrested) "
                      f"{name_as(ctx, s, 'first_last')}, who is accused of an offense or "
                      "violation based on the following document filed with the court:"),
        Block("checks", [(True, "Indictment"), (False, "Superseding Indictment"),
                         (False, "Information"), (False, "Complaint"),
                         (False, "Probation Violation Petition")]),
        Block("para", f"This offense is briefly described as follows: {crime}, in violation of "
                      f"{cited}."),
        Block("fields", [("Date", letter_date(ctx)), ("City and state", "Denver, Colorado")]),
        Block("sig", ["Issuing officer's signature", f"{ctx.choice(JUDGES)}, U.S. Magistrate "
                      "Judge"]),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="judicial_warrant", form="AO 442", purpose="criminal_investigation",
                 title="Arrest warrant")


def state_search_warrant(ctx: Ctx) -> Draft:
    key = ctx.choice(["local-police", "sheriff", "state-police"])
    agency, officer = _agent(ctx, key)
    s = random_subject(ctx, ids=ctx.choice([(), ("drivers_license",)]))
    ask = ctx.want(ctx.choice([["address", "photo", "vehicle", "license"], ["wages", "claims"],
                               ["benefits", "address"]]))
    blocks = _cover(ctx, agency, officer, "a search warrant signed by a district court judge",
                    ask, None) if ctx.chance(0.7) else []
    if not blocks:
        blocks.append(Block("fields", [("Submitted by", f"{officer.title} {officer.name}, "
                                        f"{agency.name}"), ("Phone", officer.phone or "")]))
    blocks += [
        _court_caption(ctx, False),
        Block("heading", "SEARCH WARRANT"),
        Block("para", "THE PEOPLE OF THE STATE OF COLORADO, TO ANY PEACE OFFICER IN THE STATE "
                      "OF COLORADO:"),
        Block("para", f"{officer.name}, having made application and affidavit under oath, and "
                      "the Court being satisfied that there is probable cause to believe that "
                      "the property described below is located within the records of the "
                      f"Colorado Department of Revenue, pursuant to {ctx.cite('crs16-3-301')}:"),
        Block("para", f"YOU ARE THEREFORE COMMANDED to search for and seize the following: "
                      f"{ask} pertaining to {subject_inline(ctx, s)}."),
        Block("para", "This property is evidence of the commission of a crime, "
                      f"{ctx.choice(['identity theft', 'theft', 'vehicular assault'])}."),
        Block("fields", [("Dated", letter_date(ctx))]),
        _judge_sig(ctx, False),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="judicial_warrant", form=None, purpose="criminal_investigation",
                 title="State search warrant")


def order_2703d(ctx: Ctx) -> Draft:
    agency, officer = _agent(ctx, ctx.choice(["doj-fbi", "dhs-ice-hsi", "usps-uspis"]))
    s = random_subject(ctx)
    ask = ctx.want(["email", "phone", "address"])
    blocks = _cover(ctx, agency, officer, "a court order issued under the Stored "
                    "Communications Act", ask, None)
    c = ctx.cite("18usc2703")
    blocks += [
        _court_caption(ctx, True),
        Block("para", "IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN "
                      f"ORDER PURSUANT TO {c}"),
        Block("fields", [("Misc. No.", case_number(ctx, "federal"))]),
        Block("heading", "ORDER"),
        Block("para", "This matter having come before the Court pursuant to an application "
                      "under the Stored Communications Act, and the Court finding that the "
                      "applicant has offered specific and articulable facts showing that there "
                      "are reasonable grounds to believe that the records sought are relevant "
                      "and material to an ongoing criminal investigation,"),
        Block("para", f"IT IS HEREBY ORDERED that the Colorado Department of Labor and "
                      f"Employment shall disclose the subscriber records, {ask} associated with "
                      f"the online account of {subject_inline(ctx, s)}."),
        Block("para", "IT IS FURTHER ORDERED that this Order and the application be sealed."),
        _judge_sig(ctx, True),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="court_order", form=None, purpose="criminal_investigation",
                 title="2703(d) order")


def state_order(ctx: Ctx) -> Draft:
    agency, officer = _agent(ctx, ctx.choice(["district-attorney", "district-attorney",
                                              "local-police"]))
    s = random_subject(ctx)
    ask = ctx.want(ctx.choice([["wages", "employment"], ["claims", "address"],
                               ["benefits"], ["photo", "license"]]))
    blocks = _cover(ctx, agency, officer, "a court order for production of records", ask,
                    None) if ctx.chance(0.6) else []
    if not blocks:
        blocks.append(Block("fields", [("Attorney for the People", officer.name),
                                       ("Title", officer.title), ("Email", officer.email or ""),
                                       ("Phone", officer.phone or "")]))
    blocks += [
        _court_caption(ctx, False),
        Block("fields", [("THE PEOPLE OF THE STATE OF COLORADO", "v."),
                         ("Defendant", name_as(ctx, s, "LAST, First")),
                         ("Case Number", case_number(ctx, "state"))]),
        Block("heading", ctx.choice(["ORDER FOR PRODUCTION OF RECORDS", "ORDER RE: RECORDS "
                                                                        "OF THIRD PARTY"])),
        Block("para", "THIS MATTER comes before the Court on the People's Motion for Production "
                      "of Records. The Court, having reviewed the motion and being fully "
                      "advised, FINDS that the records are material to the prosecution."),
        Block("para", f"IT IS ORDERED that the custodian of records shall produce the {ask} "
                      f"of the defendant, {name_as(ctx, s)}"
                      + (f" (DOB {dob_as(ctx, s.dob)})" if s.dob else "")
                      + ", to the Office of the District Attorney within fourteen days."),
        Block("para", f"SO ORDERED this {ctx.rng.randint(2, 28)}th day of "
                      f"{ctx.choice(['March', 'April', 'June', 'August'])}, 2025."),
        _judge_sig(ctx, False),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="court_order", form=None, purpose="criminal_investigation",
                 title="Court order")


def ao110(ctx: Ctx) -> Draft:
    agency, officer = _agent(ctx, "doj-usao")
    subjects = [random_subject(ctx) for _ in range(ctx.choice([1, 1, 2]))]
    ask = ctx.want(ctx.choice([["wages", "employment", "claims"], ["address", "photo",
                                                                    "vehicle"],
                               ["identity_documents", "license"]]))
    people = "; ".join(subject_inline(ctx, s) for s in subjects)
    blocks = [
        Block("small", "AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury"),
        _court_caption(ctx, True),
        Block("heading", "SUBPOENA TO TESTIFY BEFORE A GRAND JURY"),
        Block("para", f"To: {ctx.choice(CUSTODIANS)}"),
        Block("para", "YOU ARE COMMANDED to appear in this United States district court at the "
                      "time, date, and place shown below to testify before the court's grand "
                      "jury. When you arrive, you must remain at the court until the judge or a "
                      "court officer allows you to leave."),
        Block("fields", [("Place", "Byron G. Rogers U.S. Courthouse, 1929 Stout Street, Denver"),
                         ("Date and Time", letter_date(ctx) + " 9:00 am")]),
        Block("para", "You must also bring with you the following documents, electronically "
                      f"stored information, or objects: {ask} for {people}."),
        Block("fields", [("Date", letter_date(ctx)), ("CLERK OF COURT", ctx.choice(CLERKS)),
                         ("", "Signature of Clerk or Deputy Clerk")]),
        Block("para", "The name, address, e-mail, and telephone number of the United States "
                      "attorney, or assistant United States attorney, who requests this "
                      f"subpoena, are: {officer.name}, {officer.title}, {agency.office[0]}, "
                      f"{agency.office[1]}, {officer.email}, {officer.phone}"),
    ]
    if ctx.chance(0.5):
        blocks.append(Block("small", f"Issued pursuant to {ctx.cite('frcrp17')}."))
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=subjects,
                 process="grand_jury_subpoena", form="AO 110", purpose="criminal_investigation",
                 title="Grand jury subpoena")


def state_grand_jury(ctx: Ctx) -> Draft:
    agency, officer = _agent(ctx, "district-attorney")
    s = random_subject(ctx, ids=ctx.choice([(), ("ssn_last4",)]))
    ask = ctx.want(ctx.choice([["wages", "employment"], ["benefits", "claims"],
                               ["address", "vehicle"]]))
    blocks = [
        _court_caption(ctx, False),
        Block("para", f"{ctx.choice(['STATEWIDE', '2025-2026 COUNTY'])} GRAND JURY"),
        Block("heading", "SUBPOENA DUCES TECUM TO APPEAR BEFORE THE GRAND JURY"),
        Block("para", "THE PEOPLE OF THE STATE OF COLORADO, TO: "
                      + ctx.choice(CUSTODIANS)),
        Block("para", "YOU ARE HEREBY COMMANDED to appear before the Grand Jury and to bring "
                      f"with you the {ask} relating to {subject_inline(ctx, s)}, pursuant to "
                      f"{ctx.cite('crs16-5-204')}."),
        Block("para", "In lieu of personal appearance, the records may be delivered to the "
                      "District Attorney's investigator named below."),
        Block("fields", [("Issued by the Clerk of the Court", ctx.choice(CLERKS)),
                         ("Requested by", f"{officer.name}, {officer.title}"),
                         ("Telephone", officer.phone or ""), ("Email", officer.email or "")]),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="grand_jury_subpoena", form=None, purpose="criminal_investigation",
                 title="Grand jury subpoena")


def ao88b(ctx: Ctx) -> Draft:
    """A civil subpoena issued by a private attorney: purpose is neither criminal nor
    immigration."""
    agency = make_agency(ctx, "other")
    agency.name = ctx.choice(["Hollister & Vance LLP", "Martinez Brandt, P.C.",
                              "Rocky Mountain Legal Aid"])
    agency.domain = "lawfirm.com"
    officer = random_officer(ctx, ["Attorney", "Attorney for Plaintiff"], "lawfirm.com")
    s = random_subject(ctx)
    ask = ctx.want(ctx.choice([["wages", "employment"], ["claims"], ["address", "vehicle"]]))
    blocks = [
        Block("small", "AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or "
                       "Objects or to Permit Inspection of Premises in a Civil Action"),
        _court_caption(ctx, True),
        Block("fields", [("Plaintiff", ctx.choice(["Apex Staffing LLC", "Dana Whitcomb"])),
                         ("v.", ""), ("Defendant", name_as(ctx, s, "first_last")),
                         ("Civil Action No.", case_number(ctx, "civil"))]),
        Block("heading", "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT "
                         "INSPECTION OF PREMISES IN A CIVIL ACTION"),
        Block("para", f"To: {ctx.choice(CUSTODIANS)}"),
        Block("para", "YOU ARE COMMANDED to produce at the time, date, and place set forth below "
                      "the following documents, electronically stored information, or objects, "
                      f"and to permit inspection, copying, testing, or sampling of the material: "
                      f"{ask} of {name_as(ctx, s)}"
                      + (f", date of birth {dob_as(ctx, s.dob)}." if s.dob else ".")),
        Block("para", f"The following provisions of {ctx.cite('frcp45')} are attached – Rule "
                      "45(c), relating to the place of compliance; Rule 45(d), relating to your "
                      "protection as a person subject to a subpoena; and Rule 45(e) and (g), "
                      "relating to your duty to respond to this subpoena."),
        Block("fields", [("Date", letter_date(ctx)), ("CLERK OF COURT", "OR"),
                         ("Attorney's signature", officer.name)]),
        Block("para", "The name, address, e-mail address, and telephone number of the attorney "
                      f"representing the plaintiff, who issues or requests this subpoena, are: "
                      f"{officer.name}, {agency.name}, {officer.email}, {officer.phone}"),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="court_subpoena", form="AO 88B", purpose="unknown",
                 title="Civil subpoena")


def state_subpoena(ctx: Ctx) -> Draft:
    agency, officer = _agent(ctx, "district-attorney")
    s = random_subject(ctx)
    ask = ctx.want(ctx.choice([["address", "phone"], ["wages"], ["photo", "license"]]))
    clerk_signed = ctx.chance(0.5)
    blocks = [
        _court_caption(ctx, False),
        Block("fields", [("THE PEOPLE OF THE STATE OF COLORADO", "v."),
                         ("Defendant", name_as(ctx, s, "LAST, First")),
                         ("Case No.", case_number(ctx, "state"))]),
        Block("heading", ctx.choice(["SUBPOENA DUCES TECUM", "SUBPOENA TO PRODUCE "
                                                             "DOCUMENTS"])),
        Block("para", f"TO: {ctx.choice(CUSTODIANS)}"),
        Block("para", "YOU ARE COMMANDED to produce the following at the trial of the above "
                      f"case: {ask} for the defendant"
                      + (f", born {dob_as(ctx, s.dob)}." if s.dob else ".")),
        Block("para", "Failure to obey this subpoena may be punished as contempt of court."),
    ]
    if clerk_signed:
        blocks.append(Block("sig", ["Clerk of the Court / Deputy Clerk", ctx.choice(CLERKS)]))
        blocks.append(Block("fields", [("Requesting attorney", officer.name),
                                       ("Title", officer.title),
                                       ("Phone", officer.phone or "")]))
    else:
        blocks.append(Block("sig", ["Attorney's signature", officer.name, officer.title,
                                    agency.name, officer.phone or ""]))
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="court_subpoena", form=None, purpose="criminal_investigation",
                 title="Subpoena")


def ao89b(ctx: Ctx) -> Draft:
    agency, officer = _agent(ctx, "doj-usao")
    s = random_subject(ctx, ids=ctx.choice([(), ("drivers_license",)]))
    ask = ctx.want(ctx.choice([["license", "photo", "address"], ["wages", "employment"]]))
    defendant = name_as(ctx, s, "LAST, FIRST")
    blocks = [
        Block("small", "AO 89B (07/16) Subpoena to Produce Documents, Information, or Objects "
                       "in a Criminal Case"),
        _court_caption(ctx, True),
        Block("fields", [("United States of America", "v."), ("Defendant", defendant),
                         ("Case No.", case_number(ctx, "federal"))]),
        Block("heading", "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS IN A CRIMINAL "
                         "CASE"),
        Block("para", f"To: {ctx.choice(CUSTODIANS)}"),
        Block("para", "YOU ARE COMMANDED to produce at the time, date, and place set forth below "
                      f"the following: {ask} relating to {subject_inline(ctx, s)}."),
        Block("fields", [("Date", letter_date(ctx)), ("CLERK OF COURT", ctx.choice(CLERKS))]),
        Block("para", "The name, address, e-mail, and telephone number of the attorney "
                      "representing the United States, who requests this subpoena, are: "
                      f"{officer.name}, {officer.title}, {officer.email}, {officer.phone}"),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="court_subpoena", form="AO 89B", purpose="criminal_investigation",
                 title="Criminal trial subpoena")
