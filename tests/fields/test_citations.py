"""Citations: normalisation table (clean and OCR-damaged), evidence, and what is not a citation."""

from __future__ import annotations

import pytest

from requestdesk.document import Box, Document, Line, Page, Word
from requestdesk.extractors.citations import extract_citations, normalize_citations


def paged_document(pages: list[list[str]]) -> Document:
    """Pages of lines, each word with a box, so evidence can be checked."""
    built = []
    for number, lines in enumerate(pages, start=1):
        page = Page(number=number, width=612, height=792)
        for row, line in enumerate(lines):
            words = [Word(w, Box(72 + 40 * i, 72 + 12 * row, 108 + 40 * i, 82 + 12 * row))
                     for i, w in enumerate(line.split())]
            page.lines.append(Line(words=words, block=row))
        built.append(page)
    doc = Document(pages=built, kind="text")
    doc.build_text()
    return doc

CASES: list[tuple[str, list[str]]] = [
    ("pursuant to sections 236 and-287 of the Immigration and Nationality Act", ["INA 236", "INA 287"]),
    ("with a certification complying with MRE 902(11)", ["MI R Evid 902"]),
    ("and 8 C.F.R. $5 236.1 and 287.7 (OCR's section signs)", ["8 CFR 236.1", "8 CFR 287.7"]),
    ("Larceny (R.!. Gen. Laws § 11-41-1)", ["RIGL 11-41-1"]),
    ("disclosures are governed by G.L. c. 66A and c. 6, § 172", ["MGL 66A"]),
    ("pursuant to CPL 610.20 and 610.25 in connection with", ["NY CPL 610.20", "NY CPL 610.25"]),
    ("a custodian meeting Fed. R. Evid. 803(6) and 902(11), no appearance", ["FRE 803", "FRE 902"]),
    ("20 C.F.R. Part 603; Title 40, 0.S. § 4-508.", ["20 CFR 603", "40 OS 4-508"]),
    ("as provided by Articles 18.01 through 18.03 of the Texas Code of Criminal Procedure",
     ["TX CCP 18.01", "TX CCP 18.03"]),
    ("Maryland: Md. Code Ann., Crim. Law § 4-203 and Public Safety § 5-133", ["MD CR 4-203", "MD PS 5-133"]),
    ("as required by Rule 13.1\nthrough 13.4 of the Arkansas Rules of Criminal Procedure",
     ["AR CrimP 13.1", "AR CrimP 13.4"]),
    ("Connecticut: C.G.S. § 54-2a; P.B. § 36-1 et seq.", ["CGS 54-2a", "CT PB 36-1"]),
    ("under the False Claims Act, 31 U.S.C. §§ 3729–3733.", ["31 USC 3729", "31 USC 3733"]),
    ("in accordance with La. C.Cr.P. art. 162 and 166.", ["LA CCrP 162", "LA CCrP 166"]),
    ("as provided in Md. Code Ann., Hum. Serv. §\n1-202", ["MD HS 1-202"]),
    ("issued under 8 C.F.R.. 287.7 (a doubled stop)", ["8 CFR 287.7"]),
    ("a search warrant issue under $ 46-5-221, MCA, for", ["MCA 46-5-221"]),
    ("under section 9A.56.020, RCW, and § 18-4-401, C.R.S.", ["RCW 9A.56.020", "CRS 18-4-401"]),
    ("Receiving Stolen Property - 21 0.S. $ 1713", ["21 OS 1713"]),
    ("burglary (21 0.S. 5 1435): OCR's section sign", ["21 OS 1435"]),
    ("Under Rule 15.1(g), Ariz. R. Crim. P., and good cause", ["AZ CrimP 15.1"]),
    ("I.C.R. 17 and I.R.C.P. 45 permit it", ["ID CrimP 17", "ID CivP 45"]),
    ("in violation of 18 U.S.C. §§ 1341 and 10284 (OCR)", ["18 USC 1341", "18 USC 1028A"]),
    ("permitted under 29-A M.R.S. § 152", ["29-A MRS 152"]),
    ("California Evidence Code sections 1560, 1561, and 1271", ["CA Evid Code 1560", "CA Evid Code 1561",
                                                             "CA Evid Code 1271"]),
    ("addressed in 0.C.G.A. $ 34-8-125.", ["OCGA 34-8-125"]),
    ("may be punished as contempt. CPLR 2308.", ["NY CPLR 2308"]),
    ("requested under VTL § 202 for law enforcement purposes", ["NY VTL 202"]),
    ("under Section 10-1.5 of the Illinois Vehicle Code (625 ILCS 5/10-1.5).", ["625 ILCS 5/10-1.5"]),
    ("served under MCR 2.305(A)(1) and M.C.R. 2.506", ["MI MCR 2.305", "MI MCR 2.506"]),
    ("Article 18.02, Texas Code of Criminal Procedure; an inventory as Article 18.10 requires",
     ["TX CCP 18.02", "TX CCP 18.10"]),
    ("required by Section 537 of the New York Labor Law", ["NY Labor Law 537"]),
    ("as Section 268.19 of Minnesota Statutes allows", ["MN Stat 268.19"]),
    ("section 2933.21 of the Ohio Revised Code", ["ORC 2933.21"]),
    ("under NCGS 96-4 and N.C.G.S. § 15A-242", ["NCGS 96-4", "NCGS 15A-242"]),
    ("Wis. Stat. s. 108.14 and s. 968.375, Wis. Stats.", ["WI Stat 108.14", "WI Stat 968.375"]),
    ("Me. Rev. Stat. tit. 26, § 1082(7)", ["26 MRS 1082"]),
    ("Vt. Stat. Ann. tit. 21, § 1314", ["21 VSA 1314"]),
    ("Okla. Stat. tit. 22, § 1222", ["22 OS 1222"]),
    ("Del. Code Ann. tit. 11, § 2305", ["11 Del C 2305"]),
    ("pursuant to 8 U.S.C. § 1357(a)(2)", ["8 USC 1357"]),
    ("8 C.F.R. § 287.4(a)", ["8 CFR 287.4"]),
    ("under section 287 of the Immigration and Nationality Act", ["INA 287"]),
    ("INA § 287(g)", ["INA 287"]),
    ("Sec. 236 of the INA", ["INA 236"]),
    ("C.R.S. § 24-74-103", ["CRS 24-74-103"]),
    ("Colo. Rev. Stat. 24-74-103", ["CRS 24-74-103"]),
    ("section 24-74-103, C.R.S.", ["CRS 24-74-103"]),
    ("C.R.S. 16-3-301.1", ["CRS 16-3-301.1"]),
    ("Fed. R. Crim. P. 41", ["FRCrP 41"]),
    ("Federal Rule of Criminal Procedure 17(c)", ["FRCrP 17"]),
    ("Fed. R. Civ. P. 45", ["FRCP 45"]),
    ("Rule 45 of the Federal Rules of Civil Procedure", ["FRCP 45"]),
    ("18 U.S.C. §§ 2703(c) and (d)", ["18 USC 2703"]),
    ("8 U.S.C. §§ 1225(d), 1357", ["8 USC 1225", "8 USC 1357"]),
    ("18 U.S.C. 1028 and 1546", ["18 USC 1028", "18 USC 1546"]),
    ("18 U.S.C. §§ 1956-1957", ["18 USC 1956", "18 USC 1957"]),
    ("42 U.S.C. 1320a-7b", ["42 USC 1320a-7b"]),
    ("Title 8, United States Code, Section 1357", ["8 USC 1357"]),
    ("Title 21, U.S.C., Section 876", ["21 USC 876"]),
    ("Section 1509 of Title 19, United States Code", ["19 USC 1509"]),
    ("§ 1357 of Title 8, United States Code", ["8 USC 1357"]),
    ("section 287.4 of title 8, Code of Federal Regulations", ["8 CFR 287.4"]),
    ("issued under 21 USC 876", ["21 USC 876"]),
    ("26 U.S.C. 7602", ["26 USC 7602"]),
    ("19 U.S.C. § 1509", ["19 USC 1509"]),
    ("sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, "
     "Code of Federal Regulations", ["INA 236", "INA 287", "8 CFR 287"]),
    ("Section 287(a)(2) of the Immigration and Nationality Act (INA), 8 U.S.C. § 1357(a)(2)",
     ["INA 287", "8 USC 1357"]),
    ("8 U.S.C. § 1357 and 8 C.F.R. § 287.4", ["8 USC 1357", "8 CFR 287.4"]),
    ("8 U.S. Code § 1357", ["8 USC 1357"]),
    ("8 United States Code 1357", ["8 USC 1357"]),
    ("Fed.R.Crim.P. 41", ["FRCrP 41"]),
    ("Federal Rules of Criminal Procedure, Rule 41", ["FRCrP 41"]),
    ("FRCP 45(c)", ["FRCP 45"]),
    ("Cal. Penal Code § 1524", ["CA PC 1524"]),
    ("N.Y. Crim. Proc. Law § 690.05", ["NY CPL 690.05"]),
    # OCR damage: the section sign read as 8, S, $ or &; U.S.C. spaced or misread.
    ("8 U.S.C. 8 1357", ["8 USC 1357"]),
    ("8 U.8.C. S 1357(a)", ["8 USC 1357"]),
    ("8 U. S. C. $1357", ["8 USC 1357"]),
    ("8 USC &1357", ["8 USC 1357"]),
    ("8 U.S.C 81357", ["8 USC 1357"]),
    ("18 U.S.C. 88 2703(c) and (d)", ["18 USC 2703"]),
    ("8 C.F.R. 8 287.4", ["8 CFR 287.4"]),
    ("INA 8 287(a)(2)", ["INA 287"]),
    ("C.R.S. 8 24-74-103", ["CRS 24-74-103"]),
    ("in violation of 18\n\nU.S.C. 922(9).", ["18 USC 922"]),
    ("(42. US: C. 408)", ["42 USC 408"]),
    ("8 C.F.R, 287.7 and INA $ 287(g).", ["8 CFR 287.7", "INA 287"]),
    ("8 C.F.R. § 287. 7", ["8 CFR 287.7"]),
    ("C.R.S. § 16-5- 204.", ["CRS 16-5-204"]),
    ("listed in 18 U. S. €\n$ 2705.", ["18 USC 2705"]),
    ("section 212(a)(6){A)(i).of the Immigration and\nNationality Act.", ["INA 212"]),
    ("Issued pursuant to Fed. R. Crim. P. 17.", ["FRCrP 17"]),
    ("See also INA $ 287(g) and 8 C. F, R. § 287.5.", ["INA 287", "8 CFR 287.5"]),
    ("DHS authorities under.8 C.F.R. 287.7 and ¡NA 287.", ["8 CFR 287.7", "INA 287"]),
    # Lists with descriptions, statute names, state rules and codes.
    ("Title 18, United States Code, Sections 1343 (wire fraud) and 1028A (aggravated identity "
     "theft)", ["18 USC 1343", "18 USC 1028A"]),
    ("in violation of 21 U.S.C. §§ 841(a)(1) and 846", ["21 USC 841", "21 USC 846"]),
    ("18 U.S.C. Sections 1956, 1957 and 371", ["18 USC 1956", "18 USC 1957", "18 USC 371"]),
    ("under part 287 of title 8, Code of Federal Regulations", ["8 CFR 287"]),
    ("the provisions of the Immigration and Nationality Act: Section 237(a)(1)(B)", ["INA 237"]),
    ("Section 506 of the Controlled Substances Act (21 U.S.C. 876)", ["21 USC 876"]),
    ("issued under C.R.C.P. 45 and Crim. P. 17(c)", ["CO CRCP 45", "CO CrimP 17"]),
    ("Rule 17 of the Colorado Rules of Criminal Procedure", ["CO CrimP 17"]),
    ("section 6(a)(4) of the Inspector General Act of 1978, as amended (5 U.S.C. App. 3)",
     ["5 USC 406"]),
    ("Inspector General Act, 5 U.S.C. App. 3, § 6(a)(4), now 5 U.S.C. § 406", ["5 USC 406"]),
    ("Tex. Code Crim. Proc. art. 18.02", ["TX CCP 18.02"]),
    ("Texas Code of Criminal Procedure Article 18.02", ["TX CCP 18.02"]),
    ("RCW 9A.56.020 and Wash. Rev. Code § 9A.56.030", ["RCW 9A.56.020", "RCW 9A.56.030"]),
    ("ORS 164.055", ["ORS 164.055"]),
    ("N.M. Stat. Ann. § 30-16-1", ["NMSA 30-16-1"]),
    ("Theft, 720 ILCS 5/16-1", ["720 ILCS 5/16-1"]),
    ("California Penal Code section 1524", ["CA PC 1524"]),
    ("18 U.S.C. § 1028A (aggravated identity theft) and 42 U.S.C. § 408(a)(7)(B)",
     ["18 USC 1028A", "42 USC 408"]),
    ("pursuant to 21 U.S.C. § 876, and 28 C.F.R. § 0.100", ["21 USC 876", "28 CFR 0.100"]),
    ("IRC § 7602 and Internal Revenue Code section 7603", ["26 USC 7602", "26 USC 7603"]),
    ("Rule 17(c), Fed. R. Crim. P.", ["FRCrP 17"]),
    ("F.R.Crim.P. 17(c) and F.R.C.P. 45", ["FRCrP 17", "FRCP 45"]),
    ("the Immigration and Nationality Act (the Act); sections 235 and 287 of the Act",
     ["INA 235", "INA 287"]),
    ("Section 287 of the Act", []),
    ("under Section 18.02 of the Texas Code of Criminal Procedure", ["TX CCP 18.02"]),
    ("Title 8, Code of Federal Regulations, Section 287.7", ["8 CFR 287.7"]),
    ("Immigration & Nationality Act § 287 and 21 USCA 876", ["INA 287", "21 USC 876"]),
    # Forms written by other agencies and courts (these failed before they were added).
    ("§ 18-4-401, C.R.S.", ["CRS 18-4-401"]),
    ("sections 16-3-301 and 16-3-303, C.R.S.", ["CRS 16-3-301", "CRS 16-3-303"]),
    ("Section 18-4-401 of the Colorado Revised Statutes", ["CRS 18-4-401"]),
    ("K.S.A. 22-2502", ["KSA 22-2502"]),
    ("Sections 1225 and 1357 of Title 8, United States Code", ["8 USC 1225", "8 USC 1357"]),
    ("Fed. R. Evid. 902(11)", ["FRE 902"]),
    ("8 C.F.R. Parts 236 and 287", ["8 CFR 236", "8 CFR 287"]),
    ("Rules 26 and 45 of the Federal Rules of Civil Procedure", ["FRCP 26", "FRCP 45"]),
    ("Rule 41 of the Fed. R. Crim. P.", ["FRCrP 41"]),
    ("Cal. Penal Code §§ 1524 and 1534", ["CA PC 1524", "CA PC 1534"]),
    ("Cal. Gov't Code § 6254", ["CA Gov't Code 6254"]),
    ("Utah Code Ann. 77-23-203", ["UCA 77-23-203"]),
    ("Wis. Stat. 968.12 and Minn. Stat. 626.05", ["WI Stat 968.12", "MN Stat 626.05"]),
    ("Wis. Stat. §§ 968.12 and 968.375", ["WI Stat 968.12", "WI Stat 968.375"]),
    # State codes in lists with descriptions, New York's own names, state rules of evidence.
    ("in violation of Texas Penal Code §§ 20.05\n(Smuggling of Persons) and 20.06 (Continuous "
     "Smuggling of Persons).", ["TX PC 20.05", "TX PC 20.06"]),
    ("in violation of Fla. Stat. § 812.014 (theft)", ["FS 812.014"]),
    ("Petit Theft, § 812.014(3)(a), Fla. Stat., and", ["FS 812.014"]),
    ("pursuant to O.C.G.A. §§ 24-13-21 and 24-13-23, to be", ["OCGA 24-13-21", "OCGA 24-13-23"]),
    ("Ohio: Theft (R.C. 2913.02); bad checks (R.C. 2913.11).", ["ORC 2913.02", "ORC 2913.11"]),
    ("Theft (R.C. 2913.02)", []),  # Ohio's Revised Code only in an Ohio document
    ("Ohio Rev. Code § 2913.02 and N.C. Gen. Stat. § 14-100", ["ORC 2913.02", "NCGS 14-100"]),
    ("access device fraud, 18 Pa.C.S. § 4106,\nand identity theft, 18 Pa.C.S. § 4120.",
     ["18 PaCS 4106", "18 PaCS 4120"]),
    ("larceny (G.L. c. 266, § 30) and M.G.L. c. 151A, §\n46", ["MGL 266-30", "MGL 151A-46"]),
    ("Sec. 506 of Public Law 91-513 (21 U.S.C. 876)", ["PL 91-513", "21 USC 876"]),
    ("sections 236 and 287 of the immigration and Nationality Act", ["INA 236", "INA 287"]),
    ("Va. Code § 18.2-178 and Minn. Stat. § 609.52", ["VA Code 18.2-178", "MN Stat 609.52"]),
    ("a violation of Penal Law § 155.30 (grand larceny)", ["NY PL 155.30"]),
    ("New York City Police Department: robbery (PL 160.15, robbery 1st)", ["NY PL 160.15"]),
    ("robbery (PL 160.15)", []),
    ("Pub. L. 104-193 and P.L. 107-56, New York", ["PL 104-193", "PL 107-56"]),  # not NY's Penal Law
    ("a certification pursuant to CPLR 3122-a and CPLR § 2308(b)", ["NY CPLR 3122-a", "NY CPLR 2308"]),
    ("a business records affidavit under Tex. R. Evid. 902(10)", ["TX R Evid 902"]),
    ("certified under C.R.E. 803(6)", ["CO CRE 803"]),
    ("Rule 902 of the Arizona Rules of Evidence", ["AZ R Evid 902"]),
    ("Nev. R. Crim. P. 17 and N.M. R. Crim. P. 5-511", ["NV CrimP 17", "NM CrimP 5-511"]),
    ("Act, 8 US:G. 35\n1225(d)(4)(A), and 8 C.F.R. § 287.4", ["8 USC 1225", "8 CFR 287.4"]),
    ("acquisition of firearm; 18 [ ] Yes [X] No\nU.S.C. § 924(a)(1)(A) (straw purchasing)", ["18 USC 924"]),
    ("Title: 8 ☐ Approved ☒ Denied\nU.S.C. 1357", ["8 USC 1357"]),
    # The same kind of forms that already worked, kept so they stay working.
    ("8 USC Sec. 1357 and 8 U.S.C.A. § 1226", ["8 USC 1357", "8 USC 1226"]),
    ("§ 1357 of Title 8", ["8 USC 1357"]),
    ("Section 1357 of Title 8 of the United States Code", ["8 USC 1357"]),
    ("Title 8 U.S.C. 1357", ["8 USC 1357"]),
    ("8 USC §1357(a)", ["8 USC 1357"]),
    ("8 U.S.C. §§1225(d) & 1357", ["8 USC 1225", "8 USC 1357"]),
    ("8 CFR Part 287 and 8 C.F.R. Sec. 287.7", ["8 CFR 287", "8 CFR 287.7"]),
    ("INA Sec. 287(a)(2), INA 241(a)(5)", ["INA 287", "INA 241"]),
    ("Immigration and Nationality Act (INA) § 236(a)", ["INA 236"]),
    ("the Immigration and Nationality Act and section 274A of the Act", ["INA 274A"]),
    ("Rule 17 of the Federal Rules of Criminal Procedure", ["FRCrP 17"]),
    ("C.R.S. 24-74-103 and Colorado Revised Statutes section 16-3-301",
     ["CRS 24-74-103", "CRS 16-3-301"]),
    ("CRS §42-2-121", ["CRS 42-2-121"]),
    ("Cal. Veh. Code § 1808", ["CA VC 1808"]),
    ("NRS 171.123, A.R.S. § 13-3016", ["NRS 171.123", "ARS 13-3016"]),
    ("Utah Code Ann. § 77-23-203", ["UCA 77-23-203"]),
    ("18 U.S.C. 2703(c)(1)(B) and (d)", ["18 USC 2703"]),
    ("21 USC 841, 846 and 856", ["21 USC 841", "21 USC 846", "21 USC 856"]),
    # Ranges give both ends; OCR's "8" for a glued "§" in a C.F.R. section.
    ("C.R.S. §§ 18-4-401 through 18-4-403", ["CRS 18-4-401", "CRS 18-4-403"]),
    ("sections 16-3-301 to 16-3-308, C.R.S.", ["CRS 16-3-301", "CRS 16-3-308"]),
    ("8 C.F.R. 8287.7(d)", ["8 CFR 287.7"]),
    ("issued pursuant to Articles 24.02 and 24.03 of the Texas Code of Criminal Procedure.",
     ["TX CCP 24.02", "TX CCP 24.03"]),
    ("in violation of C.R.S. 18-5-102 (forgery) and 18-4-401 (theft). The", ["CRS 18-5-102", "CRS 18-4-401"]),
    # An IRS summons's printed back: bare Code sections, only where the internal revenue laws are.
    ("Internal Revenue Service summons\nSec. 7603. Service of summons\nunder section 6420(e)(2), "
     "6421(g)(2), or 7602", ["26 USC 7603", "26 USC 6420", "26 USC 6421", "26 USC 7602"]),
    ("Sec. 7603 of the city's parking rules", []),
    ("as permitted by 18 U.S.C: $ 2721(b)(1) and NMSA 1978, $ 66-2-7.1", ["18 USC 2721", "NMSA 66-2-7.1"]),
    ("which charges Assault, 8 18-3-205,\n\nC.R.S., and DUI, $ 42-4-1301, C.R.S.",
     ["CRS 18-3-205", "CRS 42-4-1301"]),
    ("under sections 235 and 287 of the Act (INA).", ["INA 235", "INA 287"]),
    # Not citations: form numbers, case numbers, phone numbers, a number after a citation.
    ("Call the Utah Code office at 801-555-1234; Rules 5 and 6 apply", []),
    ("Cal. Penal Code § 1524, 2 hours later", ["CA PC 1524"]),
    ("Minn. Stat. 626.05, 2026", ["MN Stat 626.05"]),
    ("8 CFR Parts 236, 2026", ["8 CFR 236"]),
    ("Case No. 2024CR1234, Portland OR 97201, 1234 NW Main St., Suite 18, dated 03/14/2024", []),
    ("CBP Form 3115 (10/20), Form 2039 (Rev. 12-2017), RCW office at 1500 Jefferson", []),
    ("Form I-200 and AO 110 in Case No. 1:24-mj-00123", []),
    ("DHS Form I-247A (3/17), call (303) 555-0147", []),
    ("8 U.S.C. § 1357, 2 hours later", ["8 USC 1357"]),
    # Words before the state in a sentence are not part of the code's name.
    ("issued by the District Court. Under Minn. Stat. § 13.46, subd. 2, the", ["MN Stat 13.46"]),
    ("pursuant to section 414.295, Florida Statutes.", ["FS 414.295"]),
    ("Minnesota Statutes section 609.52", ["MN Stat 609.52"]),
    ("North Carolina General Statutes § 14-72", ["NCGS 14-72"]),
    ("Massachusetts General Laws c. 266, § 30", ["MGL 266-30"]),
    # Washington's own rule names, only in a Washington document.
    ("King County, Washington: a certification that satisfies ER 902(11)", ["WA ER 902"]),
    ("Seattle, WA - subpoena under CrR 4.8", ["WA CrR 4.8"]),
    ("Denver, Colorado - ER 902 is not cited here", []),
    # Other states' codes by postal code and their own short names.
    ("Miss. Code Ann. § 71-5-127", ["MS Code 71-5-127"]),
    ("W. Va. Code § 21A-10-11", ["WV Code 21A-10-11"]),
    ("Mont. Code Ann. § 45-5-104 and R.I. Gen. Laws § 31-11-18", ["MCA 45-5-104", "RIGL 31-11-18"]),
    ("21 O.S. § 1713, 19 Del. C. § 3125 and 23 V.S.A. § 1201",
     ["21 OS 1713", "19 Del C 3125", "23 VSA 1201"]),
    ("HRS § 708-830.5, RSA 637:4 and N.J.S.A. 2C:20-4", ["HRS 708-830.5", "NH RSA 637:4",
                                                          "NJSA 2C:20-4"]),
    ("Anchorage, Alaska: theft under AS 11.46.130", ["AS 11.46.130"]),
    ("New Jersey: issued under R. 3:5-3", ["NJ R 3:5-3"]),
    ("V.R.Cr.P. 17, V.R.C.P. 45 and HRPP 41", ["VT CrimP 17", "VT CivP 45", "HI CrimP 41"]),
    ("T.C.A. § 40-17-123, Ind. Code § 35-43-5-3.5 and C.G.S. § 54-2a",
     ["TCA 40-17-123", "IC 35-43-5-3.5", "CGS 54-2a"]),
    ("La. R.S. 14:67, 43 P.S. § 871 and RCr 2.04", ["LA RS 14:67", "43 PS 871", "KY RCr 2.04"]),
    ("North Carolina: subpoena under G.S. 15A-801", ["NCGS 15A-801"]),
    # Lists that run on: a range names both ends, a bare suffix keeps the chapter, semicolons.
    ("issued under Minn. Stat. §§ 626.05 to\n626.08 and may be served", ["MN Stat 626.05", "MN Stat 626.08"]),
    ("N.C. Gen. Stat. §§ 15A-801, -802", ["NCGS 15A-801", "NCGS 15A-802"]),
    ("North Carolina\nG.S. 1A-1, Rule 45; 15A-801, -802; 8-59, -63",
     ["NC CivP 45", "NCGS 15A-801", "NCGS 15A-802", "NCGS 8-59", "NCGS 8-63"]),
    ("see Rule 45 of the North Carolina Rules of Civil Procedure", ["NC CivP 45"]),
    # A heading in capitals; a section sign OCR'd as "8-" glued to a Colorado section.
    ("COMMONWEALTH OF VIRGINIA    VA. CODE § 19.2-56", ["VA Code 19.2-56"]),
    ("a court-issued warrant under C.R.S. 8-24-74-103.", ["CRS 24-74-103"]),
    ("C.R.S. 8-74-101", ["CRS 8-74-101"]),
    # Maryland by article, Ohio's and Missouri's rules, Missouri's trailing RSMo.
    ("in violation of Md. Code Ann., Crim. Law § 7-104, and under Md. Code, Lab. & Empl. § 8-625(b)",
     ["MD CR 7-104", "MD LE 8-625"]),
    ("Baltimore, Maryland: CR § 7-104 and CP §§ 1-203, 1-204",
     ["MD CR 7-104", "MD CP 1-203", "MD CP 1-204"]),
    ("§ 16-101 of the Transportation Article; Md. Rule 4-266", ["MD TR 16-101", "MD Rule 4-266"]),
    ("Franklin County, Ohio: R.C. 2939.12 and Crim.R. 17(C); secret under Crim.R. 6(E)",
     ["ORC 2939.12", "OH CrimP 17", "OH CrimP 6"]),
    ("Denver: Crim.R. 17 is not cited here", []),
    ("driving while revoked, § 302.321, RSMo. Under Rule 26.02 of the Missouri Supreme Court Rules "
     "of Criminal Procedure", ["RSMo 302.321", "MO CrimP 26.02"]),
    ("Mo. Sup. Ct. R. 57.09 and sections 570.030 and 570.223, RSMo 2016",
     ["MO CivP 57.09", "RSMo 570.030", "RSMo 570.223"]),
    ("Stealing, $ 570.030 RSMo; detainers under $$ 217.450 to 217.485, RSMo. Supreme Court Rule 26.02",
     ["RSMo 570.030", "RSMo 217.450", "RSMo 217.485", "MO CrimP 26.02"]),
    ("Supreme Court Rule 26.02", []),  # whose court, without Missouri named?
    ("in accordance with C.R.E. 803(6) and 902(11). The", ["CO CRE 803", "CO CRE 902"]),
    ("under sections 90.803(6) and 90.902(11), Florida Statutes, in lieu", ["FS 90.803", "FS 90.902"]),
    ("AS PROVIDED IN ARTICLE 24.01, TEXAS CODE OF\nCRIMINAL PROCEDURE; and Article 24.02, Texas Code "
     "of Criminal Procedure", ["TX CCP 24.01", "TX CCP 24.02"]),
    ("18 U.S.C. §§ 1343 (wire\nfraud) and 1028A (aggravated identity theft)",
     ["18 USC 1343", "18 USC 1028A"]),
    ("(original offense: 21\nU.S.C, $ 841)", ["21 USC 841"]),
    # California's and Texas's codes by name alone take the document's state.
    ("SUPERIOR COURT OF CALIFORNIA (Penal Code §§ 1523–1542); Unemployment Insurance Code section "
     "2101; Evidence Code sections 1560–1561",
     ["CA PC 1523", "CA PC 1542", "CA UI Code 2101", "CA Evid Code 1560", "CA Evid Code 1561"]),
    ("Houston, Texas: Penal Code § 31.03", ["TX PC 31.03"]),
    ("Penal Code § 31.03", ["Penal Code 31.03"]),
    ("the Immigration and Nationality Act: 212(a)(6)(A)(i): 238(b)", ["INA 212", "INA 238"]),
    # OCR's "lowa", a doubled full stop, a lettered section, Hawaii's and Rhode Island's rules.
    ("Theft, lowa Code § 714.2(1), under lowa Code § 321.11(2).", ["IA Code 714.2", "IA Code 321.11"]),
    ("Theft by Deception, Neb. Rev. Stat..§ 28-512, and", ["NE Stat 28-512"]),
    ("Welfare Fraud, RSA 167:17-b. Records", ["NH RSA 167:17-b"]),
    ("as required by Rule\n41 of the Hawaiʻi Rules of Penal Procedure", ["HI CrimP 41"]),
    ("R.I. Gen. Laws § 31-11-18; under Super. R. Crim. P. 17(c).", ["RIGL 31-11-18", "RI CrimP 17"]),
    ("under Super. R. Crim. P. 17(c).", []),
    # States' rules written without spaces, North and South Dakota's codes, Wyoming's "W.S.".
    ("moved under N.D.R.Crim.P. 17(c) for an order", ["ND CrimP 17"]),
    ("the application is made under Pa.R.Crim.P. 203.", ["PA CrimP 203"]),
    ("Theft of Property, N.D.C.C. §\n12.1-23-02; notwithstanding N.D.C.C. § 52-01-03",
     ["NDCC 12.1-23-02", "NDCC 52-01-03"]),
    ("SDCL 22-30A-1 (Theft); in Wyoming W.S. 6-3-402", ["SDCL 22-30A-1", "WS 6-3-402"]),
    ("W.S. 6-3-402", []),  # initials, outside a Wyoming document
    # OCR's "$" in a Massachusetts chapter citation; the code's edition year.
    ("authorized by M.G.L. c. 151A, $ 46(a) and (b).", ["MGL 151A-46"]),
    ("(theft as defined in Ala. Code 1975, §\n13A-8-2)", ["AL Code 13A-8-2"]),
    # A section alone after a state citation is in that code, if it has the same title and shape.
    ("Tenn. Code Ann. $ 39-14-103, graded as a Class C\nfelony under $ 39-14-105(a)(4).",
     ["TCA 39-14-103", "TCA 39-14-105"]),
    ("Va. Code § 18.2-95, 8 U.S.C. § 1357 and § 1226", ["VA Code 18.2-95", "8 USC 1357", "8 USC 1226"]),
    ("Tenn. Code Ann. § 39-14-103; see also § 2-105 of the policy", ["TCA 39-14-103"]),
    # New York's laws by name in a New York document; Virginia's Supreme Court rules.
    ("New York. notwithstanding Labor Law § 537, and Judiciary Law § 2-b(1), and Vehicle and "
     "Traffic Law § 511", ["NY Labor Law 537", "NY Jud Law 2-b", "NY VTL 511"]),
    ("Virginia. Va. Code § 19.2-267; Rule 3A:12(b), Rules of the Supreme Court of Virginia",
     ["VA Code 19.2-267", "VA R 3A:12"]),
    ("New Jersey. Rule 3:5-3", []),
    # OCR's "$" and ".§"; New Hampshire's lettered chapters; Connecticut's lettered sections.
    ("access device fraud, 18 Pa.C.S. $ 4106.", ["18 PaCS 4106"]),
    ("Inspector General Act of 1978, as amended, 5\nU.S.C. .§ 406(a)(4)", ["5 USC 406"]),
    ("confidential under RSA 282-A:118 and the provisions of RSA 167: 30.",
     ["NH RSA 282-A:118", "NH RSA 167:30"]),
    ("notwithstanding C.G.S. § 17b-90; larceny, C.G.S. §\n53a-122", ["CGS 17b-90", "CGS 53a-122"]),
    # A federal list ends where another code's title number starts; Maine's title-first code.
    ("as permitted by 18 U.S.C. 2721(b)(1) and 625 ILCS 5/2-123, and",
     ["18 USC 2721", "625 ILCS 5/2-123"]),
    ("evaluate this request under 22 M.R.S. § 42.", ["22 MRS 42"]),
    # Ohio's "R.C." in a document addressed from an Ohio ZIP code; a statute named in prose.
    ("Dayton, OH 45402\nburglary (R.C. 2911.12)", ["ORC 2911.12"]),
    ("leaving the scene under Nebraska statute 60-697.", ["NE Stat 60-697"]),
    # "Section" spelled out after a title code; the state after "Code of"; full state names in
    # court rules; Louisiana's procedure by article; OCR's "$" on a listed section.
    ("receiving stolen property, 18 Pa.C.S. Section 3925", ["18 PaCS 3925"]),
    ("Code of Alabama 1975, Section 13A-9-14; Code of Virginia § 46.2-208", ["AL Code 13A-9-14",
                                                                           "VA Code 46.2-208"]),
    ("Rule 3.8 of the Alabama Rules of Criminal Procedure", ["AL CrimP 3.8"]),
    ("Louisiana Rules of Evidence, Rule 803", ["LA R Evid 803"]),
    ("ordered under La. C.Cr.P. art. 732 and arts. 66 and 434",
     ["LA CCrP 732", "LA CCrP 66", "LA CCrP 434"]),
    ("La. C.Cr.P. arts. 66 and 434", ["LA CCrP 66", "LA CCrP 434"]),
    ("Va. Code § 19.2-59 and $ 19.2-70.3", ["VA Code 19.2-59", "VA Code 19.2-70.3"]),
    # California's codes by name in a California document, a range of plain sections; OCR noise
    # in an Arizona rule.
    ("State of California. Government Code §§ 11180-11191; Insurance Code section 1871.4",
     ["CA Gov Code 11180", "CA Gov Code 11191", "CA Ins Code 1871.4"]),
    ("(Ariz, R..Crim. P. 15:1)", ["AZ CrimP 15.1"]),
    # A list of long section numbers runs on into prose; a count or another law's number does not.
    ("possible violations of 18 U.S.C. §§ 1028 and 1341 affecting the program",
     ["18 USC 1028", "18 USC 1341"]),
    ("California. Deliver under Evidence Code §§ 1560 and 1562 in a sealed envelope.",
     ["CA Evid Code 1560", "CA Evid Code 1562"]),
    ("8 U.S.C. § 1226 and 287 of the Act", ["8 USC 1226"]),
    ("Ohio. R.C. 4141.21 and 4141.99 within 30 days", ["ORC 4141.21", "ORC 4141.99"]),
    ("Ohio. O.R.C. §§ 2913.02 and 120 days later", ["ORC 2913.02"]),
    # OCR reads a section sign after a code's initials as "8"; New Jersey's evidence rules; a
    # state supreme court's rules named in prose.
    ("trafficking (T.C.A. 8 39-17-417) in Knox County", ["TCA 39-17-417"]),
    ("certified under N.J.R.E. 803 and 902", ["NJ R Evid 803", "NJ R Evid 902"]),
    ("issued under Illinois Supreme Court Rule 237(b)", ["IL SCR 237"]),
    ("Ill. S. Ct. R. 412 discovery", ["IL SCR 412"]),
    # Rule lists, Wyoming's rules by their initials, whole C.F.R. parts in a list, and a state
    # section named again in prose.
    ("Colorado. under § 18-4-401, C.R.S., and Crim. P. 16 and 41.",
     ["CRS 18-4-401", "CO CrimP 16", "CO CrimP 41"]),
    ("the State's motion under W.R.Cr.P.\n17(c) for records", ["WY CrimP 17"]),
    ("under 8 C.F.R. 287.7, 236.1, 239, and 241.", ["8 CFR 287.7", "8 CFR 236.1", "8 CFR 239",
                                                     "8 CFR 241"]),
    ("under 8 C.F.R. § 287.7 and sections 236 and 287 of the Act", ["8 CFR 287.7"]),
    # Texas article lists, a comma before the section sign, OCR's "$8" for "§§", slips inside a
    # code's initials, and Florida's "s. N, F.S.".
    ("pursuant to Articles 18.02 and 18.06, Texas Code of Criminal Procedure",
     ["TX CCP 18.02", "TX CCP 18.06"]),
    ("California. (Vehicle Code, § 1808 et seq.)", ["CA VC 1808"]),
    ("California. Unemployment Insurance Code $8 2111(a) applies", ["CA UI Code 2111"]),
    ("in violation of O,C.G.A. §\n16-8-2, in Fulton County", ["OCGA 16-8-2"]),
    ("Burglary, N J.S.A. 2C:18-2 Ewing", ["NJSA 2C:18-2"]),
    ("released under s. 119.0712(2), F.S., to law enforcement", ["FS 119.0712"]),
    ("leaving the scene, Neb. Rev. Stat. § 60-697. Release is allowed under section 60-2909.01.",
     ["NE Stat 60-697", "NE Stat 60-2909.01"]),
    # Alabama's own form with the state abbreviated, and OCR's "$" for the section sign.
    ("CHARGE: Robbery 3rd, Code of Ala. 1975, $ 13A-8-43", ["AL Code 13A-8-43"]),
    ("as defined in the Code of Alabama (1975) § 32-5A-191", ["AL Code 32-5A-191"]),
    ("California. Benefits fraud (Unemp. Ins. Code § 2101)", ["CA UI Code 2101"]),
    ("Cal. Unemp. Ins. Code section 1094(b)", ["CA UI Code 1094"]),
    # Louisiana's codes by article, short and long.
    ("authenticated under La. C.E. art. 902(11)", ["LA CE 902"]),
    ("under Louisiana Code of Evidence article 803(6)", ["LA CE 803"]),
    ("per Louisiana Code of Criminal Procedure article 162", ["LA CCrP 162"]),
    # A state's rule of evidence run together, and a rule named by the state and its kind.
    ("with a declaration (N.D.R.Ev. 803(6)) attached", ["ND R Evid 803"]),
    ("returned in accordance with Alaska Criminal Rule 37(b)", ["AK CrimP 37"]),
    ("a certificate complying with Alaska Evidence Rule 902", ["AK R Evid 902"]),
    # A dotted code after its sections ends with a full stop, not a word boundary.
    ("theft, §§ 13-1802 and 13-2310, A.R.S.; fraud", ["ARS 13-1802", "ARS 13-2310"]),
    ("aggravated assault, § 16-5-21, O.C.G.A.", ["OCGA 16-5-21"]),
    # OCR's hyphen before "and"; a state's section listed after a title's sections.
    ("issued under sections 236-and 287 of the Immigration and Nationality Act", ["INA 236", "INA 287"]),
    ("violating Title 21, United States Code, Sections 841 and 846, and § 893.135, Fla. Stat.",
     ["21 USC 841", "21 USC 846", "FS 893.135"]),
    # California's codes by name and number alone; a code no other state has.
    ("Suspect CA DL: D1234567. Theft (Penal Code 487) under Vehicle Code 1808", ["CA PC 487", "CA VC 1808"]),
    ("records released under Unemployment Insurance Code section 1095(i)", ["CA UI Code 1095"]),
    ("Zip Code 95814; Penal Code 1054", []),  # no state named: whose Penal Code is unknown
    ("executed under Hawai'i Rules of Penal Procedure Rule 41", ["HI CrimP 41"]),
    # A federal citation's section sign starts no list of a state's sections, and its list stops
    # before them.
    ("released under 20 C.F.R. § 603.5(i) and § 443.1715, Fla. Stat.", ["20 CFR 603.5", "FS 443.1715"]),
    ("charged under 18 U.S.C. § 641 and § 45-6-301, MCA", ["18 USC 641", "MCA 45-6-301"]),
    ("pursuant to sections 236 and. 287 of the Immigration and Nationality Act", ["INA 236", "INA 287"]),
    # Texas's articles named once with the code, then alone in lower case.
    ("a peace officer under Tex. Code Crim. Proc. art. 2.12; issued under article\n18.02;",
     ["TX CCP 2.12", "TX CCP 18.02"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_normalisation(text: str, expected: list[str]) -> None:
    assert normalize_citations(text) == expected


def test_deduplicated_with_evidence_on_the_page() -> None:
    doc = paged_document([
        ["Request under 8 U.S.C. § 1357(a).",
         "The officer is authorised by 8 USC 1357 and 8 C.F.R. 287.5."],
        ["See also INA § 287(a)(2)."],
    ])
    citations = extract_citations(doc, None)
    assert [c.normalized for c in citations] == ["8 USC 1357", "8 CFR 287.5", "INA 287"]
    first = citations[0]
    assert first.citation == "8 U.S.C. § 1357(a)"
    assert first.evidence is not None and first.evidence.page == 1 and first.evidence.box
    assert citations[2].evidence is not None and citations[2].evidence.page == 2


def test_a_state_named_in_capitals_places_its_code() -> None:
    # "R.C. 2913.02" is Ohio's Revised Code when the letterhead says OHIO in capitals.
    assert normalize_citations("OHIO DEPARTMENT OF JOB AND FAMILY SERVICES\nTheft, R.C. 2913.02") == [
        "ORC 2913.02"]


def test_a_long_list_of_sections_with_no_code_after_it_is_read_in_linear_time() -> None:
    # Each trailing-code pattern once re-read the list from every section sign: minutes for these
    # (no timer here: a quadratic reading shows as a test that hangs).
    marks = " ".join(f"§ {i}.{i}," for i in range(5000))
    sections = " ".join(f"Section {i}-{i} and" for i in range(5000))
    assert normalize_citations(marks) == []
    assert normalize_citations(sections) == []
    assert normalize_citations("§ 1.1, § 2.2, Fla. Stat.") == ["FS 1.1", "FS 2.2"]
