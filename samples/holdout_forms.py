"""Holdout family: legal process worded and laid out independently of the dev templates."""

from __future__ import annotations

from requestdesk.samples.agencies import make_agency, titles
from requestdesk.samples.holdout_letters import _described, _staff
from requestdesk.samples.model import Agency, Block, Ctx, Draft, Officer
from requestdesk.samples.people import CLERKS, JUDGES, name_as, random_officer, random_subject

_RECIPIENTS = ["Colorado Department of Labor & Employment, Attn: Legal Unit",
               "DMV Investigations / Records, 1881 Pierce St, Lakewood CO",
               "Colorado Dept. of Human Services – Office of Records"]


def _transmittal(ctx: Ctx, draft_agency: Agency, officer: Officer, what: str,
                 ask: str) -> list[Block]:
    return [Block("letterhead", [draft_agency.name, *draft_agency.office]),
            Block("para", ctx.choice([
                f"Your office is hereby served with the accompanying {what}. Kindly furnish the "
                f"{ask} to the undersigned.",
                f"As discussed by phone, I am forwarding the {what}. The records wanted are: "
                f"{ask}.",
            ])),
            Block("sig", [officer.name, officer.title, officer.phone or "",
                          officer.email or ""]),
            Block("page")]


def fed_search_warrant(ctx: Ctx) -> Draft:
    agency, officer = _staff(ctx, ctx.choice(["doj-fbi", "usps-uspis", "dhs-ice-hsi"]))
    s = random_subject(ctx)
    ask = ctx.want(ctx.choice([["address", "photo"], ["vehicle", "license"]]))
    offense = ctx.cite(ctx.choice(["18usc1341", "18usc1708", "8usc1324"]))
    blocks = [
        *_transmittal(ctx, agency, officer, "search and seizure warrant", ask),
        Block("small", "AO 93 (Rev. 11/13)"),
        Block("caption", ["UNITED STATES DISTRICT COURT", "District of Colorado"]),
        Block("heading", "SEARCH AND SEIZURE WARRANT"),
        Block("para", "To: Any authorized law enforcement officer"),
        Block("para", "The affidavit of a federal agent establishes probable cause to search "
                      "the records held by the State of Colorado concerning "
                      f"{_described(ctx, s)} for evidence of a violation of {offense}, specifically {ask}."),
        Block("para", f"This warrant is issued under {ctx.cite('frcrp41')}."),
        Block("sig", [f"/s/ {ctx.choice(JUDGES)}", "United States Magistrate Judge"]),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="judicial_warrant", form="AO 93", purpose="criminal_investigation",
                 title="Warrant")


def county_warrant(ctx: Ctx) -> Draft:
    agency, officer = _staff(ctx, ctx.choice(["sheriff", "local-police"]))
    s = random_subject(ctx, ids=("drivers_license",))
    ask = ctx.want(ctx.choice([["photo", "license", "address"], ["wages", "employment"]]))
    blocks = [
        Block("caption", ["COUNTY COURT, LARIMER COUNTY, COLORADO"]),
        Block("heading", "WARRANT TO SEARCH FOR AND SEIZE RECORDS"),
        Block("para", f"Upon the sworn affidavit of {officer.title} {officer.name} of the "
                      f"{agency.name}, the Court finds probable cause to believe that records "
                      f"of {_described(ctx, s)} constitute evidence of the crime of burglary."),
        Block("para", f"You are commanded to seize the {ask}, and return this warrant within "
                      f"ten days, as required by {ctx.cite('crs16-3-301')}."),
        Block("sig", [ctx.choice(JUDGES), "County Court Judge"]),
        Block("fields", [("Affiant contact", f"{officer.phone}, {officer.email}")]),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="judicial_warrant", form=None, purpose="criminal_investigation",
                 title="County court warrant")


def disclosure_order(ctx: Ctx) -> Draft:
    agency, officer = _staff(ctx, "district-attorney")
    s = random_subject(ctx, with_dob=False)
    ask = ctx.want(ctx.choice([["claims", "wages"], ["benefits"], ["address", "phone"]]))
    blocks = [
        Block("caption", ["DISTRICT COURT, MESA COUNTY, COLORADO", "Court Address: 125 N. "
                          "Spruce St., Grand Junction, CO 81501"]),
        Block("fields", [("Plaintiff", "PEOPLE OF THE STATE OF COLORADO"),
                         ("Defendant", name_as(ctx, s, "First LAST")),
                         ("Case Number", "25CR" + str(ctx.rng.randint(1000, 9999))),
                         ("Attorney", f"{officer.name}, {officer.title}, {officer.phone}")]),
        Block("heading", "ORDER GRANTING PEOPLE'S MOTION FOR DISCLOSURE OF RECORDS"),
        Block("para", "The Court has considered the People's motion and finds good cause. "
                      f"IT IS ORDERED that the agency shall disclose the {ask} of the defendant "
                      "to the District Attorney within 21 days."),
        Block("sig", ["BY THE COURT:", ctx.choice(JUDGES), "District Court Judge"]),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="court_order", form=None, purpose="criminal_investigation",
                 title="Order")


def gj_subpoena(ctx: Ctx) -> Draft:
    agency, officer = _staff(ctx, "doj-usao")
    s = random_subject(ctx, ids=ctx.choice([(), ("ssn_last4",)]))
    ask = ctx.want(ctx.choice([["wages", "claims"], ["identity_documents", "photo"]]))
    blocks = [
        Block("small", "AO 110 (Rev. 06/09)"),
        Block("caption", ["UNITED STATES DISTRICT COURT", "for the District of Colorado"]),
        Block("heading", "SUBPOENA TO TESTIFY BEFORE A GRAND JURY"),
        Block("fields", [("Grand Jury", f"{ctx.choice(['23-1', '24-2', '25-1'])}"),
                         ("To", ctx.choice(_RECIPIENTS))]),
        Block("para", f"Bring the following: {ask} regarding {_described(ctx, s)}. Personal "
                      "appearance is excused if the records are produced to the agent assigned."),
        Block("fields", [("CLERK OF COURT", ctx.choice(CLERKS)),
                         ("Requested by AUSA", f"{officer.name} ({officer.email}, "
                                               f"{officer.phone})")]),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="grand_jury_subpoena", form="AO 110", purpose="criminal_investigation",
                 title="GJ subpoena")


def clerk_subpoena(ctx: Ctx) -> Draft:
    agency, officer = _staff(ctx, "district-attorney")
    s = random_subject(ctx, with_dob=False)
    ask = ctx.want(ctx.choice([["address"], ["vehicle", "license"]]))
    blocks = [
        Block("caption", ["COUNTY COURT, PUEBLO COUNTY, STATE OF COLORADO"]),
        Block("heading", "SUBPOENA TO PRODUCE OR PERMIT INSPECTION"),
        Block("para", f"People v. {name_as(ctx, s, 'Last, First')}"),
        Block("para", f"You are ordered to produce the {ask} concerning the defendant at the "
                      "trial set in this matter."),
        Block("sig", ["Issued by the Clerk:", ctx.choice(CLERKS), "Deputy Clerk"]),
        Block("para", f"Requesting party: {officer.name}, {officer.title}, {agency.name}, "
                      f"{officer.phone}"),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="court_subpoena", form=None, purpose="criminal_investigation",
                 title="Subpoena")


def ice_subpoena(ctx: Ctx) -> Draft:
    agency, officer = _staff(ctx, "dhs-ice-ero")
    s = random_subject(ctx, ids=("a_number",))
    ask = ctx.want(ctx.choice([["address", "employment"], ["photo", "identity_documents"]]))
    blocks = [
        Block("letterhead", ["Department of Homeland Security", "U.S. Immigration and Customs "
                                                                "Enforcement"]),
        Block("heading", "Immigration Enforcement Subpoena (Form I-138)"),
        Block("para", f"You are required to furnish the {ask} for {_described(ctx, s)}. The "
                      "records are sought to determine the person's removability."),
        Block("para", f"Issued pursuant to {ctx.cite('8usc1225')}; see also "
                      f"{ctx.cite('8cfr287.4')}."),
        Block("para", "Should you fail to comply, the Government may seek enforcement in a "
                      "United States District Court, and the court may issue an order requiring "
                      "compliance."),
        Block("sig", [officer.name, officer.title, officer.phone or ""]),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="administrative_subpoena", form="I-138", purpose="civil_immigration",
                 title="I-138")


def oig_subpoena(ctx: Ctx) -> Draft:
    agency, officer = _staff(ctx, ctx.choice(["dol-oig", "ssa-oig"]))
    s = random_subject(ctx)
    ask = ctx.want(["wages", "claims"])
    blocks = [
        Block("letterhead", [agency.name]),
        Block("heading", "INSPECTOR GENERAL SUBPOENA"),
        Block("para", f"Pursuant to {ctx.cite('5usc406')}, you are directed to produce the "
                      f"{ask} concerning {_described(ctx, s)}, in connection with a criminal "
                      "investigation of benefit fraud."),
        Block("para", "This subpoena may be enforced by a United States district court."),
        Block("sig", ["Deputy Inspector General for Investigations", "", "Point of contact: "
                      + officer.name, officer.title, officer.phone or ""]),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="administrative_subpoena", form=None,
                 purpose="criminal_investigation", title="OIG subpoena")


def customs_summons(ctx: Ctx) -> Draft:
    agency, officer = _staff(ctx, "dhs-cbp")
    s = random_subject(ctx)
    ask = ctx.want(["address", "employment"])
    blocks = [
        Block("heading", "U.S. Customs and Border Protection – Summons (CBP Form 3115)"),
        Block("para", f"Under the authority of {ctx.cite('19usc1509')}, you are summoned to "
                      f"produce {ask} pertaining to {_described(ctx, s)} in connection with an "
                      "inquiry into unlawful importation, a criminal matter under "
                      f"{ctx.cite('18usc542')}."),
        Block("sig", [officer.name, officer.title, officer.email or ""]),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="administrative_subpoena", form="CBP 3115",
                 purpose="criminal_investigation", title="Summons")


def arrest_warrant_alien(ctx: Ctx) -> Draft:
    agency = make_agency(ctx, "dhs-ice-ero")
    officer = random_officer(ctx, titles("dhs-ice-ero"), agency.domain)
    s = random_subject(ctx, with_dob=False, ids=("a_number",))
    c1, c2 = ctx.cite("ina236"), ctx.cite("ina287")
    blocks = [
        Block("heading", "Warrant for Arrest of Alien"),
        Block("fields", [("File No.", s.ids[0][2]), ("Subject", name_as(ctx, s, "LAST, FIRST"))]),
        Block("para", f"To any immigration officer authorized under {c1} and {c2}: it appears "
                      "that there is probable cause to believe the subject is removable. You are "
                      "commanded to arrest the above-named alien."),
        Block("sig", ["Signature of Authorized Immigration Officer", officer.name,
                      officer.title]),
        Block("small", "Form I-200"),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="administrative_warrant", form="I-200", purpose="civil_immigration",
                 title="I-200")


def removal_warrant(ctx: Ctx) -> Draft:
    agency = make_agency(ctx, "dhs-ice-ero")
    officer = random_officer(ctx, ["Field Office Director", "Deportation Officer"],
                             agency.domain)
    s = random_subject(ctx, ids=("a_number",))
    blocks = [
        Block("heading", "Warrant of Removal/Deportation (Form I-205)"),
        Block("para", f"{_described(ctx, s)} is subject to removal pursuant to a final order "
                      "by (check one):"),
        Block("checks", [(True, "an immigration judge"), (False, "a designated official"),
                         (False, "a United States District or Magistrate Court Judge")]),
        Block("para", f"Authority: {ctx.cite('ina241')}. Any immigration officer is commanded to "
                      "take the alien into custody and remove him or her."),
        Block("sig", [officer.name, officer.title]),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 process="administrative_warrant", form="I-205", purpose="civil_immigration",
                 title="I-205")


def jail_detainer(ctx: Ctx) -> Draft:
    form = ctx.choice(["I-247A", "I-247A", "I-247D"])
    agency = make_agency(ctx, "dhs-ice-ero")
    officer = random_officer(ctx, titles("dhs-ice-ero"), agency.domain)
    s = random_subject(ctx, ids=("a_number",))
    blocks = [
        Block("heading", f"Immigration Detainer ({form})"),
        Block("fields", [("Subject ID", str(ctx.rng.randint(10**8, 4 * 10**8))),
                         ("Event #", f"SLC{ctx.rng.randint(10**9, 10**10)}"),
                         ("File No", s.ids[0][2]),
                         ("Detainee", _described(ctx, s))]),
        Block("para", "DHS requests that you hold this person for up to 48 hours past the "
                      "scheduled release time and notify ICE before release, under "
                      f"{ctx.cite('8cfr287.7')}."),
        Block("sig", [f"{officer.name}, {officer.title}"]),
    ]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s], process="detainer",
                 form=form, purpose="civil_immigration", title="Detainer")


HOLDOUT_FORMS = {f.__name__: f for f in (
    fed_search_warrant, county_warrant, disclosure_order, gj_subpoena, clerk_subpoena,
    ice_subpoena, oig_subpoena, customs_summons, arrest_warrant_alien, removal_warrant,
    jail_detainer)}
