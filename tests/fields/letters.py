"""Hand-written requests (not from the sample corpus) with what a clerk would log for each."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Letter:
    id: str
    text: str
    agency: str
    person: str | None
    subjects: list[tuple[str, str | None]]  # (name, dob)
    headers: dict[str, str] = field(default_factory=dict)
    attachment_from: int | None = None
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    component: str | None = None
    ids: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # name -> identifiers


LETTERS: list[Letter] = [
    Letter(
        "ero-letter",
        """
        U.S. Department of Homeland Security
        Immigration and Customs Enforcement
        Enforcement and Removal Operations - Denver Field Office
        12445 E. Caley Ave, Centennial, CO 80111

        Colorado Department of Revenue
        Division of Motor Vehicles

        RE: Request for records - HERNÁNDEZ-LÓPEZ, María (DOB 03/14/1987)

        Dear Records Custodian,
        ICE is requesting the current address and photograph on file for the
        individual listed above, A-Number A 201-555-123. This is for official use.

        Sincerely,
        John Q. Smith
        Deportation Officer
        ICE/ERO Denver
        (303) 555-1234
        john.smith@ice.dhs.gov
        """,
        "dhs-ice-ero", "John Q. Smith", [("María Hernández-López", "1987-03-14")],
        title="Deportation Officer", email="john.smith@ice.dhs.gov", phone="(303) 555-1234",
        ids={"María Hernández-López": [("a_number", "A201555123")]},
    ),
    Letter(
        "police-email",
        """
        Hi,

        Can you send me whatever you have on Jose Luis PEREZ, dob 5-2-91? We're working a
        burglary case. Also his associate Ana Torres (born 14 March 1990), DL# 12-345-6789.

        Thanks,
        Det. Mark Ramirez #4471
        Aurora Police Department - Major Crimes Unit
        720-555-0199
        """,
        "local-police", "Mark Ramirez",
        [("Jose Luis Perez", "1991-05-02"), ("Ana Torres", "1990-03-14")],
        headers={"From": "Ramirez, Mark <mramirez@auroragov.org>", "To": "records@state.co.us",
                 "Subject": "records request"},
        email="mramirez@auroragov.org", phone="720-555-0199",
        ids={"Ana Torres": [("drivers_license", "123456789")]},
    ),
    Letter(
        "fbi-list",
        """
        FEDERAL BUREAU OF INVESTIGATION
        Denver Field Office

        Colorado Department of Labor and Employment
        Attn: Custodian of Records

        The FBI requests wage and employer records for the following individuals in connection
        with an investigation of 18 U.S.C. 1343:

        1. GARCIA, Juan Carlos      DOB: 01/02/1980     SSN: 123-45-6789
        2. NGUYEN, Thi Lan          DOB: 1975-07-30
        3. Robert O'NEILL           D0B : 12.11.1969

        Please contact Special Agent Karen White at (303) 629-7171 with questions.

        Respectfully,

        Karen White
        Special Agent
        """,
        "doj-fbi", "Karen White",
        [("Juan Carlos Garcia", "1980-01-02"), ("Thi Lan Nguyen", "1975-07-30"),
         ("Robert O'Neill", "1969-12-11")],
        title="Special Agent", phone="(303) 629-7171",
        ids={"Juan Carlos Garcia": [("ssn_last4", "6789")]},
    ),
    Letter(
        "detainer",
        """
        DEPARTMENT OF HOMELAND SECURITY
        IMMIGRATION DETAINER - NOTICE OF ACTION
        Subject ID: 389912345                Event #: DEN2105000123
        File No: 208-334-551                 Date: 06/01/2021
        TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
        Arapahoe County Detention Facility
        FROM: (Department of Homeland Security Office Address)
        ICE ERO Denver, 12445 E. Caley Ave, Centennial, CO 80111
        Name of Alien: RAMIREZ CASTILLO, Pedro
        Date of Birth: 07/19/1992        Citizenship: Mexico        Sex: M
        1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN.
        IT IS REQUESTED THAT YOU maintain custody of the alien for a period NOT TO EXCEED 48 HOURS.

        Signature of Authorized Immigration Officer
        (Name and title of Immigration Officer)
        Daniel K. Brooks, Supervisory Detention and Deportation Officer
        """,
        "dhs-ice-ero", "Daniel K. Brooks", [("Pedro Ramirez Castillo", "1992-07-19")],
        ids={"Pedro Ramirez Castillo": [("a_number", "A208334551")]},
    ),
    Letter(
        "hsi-email-with-warrant",
        """
        Good morning,

        Attached is a federal search warrant for records held by your division. Please
        send the responsive records to me by the date in the warrant.

        V/r,
        SA Thomas Whitfield
        Homeland Security Investigations - Denver
        Office: 303-721-3000
        \f
        UNITED STATES DISTRICT COURT
        for the
        District of Colorado

        In the Matter of the Search of records associated with
        LUIS ALBERTO MENDOZA, DOB 02/11/1985, held by the Colorado Department of Revenue

        SEARCH AND SEIZURE WARRANT
        To: Any authorized law enforcement officer
        An application by a federal law enforcement officer requests the search of the
        following property located in the District of Colorado.
        YOU ARE COMMANDED to execute this warrant on or before 10/01/2024.

        Date and time issued: 09/17/2024 2:15 pm
        Judge's signature
        Hon. Kristen L. Mix, United States Magistrate Judge
        Printed name and title
        """,
        "dhs-ice-hsi", "Thomas Whitfield", [("Luis Alberto Mendoza", "1985-02-11")],
        headers={"From": "thomas.whitfield@ice.dhs.gov", "To": "dmv.records@state.co.us",
                 "Subject": "Search warrant - records"},
        attachment_from=2, email="thomas.whitfield@ice.dhs.gov", phone="303-721-3000",
    ),
    Letter(
        "grand-jury-subpoena",
        """
        UNITED STATES DISTRICT COURT
        for the
        District of Colorado

        SUBPOENA TO TESTIFY BEFORE A GRAND JURY

        To: Custodian of Records, Colorado Department of Labor and Employment

        YOU ARE COMMANDED to appear in this United States district court at the time, date,
        and place shown below to testify before the court's grand jury, and to bring all wage
        records for TRAN, Minh Duc (DOB 09/09/1979; SSN XXX-XX-4321).

        Date: 04/02/2024
        CLERK OF COURT
        Signature of Clerk or Deputy Clerk
        Jeffrey P. Colwell

        The name, address, e-mail, and telephone number of the United States attorney, or
        assistant United States attorney, who requests this subpoena, are:
        Rebecca S. Moreno, Assistant United States Attorney
        1801 California Street, Suite 1600, Denver, CO 80202
        rebecca.moreno@usdoj.gov  (303) 454-0100
        """,
        "doj-usao", "Rebecca S. Moreno", [("Minh Duc Tran", "1979-09-09")],
        email="rebecca.moreno@usdoj.gov", phone="(303) 454-0100",
        ids={"Minh Duc Tran": [("ssn_last4", "4321")]},
    ),
    Letter(
        "i138-subpoena",
        """
        U.S. Department of Homeland Security
        Immigration and Customs Enforcement
        IMMIGRATION ENFORCEMENT SUBPOENA

        To: Colorado Department of Revenue, Division of Motor Vehicles, 1881 Pierce St,
        Lakewood, CO 80214

        In reference to: OKAFOR, Chinedu Emmanuel (A# 098-765-432)

        By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to
        produce the records listed below, pursuant to 8 U.S.C. 1225(d) and 8 CFR 287.4.
        Failure to comply may result in an order of a United States District Court.

        Name and title of issuing official: Laura J. Whitfield, Assistant Field Office Director
        Date: 03/02/2023
        """,
        "dhs-ice-ero", "Laura J. Whitfield", [("Chinedu Emmanuel Okafor", None)],
        ids={"Chinedu Emmanuel Okafor": [("a_number", "A098765432")]},
    ),
    Letter(
        "sheriff-table",
        """
        WELD COUNTY SHERIFF'S OFFICE
        1950 O Street, Greeley, Colorado 80631

        March 3, 2025

        To whom it may concern:

        Our investigations division is looking for last known addresses for the persons below,
        who are named in an active theft investigation (C.R.S. 18-4-401).

        Name                          Date of birth        DL number
        ORTEGA RUIZ, Luis Fernando    3 de mayo de 1988    CO 09-123-4567
        Sandra K. McAllister          11/30/1979           08-765-4321

        Respectfully,
        Sgt. Dana Whitaker
        Investigations Division
        dwhitaker@weldgov.com | 970-356-4015
        """,
        "sheriff", "Dana Whitaker",
        [("Luis Fernando Ortega Ruiz", "1988-05-03"), ("Sandra K. McAllister", "1979-11-30")],
        email="dwhitaker@weldgov.com", phone="970-356-4015",
    ),
    Letter(
        "cbp-email",
        """
        Good afternoon,

        CBP Office of Field Operations at Denver International Airport is requesting the
        registration and licence photo for Ngozi ADEYEMI, DOB 1983-10-02, passport A12345678.

        Thank you for your assistance,

        Adam Kowalski
        CBP Officer
        """,
        # The mail system writes "Kowalski, Adam J"; the officer signs, and is logged, as below.
        "dhs-cbp", "Adam Kowalski", [("Ngozi Adeyemi", "1983-10-02")],
        headers={"From": '"Kowalski, Adam J" <adam.kowalski@cbp.dhs.gov>',
                 "To": "records@dor.state.co.us", "Subject": "Request"},
        email="adam.kowalski@cbp.dhs.gov",
        ids={"Ngozi Adeyemi": [("passport", "A12345678")]},
    ),
    Letter(
        "da-investigator",
        """
        OFFICE OF THE DISTRICT ATTORNEY
        EIGHTEENTH JUDICIAL DISTRICT
        6450 S. Revere Parkway, Centennial, CO 80111

        Re: People v. Darnell Washington, Case No. 23CR1234

        Dear Custodian of Records:

        In preparation for trial, our office requests all employment and wage records pertaining
        to the defendant, Darnell Washington (DOB 8/8/1995), for 2021 through 2023.

        Please direct questions to me at 720-874-8500.

        Sincerely,

        Carla Mendez
        Investigator, Office of the District Attorney
        """,
        "district-attorney", "Carla Mendez", [("Darnell Washington", "1995-08-08")],
        phone="720-874-8500",
    ),
    Letter(
        "ssa-oig",
        """
        SOCIAL SECURITY ADMINISTRATION
        Office of the Inspector General
        Office of Investigations - Denver Field Division

        Subject: Kevin Lee MORGAN, SSN ending in 7788, DOB: Dec. 1, 1970

        The Social Security Administration, Office of the Inspector General is investigating
        a violation of 42 U.S.C. 408. Please provide unemployment insurance claims filed by the
        subject above since January 2022.

        Regards,
        Priya Shah
        Special Agent, SSA OIG
        priya.shah@ssa.gov
        """,
        "ssa-oig", "Priya Shah", [("Kevin Lee Morgan", "1970-12-01")],
        email="priya.shah@ssa.gov",
        ids={"Kevin Lee Morgan": [("ssn_last4", "7788")]},
    ),
    Letter(
        "state-patrol-forward",
        """
        FYI - see below. Can someone in records handle this?

        ---------- Forwarded message ---------
        From: Trooper Eric Lindqvist <eric.lindqvist@state.co.us>
        Date: Mon, Feb 3, 2025 at 9:12 AM
        Subject: vehicle owner info
        To: DMV Records <dmv.records@state.co.us>

        Hello, Colorado State Patrol here. I need the registered owner history and licence
        photo for Marcus DELGADO-VEGA (DOB 02/29/1996). He was involved in a hit and run on
        I-25 (C.R.S. 42-4-1601).

        Trooper Eric Lindqvist
        Colorado State Patrol, Troop 1A
        """,
        "state-police", "Eric Lindqvist", [("Marcus Delgado-Vega", "1996-02-29")],
        headers={"From": "Pat Clerk <pat.clerk@state.co.us>", "To": "records@state.co.us",
                 "Subject": "Fwd: vehicle owner info"},
        email="eric.lindqvist@state.co.us",
    ),
    Letter(
        "hsi-fields",
        """
        U.S. Immigration and Customs Enforcement
        Homeland Security Investigations
        Office of the Special Agent in Charge - Denver

        REQUEST FOR INFORMATION

        Name: Alejandra Beatriz SOTO MIRANDA
        Date of Birth: 17 June 1990
        Passport: G87654321 (Mexico)

        HSI is investigating document fraud in violation of 18 U.S.C. 1546 and requests any
        identity documents presented by the person above when applying for a licence.

        Respectfully,

        /s/ Melissa Grant
        Special Agent
        Homeland Security Investigations
        melissa.grant@ice.dhs.gov
        """,
        "dhs-ice-hsi", "Melissa Grant", [("Alejandra Beatriz Soto Miranda", "1990-06-17")],
        title="Special Agent", email="melissa.grant@ice.dhs.gov",
        ids={"Alejandra Beatriz Soto Miranda": [("passport", "G87654321")]},
    ),
    Letter(
        "i200",
        """
        U.S. DEPARTMENT OF HOMELAND SECURITY
        WARRANT FOR ARREST OF ALIEN
        File No. 201 445 789
        Date: 09/14/2022

        To: Any immigration officer authorized pursuant to sections 236 and 287 of the
        Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations.

        I have determined that there is probable cause to believe that ESPINOZA MEJIA, Carlos
        Andrés is removable from the United States.

        YOU ARE COMMANDED to arrest and take into custody for removal proceedings the
        above-named alien.

        (Signature of Authorized Immigration Officer)
        Rachel T. Okoye, Supervisory Detention and Deportation Officer
        (Printed Name and Title of Authorized Immigration Officer)
        """,
        "dhs-ice-ero", "Rachel T. Okoye", [("Carlos Andrés Espinoza Mejia", None)],
        ids={"Carlos Andrés Espinoza Mejia": [("a_number", "A201445789")]},
    ),
    Letter(
        "no-person-subject",
        """
        Lakewood Police Department
        445 S. Allison Parkway, Lakewood, CO 80226

        We are investigating a vehicle used in a robbery on 4/5/2025. Please provide the
        registration history for VIN 1HGCM82633A004352.

        Sincerely,
        Officer Brenda Kline
        Lakewood Police Department
        """,
        "local-police", "Brenda Kline", [],
    ),
]

LETTERS += [
    Letter(
        "fax-cover",
        """
        FAX COVER SHEET
        Date: 11/02/2024
        To: Colorado Department of Revenue - Records
        From: Investigator Paul Dubois
        Agency: Pueblo County Sheriff's Office
        Phone: 719-583-6125        Fax: 719-583-6200
        Pages: 2
        Re: records request - KOWALCZYK, Anna M. (D.O.B. 06-21-1966)

        Comments: need current address and vehicle registrations. Thanks.
        """,
        "sheriff", "Paul Dubois", [("Anna M. Kowalczyk", "1966-06-21")], phone="719-583-6125",
    ),
    Letter(
        "i205",
        """
        U.S. Department of Homeland Security
        WARRANT OF REMOVAL/DEPORTATION
        File No: A 099 887 766
        Date: 01/15/2024

        To any immigration officer of the United States Department of Homeland Security:

        ABDULLAH, Yusuf Karim
        (Full name of alien)

        who entered the United States at El Paso, Texas on 03/03/2015, is subject to removal
        from the United States, based upon a final order by an immigration judge in exclusion,
        deportation, or removal proceedings.

        [ ] a United States District or Magistrate Court Judge

        (Signature of immigration officer)
        Mark D. Sullivan, Field Office Director
        (Title of immigration officer)
        """,
        "dhs-ice-ero", "Mark D. Sullivan", [("Yusuf Karim Abdullah", None)],
        ids={"Yusuf Karim Abdullah": [("a_number", "A099887766")]},
    ),
    Letter(
        "dea-subpoena",
        """
        U.S. Department of Justice
        Drug Enforcement Administration
        Rocky Mountain Field Division

        SUBPOENA
        In the matter of an investigation under 21 U.S.C. 876
        To: Custodian of Records, Colorado Department of Labor and Employment

        You are hereby required to produce wage and employer records for the following persons:

          a) Hector Villalobos-Ortiz, DOB 10/10/1980
          b) Yolanda Ibarra, DOB 04/22/1983

        Issued by: Diversion Investigator Kenneth Park
        Telephone: (571) 362-1000
        """,
        "doj-dea", "Kenneth Park",
        [("Hector Villalobos-Ortiz", "1980-10-10"), ("Yolanda Ibarra", "1983-04-22")],
        phone="(571) 362-1000",
    ),
    Letter(
        "court-order-2703d",
        """
        IN THE UNITED STATES DISTRICT COURT
        FOR THE DISTRICT OF COLORADO

        Case No. 24-sc-00417-NRN

        IN THE MATTER OF THE APPLICATION OF THE UNITED STATES FOR AN ORDER PURSUANT TO
        18 U.S.C. 2703(d)

        ORDER

        This matter comes before the Court on the application of the United States, through
        Assistant United States Attorney Julia Brennan, for records associated with the account
        of Samuel T. Whitaker-Jones, date of birth May 5, 1979.

        IT IS ORDERED that the Colorado Department of Labor and Employment disclose the records.

        BY THE COURT:
        N. Reid Neureiter
        United States Magistrate Judge
        """,
        "doj-usao", "Julia Brennan", [("Samuel T. Whitaker-Jones", "1979-05-05")],
    ),
]

LETTERS += [
    Letter(
        "hsi-email-prose",
        """
        Good afternoon Ms. Alvarez,

        We are looking for Miguel Ángel Torres, who may be living in Aurora. Ms. Beatriz Salas (his
        employer) told us he moved. Please also check Mr. Jonah PRICE-WELLS, born 7 Aug 1979.

        Name                 DOB          SSN
        Rosa M. Quintero     02/14/1988   XXX-XX-1122

        Thanks,
        SA Jane Roe
        HSI Denver | Desk: 303-555-0101
        cc: Tom Becker, Group Supervisor
        """,
        "dhs-ice-hsi", "Jane Roe",
        [("Miguel Ángel Torres", None), ("Jonah Price-Wells", "1979-08-07"),
         ("Rosa M. Quintero", "1988-02-14")],
        headers={"From": "Roe, Jane <jane.roe@ice.dhs.gov>",
                 "To": "Maria Alvarez <malvarez@state.co.us>", "Subject": "Lookup"},
        email="jane.roe@ice.dhs.gov", phone="303-555-0101",
        ids={"Rosa M. Quintero": [("ssn_last4", "1122")]},
    ),
    Letter(
        "atf-caps-rows",
        """
        UNITED STATES DEPARTMENT OF JUSTICE
        BUREAU OF ALCOHOL, TOBACCO, FIREARMS AND EXPLOSIVES
        Denver Field Division

        July 3, 2025

        Colorado Department of Revenue
        Attn: Motor Vehicle Records

        Dear Sir or Madam:

        ATF is conducting a criminal investigation into violations of 18 U.S.C. § 922(g). I
        respectfully request copies of the driver's license application and photograph for:

            TERRELL DWAYNE JACKSON     DOB: 04/30/1990    CO DL# 991-22-3344
            KIMBERLY ANN JACKSON        DOB: 11/02/1992

        Very truly yours,

        Marcus L. Greene
        Special Agent
        (303) 575-7600
        marcus.greene@atf.gov
        """,
        "doj-atf", "Marcus L. Greene",
        [("Terrell Dwayne Jackson", "1990-04-30"), ("Kimberly Ann Jackson", "1992-11-02")],
        title="Special Agent", email="marcus.greene@atf.gov", phone="(303) 575-7600",
        ids={"Terrell Dwayne Jackson": [("drivers_license", "991223344")],
             "Kimberly Ann Jackson": []},
    ),
]

LETTERS += [
    Letter(
        "fbi-semicolons-and-poc",
        """
        U.S. Department of Justice
        Federal Bureau of Investigation
        Denver Division

        RE: Request for Records - Subject: JOHNSON, Tyrell Marcus; DOB: 02/17/1991; SSN: XXX-XX-4420

        The FBI is investigating a violation of 18 U.S.C. 2113. Subjects: Juan Perez (DOB 1/1/1980)
        and Maria Perez (DOB 2/2/1982) are also of interest.

        Point of Contact: SA Robert Chen, (303) 629-7171, rchen@fbi.gov

        Sincerely,

        Dean P. Phillips
        Special Agent in Charge
        """,
        "doj-fbi", "Dean P. Phillips",
        [("Tyrell Marcus Johnson", "1991-02-17"), ("Juan Perez", "1980-01-01"),
         ("Maria Perez", "1982-02-02")],
        title="Special Agent in Charge",
        ids={"Tyrell Marcus Johnson": [("ssn_last4", "4420")]},
    ),
    Letter(
        "memo-fr",
        """
        To: DMV Records
        Fr: Sgt. Lisa Harmon, Englewood Police Dept.
        Date: 5/5/25

        Need DL photo + address on Kwame Mensah-Boateng (6/9/88) re: stolen vehicle case 25-1133.
        """,
        "local-police", "Lisa Harmon", [("Kwame Mensah-Boateng", "1988-06-09")],
    ),
    Letter(
        "request-form",
        """
        Unemployment Insurance Records Request

        Requesting Agency: Denver District Attorney's Office
        Requestor Name: Investigator Joan Whitley
        Phone: 720-913-9000
        Email: joan.whitley@denverda.org

        Claimant Name: ROSALES, Beatriz Elena
        Claimant DOB: 08/19/1979
        Claimant SSN (last 4): 3321
        """,
        "district-attorney", "Joan Whitley", [("Beatriz Elena Rosales", "1979-08-19")],
        email="joan.whitley@denverda.org", phone="720-913-9000",
        ids={"Beatriz Elena Rosales": [("ssn_last4", "3321")]},
    ),
]

LETTERS += [
    Letter(
        "cbp-summons",
        """
        DEPARTMENT OF HOMELAND SECURITY
        U.S. Customs and Border Protection
        SUMMONS

        To: Custodian of Records, Colorado Division of Motor Vehicles

        You are hereby summoned and required to appear before Luis Ferreira, an officer of U.S.
        Customs and Border Protection, to give testimony and to produce the title and
        registration history of vehicles registered to Oksana Petrenko, DOB 3 June 1984.

        Issued under 19 U.S.C. 1509.   CBP Form 3115
        """,
        "dhs-cbp", "Luis Ferreira", [("Oksana Petrenko", "1984-06-03")],
    ),
    Letter(
        "bare-address-email",
        """
        please run Jamal K. Whitaker dob 12/01/1990 for address and photo. thanks
        """,
        "doj-dea", "Kira Novak", [("Jamal K. Whitaker", "1990-12-01")],
        headers={"From": "kira.novak@dea.gov", "To": "records@state.co.us", "Subject": "lookup"},
        email="kira.novak@dea.gov",
    ),
]

LETTERS += [
    Letter(
        "one-line-signature",
        """
        Please send the records for Juan Perez (DOB 1/1/1980), Maria Perez and Luis Perez-Soto;
        we also need photos.

        Thanks,
        Dana Cruz | Special Agent | HSI Denver | 303-555-0142
        """,
        "dhs-ice-hsi", "Dana Cruz",
        [("Juan Perez", "1980-01-01"), ("Maria Perez", None), ("Luis Perez-Soto", None)],
        title="Special Agent", phone="303-555-0142",
    ),
]

LETTERS += [
    Letter(
        "two-column-state-order",
        """
        Attorney for Gabriel Ortega Title: Deputy District Attorney
        the People:

        Email: gortega@da.co.us Phone: (719) 555-2890

        DISTRICT COURT, CITY AND COUNTY OF DENVER, STATE OF COLORADO

        Defendant: NGUYEN, Huong Van

        IT IS ORDERED that the custodian of records shall produce the wage records of the
        defendant, Huong Van Nguyen (DOB 04/02/1990), to the Office of the District Attorney.

        BY THE COURT:
        Hon. Lucia M. Serrano
        District Court Judge
        """,
        "district-attorney", "Gabriel Ortega", [("Huong Van Nguyen", "1990-04-02")],
        title="Deputy District Attorney", email="gortega@da.co.us", phone="(719) 555-2890",
    ),
]

LETTERS += [
    Letter(
        "ao442-arrest-warrant",
        """
        AO 442 (Rev. 11/11) Arrest Warrant

        UNITED STATES DISTRICT COURT
        for the
        District of Colorado

        ARREST WARRANT

        To: Any authorized law enforcement officer

        YOU ARE COMMANDED to arrest and bring before a United States magistrate judge
        without unnecessary delay (name of person to be arrested) Kofi Mensah
        Boateng, who is accused of an offense or violation based on the following document.

        Date: 02/02/2025
        Kristen L. Mix, U.S. Magistrate Judge
        Printed name and title
        """,
        "other", None, [("Kofi Mensah Boateng", None)],
    ),
]

# The requester as the message signs it, and the person an assistant writes for.
LETTERS += [
    Letter(
        "header-caps-signature-plain",
        """
        Good morning,

        Could your unit confirm the current mailing address for Renata Solís, DOB 03/09/1991?
        She is a witness we need to re-interview.

        Thanks,

        Mikhail Petrenko
        Detective, Burglary Unit
        Lakewood Police Department
        Desk: 303-555-0133
        """,
        "local-police", "Mikhail Petrenko", [("Renata Solís", "1991-03-09")],
        headers={"From": '"PETRENKO, MIKHAIL R" <mpetrenko@lakewoodco.gov>', "Subject": "address"},
        email="mpetrenko@lakewoodco.gov", component="Burglary Unit",
    ),
    Letter(
        "header-plain-signature-initial",
        """
        Hello records team,

        Per our call, please send the quarterly wage history for Tobias Engel, DOB 1979-11-30.

        Regards,
        SA Marguerite L. Okonkwo
        Special Agent, Office of Investigations
        U.S. Department of Labor, Office of Inspector General
        Tel 720-555-0149
        """,
        "dol-oig", "Marguerite L. Okonkwo", [("Tobias Engel", "1979-11-30")],
        headers={"From": "Okonkwo, Marguerite <okonkwo.marguerite@oig.dol.gov>", "Subject": "wages"},
    ),
    Letter(
        "assistant-on-behalf",
        """
        Hi,

        I am writing on behalf of Sgt. Bernadette Quayle, who is out on a search today. She asks
        for the DL photo and address history of Lionel Ashby, DOB 05/05/1985, for a robbery case.
        Please reply to her directly.

        Thank you,
        Priya Raman
        Office Assistant, Criminal Investigations Bureau
        Boulder County Sheriff's Office

        Sgt. Bernadette Quayle
        Criminal Investigations Bureau, Boulder County Sheriff's Office
        bquayle@bouldercounty.gov | 303-555-0178
        """,
        "sheriff", "Bernadette Quayle", [("Lionel Ashby", "1985-05-05")],
        headers={"From": "Raman, Priya <praman@bouldercounty.gov>", "Subject": "request"},
        email="bquayle@bouldercounty.gov",
    ),
    Letter(
        "slash-rank-signature",
        """
        To the Custodian of Records:

        The Virginia State Police requests the vehicle registrations of Hollis Vance Drury,
        date of birth June 2, 1970, in a larceny investigation.

        Respectfully,
        S/A Corinne T. Whitcombe
        Virginia State Police, Bureau of Criminal Investigation
        (804) 555-0190
        """,
        "state-police", "Corinne T. Whitcombe", [("Hollis Vance Drury", "1970-06-02")],
    ),
    Letter(
        "rank-abbreviation-before-name",
        """
        Records Unit,

        Requesting the address and registered vehicles of Ysidro Paz, DOB 12/12/1990, the driver
        in a smuggling case.

        BPA Lucía Arredondo
        U.S. Border Patrol, Lordsburg Station
        Desk: 575-555-0144
        """,
        "dhs-cbp", "Lucía Arredondo", [("Ysidro Paz", "1990-12-12")],
    ),
]

LETTERS += [
    Letter(
        "typed-name-under-signature",
        """
        Dear Custodian:

        Please produce the employer and wage records of Kasimir Olenko, DOB 02/14/1977,
        in a narcotics investigation under 21 U.S.C. § 876.

        Sincerely,

        Lorna Vey
        Lorna V. Vey
        Diversion Investigator, Drug Enforcement Administration
        (404) 555-0132
        """,
        "doj-dea", "Lorna V. Vey", [("Kasimir Olenko", "1977-02-14")],
    ),
    Letter(
        "initial-signature-then-ranked-name",
        """
        Records Unit,

        Please send the last known address of Halina Brzoza, DOB 09/09/1969, who is subject to a
        final order of removal.

        Thank you,
        W. Szymanski

        DO Wiktor Szymanski
        Enforcement and Removal Operations, Chicago
        """,
        "dhs-ice-ero", "Wiktor Szymanski", [("Halina Brzoza", "1969-09-09")],
    ),
    Letter(
        "detainer-officer-name-wrapped-title",
        """
        DEPARTMENT OF HOMELAND SECURITY
        IMMIGRATION DETAINER - NOTICE OF ACTION

        Name of Alien: PAVLENKO, Oleksandr
        Date of Birth: 01/05/1988

        This request is made under sections 236 and 287 of the Immigration and Nationality Act.

        IEA Odalys M. Ferreira-Brandt, Immigration Enforcement        O. Ferreira-Brandt
        Agent

        {Name and title of immigration Officer)        {Signature of Immigration Officer)

        DHS Form I-247A (3/24)
        """,
        "dhs-ice-ero", "Odalys M. Ferreira-Brandt", [("Oleksandr Pavlenko", "1988-01-05")],
    ),
]

LETTERS += [
    Letter(
        "on-behalf-of-in-the-records-described",
        """
        Dear Custodian:

        The enclosed order directs the Department to produce the SNAP applications submitted by
        or on behalf of ROSALIND VEGA YBARRA (DOB 1986-05-17) since 2021.

        Very truly yours,
        Corinne M. Aldana
        Deputy District Attorney, Economic Crime Unit
        """,
        "district-attorney", "Corinne M. Aldana", [("Rosalind Vega Ybarra", "1986-05-17")],
    ),
]

# Session 9: who asks, when the sender is not the writer or the writer does not sign as usual.
LETTERS += [
    Letter(
        "header-nickname-signature-full-name",
        """
        Morning - can you pull the licence photo and address for Radu Constantin Iliescu,
        DOB 1985-06-30? He's a suspect in a string of catalytic converter thefts.

        Thanks,
        Det. Michael P. Donnelly
        Auto Theft Task Force, Providence Police Department
        401-555-0133
        """,
        "local-police", "Michael P. Donnelly", [("Radu Constantin Iliescu", "1985-06-30")],
        headers={"From": "Mike Donnelly <mdonnelly@providenceri.gov>",
                 "To": "dmv.records@dmv.ri.gov", "Subject": "photo request"},
    ),
    Letter(
        "header-initials-signature-full-name",
        """
        Follow-up on yesterday's call: we need the employer of record for Desmond Achterberg,
        DOB 03/19/1992, for an aggravated theft case (No. 27-004412).

        Trooper Thomas J. Brennan #811
        Delaware State Police, Troop 2
        302-555-0148 | thomas.brennan@delaware.gov
        """,
        "state-police", "Thomas J. Brennan", [("Desmond Achterberg", "1992-03-19")],
        headers={"From": "TJ Brennan <thomas.brennan@delaware.gov>",
                 "To": "UI Records <ui.records@delaware.gov>", "Subject": "RE: employer lookup"},
    ),
    Letter(
        "supervisor-forwards-detective-request",
        """
        Please handle the enclosed request from Investigator Priyanka Venkataraman of my unit. I
        approve it; reply to her directly.

        Lt. Gordon Abernathy
        Fraud Unit Commander, Boise Police Department

        From: Venkataraman, Priyanka <pvenkataraman@cityofboise.org>
        Subject: wage records

        I need the employers for Cassius Redd, DOB 08/08/1988, a suspect in check fraud.

        Inv. Priyanka Venkataraman
        Boise Police Department, Fraud Unit
        """,
        "local-police", "Priyanka Venkataraman", [("Cassius Redd", "1988-08-08")],
        headers={"From": "Abernathy, Gordon <gabernathy@cityofboise.org>",
                 "To": "idol.records@labor.idaho.gov", "Subject": "FW: wage records"},
    ),
    Letter(
        "relay-with-colonless-requester-row",
        """
        The state fusion center is only passing this along from our federal partners; please
        answer the requesting agent directly.

        Requesting agency Drug Enforcement Administration, Little Rock Resident Office
        Requester TFO Harlan J. Whitcombe
        Phone (501) 555-0170
        Subject GUERRERO SALINAS, Efraín - DOB 02/02/1990

        Regards,
        Dana Cortland
        Watch Officer, Arkansas State Fusion Center
        """,
        "doj-dea", "Harlan J. Whitcombe", [("Efraín Guerrero Salinas", "1990-02-02")],
    ),
    Letter(
        "letter-signed-without-closing-chief-in-letterhead",
        """
        CITY OF TULSA POLICE DEPARTMENT
        Financial Crimes Unit
        600 Civic Center, Tulsa, Oklahoma 74103
        Major Loretta B. Kincaid, Chief of Police

        To the Custodian of Records:

        Enclosed is an order of the District Court of Tulsa County for the wage records of
        Bartholomew Nkemelu, DOB 12/01/1984. Please return the records to me.

        Ignatius Ferreira

        Detective Ignatius Ferreira, #3310
        918-555-0181

        IN THE DISTRICT COURT OF TULSA COUNTY, STATE OF OKLAHOMA
        ORDER
        On the application of Assistant District Attorney Harmon L. Quist, the Oklahoma
        Employment Security Commission shall produce the wage records of Bartholomew Nkemelu.
        /s/ Judge Winifred Acker
        """,
        "local-police", "Ignatius Ferreira", [("Bartholomew Nkemelu", "1984-12-01")],
    ),
    Letter(
        "no-greeting-no-closing-copy-to-chief",
        """
        U.S. Department of Justice
        United States Marshals Service
        Western District of Kentucky

        The Marshals Service seeks to arrest the fugitive named below on the enclosed warrant and
        asks for his address of record and any registered vehicles.

        Subject: ABERNATHY-COLE, Jerome — DOB 09/27/1981

        Lucinda M. Fairweather
        Deputy U.S. Marshal, Fugitive Task Force

        cc: Supervisory Deputy U.S. Marshal Roland Feeney

        AO 442 (Rev. 11/11) Arrest Warrant
        UNITED STATES DISTRICT COURT
        ARREST WARRANT
        YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without
        unnecessary delay Jerome Abernathy-Cole.
        /s/ Hon. Priscilla Vandermeer, United States Magistrate Judge
        """,
        "doj-usms", "Lucinda M. Fairweather", [("Jerome Abernathy-Cole", "1981-09-27")],
    ),
    Letter(
        "form-row-read-as-columns",
        """
        MONTANA MOTOR VEHICLE DIVISION
        LAW ENFORCEMENT RECORD REQUEST

        SECTION 1 - REQUESTING AGENCY

        Requesting Officer (print)

        Rank / Badge

        Phone / E-mail

        Corbin A. Yellowtail

        Sergeant, #207

        406-555-0122

        Subject: LINDGREN, Astrid Maren - DOB 04/04/1979

        Reviewed by Lt. Wendell Pryor
        """,
        "other", "Corbin A. Yellowtail", [("Astrid Maren Lindgren", "1979-04-04")],
    ),
    Letter(
        "standalone-subpoena-case-officer-named",
        """
        DEPARTMENT OF HOMELAND SECURITY
        IMMIGRATION ENFORCEMENT SUBPOENA

        To: Custodian of Records, Oregon Employment Department

        YOU ARE HEREBY COMMANDED to produce wage records for the period 2024 to date for
        Name: IVANENKO, Oksana, Date of Birth: 1991-10-10.

        Deportation Officer Ricardo Salazar-Quint is assigned to this case and may be reached at
        (503) 555-0116.

        Name and Title of Issuing Officer                          Signature
        Felicity N. Drummond, Supervisory Detention and          /s/ Felicity N. Drummond
        Deportation Officer

        DHS Form I-138
        """,
        "dhs-ice-ero", "Felicity N. Drummond", [("Oksana Ivanenko", "1991-10-10")],
    ),
    Letter(
        "defender-investigator-cover-subpoena-requested-by-attorney",
        """
        FAX COVER SHEET
        To: Nevada Employment Security Division
        From: Yusuf Demir, Investigator
        Re: State v. Ostrowski

        OFFICE OF THE WASHOE COUNTY PUBLIC DEFENDER

        Attached is a subpoena duces tecum requested by APD Clementine Argyle. Please call me to
        arrange delivery.

        DISTRICT COURT, WASHOE COUNTY, NEVADA
        SUBPOENA DUCES TECUM
        YOU ARE COMMANDED to produce the wage history of Lukasz Ostrowski, DOB 06/06/1987.
        """,
        "other", "Clementine Argyle", [("Lukasz Ostrowski", "1987-06-06")],
    ),
    Letter(
        "support-staff-faxes-officer-form",
        """
        FAX TRANSMITTAL
        TO: Minnesota Department of Corrections, Records
        FROM: Maribel Ocampo, Mission Support Assistant
        RE: Detainer

        Please lodge the attached detainer and notify us of the release date.

        DEPARTMENT OF HOMELAND SECURITY
        IMMIGRATION DETAINER - NOTICE OF ACTION
        Name of Alien: HASSAN, Abdirahman Farah
        Date of Birth: 02/11/1989

        Evander K. Lofgren, Deportation Officer
        (Name and title of immigration officer)
        """,
        "dhs-ice-ero", "Evander K. Lofgren", [("Abdirahman Farah Hassan", "1989-02-11")],
    ),
    Letter(
        "on-behalf-of-assistant-public-defender",
        """
        LAW OFFICE OF THE MARICOPA COUNTY PUBLIC DEFENDER

        Dear Records Custodian,

        On behalf of Assistant Public Defender Rosalind T. Achebe, please find enclosed a
        subpoena for the motor vehicle record of Felix Brandvold, DOB 1977-01-21.

        Sincerely,
        Tomás Ibarra
        Investigator II
        """,
        "other", "Rosalind T. Achebe", [("Felix Brandvold", "1977-01-21")],
    ),
    Letter(
        "county-prosecutor-letterhead-two-column-signature",
        """
        HELENA K. VOSS, MONMOUTH COUNTY PROSECUTOR
        Major Crimes Bureau

        SUBPOENA DUCES TECUM
        YOU ARE HEREBY COMMANDED to produce the driver history of Caspian Oduya, DOB 07/07/1993.

        /s/ Raymond E. Castellano             /s/ Clerk, Superior Court of New Jersey
        Raymond E. Castellano, Assistant Prosecutor
        """,
        "district-attorney", "Raymond E. Castellano", [("Caspian Oduya", "1993-07-07")],
    ),
]

# Session 9: whose records — courts after a caption's names, race/sex codes, stroked letters,
# form labels, and table cells that wrap.
LETTERS += [
    Letter(
        "county-court-after-defendants-names",
        """
        OFFICE OF THE COMMONWEALTH'S ATTORNEY, ARLINGTON COUNTY

        Re: Commonwealth v. Okonjo and Lindqvist, Arlington Circuit Court CR27000311

        Dear Sir or Madam:

        Please provide the wage records of both defendants:
        Defendant 1: Chidera Ann OKONJO, born May 9, 1992
        Defendant 2: Henrik Pål LINDQVIST, born 14 February 1988

        Very truly yours,
        Rosalind P. Achterberg
        Assistant Commonwealth's Attorney
        """,
        "district-attorney", "Rosalind P. Achterberg",
        [("Chidera Ann Okonjo", "1992-05-09"), ("Henrik Pål Lindqvist", "1988-02-14")],
    ),
    Letter(
        "race-and-sex-code-after-name",
        """
        FUGITIVE LOCATE REQUEST
        FROM: Deputy U.S. Marshal Corwin Ashby

        NAME: OYELARAN, Babatunde Kayode B/M DOB: 03/03/1980
        Please provide his address of record and registered vehicles.
        """,
        "doj-usms", "Corwin Ashby", [("Babatunde Kayode Oyelaran", "1980-03-03")],
    ),
    Letter(
        "stroked-letters-in-body-plain-in-subject-line",
        """
        RE: Locate - TRAN Duc Minh - A201 334 112

        Please provide the address of record and photograph for Đức Minh Trần (DOB 1986-01-12),
        who is subject to a final order of removal.

        Deportation Officer Imogen Castellanos
        """,
        "dhs-ice-ero", "Imogen Castellanos", [("Đức Minh Trần", "1986-01-12")],
        headers={"From": "Imogen Castellanos <imogen.castellanos@ice.dhs.gov>",
                 "To": "records@dol.state.or.us", "Subject": "Locate - TRAN Duc Minh"},
    ),
    Letter(
        "licence-label-is-no-name",
        """
        Name: Valentina R. OSEI
        DOB: 1993-07-19
        MA Lic: S40518826

        Please send her current address.

        Sgt. Lorenzo Whitfield
        Worcester Police Department
        """,
        "local-police", "Lorenzo Whitfield", [("Valentina R. Osei", "1993-07-19")],
    ),
    Letter(
        "table-surname-cut-inside-its-last-word",
        """
        HOUSTON POLICE DEPARTMENT - REQUEST FOR DRIVER RECORDS
        Requesting officer: Det. Marisol Quintanilla

        # Name (Last, First) DOB DL No. Records
        1 ABERNATHY, Cole 05/05/1985 11223344 Photo
        2 RODRIGUEZ-VILLANUEV 04/04/1990 22334455 Photo, address,
        A, Teodoro vehicles
        """,
        "local-police", "Marisol Quintanilla",
        [("Cole Abernathy", "1985-05-05"), ("Teodoro Rodriguez-Villanueva", "1990-04-04")],
    ),
    Letter(
        "table-given-name-wrapped-past-a-blank-line",
        """
        CHARLOTTE-MECKLENBURG POLICE DEPARTMENT - FAX REQUEST
        Requesting officer: Det. Anselm Whitford

        Name DOB NC DL Records

        DUCASSE, Marie March 3, 1988 0000 4411 2290 Current address, DL

        Yolande photo, registered vehicles
        """,
        "local-police", "Anselm Whitford", [("Marie Yolande Ducasse", "1988-03-03")],
    ),
]

# Session 9 (second round): signatures with quoted nicknames, stacked ranks and suffixes; shared
# mailboxes; a subpoena's investigator beside its signing attorney.
LETTERS += [
    Letter(
        "quoted-nickname-inside-signature",
        """
        Please run the plate history for Ignacy Wolski, DOB 1979-11-02.

        Thanks,
        TFO Bartholomew K. "Bart" Lindgren
        Task Force Officer - DEA Seattle Field Division
        """,
        "doj-dea", "Bartholomew K. Lindgren", [("Ignacy Wolski", "1979-11-02")],
        headers={"From": "Lindgren, Bartholomew K. (Bart) <Bartholomew.K.Lindgren@dea.gov>",
                 "To": "records@dol.wa.gov", "Subject": "plate history"},
    ),
    Letter(
        "prosecutor-abbreviation-on-fax-cover",
        """
        FRANKLIN COUNTY PROSECUTING ATTORNEY
        FACSIMILE TRANSMITTAL
        To: Ohio Bureau of Motor Vehicles
        From: APA Cordelia M. Vanterpool Phone: (614) 555-0190
        Re: State v. Ekwueme

        Please see the attached entry ordering production of the driving record of Obinna
        Ekwueme, DOB 06/21/1987.
        """,
        "district-attorney", "Cordelia M. Vanterpool", [("Obinna Ekwueme", "1987-06-21")],
    ),
    Letter(
        "shared-mailbox-header-line-in-body",
        """
        From: ATF Nashville Group II <Nashville.GroupII@atf.gov>
        To: TDLWD Legal <legal.records@tn.gov>

        Please find attached a subpoena for the wage records of Rutger Halvorsen, DOB
        1983-09-14.

        Respectfully,

        Priscilla J. Okoro-Banks
        Special Agent
        Bureau of Alcohol, Tobacco, Firearms and Explosives
        """,
        "doj-atf", "Priscilla J. Okoro-Banks", [("Rutger Halvorsen", "1983-09-14")],
    ),
    Letter(
        "subpoena-signed-by-attorney-investigator-labelled",
        """
        SUPREME COURT OF THE STATE OF NEW YORK
        SUBPOENA DUCES TECUM FOR THE GRAND JURY

        WE COMMAND YOU to appear before the GRAND JURY of the County of Queens and bring the
        wage records of Ondine Baptiste, DOB 1990-12-30.

        MELINDA R. OKAFOR
        District Attorney, Queens County
        By: Tobias J. Wexford
        Assistant District Attorney

        Investigator: DAS Det. Renata Kowalczyk
        """,
        "district-attorney", "Tobias J. Wexford", [("Ondine Baptiste", "1990-12-30")],
    ),
    Letter(
        "stacked-ranks-and-suffix",
        """
        Requesting agency: Metro Transit Police Department
        Requester: Det. Sgt. Ambrose T. Whitlock Jr. (Badge 4410)
        Subject: KOVACS, Erzsebet - DOB 02/02/1975
        """,
        "local-police", "Ambrose T. Whitlock Jr.", [("Erzsebet Kovacs", "1975-02-02")],
    ),
    Letter(
        "community-supervision-officer",
        """
        TEXAS DEPARTMENT OF CRIMINAL JUSTICE
        Community Justice Assistance Division
        8610 Shoal Creek Blvd., Austin, TX 78757

        March 3, 2027

        Texas Workforce Commission

        Dear Records Custodian:

        The above person reports to this office. Harris County Police have asked about his
        employer as well. Please send the employer of record for Desmond Vail, DOB 1988-04-17.

        Sincerely,
        Fiona L. Castellano
        Community Supervision Officer
        """,
        "other", "Fiona L. Castellano", [("Desmond Vail", "1988-04-17")],
    ),
]

# Session 9 (second round): whose records — a list introduced mid-sentence, numbered labels,
# birth surnames, OCR debris after a wrapped given name.
LETTERS += [
    Letter(
        "list-introduced-by-a-sentence-running-on",
        """
        Dear Records Custodian:

        Customs and Border Protection requests the records held on the persons listed below. The
        information is requested for official use only.

        1. ALVARADO QUISPE, Rosa Elena
        Date of Birth: 05/30/1991

        2. DE LOS SANTOS, Mario Iván (also known as Mario Santos)
        Date of Birth: 9 June 1987

        Sincerely,
        Ingrid Halvorsen
        CBP Officer
        """,
        "dhs-cbp", "Ingrid Halvorsen",
        [("Rosa Elena Alvarado Quispe", "1991-05-30"), ("Mario Iván de los Santos", "1987-06-09")],
    ),
    Letter(
        "numbered-suspect-labels-and-birth-surname",
        """
        Dear Sir or Madam:

        Our investigation indicates that the two suspects below moved to your state.

        Suspect 1: Leticia Maren HOLLOWAY (née Batista Cordeiro)
        DOB: 1984-02-14
        Suspect 2: Garrett Lee HOLLOWAY
        DOB: 1982-10-01

        Sincerely,
        Det. Hugo Almquist
        Santa Fe Police Department
        """,
        "local-police", "Hugo Almquist",
        [("Leticia Maren Holloway", "1984-02-14"), ("Garrett Lee Holloway", "1982-10-01")],
    ),
    Letter(
        "birth-surname-between-table-columns",
        """
        U.S. Border Patrol requests licence information for the two individuals below.

        Last Name First Name DOB
        PARK Ji-hoon 03/03/1993
        PARK (née LIM) Min-seo 08/08/1994

        Border Patrol Agent Callum Reyes
        """,
        "dhs-cbp", "Callum Reyes", [("Ji-hoon Park", "1993-03-03"), ("Min-seo Park", "1994-08-08")],
    ),
    Letter(
        "wrapped-given-name-with-ocr-debris",
        """
        SHERIFF'S OFFICE INTERAGENCY REQUEST
        Requesting officer: Inv. Tamsin Oduya

        # Name (Last, First Middle) DOB DL/ID Role
        1 VALDIVIA-ROJAS, Ernesto 07/19/1993 11-506-2294 Suspect
        Joaquín : . ;
        """,
        "sheriff", "Tamsin Oduya", [("Ernesto Joaquín Valdivia-Rojas", "1993-07-19")],
    ),
]

# Session 9 (third round): a summons naming its officer in prose, California's Judicial Council
# caption, OCR's lower-case given name, a tribe's police department.
LETTERS += [
    Letter(
        "summons-names-its-officer-in-wrapped-prose",
        """
        DEPARTMENT OF HOMELAND SECURITY
        SUMMONS
        YOU ARE HEREBY SUMMONED and required to appear before Supervisory CBP Officer Marguerite
        T. Okonkwo, an officer of U.S. Customs and Border Protection, to produce the records of
        Dragan Petrović, DOB 1982-05-05.

        Signature /s/ Marguerite T. Okonkwo
        Name / Title Marguerite T. Okonkwo, Supervisory CBP Officer
        """,
        "dhs-cbp", "Marguerite T. Okonkwo", [("Dragan Petrović", "1982-05-05")],
    ),
    Letter(
        "california-judicial-council-attorney-caption",
        """
        ATTORNEY OR PARTY WITHOUT ATTORNEY: Gideon Ashcombe, Deputy District Attorney (SBN 288104),
        Office of the District Attorney, County of Kern - TEL: 661-555-0142 - ATTORNEY FOR: The People

        SUPERIOR COURT OF CALIFORNIA, COUNTY OF KERN
        CRIMINAL SUBPOENA DUCES TECUM
        Produce the wage records of Yesenia Corral Ibarra, DOB 04/04/1990.
        """,
        "district-attorney", "Gideon Ashcombe", [("Yesenia Corral Ibarra", "1990-04-04")],
    ),
    Letter(
        "ocr-lower-case-given-name-in-colonless-row",
        """
        VIRGINIA STATE POLICE
        REQUEST FOR INFORMATION

        Requesting Agent Special Agent marcus T. Hollingsworth

        Telephone (804) 555-0177

        Subject: PHAM, Quoc Bao - DOB 1987-07-07

        Reviewed: Sgt. Lorna Whitby
        """,
        "state-police", "Marcus T. Hollingsworth", [("Quoc Bao Pham", "1987-07-07")],
    ),
    Letter(
        "tribe-police-department",
        """
        HOPI TRIBE - HOPI RESOURCE ENFORCEMENT SERVICES
        Hopi Police Department
        P.O. Box 123, Kykotsmovi, Arizona 86039

        March 2, 2027

        Arizona Department of Transportation

        Dear Records Custodian:

        Please send the registration history of Tobias Kewanyama, DOB 1990-10-10, a suspect in a
        vehicle theft.

        Sincerely,
        Lt. Darnell Sekaquaptewa
        Hopi Police Department
        """,
        "other", "Darnell Sekaquaptewa", [("Tobias Kewanyama", "1990-10-10")],
    ),
]

LETTERS += [
    Letter(
        "hyphenated-surname-wraps-under-its-row",
        """
        Please provide all addresses of record and the most recent photograph for:
        Name Date of Birth MO DL
        Ignacio Javier May 5, 1985 unknown
        VILLALOBOS-ECHEVERRIA
        Dana Lee STROUD June 1, 1990 N0812

        Det. Corinne Wexler
        Springfield Police Department
        """,
        "local-police", "Corinne Wexler",
        [("Ignacio Javier Villalobos-Echeverria", "1985-05-05"), ("Dana Lee Stroud", "1990-06-01")],
    ),
    Letter(
        "client-id-label-and-task-force-line-are-no-names",
        """
        Please send the registrations for:
        1. Anders K. Lindahl, DOB 09/19/1983, NYS Client ID 512 884 309

        DUSM Roberta Quaye
        U.S. Marshals Service - Northern District of Georgia
        Southeast Regional Fugitive Task Force
        """,
        "doj-usms", "Roberta Quaye", [("Anders K. Lindahl", "1983-09-19")],
    ),
]
