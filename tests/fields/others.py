"""Requests written in other people's styles: company names, address blocks, split name
fields, office mailboxes as senders, form captions in attachments, unusual identifier labels."""

from __future__ import annotations

from .letters import Letter

OTHERS: list[Letter] = [
    Letter(
        "hsi-company-owner",
        """
        U.S. Department of Homeland Security
        Homeland Security Investigations
        Office of the Special Agent in Charge - Seattle

        Washington State Department of Labor and Industries
        Attn: Employer Records Unit
        PO Box 44000, Olympia, WA 98504

        Re: Administrative request - Pacific Rim Harvest Services LLC

        Dear Custodian:
        HSI requests payroll and quarterly wage records of Pacific Rim Harvest Services LLC,
        Northgate Cold Storage Co., and its owner Bartolomé Quispe Mamani (DOB 07/22/1969)
        for the period January 2022 through present.

        Respectfully,
        Kendra Oyelaran-Voss
        Special Agent, HSI Seattle
        kendra.oyelaran-voss@hsi.dhs.gov
        """,
        "dhs-ice-hsi", "Kendra Oyelaran-Voss", [("Bartolomé Quispe Mamani", "1969-07-22")],
    ),
    Letter(
        "company-records-of",
        """
        From the desk of Sgt. Wendell Farraday
        Kittitas County Sheriff's Office
        205 W 5th Ave, Ellensburg, WA

        To: Records, Employment Security Department

        We are seeking employment records of Blue Heron Logistics, Inc. and Cascade Timber
        Holdings, as well as any wage records for Tobias Renn Whitlock, date of birth
        11 Feb 1988.

        Regards,
        Sgt. Wendell Farraday
        Kittitas County Sheriff's Office
        """,
        "sheriff", "Wendell Farraday", [("Tobias Renn Whitlock", "1988-02-11")],
    ),
    Letter(
        "address-block-attn",
        """
        FEDERAL BUREAU OF INVESTIGATION
        Seattle Field Office
        1110 Third Avenue, Seattle, WA 98101

        Washington State Department of Licensing
        Attn: Law Enforcement Records Unit
        c/o Driver Records Section
        PO Box 9030
        Olympia, WA 98507

        To: Custodian of Records, Vehicle Services Division

        Subject: Request for driver record — DUONG, Minh Chau

        The FBI requests the driver record, photograph and address history for Minh Chau
        Duong, born Sept. 3, 1972.

        Sincerely,
        Rosalind Achterberg
        Special Agent
        Federal Bureau of Investigation
        """,
        "doj-fbi", "Rosalind Achterberg", [("Minh Chau Duong", "1972-09-03")],
    ),
    Letter(
        "split-name-fields",
        """
        REQUEST FOR INFORMATION - LAW ENFORCEMENT
        Requesting agency: Yakima Police Department
        Requesting officer: Ofc. Delphine Marchetti #2231

        Last name: Ibarra Delgado     First: Guadalupe     DOB: Sept. 3, 1972
        Middle: Rocío

        Surname: OKONKWO-BELL
        Given name(s): Chidi Marcus
        Date of birth: Jan. 9, 1994

        Reason: suspects in a felony theft investigation, case 24-118832.
        """,
        "local-police", "Delphine Marchetti",
        [("Guadalupe Rocío Ibarra Delgado", "1972-09-03"), ("Chidi Marcus Okonkwo-Bell", "1994-01-09")],
    ),
    Letter(
        "one-field-last-first-middle",
        """
        Spokane County Sheriff's Office - Investigative Unit
        Records request form

        Name (Last, First, Middle): STAVROPOULOS, Eleni Maria
        DOB: Sep. 30, 1981         OLN: STAVREM123QB

        Apellido(s): Cárdenas Villalobos    Nombre: Héctor
        Fecha de nacimiento: 12/05/1979

        Requested by: Deputy Orrin Blackwood
        """,
        "sheriff", "Orrin Blackwood",
        [("Eleni Maria Stavropoulos", "1981-09-30"), ("Héctor Cárdenas Villalobos", "1979-12-05")],
        ids={"Eleni Maria Stavropoulos": [("drivers_license", "STAVREM123QB")]},
    ),
    Letter(
        "office-mailbox-sender",
        """
        Good morning,

        Please provide the most recent residential address on file for the individual below.

        Name: TRAN, Quoc Bao
        DOB: 04/18/1985
        SSN ending 4471

        Thank you,

        Ignatius Rubenfeld
        Deportation Officer, ERO Los Angeles
        Fugitive Operations Team
        (213) 555-0148
        """,
        "dhs-ice-ero", "Ignatius Rubenfeld", [("Quoc Bao Tran", "1985-04-18")],
        headers={"From": "ERO Los Angeles Fugitive Operations <laero.fugops@ice.dhs.gov>",
                 "To": "records@dol.wa.gov", "Subject": "Address request"},
        ids={"Quoc Bao Tran": [("ssn_last4", "4471")]},
    ),
    Letter(
        "unit-mailbox-sender",
        """
        Records staff,

        We need wage history for Marisol Etxeberria Gaztañaga, last four of SSN: 8812, and
        her employer of record.

        Respectfully,
        Thaddeus Okafor-Lindqvist
        Task Force Officer
        FBI Spokane Resident Agency
        """,
        "doj-fbi", "Thaddeus Okafor-Lindqvist", [("Marisol Etxeberria Gaztañaga", None)],
        headers={"From": "Spokane RA Violent Crimes Task Force <spokane.vctf@fbi.gov>",
                 "To": "records@esd.wa.gov", "Subject": "wage request"},
        ids={"Marisol Etxeberria Gaztañaga": [("ssn_last4", "8812")]},
    ),
    Letter(
        "i205-in-email-attachment",
        """
        Please see the attached warrant. We request the current address on file.

        Thanks,
        Lucinda Wojcik-Abara
        Supervisory Detention and Deportation Officer
        ERO Seattle
        \f
        U.S. Department of Homeland Security            Warrant of Removal/Deportation
                                                        File No: A 098 114 562
                                                        Date: June 2, 2025
        To any immigration officer of the United States Department of Homeland Security:

        HERNÁNDEZ-LÓPEZ, María Guadalupe
        (Full name of alien to be removed)

        who entered the United States at El Paso, Texas on or about March 2011 is subject to
        removal/deportation from the United States, based upon a final order by an
        immigration judge in exclusion, deportation, or removal proceedings.

        Felicity Armbruster-Nwosu
        (Signature of immigration officer)
        Field Office Director
        (Title of immigration officer)
        """,
        "dhs-ice-ero", "Lucinda Wojcik-Abara", [("María Guadalupe Hernández-López", None)],
        headers={"From": "Wojcik-Abara, Lucinda <lucinda.wojcik-abara@ice.dhs.gov>",
                 "To": "records@dol.wa.gov", "Subject": "Warrant"},
        attachment_from=2,
        ids={"María Guadalupe Hernández-López": [("a_number", "A098114562")]},
    ),
    Letter(
        "i200-standalone",
        """
        U.S. Department of Homeland Security              Warrant for Arrest of Alien
                                                          File No. 212 608 457
                                                          Date: 04/11/2025
        To: Any immigration officer authorized pursuant to sections 236 and 287 of the
        Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations,
        to serve warrants of arrest for immigration violations

        I have determined that there is probable cause to believe that NGUYEN, Van Thanh is
        removable from the United States. This determination is based upon the execution of a
        charging document to initiate removal proceedings against the subject.

        YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the
        Immigration and Nationality Act, the above-named alien.

        Signature of Authorized Immigration Officer
        Corwin Abernathy-Sola
        Supervisory Detention and Deportation Officer
        (Printed Name and Title of Authorized Immigration Officer)
        """,
        "dhs-ice-ero", "Corwin Abernathy-Sola", [("Van Thanh Nguyen", None)],
        ids={"Van Thanh Nguyen": [("a_number", "A212608457")]},
    ),
    Letter(
        "dl-table",
        """
        Pierce County Sheriff's Department
        Special Investigations Unit

        Washington State Department of Licensing, Attn: Records

        Please provide photographs and addresses for the following persons:

        Name                        DOB           WA DL No.
        Reyes Andrade, Itzel        02/14/1990    REYESIA901PB
        Kowalczyk, Bartosz          10/30/1983    KOWALBA321KR

        Sgt. Imelda Fairweather
        Special Investigations Unit
        (253) 555-0190
        """,
        "sheriff", "Imelda Fairweather",
        [("Itzel Reyes Andrade", "1990-02-14"), ("Bartosz Kowalczyk", "1983-10-30")],
        ids={"Itzel Reyes Andrade": [("drivers_license", "REYESIA901PB")],
             "Bartosz Kowalczyk": [("drivers_license", "KOWALBA321KR")]},
    ),
    Letter(
        "court-order-ausa",
        """
        UNITED STATES DISTRICT COURT
        for the Western District of Washington

        In the Matter of the Application of the United States for an Order Directing
        Production of Records Relating to Dmitri Alexeyevich Sorokin (DOB 06/01/1977)

        ORDER

        Upon the application of Assistant United States Attorney Philippa Goldthwaite, the
        Court finds that the records sought are relevant and material to an ongoing criminal
        investigation. It is ORDERED that the Employment Security Department produce the
        records of Dmitri Alexeyevich Sorokin and of Sorokin Freight Group to the FBI.

        Hon. Bartholomew Ekwueme
        United States Magistrate Judge

        Presented by:
        Philippa Goldthwaite
        Assistant United States Attorney
        """,
        "doj-usao", "Philippa Goldthwaite", [("Dmitri Alexeyevich Sorokin", "1977-06-01")],
    ),

    Letter("i247a-attached", """
        Attached is a detainer for the subject below. Please advise of release date and last known address.

        V/R,
        Ofelia Brandstetter-Ruiz
        Immigration Enforcement Agent
        ICE ERO Phoenix
        \f
        DEPARTMENT OF HOMELAND SECURITY
        IMMIGRATION DETAINER - NOTICE OF ACTION
        Subject ID: 398211004            Event #: PHX2504000123
        File No: A 213 774 908
        TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
        Maricopa County Sheriff's Office, Lower Buckeye Jail
        Name of Alien: ZÚÑIGA PALACIOS, Efraín
        Date of Birth: 11/02/1991          Citizenship: Mexico          Sex: M
        THE U.S. DEPARTMENT OF HOMELAND SECURITY (DHS) HAS TAKEN THE FOLLOWING ACTION
        RELATED TO THE PERSON IDENTIFIED ABOVE
        Darnell Whitcombe-Aguilar
        (Name and title of Immigration Officer)
        Supervisory Detention and Deportation Officer
        """, "dhs-ice-ero", "Ofelia Brandstetter-Ruiz", [("Efraín Zúñiga Palacios", "1991-11-02")],
        headers={"From": "ERO Phoenix Detainer Unit <phx.detainers@ice.dhs.gov>",
                 "To": "records@azdes.gov", "Subject": "Detainer"},
        attachment_from=2, ids={"Efraín Zúñiga Palacios": [("a_number", "A213774908")]}),
    Letter("address-block-co", """
        DRUG ENFORCEMENT ADMINISTRATION
        Portland District Office

        Oregon Employment Department
        Unemployment Insurance Division
        Attn: Custodian of Records
        c/o Marisela Vance, Records Supervisor
        875 Union St NE, Salem, OR 97311

        Re: Subpoena response - Wexford Orchard Supply

        Pursuant to the attached subpoena, DEA requests information regarding Leopold Arvid
        Sandqvist, DOB 5/17/1980, including employer names and wages reported.

        Sincerely,

        Grainne Mulcahy-Otieno
        Diversion Investigator
        """, "doj-dea", "Grainne Mulcahy-Otieno", [("Leopold Arvid Sandqvist", "1980-05-17")]),
    Letter("last-first-no-comma", """
        CITY OF EUGENE POLICE DEPARTMENT - RECORDS REQUEST
        Name (Last, First, Middle): Przybylski Tomasz Jan
        DOB: 22 Jan. 1979
        Officer: Ofc. Bexley Harrow #311
        """, "local-police", "Bexley Harrow", [("Tomasz Jan Przybylski", "1979-01-22")]),
    Letter("duty-agent-mailbox", """
        Good afternoon,
        HSI requests subscriber and address records for Anselm Kirabo Mugisha (A# 215-443-190).

        Regards,
        SA Roberto Quiñones-Baptiste
        Homeland Security Investigations, Newark
        (973) 555-0112
        """, "dhs-ice-hsi", "Roberto Quiñones-Baptiste", [("Anselm Kirabo Mugisha", None)],
        headers={"From": "HSI Newark Duty Agent <newark.duty@hsi.dhs.gov>",
                 "To": "records@nj.gov", "Subject": "request"},
        ids={"Anselm Kirabo Mugisha": [("a_number", "A215443190")]}),
    Letter("pipe-table", """
        Lane County Sheriff's Office
        Please provide current addresses for the individuals listed below.
        Last, First | DOB | License # | SSN
        Haugland, Sigrid | 04/04/1970 | 7734129 | xxx-xx-5521
        Abernethy, Callum | 12/12/1985 | 8812004 | xxx-xx-0093
        Deputy Marguerite Solano
        """, "sheriff", "Marguerite Solano",
        [("Sigrid Haugland", "1970-04-04"), ("Callum Abernethy", "1985-12-12")],
        ids={"Sigrid Haugland": [("ssn_last4", "5521"), ("drivers_license", "7734129")],
             "Callum Abernethy": [("ssn_last4", "0093"), ("drivers_license", "8812004")]}),
    Letter("gj-subpoena", """
        UNITED STATES DISTRICT COURT
        DISTRICT OF OREGON
        SUBPOENA TO TESTIFY BEFORE A GRAND JURY
        To: Custodian of Records, Oregon Department of Revenue

        YOU ARE COMMANDED to produce all wage and tax records relating to Emeka Obiora
        Nwachukwu, DOB 2 Apr 1966, SSN ending 0192, and Nwachukwu Imports Co.

        Date: 03/03/2025
        CLERK OF COURT
        Signature of Clerk or Deputy Clerk
        Tabitha Greenhalgh

        The name, address, e-mail, and telephone number of the United States attorney, or
        assistant United States attorney, who requests this subpoena, are:
        Cassius Edelman-Ward, AUSA, 1000 SW Third Ave, Portland, OR 97204
        """, "doj-usao", "Cassius Edelman-Ward", [("Emeka Obiora Nwachukwu", "1966-04-02")],
        ids={"Emeka Obiora Nwachukwu": [("ssn_last4", "0192")]}),

    Letter("recipient-person-block", """
        Bexar County Sheriff's Office
        Criminal Investigations Division
        200 N. Comal St., San Antonio, TX 78207

        Ms. Janet Kowalski
        Custodian of Records
        Texas Workforce Commission
        101 E. 15th Street, Austin, TX 78778

        To: Janet Kowalski, Records Custodian

        Dear Ms. Kowalski,

        In connection with an active homicide investigation, I am requesting employment and wage
        records for Desmond Achebe Fairclough (date of birth August 30, 1990).

        Respectfully,
        Det. Lorenzo Villanueva-Strand
        Criminal Investigations Division
        """, "sheriff", "Lorenzo Villanueva-Strand", [("Desmond Achebe Fairclough", "1990-08-30")]),
    Letter("i205-standalone", """
        U.S. Department of Homeland Security                 Warrant of Removal/Deportation
                                                             File No: A 076 552 013
                                                             Date: 01/15/2025
        To any immigration officer of the United States Department of Homeland Security:

        BALASUBRAMANIAN, Kavitha Devi
        (Full name of alien to be removed)

        who entered the United States at Houston, Texas on or about 06/2014 is subject to
        removal/deportation from the United States, based upon a final order by an immigration
        judge in exclusion, deportation, or removal proceedings.

        Ingrid Solvang-Mbeki
        (Signature of immigration officer)
        Field Office Director
        (Title of immigration officer)
        Houston, Texas
        """, "dhs-ice-ero", "Ingrid Solvang-Mbeki", [("Kavitha Devi Balasubramanian", None)],
        ids={"Kavitha Devi Balasubramanian": [("a_number", "A076552013")]}),
    Letter("state-warrant-affiant", """
        IN THE DISTRICT COURT OF TRAVIS COUNTY, TEXAS
        SEARCH WARRANT

        THE STATE OF TEXAS, to any Sheriff or Peace Officer of Travis County:

        Whereas the Affiant, Detective Harriet Obuya-Lindgren of the Austin Police Department,
        has made an affidavit, you are commanded to obtain from the Texas Workforce Commission
        all records of employment for Ezekiel Thornbury Vasquez, DOB 10/10/1984.

        Issued this 4th day of March, 2025.
        Judge Maximilian Ortega-Pryce
        167th District Court
        """, "local-police", "Harriet Obuya-Lindgren", [("Ezekiel Thornbury Vasquez", "1984-10-10")]),
    Letter("email-attached-subpoena", """
        Hello, please see the attached subpoena and respond by the date listed.
        Thank you.
        Octavia Remington
        Special Agent
        HSI San Antonio
        \f
        DEPARTMENT OF HOMELAND SECURITY
        IMMIGRATION AND CUSTOMS ENFORCEMENT
        SUBPOENA
        To: Custodian of Records, Texas Workforce Commission
        By the service of this subpoena upon you, you are hereby required to produce the following
        records relating to: YILMAZ, Cengiz Emre (DOB: 1988-02-29) and ARSLAN, Derya
        (DOB: 03/07/1990) for the period 2022 to present.
        Octavia Remington, Special Agent
        """, "dhs-ice-hsi", "Octavia Remington",
        [("Cengiz Emre Yilmaz", "1988-02-29"), ("Derya Arslan", "1990-03-07")],
        headers={"From": "Remington, Octavia <octavia.remington@ice.dhs.gov>",
                 "To": "records@twc.texas.gov", "Subject": "subpoena"},
        attachment_from=2),
    Letter("subject-label-form", """
        STATE OF NEVADA - DEPARTMENT OF PUBLIC SAFETY
        NEVADA HIGHWAY PATROL
        INFORMATION REQUEST
        Subject: Rafferty, Siobhan Clodagh        Sex: F     DOB: 12-01-1969
        Alien's name: n/a
        Reason: fatal collision investigation
        Requesting Trooper: Tpr. Augustin Malakhov
        """, "state-police", "Augustin Malakhov", [("Siobhan Clodagh Rafferty", "1969-12-01")]),

    Letter("dba-and-trade-words", """
        Office of the Sheriff, Clackamas County
        Property Crimes Unit

        We request quarterly wage filings for Jorge Ismael Rentería d/b/a Rentería Lawn Care,
        and for employees of Summit Ridge Roofing during 2024, in particular Wilhelmina Castellanos
        (DOB 06-15-1993).

        Thank you,
        Sgt. Barnaby Okwuosa
        Property Crimes Unit
        """, "sheriff", "Barnaby Okwuosa",
        [("Jorge Ismael Rentería", None), ("Wilhelmina Castellanos", "1993-06-15")]),
    Letter("i213-family-label", """
        RECORD OF DEPORTABLE/INADMISSIBLE ALIEN
        Name (Family, Given, Middle): LOPEZ MENDEZ, Carlos Efrén
        Date of Birth: 02/02/2000        Country of Citizenship: Guatemala
        File No: A 219 334 001
        Narrative: subject encountered during a targeted enforcement operation.
        Recording officer: Deportation Officer Anneliese Tchoukova
        """, "dhs-ice-ero", "Anneliese Tchoukova", [("Carlos Efrén Lopez Mendez", "2000-02-02")],
        ids={"Carlos Efrén Lopez Mendez": [("a_number", "A219334001")]}),

    Letter("nested-forward", """
        Forwarding for logging - came in to the general inbox.
        -- Pam
        \f
        From: Anastasia Vukovic <anastasia.vukovic@fbi.gov>
        To: UI Records <uirecords@des.state.example>
        Subject: Records request - OYELOWO, Babatunde
        Date: Mon, 3 Mar 2025 10:12:00 -0500

        Good morning,
        The FBI Albuquerque Field Office requests wage records for Babatunde Adeyemi Oyelowo,
        DOB 9/9/1979, SSN xxx-xx-3310.

        Anastasia Vukovic
        Special Agent, FBI Albuquerque
        """, "doj-fbi", "Anastasia Vukovic", [("Babatunde Adeyemi Oyelowo", "1979-09-09")],
        headers={"From": "Pamela Hurst <pamela.hurst@des.state.example>",
                 "To": "intake@des.state.example", "Subject": "Fwd: Records request"},
        attachment_from=2, ids={"Babatunde Adeyemi Oyelowo": [("ssn_last4", "3310")]}),

    Letter("cc-line-not-sender", """
        U.S. Immigration and Customs Enforcement
        Office of the Principal Legal Advisor
        1623 E. J Street, Tacoma, WA 98421

        Re: Records of Teodora Ilieva Marinova, DOB 1/30/1986

        Our office represents the Department of Homeland Security before the immigration court
        and requests certified copies of the identity documents this respondent submitted with
        her licence application.

        Very truly yours,
        Fenella Achterberg-Diallo
        Assistant Chief Counsel
        U.S. Immigration and Customs Enforcement
        cc: SA Dorian Pelletier, HSI Seattle
        Encl: Form I-862
        """, "dhs-ice", "Fenella Achterberg-Diallo", [("Teodora Ilieva Marinova", "1986-01-30")]),

    Letter("spanish-fields-email", """
        Buenos días,
        Solicitamos la dirección registrada de la siguiente persona:

        Nombre: Luz Marina      Apellidos: Ramírez Ochoa
        Fecha de nacimiento: 7 de julio de 1977

        Gracias,
        CORNELIUS ABERNATHY
        Deportation Officer
        ICE ERO El Paso
        """, "dhs-ice-ero", "Cornelius Abernathy", [("Luz Marina Ramírez Ochoa", "1977-07-07")],
        headers={"From": "ELP ERO Records Liaison <elp.records@ice.dhs.gov>",
                 "To": "records@txdps.example", "Subject": "Solicitud"}),
    Letter("recipient-at-company", """
        Utah Department of Public Safety
        State Bureau of Investigation

        Mr. Tobias Grant
        HR Director
        Pinecrest Dairy LLC
        4400 W 2100 S, Salt Lake City, UT

        Re: Employment verification

        Dear Mr. Grant:
        The State Bureau of Investigation requests the personnel file, including any I-9 form,
        for your employee Yusuf Kemal Demirci, date of birth March 3, 1995.

        Sincerely,
        Agent Philomena Castellanos-Reyes
        State Bureau of Investigation
        """, "state-police", "Philomena Castellanos-Reyes", [("Yusuf Kemal Demirci", "1995-03-03")]),
    Letter("header-subject-person", """
        See below.

        Name                  A-Number        DOB
        QUISPE HUAMAN, Rosa   A 208 119 450   05/05/1983
        MAMANI, Eusebio       A 208 119 451   11/11/1980

        -- Leopold Ainsworth, SDDO, ERO Salt Lake City
        """, "dhs-ice-ero", "Leopold Ainsworth",
        [("Rosa Quispe Huaman", "1983-05-05"), ("Eusebio Mamani", "1980-11-11")],
        headers={"From": "SLC ERO Detained Docket <slc.docket@ice.dhs.gov>",
                 "To": "records@utah.example", "Subject": "Address check x2"},
        ids={"Rosa Quispe Huaman": [("a_number", "A208119450")],
             "Eusebio Mamani": [("a_number", "A208119451")]}),

    Letter("affidavit-notary-bullets", """
        AFFIDAVIT IN SUPPORT OF REQUEST FOR RECORDS
        Tacoma Police Department - Special Investigations

        I, Detective Sergeant Imogen Blackwood, being duly sworn, state that the following
        persons are suspects in an organized retail theft investigation and request their
        employment records:

          • PHAM, Thi Hoa (DOB 01/02/1990), SSN: ***-**-1234
          • Lindqvist, Oskar Emil (DOB 7.8.1988)

        Imogen Blackwood
        Detective Sergeant, Tacoma Police Department

        Subscribed and sworn before me this 3rd day of April, 2025.
        Quentin Alvarez
        Notary Public, State of Washington
        My commission expires 5/1/2027
        """, "local-police", "Imogen Blackwood",
        [("Thi Hoa Pham", "1990-01-02"), ("Oskar Emil Lindqvist", "1988-07-08")],
        ids={"Thi Hoa Pham": [("ssn_last4", "1234")]}),
    Letter("display-with-title", """
        Records,
        Following up on my call: please pull the claim file for Genevieve Oduya-Hart,
        D0B 4-4-1974, claim number 88812.
        Imogen
        """, "local-police", "Imogen Blackwood", [("Genevieve Oduya-Hart", "1974-04-04")],
        headers={"From": "Det. Sgt. Imogen Blackwood (Tacoma PD) <iblackwood@cityoftacoma.org>",
                 "To": "claims@esd.wa.gov", "Subject": "claim file"}),

    Letter("label-value-below", """
        IMMIGRATION DETAINER - NOTICE OF ACTION
        Subject ID: 400219883
        File No: A 221 009 347
        Name of Alien:
        KOWALCZYK, Bartosz Piotr
        Date of Birth:
        Sept. 14, 1986
        Nationality: Poland

        Percival Amundsen-Obi
        (Name and title of Immigration Officer)
        Deportation Officer
        """, "dhs-ice-ero", "Percival Amundsen-Obi", [("Bartosz Piotr Kowalczyk", "1986-09-14")],
        ids={"Bartosz Piotr Kowalczyk": [("a_number", "A221009347")]}),
    # Classes first seen in an independent author's set (session 2), written afresh here.
    Letter("by-line-signer", """
        U.S. Department of Justice
        United States Attorney, District of Utah

        Re: Grand Jury Subpoena No. 2026R00412

        Enclosed is a subpoena for wage records of Priya Venkataraman (DOB 10/03/1985) and
        Odalys FERRER PANTOJA, including any employer reports for them. Questions: call me.

        Sincerely,
        ROLAND T. VICKERY
        United States Attorney

        By: Henrietta Osei-Bonsu
        Assistant United States Attorney
        """, "doj-usao", "Henrietta Osei-Bonsu",
        [("Priya Venkataraman", "1985-10-03"), ("Odalys Ferrer Pantoja", None)]),
    Letter("initial-signature-and-victim", """
        Glendale Police Department - Crimes Against Persons

        We are investigating the homicide of Terrence Mabry, killed near Santa Rosa, New Mexico
        on May 2. Please provide the current address and vehicles for:

        DE LA GARZA VILLARREAL, Ana Sofía   DOB: 11/30/1992

        Thank you,

        K. Abernathy-Lowe
        Kendra Abernathy-Lowe
        Detective
        """, "local-police", "Kendra Abernathy-Lowe",
        [("Ana Sofía de la Garza Villarreal", "1992-11-30")]),
    Letter("arrest-warrant-victim-and-heading-with-records", """
        Riverside County Police Department - Criminal Investigations

        WARRANT FOR ARREST
        AFFIDAVIT: Personally came Detective Lowell Brannigan, who on oath says that
        OKONKWO-BAPTISTE, Delphine Marie, DOB 07/14/1988, did commit the offense of
        AGGRAVATED ASSAULT in that the accused did make an assault upon
        the person of Ignatius Fairweather with a knife.

        OKONKWO-BAPTISTE, DELPHINE, COMPENSATION RECORDS
        Please provide the wage and claim history for the person above.

        Lowell Brannigan
        Detective
        """, "local-police", "Lowell Brannigan", [("Delphine Marie Okonkwo-Baptiste", "1988-07-14")]),
    Letter("people-around-a-theft-case", """
        Knox County Sheriff's Office - Criminal Investigations
        Re: Jefferson Circuit Court 24-CR-003317 (SOKOLOV, Ind. No. 71544)

        The owner reported the thefts of the personal property of Heather D. Simmons from a gray
        Nissan Altima. Our suspect is a former yard employee:

        SOKOLOV, Dmitri Aleksandrovich

        a.k.a. "Dima Sokol"

        DOB: 9 January 1979

        A witness, Ms. Crystal Vance, told investigators that he now works for a roofer. His
        former landlord, Ms. Opal Dearing, confirmed it. The Department of Workforce Development
        DWD-UI may hold his wages. A caller spelled it Sokolov, S-O-K-O-L-O-V.

        Inv. Marla Tidwell
        """, "sheriff", "Marla Tidwell", [("Dmitri Aleksandrovich Sokolov", "1979-01-09")]),
    Letter("form-with-a-supervisors-section", """
        U.S. Postal Inspection Service - REQUEST FOR RECORDS
        --- REQUESTING OFFICER ---
        Name: Daniel R. Kozlowski
        Title/Rank: Postal Inspector
        --- SUPERVISOR / APPROVING OFFICIAL ---
        Name: Monica Ybarra, Team Leader
        Phone: 312-555-0160
        --- SUBJECT 1 ---
        Name: Sadia Begum Chowdhury
        DOB: 04/02/1990
        """, "usps-uspis", "Daniel R. Kozlowski", [("Sadia Begum Chowdhury", "1990-04-02")]),
    Letter("wrapped-subject-line-and-form-leaders", """
        Subject: Address request - USBP El Paso - QUISPE MAMANI,
        Julio Rolando (DOB 02/08/1979)

        Officer name ........... Dariusz Wojcik
        Title .................. Border Patrol Agent
        Supervised Release ..... no
        """, "dhs-cbp", "Dariusz Wojcik", [("Julio Rolando Quispe Mamani", "1979-02-08")]),
    Letter("sender-with-aside-and-request-of", """
        FAX TRANSMISSION
        Sender: Ignatius Ferraro (Office of the District Attorney, 4th Judicial District)

        Please find the subpoena duces tecum for People v. Halvorsen.

        Records of: HALVORSEN, Britt Ingrid, DOB 1990-06-17

        Issued at the request of: I. Ferraro
        Ignatius Ferraro, #20117, Deputy District Attorney
        """, "district-attorney", "Ignatius Ferraro", [("Britt Ingrid Halvorsen", "1990-06-17")]),
    Letter("office-head-then-signer", """
        Office of the District Attorney, Nineteenth Judicial District

        Please send the wage history for Ayodele Fashola (DOB 1/9/1984) to me at
        (970) 555-0177 or quentin.lavoie@weldda.org.

        Respectfully,
        MARGUERITE SOLANO-BRAY
        District Attorney
        Quentin Lavoie
        Quentin R. Lavoie
        Chief Deputy District Attorney
        """, "district-attorney", "Quentin R. Lavoie", [("Ayodele Fashola", "1984-01-09")]),
    Letter("requestor-section-form", """
        ONLINE RECORDS REQUEST - SUBMISSION 88213
        REQUESTING OFFICER
        Agency : Larimer County Sheriff's Office
        Name (Last, First) . Haugland, Torvald
        Supervisor : Sgt. Philippa Crane
        SUBJECT 1
        Name (Last, First Middle) .. OYELOWO, Funmilayo Grace
        DOB : 05/30/1993
        """, "sheriff", "Torvald Haugland", [("Funmilayo Grace Oyelowo", "1993-05-30")]),
    Letter("bar-number-signature-and-defendant-caption", """
        DISTRICT COURT, MESA COUNTY, COLORADO
        THE PEOPLE OF THE STATE OF COLORADO,
        v.
        RAFFAELE GIOVANNI COSTANZO,
        Defendant.
        SUBPOENA DUCES TECUM
        Produce the certified driving record of R. G. Costanzo, date of birth 3/3/1979.

        Alessandra Pike, Reg. No. 44120
        Deputy District Attorney
        """, "district-attorney", "Alessandra Pike", [("Raffaele Giovanni Costanzo", "1979-03-03")]),
    Letter("reply-quoting-the-clerk", """
        Thanks Marta, here is what you asked for: the subject is Bogdan Ilie TOMESCU,
        DOB 07/07/1980, wages since 2023. Tax evasion case, 26 U.S.C. 7201.

        Cormac
        Cormac Ferriter-Oyelaran
        Special Agent, IRS Criminal Investigation

        -----Original Message-----
        From: Marta Lindgren <marta.lindgren@state.co.us>
        Subject: RE: wage records
        Can you send the name, date of birth and purpose?
        """, "irs-ci", "Cormac Ferriter-Oyelaran", [("Bogdan Ilie Tomescu", "1980-07-07")],
        headers={"From": "Ferriter-Oyelaran Cormac <cormac.ferriteroyelaran@ci.irs.gov>",
                 "To": "Marta Lindgren <marta.lindgren@state.co.us>",
                 "Subject": "RE: wage records"}),
    Letter("process-signed-without-closing", """
        GRAND JURY SUBPOENA DUCES TECUM
        Produce the claim file of Wiremu Tane Hohaia, date of birth 1985-12-01.
        Dated: December 9, 2025
        DISTRICT ATTORNEY, BRONX COUNTY
        By:
        Philomena Achterberg
        Assistant District Attorney
        """, "district-attorney", "Philomena Achterberg", [("Wiremu Tane Hohaia", "1985-12-01")]),
    Letter("two-defendants-caption", """
        STATE OF NEW MEXICO,
        Plaintiff,
        v.
        LEOCADIA INES BARRAZA QUINTANA and
        OSVALDO BARRAZA,
        Defendants.
        ORDER FOR PRODUCTION OF RECORDS
        IT IS ORDERED that the Department produce the benefit records of both defendants.
        """, "other", None,
        [("Leocadia Ines Barraza Quintana", None), ("Osvaldo Barraza", None)]),
    Letter("first-middle-field-and-initial-before-date", """
        Individual - last name:  VU
        Individual - first/middle: Hoang Anh
        Date of birth:           1983-05-06

        NAME (LAST, FIRST MI)    DOB
        OKEKE-BRANDT, Emeka T. 02/02/1991
        """, "other", None,
        [("Hoang Anh Vu", "1983-05-06"), ("Emeka T. Okeke-Brandt", "1991-02-02")]),
    Letter("header-writes-the-family-name-first", """
        Records unit,

        Our financial crimes squad asks for the employer history of Yaroslava Hnatyuk, DOB
        1990-04-04, in a theft by deception case.

        Lt. Tuan Pham
        Garden Grove Police Department
        """, "local-police", "Tuan Pham", [("Yaroslava Hnatyuk", "1990-04-04")],
        headers={"From": "\"Lt. Pham Anh Tuan\" <tuan.pham@ggpd.example.gov>",
                 "To": "records@edd.example.gov", "Subject": "employer history"}),
    Letter("assistant-sends-for-the-prosecutor-enclosed", """
        Good afternoon,

        On behalf of Assistant U.S. Attorney Siobhán Mac Giolla Phádraig, enclosed please find
        a grand jury subpoena for the agency's records on Wendell Okafor, DOB 1969-02-02.

        Bernadette Quist
        Legal Assistant, U.S. Attorney's Office, District of Idaho
        """, "doj-usao", "Siobhán Mac Giolla Phádraig", [("Wendell Okafor", "1969-02-02")],
        headers={"From": "Quist, Bernadette (USAID) <bernadette.quist@usdoj.gov>",
                 "To": "records@labor.example.gov", "Subject": "Grand jury subpoena"}),
    Letter("signed-on-one-line-with-a-dotted-title", """
        United States Marshals Service - Western District of Texas

        Re: Fugitive ARRELLANO, Benicio - DOB 01/01/1986

        He is wanted on a federal warrant; please send his current employer and address.

        Ignacio Valdespino Reyes, Deputy U.S. Marshal, Fugitive Task Force - (210) 555-0170
        """, "doj-usms", "Ignacio Valdespino Reyes", [("Benicio Arrellano", "1986-01-01")]),
    Letter("display-name-without-spaces-after-stops", """
        Requesting driver photo and address for ESTRADA LUNA, Noemí, DOB 09/09/1992.
        """, "state-police", "Harlan W. Birchfield", [("Noemí Estrada Luna", "1992-09-09")],
        headers={"From": "\"Tpr.Harlan W.Birchfield\", \"Montana Highway Patrol\", \"District 3\"",
                 "To": "\"MVD Records\"", "Subject": "photo request"}),
    Letter("detective-of-a-state-department-that-is-not-police", """
        STATE OF OREGON - DEPARTMENT OF REVENUE
        Criminal Investigations Unit

        Please provide wage records for Ottoline Varga, DOB 1976-12-24, for 2023-2025.

        Signed,
        Percival Drummond
        Detective
        """, "other", "Percival Drummond", [("Ottoline Varga", "1976-12-24")]),
    Letter("requesting-deputy-rank-with-a-doubled-stop", """
        CANADIAN COUNTY SHERIFF'S OFFICE
        REQUEST FOR RECORDS
        SUBJECT: PRUITT, Lonnie Ray   DOB 1979-07-07
        REQUESTING DEPUTY: Dep..Wyatt J. Cornsilk, #214   PHONE: 405-555-0107
        APPROVED BY: Lt. M. Osage
        """, "sheriff", "Wyatt J. Cornsilk", [("Lonnie Ray Pruitt", "1979-07-07")]),
    Letter("summons-signed-with-a-slash-s", """
        DEPARTMENT OF HOMELAND SECURITY - U.S. Customs and Border Protection
        SUMMONS
        You are summoned to appear before Import Specialist Odalys Fenwick-Ramos of U.S. Customs
        and Border Protection and to produce the title history of vehicles owned by BRANNIGAN,
        Colm Declan (DOB 05/05/1975).
        Issued: April 2, 2026 /s/ Odalys Fenwick-Ramos
        Odalys Fenwick-Ramos, Import Specialist, Office of Trade
        Approved: Assistant Port Director (by) R. Whitcombe
        """, "dhs-cbp", "Odalys Fenwick-Ramos", [("Colm Declan Brannigan", "1975-05-05")],
        title="Import Specialist"),
    Letter("attorney-registration-number-under-the-title", """
        IN THE COURT OF COMMON PLEAS, HAMILTON COUNTY, OHIO
        STATE OF OHIO v. DESHAWN T. MERRIWEATHER
        SUBPOENA DUCES TECUM
        Bring all wage records for DESHAWN T. MERRIWEATHER, date of birth June 1, 1990.
        Issued at the request of:
        Assistant Prosecuting Attorney       By: /s/ P. Lindqvist, Deputy Clerk
        Harriet O. Vasquez-Bloom (0087421)    Date: May 1, 2026
        Hamilton County Prosecutor's Office
        """, "district-attorney", "Harriet O. Vasquez-Bloom",
        [("Deshawn T. Merriweather", "1990-06-01")]),
    Letter("slash-signed-with-title-and-date-on-the-line", """
        DEPARTMENT OF HOMELAND SECURITY
        U.S. Customs and Border Protection
        SUMMONS
        You are summoned to produce the registration records of vehicles in the name of
        OKONJO, Nnamdi (DOB 2/2/1980).
        /s/ Philippa J. Rasmussen Supervisory CBP Officer Date: 11/02/2026
        (956) 555-0177
        """, "dhs-cbp", "Philippa J. Rasmussen", [("Nnamdi Okonjo", "1980-02-02")]),
    Letter("ocr-reads-sgt-as-sat", """
        TULSA POLICE DEPARTMENT
        FROM: Sat. Wendell Youngblood, Burglary Unit   PHONE: 918-555-0133
        SUBJECT 1: HARTWELL, Ginny Mae   DOB: 03/03/1993
        """, "local-police", "Wendell Youngblood", [("Ginny Mae Hartwell", "1993-03-03")]),
    Letter("slash-columns-under-last-first-header-with-a-stray-quote", """
        IOWA DIVISION OF CRIMINAL INVESTIGATION - RECORDS REQUEST
        Requesting Agent: SA Corbin Lindahl   Phone: 515-555-0149
        SECTION 2 - SUBJECT
        Surname / Given / Middle
        PRZYBYLSKI / Tomasz’ / —
        Date of Birth
        1984-10-09
        """, "state-police", "Corbin Lindahl", [("Tomasz Przybylski", "1984-10-09")]),
    Letter("fax-cover-from-assistant-on-behalf-wrapped", """
        FAX TRANSMITTAL
        U.S. Immigration and Customs Enforcement - ERO Salt Lake City
        TO     Utah Driver License Division
        FROM   Lorena Pike, Mission Support Assistant, on behalf
        of Deportation Officer Emeka J. Nwosu
        DATE   03/02/2026
        Officer Nwosu requests the address on file for HALVORSEN, Britt Ingrid, DOB 1987-05-19.
        """, "dhs-ice-ero", "Emeka J. Nwosu", [("Britt Ingrid Halvorsen", "1987-05-19")]),
    Letter("fax-cover-from-assistant-for-detective-wrapped", """
        OHIO STATE HIGHWAY PATROL - FAX COVER SHEET
        To: BMV Records
        From: Jo Baxter, Office Assistant, for Det. Milo R.
        Fenwick
        Det. Fenwick needs the photo of KASPRZAK, Lena, DOB 04/04/1994.
        """, "state-police", "Milo R. Fenwick", [("Lena Kasprzak", "1994-04-04")]),
    Letter("california-subpoena-contact-person-and-deputy-clerk", """
        SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO
        PEOPLE OF THE STATE OF CALIFORNIA v. DEFENDANT: CASE NUMBER: F26900412
        SUBPOENA (CRIMINAL OR JUVENILE) DUCES TECUM
        You are ordered to produce the wage records of ARMIJO, Teodoro, DOB 08/08/1979.
        IF YOU HAVE ANY QUESTIONS ABOUT THE TIME OR DATE FOR YOU TO APPEAR, CONTACT THE FOLLOWING
        PERSON BEFORE THE DATE ON WHICH YOU ARE TO APPEAR: Wendy L. Sorensen, Deputy District Attorney,
        (559) 555-0140
        Date issued: May 1, 2026 Clerk, by /s/ Marcus Ybarra, Deputy
        """, "district-attorney", "Wendy L. Sorensen", [("Teodoro Armijo", "1979-08-08")]),
    Letter("note-signed-without-closing-before-enclosed-warrant", """
        U.S. Immigration and Customs Enforcement
        Enforcement and Removal Operations - Newark Field Office
        The person below is subject to a final order of removal. Enclosed is Form I-205. Please
        tell us the release date of PETRENKO, Oleksii, DOB 11 Nov 1981.
        Please contact me with any questions.

        Marisol T. Quiñones
        Deportation Officer

        WARRANT OF REMOVAL/DEPORTATION
        To any immigration officer of the United States Department of Homeland Security:
        /s/ Hollis B. Garrity
        (Signature of immigration officer)
        Field Office Director, Newark
        """, "dhs-ice-ero", "Marisol T. Quiñones", [("Oleksii Petrenko", "1981-11-11")]),
    Letter("trooper-first-class-signs-an-email", """
        Please send the registration for MORVANT, Celestine, DOB 12/30/1990 to this address.

        TFC Auguste P. Thibodeaux
        Louisiana State Police, Troop C
        """, "state-police", "Auguste P. Thibodeaux", [("Celestine Morvant", "1990-12-30")]),
    Letter("attorney-subpoena-with-the-subjects-own-authorization", """
        SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF QUEENS
        SUBPOENA DUCES TECUM
        WE COMMAND YOU to produce the claim records of ODUYA, Funmilayo, date of birth 02/02/1977.
        /s/ Gregory T. Vance
        Gregory T. Vance, Esq.
        Attorneys for Defendant
        AUTHORIZATION
        I, Funmilayo Oduya, date of birth 02/02/1977, authorize the Department to release my records.
        Signature: /s/ Funmilayo Oduya
        """, "other", "Gregory T. Vance", [("Funmilayo Oduya", "1977-02-02")]),
    Letter("public-defender-names-the-police-case", """
        LAW OFFICE OF THE PUBLIC DEFENDER - PIMA COUNTY
        Re: State v. Ruelas, Tucson Police Department report 26-004412
        Please find enclosed a subpoena for the wage records of my client, RUELAS, Adan, DOB
        07/07/1992. Detective Hale of the Tucson Police Department is the State's witness.
        Sincerely,
        Corinne A. Bexley
        Deputy Public Defender
        """, "other", "Corinne A. Bexley", [("Adan Ruelas", "1992-07-07")]),
    Letter("state-department-inspector-general-mentions-state-police", """
        Please find attached our subpoena for the wage data of ZHOU, Meilin, DOB 03/15/1985. The
        case may later be referred to the Ohio State Highway Patrol.
        Thank you,
        Garrick P. Lund
        Investigator
        Office of Inspector General
        Ohio Department of Medicaid
        """, "other", "Garrick P. Lund", [("Meilin Zhou", "1985-03-15")]),
    Letter("deputy-cover-note-over-a-commissioners-tax-warrant", """
        MONROE COUNTY SHERIFF'S OFFICE - CIVIL BUREAU
        Re: Execution of Warrant - NYS Commissioner of Taxation v. Brightline Paving Co.
        Please furnish the vehicles registered to TREMBLAY, Odile M., DOB 01/21/1970, so that we may
        levy upon them. The owner of Harbor Glass & Mirror, Inc. is not involved.

        Civil Deputy Rosalind K. Achebe
        Monroe County Sheriff's Office - Civil Bureau

        WARRANT
        Dated: March 3, 2026
        COMMISSIONER OF TAXATION AND FINANCE
        By: /s/ Peter Q. Langford, Director, Collections
        """, "sheriff", "Rosalind K. Achebe", [("Odile M. Tremblay", "1970-01-21")]),
    Letter("list-then-prose-and-a-notes-column-that-wraps", """
        Please send the wage records for the following people:
        1. HALLORAN, Brigid -- DOB 05/05/1991
        2. OYELARAN, Tunde Ade -- DOB 06/17/1988
        We believe both were paid by Lakeshore Paving LLC (owner Desmond Farrow) for the offense of
        Theft, Tex. Penal Code § 31.03, during the summer.
        Name  DOB  Notes
        NAKASHIMA, Rei 1990-02-02 shares an address with
        Farrow
        """, "other", None, [("Brigid Halloran", "1991-05-05"), ("Tunde Ade Oyelaran", "1988-06-17"),
                             ("Rei Nakashima", "1990-02-02")]),
    Letter("name-written-without-accents-then-corrected", """
        Please send the address of record for:
        - IBANEZ ORTIZ, Rosalía Inés, DOB 02/14/1989 (the surname is spelled Ibáñez on her licence)
        Thank you,
        Det. Wade Kimura
        Honolulu Police Department
        """, "local-police", "Wade Kimura", [("Rosalía Inés Ibáñez Ortiz", "1989-02-14")]),
    Letter("grand-jury-subpoena-requested-by-ausa-label", """
        UNITED STATES DISTRICT COURT for the District of Kansas
        SUBPOENA TO TESTIFY BEFORE A GRAND JURY
        Bring the wage records of OKAFOR, Chidi, born 1979/10/10.
        CLERK OF COURT: Dana R. Whitfield
        Requested by AUSA: Priyanka Raman (priyanka.raman@usdoj.gov)
        """, "doj-usao", "Priyanka Raman", [("Chidi Okafor", "1979-10-10")]),
    Letter("inspector-general-of-the-us-dept-of-labor-abbreviated", """
        Office of Inspector General, U.S. Dept. of Labor (Chicago)
        INSPECTOR GENERAL SUBPOENA
        You are directed to produce the claims filed by LINDQVIST, Marta, born 04/04/1980.
        Point of contact: Special Agent Hollis Grady
        """, "dol-oig", "Hollis Grady", [("Marta Lindqvist", "1980-04-04")]),
    Letter("the-state-appears-by-its-prosecutor", """
        IN THE CIRCUIT COURT OF KANAWHA COUNTY, WEST VIRGINIA
        ORDER FOR PRODUCTION OF RECORDS
        On this day came the State of West Virginia, by Lena P. Marsh, Assistant Prosecuting Attorney,
        and moved for the wage records of DRISCOLL, Amos Lee, DOB 07/30/1983. IT IS ORDERED.
        Prepared by: Lena P. Marsh, Assistant Prosecuting Attorney
        """, "district-attorney", "Lena P. Marsh", [("Amos Lee Driscoll", "1983-07-30")]),
    Letter("place-line-building-and-trooper-first-class", """
        SUBPOENA TO PRODUCE DOCUMENTS
        Place: Hugo L. Black Federal Courthouse  Date and Time: 10/01/2026 9:00 am
        Produce the wage records of PRUITT, Odessa Jane, DOB 03/12/1981, last known at 114 E. Birch
        St., Dothan, AL, and of ST. CLAIR, Dorian, DOB 05/05/1990.
        OMB Expiration Date: 07/31/2027
        Tpr. First Class Noah B. Whitcombe, #552
        Alabama State Troopers
        """, "state-police", "Noah B. Whitcombe", [("Odessa Jane Pruitt", "1981-03-12"),
                                                   ("Dorian St. Clair", "1990-05-05")]),
    Letter("signed-for-the-office-head-on-the-line-above", """
        U.S. Immigration and Customs Enforcement - ERO Boston
        Please provide the release date of KOVALENKO, Yurii, DOB 01/09/1986.
        Sincerely,

        for Adaeze N. Okoro, Field Office Director
        Brendan P. Looney
        Supervisory Detention and Deportation Officer
        """, "dhs-ice-ero", "Brendan P. Looney", [("Yurii Kovalenko", "1986-01-09")]),
    Letter("office-head-in-the-letterhead-signer-without-closing", """
        U.S. Immigration and Customs Enforcement - Enforcement and Removal Operations
        Chicago Field Office
        Lorraine V. Ostrowski, Field Office Director

        Please provide the earliest release date of DUBOIS, Jean-Baptiste, DOB 12 Feb 1983.
        Please contact Deportation Officer Caleb R. Whitfield at 312-555-0149.

        Caleb R. Whitfield
        Deportation Officer, for the Field Office Director
        """, "dhs-ice-ero", "Caleb R. Whitfield", [("Jean-Baptiste Dubois", "1983-02-12")]),
    Letter("inspector-general-signs-the-subpoena-the-agent-sends-it", """
        U.S. Department of Labor - Office of Inspector General
        Enclosed please find an Inspector General subpoena for driver records.

        Hollis J. Abernathy
        Special Agent

        SUBPOENA DUCES TECUM
        YOU ARE HEREBY COMMANDED to produce the driver records of MBEKI, Thandiwe, DOB 07/07/1984.
        IN TESTIMONY WHEREOF, the undersigned has set her hand.

        Sincerely,
        Marguerite O. Delacroix
        Inspector General
        """, "dol-oig", "Hollis J. Abernathy", [("Thandiwe Mbeki", "1984-07-07")]),
    Letter("relatives-ranks-and-form-labels-beside-the-subject", """
        REQUESTING AGENCY: Metropolitan Nashville Police Department
        REQUESTER NAME: Det. Grady Nolan
        OFFENDER NAME: TALBOT, Desmond Ray   DOB: 03/14/1990
        Plate / VIN (if known)
        Talbot's mother, Irene Talbot, told patrol he moved out; his supervising officer is
        PO Renata Kowalski. The car was stolen from Mr. Arlo Finch of West Hartford.
        """, "local-police", "Grady Nolan", [("Desmond Ray Talbot", "1990-03-14")]),
    Letter("offender-name-label-on-a-web-form", """
        Agency name : Hinds County Sheriff's Department
        Requesting employee : Deputy Wallace Greer
        Offender name : Rhett Jamal Calloway
        Date of birth : March 9, 1991
        """, "sheriff", "Wallace Greer", [("Rhett Jamal Calloway", "1991-03-09")]),
    Letter("michigan-bar-number-and-blank-lines-from-ocr", """
        STATE OF MICHIGAN - 3RD JUDICIAL CIRCUIT
        SUBPOENA
        Produce the claim records of HALVERSEN, Brynn Ode, DOB 09/09/1992.
        Issued: July 14, 2026

        Tobias R. Quarles (P80417)

        Assistant Prosecuting Attorney

        Wayne County Prosecutor's Office
        """, "district-attorney", "Tobias R. Quarles", [("Brynn Ode Halversen", "1992-09-09")]),
    Letter("inventory-witness-and-a-label-after-the-name", """
        DISTRICT COURT, EL PASO COUNTY, COLORADO
        THE PEOPLE OF THE STATE OF COLORADO
        v. Case Number: 26CR0871
        Defendant: LUCIANA MARISOL FERREIRA Courtroom: 3B
        RETURN AND INVENTORY
        Property taken: claim file of the defendant, 14 pages.
        Inventory made in the presence of: Gareth Olufsen, Records Supervisor.
        Sgt. Tomas Rydell #2210
        Colorado Springs Police Department
        """, "local-police", "Tomas Rydell", [("Luciana Marisol Ferreira", None)]),
    Letter("a-middle-name-read-in-lower-case", """
        Det. Aurelio Banks, Savannah Police Department
        Subject OKAFOR, Chinedu emeka
        DOB 1990-01-30
        Please send the wage history for the subject above.
        """, "local-police", "Aurelio Banks", [("Chinedu Emeka Okafor", "1990-01-30")]),
    Letter("a-web-form-sender-by-initial-and-a-two-word-surname", """
        DMV ONLINE CONTACT FORM
        Name: R. Castillo
        Title: Deportation Officer
        Agency: U.S. Immigration and Customs Enforcement, ERO El Paso
        Email: rafael.castillo@ice.dhs.gov
        Message: Please send the last known address of TREJO, Ismael, DOB 1988-04-04.
        """, "dhs-ice-ero", "R. Castillo", [("Ismael Trejo", "1988-04-04")]),
    Letter("a-two-word-surname-typed-beside-an-address-that-joins-it", """
        Requester name : Tpr. Marcus J. Two Bulls
        Agency : South Dakota Highway Patrol
        Email : marcus.twobulls@state.sd.us
        Subject name : HALVORSEN, Kirsten, DOB 05/05/1979
        """, "state-police", "Marcus J. Two Bulls", [("Kirsten Halvorsen", "1979-05-05")]),
    Letter("wrapped-given-names-beside-other-columns-and-a-role-column", """
        Name                     DOB         Employer
        OYELOWO, Adebayo         04/14/1991  Gulfside Seafood
        Tunde                                Packing LLC
        MARKS, Jolene            09/09/1987  2025-2026 wages,
        Rae                                  address
        Temitope Oyelowo         06/06/2012  Household member - NOT a subject
        Please send the wage records for the people above.
        Det. Harlan Voss, Biloxi Police Department
        """, "local-police", "Harlan Voss",
        [("Adebayo Tunde Oyelowo", "1991-04-14"), ("Jolene Rae Marks", "1987-09-09")]),
    Letter("a-burglarys-owner-is-no-subject", """
        On June 2, 2026, RYAN MILES BECKETT (DOB 02/02/1998) did break and enter the real estate of
        Gordon Ashby with intent to steal, in violation of Neb. Rev. Stat. § 28-507.
        Please send his licence photograph.
        Inv. Carla Moen, Nebraska State Patrol
        """, "state-police", "Carla Moen", [("Ryan Miles Beckett", "1998-02-02")]),
]
