"""Requests that name people only for context, and subjects written in awkward ways: nicknames
in quotes, Arabic articles, cells that wrap a name onto the next line, second spellings in
brackets, "true name unknown". Written for these tests; no sample set's sentences."""

from __future__ import annotations

from .letters import Letter

CONTEXT_PEOPLE: list[Letter] = [
    Letter(
        "nickname-and-spouse-negated",
        """
        Texas Department of Public Safety
        Criminal Investigations Division

        Subject: Marek “Mako” DUDEK - DOB 1981-02-11

        We are investigating the above person for organized retail theft. Please send wage
        records reported for Mr. Dudek since 2021. Mr. Dudek shares a household with his
        partner, Aleksandra Dudek. She is not a subject of this inquiry.

        Sgt. Renata Olvera
        Texas Department of Public Safety
        """,
        "state-police", "Renata Olvera",
        [("Marek Dudek", "1981-02-11")],
    ),
    Letter(
        "arabic-article-and-quoted-nickname",
        """
        Tulsa Police Department - Robbery Unit

        Please provide DL photos and addresses for:
        1) Hamza 'Zizo' Khalil al-Tamimi DOB 3/9/1994
        2) Omar bin Saleh DOB 1990-12-01
        The store clerk, Lorraine Becker, was a witness and we do not need anything on her.

        Det. Colby Frans
        """,
        "local-police", "Colby Frans",
        [("Hamza Khalil al-Tamimi", "1994-03-09"), ("Omar bin Saleh", "1990-12-01")],
    ),
    Letter(
        "cells-that-wrap",
        """
        U.S. Department of Labor, Office of Inspector General

        Schedule A - claimants
        No. | Name DOB SSN (last 4)
        1 | Mariam Ayodele 1986-04-30 1123
        ADEBAYO
        2 | VILLANUEVA DEL 02/14/1979 5580
        CAMPO, Teresa Inés
        3 | SZCZEPANIAK, Wiesław 11 Mar 1966 0912
        Jan
        4 | LACROIX-PIERRE, 07/07/1991 3346
        Nadège Sophie
        5 | TRUONG VAN KHOA 1999-09-19 7781
        MINH

        Special Agent Dorian Fallows
        """,
        "dol-oig", "Dorian Fallows",
        [("Mariam Ayodele Adebayo", "1986-04-30"),
         ("Teresa Inés Villanueva del Campo", "1979-02-14"),
         ("Wiesław Jan Szczepaniak", "1966-03-11"),
         ("Nadège Sophie Lacroix-Pierre", "1991-07-07"),
         ("Truong Van Khoa Minh", "1999-09-19")],
    ),
    Letter(
        "second-spelling-in-brackets",
        """
        Social Security Administration, Office of the Inspector General

        RE: Records request - Maxamuud Cabdi Faarax (Mahmoud Abdi Farah)
        DOB: 05/05/1972

        Please provide benefit issuance records for the person named above.

        Special Agent Lionel Tabb
        """,
        "ssa-oig", "Lionel Tabb",
        [("Maxamuud Cabdi Faarax", "1972-05-05")],
    ),
    Letter(
        "name-column-with-alternate-spelling-below",
        """
        Good afternoon,
        Please send current address and benefit status for the people below.
        Name DOB A# Notes
        Yusuf Ibrahim EL-SAYED
        (also written Youssef Ibrahim Elsayed) 10/21/1988 A208-114-552 last seen Mesa
        CASTELLANOS RUIZ, Dulce 1995-06-17 none
        Mr. El-Sayed's brother, Karim Nassar, is a lawful permanent resident and is not a
        subject of this request.
        Thanks,
        Officer Wade Pruett
        ICE ERO Phoenix
        """,
        "dhs-ice-ero", "Wade Pruett",
        [("Yusuf Ibrahim El-Sayed", "1988-10-21"), ("Dulce Castellanos Ruiz", "1995-06-17")],
    ),
    Letter(
        "true-name-unknown",
        """
        Aurora Police Department

        Request: DL/ID photo and address for
        1) Bogdan OSTROWSKI, DOB 1987-08-02
        2) unidentified male, true name unknown, using the name "Rafael Ontiveros",
        claimed DOB 1990-01-15
        The landlord who reported the damage, Phyllis Gorman, is NOT a subject.

        Ofc. Trent Haldane
        """,
        "local-police", "Trent Haldane",
        [("Bogdan Ostrowski", "1987-08-02"), ("Rafael Ontiveros", "1990-01-15")],
    ),
    Letter(
        "civil-defendant-excluded-by-surname",
        """
        UNITED STATES DISTRICT COURT
        for the District of Arizona
        PRISCILLA ANN VOGEL, Civil Action No. 2:25-cv-00191
        Plaintiff
        v.
        DESERT BLOOM NURSERIES, LLC, and HOLLIS R.
        KEMPER,
        Defendants
        SUBPOENA TO PRODUCE DOCUMENTS IN A CIVIL ACTION

        Schedule A. "Plaintiff" means Priscilla Ann Vogel, date of birth June 3, 1984.
        Defendant Hollis R. Kemper managed the nursery; no records concerning Mr. Kemper are
        requested. Produce all wage records for Plaintiff from 2022 to the present.

        /s/ Bettina Ruelas
        Attorney for Defendants
        """,
        "other", "Bettina Ruelas",
        [("Priscilla Ann Vogel", "1984-06-03")],
    ),
    Letter(
        "two-people-in-label-fields",
        """
        Request form - Sheriff's Office Fugitive Unit
        Person 1
        Last name: HORVÁTHOVÁ
        First name: Zuzana
        DOB: 1993-04-04
        Person 2
        Last name: Kučera
        First name: Radim
        DOB: 1989-10-10
        Requested by: Deputy Lance Mirabal
        Bernalillo County Sheriff's Office
        """,
        "sheriff", "Lance Mirabal",
        [("Zuzana Horváthová", "1993-04-04"), ("Radim Kučera", "1989-10-10")],
    ),
    Letter(
        "vietnamese-syllable-that-spells-an-english-word",
        """
        Houston Police Department

        Re: NGUYỄN THỊ MỸ LINH, DOB 02/02/2001
        Please provide her current address and vehicle registrations.

        Officer Paula Greer
        """,
        "local-police", "Paula Greer",
        [("Nguyễn Thị Mỹ Linh", "2001-02-02")],
    ),
    Letter(
        "inmate-column-header-and-programme-names",
        """
        Office of the State Attorney, 11th Judicial Circuit

        Please produce applications for SNAP, Temporary Cash Assistance and Medicaid for the
        inmates below.
        Inmate DOC No. DOB
        McDERMOTT, Shane Patrick 455120 1975-05-05
        Investigator Carla Beaumont
        """,
        "district-attorney", "Carla Beaumont",
        [("Shane Patrick McDermott", "1975-05-05")],
    ),
    Letter(
        "bystander-named-a-sentence-before",
        """
        Loveland Police Department - Robbery Unit

        Please send DL photos for:
        1) Dmitri Volkov, DOB 1993-03-03
        The car is registered to Inga Volkova - she is the aunt of our suspect. I already
        have her registration, so I am not asking for anything on her.
        Records concerning the store manager, Pauline Reyes, are not requested either.

        Det. Hollis Wrenn
        """,
        "local-police", "Hollis Wrenn",
        [("Dmitri Volkov", "1993-03-03")],
    ),
    Letter(
        "household-table-listed-for-identification",
        """
        Kansas City Police Department - Economic Crimes

        We are investigating benefit fraud by the claimant below and ask for her SNAP
        application history and the addresses she reported.

        Claimant: OKONKWO, Adaeze Chioma   DOB 1984-10-02

        Household members on her case are listed for identification purposes only; please do
        not release anything on them:

        Name                      Relation      Born
        Chidi Okonkwo             Husband       1980-01-14
        Ifeoma Okonkwo            Daughter      2012-06-30
        Emeka Okonkwo             Son           2015-09-09

        Det. Rowan Halvorsen
        """,
        "local-police", "Rowan Halvorsen",
        [("Adaeze Chioma Okonkwo", "1984-10-02")],
    ),
    Letter(
        "household-list-closed-by-listed-above",
        """
        Tulsa County Sheriff's Office

        Please provide quarterly wages reported for Bartholomew Kessling, DOB 06/06/1977.
        His case file shows these adults at the same address:
        Wilhelmina Kessling 1979-03-03
        Dorotea Villanueva Kessling 1999-12-12
        The persons listed above are not subjects of this request.

        Sgt. Imogen Castellane
        """,
        "sheriff", "Imogen Castellane",
        [("Bartholomew Kessling", "1977-06-06")],
    ),
    Letter(
        "witnesses-excluded-by-honorific",
        """
        Georgia Bureau of Investigation

        Please send the employer account and wage detail for Lorenzo Piccirilli, DOB
        02/19/1988, who we believe worked for Harbor Point Seafood (owner Agnieszka Wrobel).
        We are not requesting any records about Ms. Wrobel, Mr. Abernathy or Mrs. Sandoval;
        they are only the people who reported the scheme.

        SA Priyanka Venkataraman
        """,
        "state-police", "Priyanka Venkataraman",
        [("Lorenzo Piccirilli", "1988-02-19")],
    ),
    Letter(
        "a-shop-owned-by-the-subject",
        """
        USDA Office of Inspector General

        We ask for EBT redemption records linked to Abdirahman Yusuf Farah (DOB 1970-07-07),
        owner of Sunrise Halal Market and of Twin Cities Grocery, for 2024 and 2025.

        Special Agent Corwin Ashdown
        """,
        "other", "Corwin Ashdown",
        [("Abdirahman Yusuf Farah", "1970-07-07")],
    ),
    Letter(
        "prosecutors-abbreviation-in-a-subject-line",
        """
        Subject: Records request - Kings County DA Welfare Fraud Bureau

        Please send the benefit issuance history for the recipient below.

        Recipient: ABERNATHY-COLE, Josephine   DOB 1979-08-21

        Investigator Thaddeus Mbeki
        Office of the Kings County District Attorney
        """,
        "district-attorney", "Thaddeus Mbeki",
        [("Josephine Abernathy-Cole", "1979-08-21")],
    ),
    Letter(
        "page-marking-above-a-numbered-list",
        """
        U.S. Immigration and Customs Enforcement - Enforcement and Removal Operations
        FOR OFFICIAL USE ONLY

        11 May 2025
        Utah Department of Workforce Services
        Under 8 U.S.C. 1357 this office asks for last known address and employer for:
        1. PHẠM, Quốc Bảo - DOB 03/03/1983
        2. SOLÓRZANO-VEGA, Itzel Marisol - DOB 11/11/1995
        Reply to Deportation Officer Gwendolyn Farraday.
        """,
        "dhs-ice-ero", "Gwendolyn Farraday",
        [("Quốc Bảo Phạm", "1983-03-03"), ("Itzel Marisol Solórzano-Vega", "1995-11-11")],
    ),
    Letter(
        "mail-system-tag-and-acronyms-in-the-subject-line",
        """
        Please send the claim history for the claimant below.

        Claimant: ZELENSKA, Oksana   DOB 1988-08-08

        Det. Marguerite Oyelowo
        Dayton Police Department
        """,
        "local-police", "Marguerite Oyelowo",
        [("Oksana Zelenska", "1988-08-08")],
        headers={"From": "Marguerite Oyelowo <moyelowo@daytonpd.example.gov>",
                 "To": "records@jfs.example.gov",
                 "Subject": "[LE Portal] Court order - ODJFS UC records - DPD case 25-1101"},
    ),
    Letter(
        "capitals-wrapped-in-prose",
        """
        Office of the District Attorney, Washoe County

        We prosecute Case No. CR26-0442 for the State of Nevada and ask for the
        claims filed by, or naming as claimant, ANASTASIA
        MIRELA DRAGOMIR (DOB 1988-02-29). Our court is the WCSC, case CR26-0442.

        Deputy District Attorney Fintan Oyelaran-Haas
        """,
        "district-attorney", "Fintan Oyelaran-Haas",
        [("Anastasia Mirela Dragomir", "1988-02-29")],
    ),
    Letter(
        "acronyms-after-names",
        """
        Arizona Department of Corrections, Rehabilitation and Reentry

        Re: People v. Ezequiel Barragán Solís, LASC case BA991100
        Inmate: HOLLOWAY, Desmond ADCRR #220914  DOB 04-04-1984
        In the matter of: ZAMORA PIÑA, Lucero Summons No. 26-3115-0007

        Correctional Officer III Bernadine Toledo-Whitfield
        """,
        "other", "Bernadine Toledo-Whitfield",
        [("Ezequiel Barragán Solís", None), ("Desmond Holloway", "1984-04-04"),
         ("Lucero Zamora Piña", None)],
    ),
]
