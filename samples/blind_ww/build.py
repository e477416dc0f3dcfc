# rendering engine (will be concatenated into build.py)
import os, io, json, random, subprocess, shutil, glob, email, email.policy
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = '/tmp/author_ww/work'
FD = '/usr/share/fonts/truetype/dejavu/'
for n, f in [('S', 'DejaVuSans.ttf'), ('SB', 'DejaVuSans-Bold.ttf'), ('R', 'DejaVuSerif.ttf'),
             ('RB', 'DejaVuSerif-Bold.ttf'), ('M', 'DejaVuSansMono.ttf'), ('MB', 'DejaVuSansMono-Bold.ttf'),
             ('H', 'DejaVuSerif-Italic.ttf')]:
    pdfmetrics.registerFont(TTFont(n, FD + f))
FAMS = {'sans': ('S', 'SB'), 'serif': ('R', 'RB'), 'mono': ('M', 'MB')}

def render_pdf(text, path, style='sans', size=10):
    reg, bold = FAMS[style]
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    W, Hh = letter
    ml, mr, mt, mb = 60, 60, 56, 56
    tw = W - ml - mr
    y = Hh - mt
    lead = size * 1.35
    def newpage():
        nonlocal y
        c.showPage(); y = Hh - mt
    for raw in text.strip('\n').split('\n'):
        line = raw.rstrip()
        if line == '<<PAGE>>':
            newpage(); continue
        if y < mb + lead:
            newpage()
        if line == '':
            y -= lead * 0.6; continue
        if line == '---':
            c.setLineWidth(0.8); c.line(ml, y + lead * 0.3, W - mr, y + lead * 0.3); y -= lead * 0.5; continue
        if line.startswith('# '):
            c.setFont(bold, size + 3); c.drawCentredString(W / 2, y, line[2:]); y -= lead * 1.3; continue
        if line.startswith('#c '):
            c.setFont(reg, size); c.drawCentredString(W / 2, y, line[3:]); y -= lead; continue
        if line.startswith('## '):
            c.setFont(bold, size + 0.5); c.drawString(ml, y, line[3:]); y -= lead; continue
        if line.startswith('> '):
            c.setFont(reg, size); c.drawRightString(W - mr, y, line[2:]); y -= lead; continue
        if ' @ ' in line or line.endswith(' @'):
            a, b = (line + ' ').split(' @ ', 1)
            for x, s in ((ml, a), (ml + tw / 2 + 6, b)):
                if s.startswith('~~'):
                    c.saveState(); c.setFillColorRGB(0.1, 0.15, 0.5); c.setFont('H', size + 1.5); c.drawString(x, y, s[2:]); c.restoreState()
                else:
                    f = reg
                    if s.startswith('*'):
                        f = bold; s = s[1:]
                    c.setFont(f, size); c.drawString(x, y, s)
            y -= lead; continue
        if line.startswith('!!'):
            c.saveState(); c.setFillColorRGB(0.75, 0.1, 0.1); c.setStrokeColorRGB(0.75, 0.1, 0.1)
            c.translate(W - mr - 170, y - 10); c.rotate(9); c.setLineWidth(2)
            parts = line[2:].split('//')
            c.rect(-8, -8 - 16 * (len(parts) - 1), 190, 28 + 16 * (len(parts) - 1), fill=0)
            for i, p in enumerate(parts):
                c.setFont(bold, 13 if i == 0 else 11); c.drawString(0, -16 * i, p)
            c.restoreState(); continue
        if line.startswith('~~'):
            c.saveState(); c.setFillColorRGB(0.1, 0.15, 0.5); c.translate(ml + 20, y); c.rotate(2.5)
            c.setFont('H', size + 3); c.drawString(0, 0, line[2:]); c.restoreState(); y -= lead * 1.4; continue
        if line.startswith('|'):
            cells = line[1:].split('|')
            n = len(cells); cw = tw / n; rh = lead * 1.25
            c.setLineWidth(0.6)
            for i, cell in enumerate(cells):
                c.rect(ml + i * cw, y - rh * 0.3, cw, rh, fill=0)
                f = bold if cell.startswith('*') else reg
                cell = cell.lstrip('*')
                c.setFont(f, size - 1); c.drawString(ml + i * cw + 3, y + 1, cell)
            y -= rh; continue
        f = reg
        if line.startswith('*'):
            f = bold; line = line[1:]
        ind = len(line) - len(line.lstrip(' '))
        body = line.lstrip(' ')
        c.setFont(f, size)
        for seg in simpleSplit(body, f, size, tw - ind * 5):
            if y < mb + lead:
                newpage(); c.setFont(f, size)
            c.drawString(ml + ind * 5, y, seg); y -= lead
    c.showPage(); c.save()

def pdf_pages_to_images(pdf, dpi, key, gray=True):
    d = os.path.join(TMP, key); shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    args = ['pdftoppm', '-r', str(dpi), '-png']
    if gray:
        args.append('-gray')
    subprocess.run(args + [pdf, os.path.join(d, 'p')], check=True)
    return [Image.open(p).copy() for p in sorted(glob.glob(os.path.join(d, 'p*.png')))]

def degrade(img, rnd, rot=0):
    img = img.convert('L')
    if rot:
        img = img.rotate(rot, expand=True)
    ang = rnd.uniform(0.5, 2.0) * rnd.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    a = a * 0.82 + 28
    nr = np.random.RandomState(rnd.randint(0, 10 ** 6))
    a += nr.normal(0, 11, a.shape)
    speck = nr.random_sample(a.shape) < 0.0015
    a[speck] = 40
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a, 'L').filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO(); img.save(buf, 'JPEG', quality=rnd.randint(35, 55)); buf.seek(0)
    return Image.open(buf).convert('L')

def make_scanned(text, path, key, style, rots, rnd, size=10):
    pdf = os.path.join(TMP, key + '_src.pdf'); render_pdf(text, pdf, style, size)
    imgs = pdf_pages_to_images(pdf, 200, key)
    out = [degrade(im, rnd, rots[i] if i < len(rots) else 0) for i, im in enumerate(imgs)]
    import time; fixed = time.gmtime(1792054800)
    out[0].save(path, 'PDF', save_all=True, append_images=out[1:], resolution=200.0, creationDate=fixed, modDate=fixed, producer='Scan2PDF', creator='MFP-4120')

def make_fax(text, path, key, style, header, rnd, size=10):
    pdf = os.path.join(TMP, key + '_src.pdf'); render_pdf(text, pdf, style, size)
    imgs = pdf_pages_to_images(pdf, 200, key)
    font = ImageFont.truetype(FD + 'DejaVuSansMono.ttf', 26)
    out = []
    for i, im in enumerate(imgs):
        im = im.convert('L')
        ang = rnd.uniform(-0.8, 0.8)
        im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 50], fill=255)
        d.text((30, 12), header + '   P.%03d/%03d' % (i + 1, len(imgs)), font=font, fill=0)
        a = np.asarray(im).astype(np.float32)
        nr = np.random.RandomState(rnd.randint(0, 10 ** 6))
        a += nr.normal(0, 25, a.shape)
        bw = Image.fromarray(np.where(a > 165, 255, 0).astype(np.uint8), 'L').convert('1', dither=Image.NONE)
        out.append(bw)
    out[0].save(path, compression='group4', dpi=(200, 200), save_all=True, append_images=out[1:])

def pdf_bytes(text, key, style='sans', size=10):
    p = os.path.join(TMP, key + '.pdf'); render_pdf(text, p, style, size)
    return open(p, 'rb').read()

def image_bytes(text, key, fmt, rnd, style='sans', size=10, photo=False):
    p = os.path.join(TMP, key + '_img.pdf'); render_pdf(text, p, style, size)
    imgs = pdf_pages_to_images(p, 150, key + '_img', gray=True)
    im = imgs[0]
    if photo:
        im = degrade(im, rnd)
    buf = io.BytesIO()
    if fmt == 'png':
        im.save(buf, 'PNG', optimize=True)
    else:
        im.save(buf, 'JPEG', quality=70)
    return buf.getvalue()

def make_eml(spec, path, rnd):
    random.seed(spec['seed'])
    m = EmailMessage()
    for k in ('From', 'To', 'Cc', 'Subject'):
        if spec.get(k):
            m[k] = spec[k]
    m['Date'] = spec['Date']
    m['Message-ID'] = '<%s@%s>' % (spec['mid'], spec['From'].split('@')[-1].rstrip('>'))
    if spec.get('html_only'):
        m.set_content(spec['html'], subtype='html')
    else:
        m.set_content(spec['body'])
        if spec.get('html'):
            m.add_alternative(spec['html'], subtype='html')
    for att in spec.get('atts', []):
        kind = att[0]
        if kind == 'pdf':
            m.add_attachment(pdf_bytes(att[2], spec['key'] + att[1], att[3] if len(att) > 3 else 'sans'),
                             maintype='application', subtype='pdf', filename=att[1])
        elif kind in ('png', 'jpeg'):
            m.add_attachment(image_bytes(att[2], spec['key'] + att[1], kind, rnd, photo=(kind == 'jpeg')),
                             maintype='image', subtype=kind, filename=att[1])
        elif kind == 'rfc822':
            inner = EmailMessage()
            for k, v in att[1].items():
                if k != 'body':
                    inner[k] = v
            inner.set_content(att[1]['body'])
            m.add_attachment(inner)
    random.seed(spec['seed'])
    with open(path, 'wb') as fh:
        fh.write(m.as_bytes(policy=email.policy.SMTP))

def L(key, aname, person, title, mail, phone, subjects, basis, ptype, form, attached, purpose, records, channel):
    return dict(requestor=dict(agency_key=key, agency_name=aname, person=person, title=title, email=mail, phone=phone),
                subjects=[dict(name=s[0], dob=s[1], identifiers=[dict(type=t, value=v) for t, v in s[2]]) for s in subjects],
                legal_basis=[dict(normalized=b) for b in basis],
                legal_process=dict(type=ptype, court_issued=ptype in ('judicial_warrant', 'court_order', 'grand_jury_subpoena', 'court_subpoena'), form=form),
                warrant_or_subpoena_attached=attached, purpose=purpose, records_requested=records, channel=channel)

D = []
# ---------------- born-digital ----------------
D.append(dict(id='bww01', fmt='born_digital', template='ICE ERO field office letter to DMV, no process', style='serif', text='''
# U.S. Department of Homeland Security
#c U.S. Immigration and Customs Enforcement
#c Enforcement and Removal Operations – Denver Field Office
#c 12445 East Caley Avenue, Centennial, CO 80111
---
> October 6, 2026

Colorado Department of Revenue
Division of Motor Vehicles – Records Section
1881 Pierce Street
Lakewood, CO 80214

*RE: Request for Records – GÓMEZ ARRIAGA, Luis Fernando (Event No. DEN2610000418)

To Whom It May Concern:

Pursuant to section 287 of the Immigration and Nationality Act (8 U.S.C. § 1357) and 8 C.F.R. § 287.5, the Denver Field Office respectfully requests copies of any driver license or identification card record, including the most recent photograph, the residential and mailing addresses on file, and any vehicle registrations, for the individual listed below. This information is requested for official use only.

|*Name|GÓMEZ ARRIAGA, Luis Fernando
|*Date of Birth|14 Feb 1989
|*A-Number|A 208-114-763
|*CO DL / ID No.|14-227-8390

Please return responsive records by e-mail to the undersigned or by mail to the address above. Your assistance is appreciated.

Sincerely,


Kyle R. Brandt
Supervisory Detention and Deportation Officer
Telephone: (303) 555-0147
kyle.r.brandt@ice.dhs.gov

cc: A-File
---
#c LAW ENFORCEMENT SENSITIVE – FOR OFFICIAL USE ONLY
''', labels=L('dhs-ice-ero', 'U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – Denver Field Office', 'Kyle R. Brandt', 'Supervisory Detention and Deportation Officer', 'kyle.r.brandt@ice.dhs.gov', '(303) 555-0147',
  [('Luis Fernando Gómez Arriaga', '1989-02-14', [('a_number', 'A208114763'), ('license', '142278390')])],
  ['INA 287', '8 USC 1357', '8 CFR 287.5'], 'none', None, False, 'civil_immigration', ['license', 'photo', 'address', 'vehicle'], 'mail')))

D.append(dict(id='bww02', fmt='born_digital', template='FBI cover letter with AO 93 search and seizure warrant (D. Utah)', style='sans', text='''
# U.S. Department of Justice
#c Federal Bureau of Investigation
#c Salt Lake City Field Office · 5425 West Amelia Earhart Drive · Salt Lake City, UT 84116
---
> 2026-09-30
Utah Department of Workforce Services
Attn: Custodian of Records / Legal Unit
140 East 300 South, Salt Lake City, UT 84111

Re: Service of federal search warrant, Case No. 2:26-mj-00814-CMW

Dear Custodian:

Enclosed please find a search and seizure warrant issued by the United States District Court for the District of Utah under Rule 41 of the Federal Rules of Criminal Procedure. The warrant commands production of the records described in Attachment B relating to Brandon James KOWALCZYK and TRẦN Thị Hoa. The Court has authorized delayed notice under 18 U.S.C. § 3103a(b); please do not notify the account holders.

Records may be delivered electronically to the undersigned. Questions may be directed to me at (801) 555-0162 or mtoyelaran@fbi.gov.

Respectfully,

Megan T. Oyelaran
Special Agent, Federal Bureau of Investigation
Enclosure: AO 93 with Attachments A and B
<<PAGE>>
AO 93 (Rev. 11/13) Search and Seizure Warrant
# UNITED STATES DISTRICT COURT
#c for the
#c District of Utah

In the Matter of the Search of
(Briefly describe the property to be searched or identify the person by name and address)
Records maintained by the Utah Department of Workforce Services relating to
Brandon James KOWALCZYK (DOB 07/22/1984) and TRẦN Thị Hoa (DOB 03/15/1990)
> Case No. 2:26-mj-00814-CMW

# SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of Utah: see Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal: see Attachment B.

YOU ARE COMMANDED to execute this warrant on or before October 14, 2026 (not to exceed 14 days) in the daytime 6:00 a.m. to 10:00 p.m.

[X] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to the person who, or whose property, will be searched or seized.

Date and time issued: 09/29/2026 3:41 p.m.                    Judge's signature
City and state: Salt Lake City, Utah          Carolyn M. Westergard, United States Magistrate Judge
<<PAGE>>
## ATTACHMENT B – Property to be seized
All records, for the period January 1, 2024 to present, relating to unemployment insurance claims filed by or in the names of Brandon James KOWALCZYK (SSN ending 4417) and TRẦN Thị Hoa (SSN ending 0926), including:
  1. claim applications, weekly certifications and payment histories;
  2. quarterly wage records and employer reports;
  3. all mailing and residential addresses, and bank account and debit card information for benefit deposits;
that constitute evidence of violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A (aggravated identity theft).
''', labels=L('doj-fbi', 'Federal Bureau of Investigation, Salt Lake City Field Office', 'Megan T. Oyelaran', 'Special Agent', 'mtoyelaran@fbi.gov', '(801) 555-0162',
  [('Brandon James Kowalczyk', '1984-07-22', [('ssn_last4', '4417')]), ('Thị Hoa Trần', '1990-03-15', [('ssn_last4', '0926')])],
  ['FRCrP 41', '18 USC 3103a', '18 USC 2705', '18 USC 1343', '18 USC 1028A'], 'judicial_warrant', 'AO 93', True, 'criminal_investigation', ['claims', 'wages', 'address', 'other'], 'mail')))

D.append(dict(id='bww03', fmt='born_digital', template='DEA administrative subpoena (21 USC 876) to state labor agency', style='serif', text='''
#c U.S. Department of Justice
# DRUG ENFORCEMENT ADMINISTRATION
#c Phoenix Field Division · 3010 North 2nd Street · Phoenix, Arizona 85012
# SUBPOENA
---
TO: Custodian of Records @ Subpoena No.: PX-26-118734
Arizona Department of Economic Security @ File No.: R3-26-0097
1789 West Jefferson Street, Phoenix, AZ 85007 @ G-DEP: RRG1Z

In the matter of: an investigation of violations of Title 21, United States Code, Sections 841 and 846.

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED, pursuant to Title 21, United States Code, Section 876, to appear before Group Supervisor Gregory A. Poulos, an official of the Drug Enforcement Administration, at the Phoenix Field Division on October 20, 2026 at 10:00 a.m., and to produce the following records, which are relevant and material to the investigation:

Quarterly wage records, employer names and addresses, and any unemployment insurance claim records, from January 1, 2023 to the present, for:

    IBÁÑEZ-SALCIDO, Héctor        DOB: 11/03/1979        SSN: XXX-XX-6612

Including wages reported by Sun Valley Pallet Co. and any other employer. Production of certified copies by mail on or before the return date will constitute compliance.

Records are requested in accordance with 5 U.S.C. § 552a(b)(7). Failure to comply with this subpoena may render you liable to proceedings in the United States District Court to compel compliance, as provided in 21 U.S.C. § 876(c).

Do not disclose the existence of this subpoena; disclosure could impede the investigation.

Issued at Phoenix, Arizona, October 5, 2026.


Gregory A. Poulos, Group Supervisor
Telephone (602) 555-0119 · gregory.a.poulos@dea.gov
---
#c DEA subpoenas are issued under authority delegated by 28 C.F.R. § 0.100 and Appendix to Subpart R.
''', labels=L('doj-dea', 'Drug Enforcement Administration, Phoenix Field Division', 'Gregory A. Poulos', 'Group Supervisor', 'gregory.a.poulos@dea.gov', '(602) 555-0119',
  [('Héctor Ibáñez-Salcido', '1979-11-03', [('ssn_last4', '6612')])],
  ['21 USC 841', '21 USC 846', '21 USC 876', '5 USC 552a', '28 CFR 0.100'], 'administrative_subpoena', None, True, 'criminal_investigation', ['wages', 'employment', 'claims'], 'mail')))

D.append(dict(id='bww04', fmt='born_digital', template='Texas district court order for production, transmitted by ADA', style='serif', text='''
#c HARRIS COUNTY DISTRICT ATTORNEY
#c 1201 Franklin Street, Suite 600 · Houston, Texas 77002
---
October 2, 2026

Texas Workforce Commission
Open Records / Subpoena Compliance
101 East 15th Street, Austin, Texas 78778

Re: Court order – Cause No. 2026-DCR-04417; State v. de la Cruz Benítez et al.

Please find the enclosed signed Order of the 182nd District Court directing production of wage and claim records. Records may be released to my office notwithstanding Tex. Lab. Code § 301.085, because production is compelled by court order. Questions: Rachel N. Okafor, (713) 555-0184, okafor_rachel@dao.hctx.net.

Rachel N. Okafor
Assistant District Attorney, Financial Crimes Division
<<PAGE>>
#c CAUSE NO. 2026-DCR-04417
IN RE: THE STATE OF TEXAS @ IN THE 182ND DISTRICT COURT
v. @ OF
MARISOL DE LA CRUZ BENÍTEZ and DWAYNE EARL PRUITT @ HARRIS COUNTY, TEXAS
# ORDER FOR PRODUCTION OF RECORDS

On this day the Court considered the State's Application for an order compelling production of records, presented by Assistant District Attorney Rachel N. Okafor, in connection with the investigation of offenses under Tex. Penal Code § 32.51 (Fraudulent Use or Possession of Identifying Information) and Tex. Penal Code § 31.03 (Theft). The complainant, Evelyn Sato, reported that unemployment benefits were claimed in her name.

Having found that the Application is supported by sworn facts and that the records are material to a pending criminal investigation, the Court, pursuant to Tex. Code Crim. Proc. art. 18.02(a)(10), GRANTS the Application.

IT IS THEREFORE ORDERED that the Texas Workforce Commission produce, within fourteen (14) days, all wage records, unemployment claim records, payment histories and addresses of record from January 2024 to date for:

    1. Marisol de la Cruz Benítez, DOB 03/09/1991, TX DL 40188231
    2. Dwayne Earl Pruitt, DOB 1986-12-30

IT IS FURTHER ORDERED that the records be accompanied by a business records affidavit complying with Tex. R. Evid. 902(10).

SIGNED October 1, 2026.

_________________________________
JUDGE PRESIDING, 182nd District Court
''', labels=L('district-attorney', 'Harris County District Attorney', 'Rachel N. Okafor', 'Assistant District Attorney', 'okafor_rachel@dao.hctx.net', '(713) 555-0184',
  [('Marisol de la Cruz Benítez', '1991-03-09', [('license', '40188231')]), ('Dwayne Earl Pruitt', '1986-12-30', [])],
  ['TX Lab Code 301.085', 'TX PC 32.51', 'TX PC 31.03', 'TX CCP 18.02', 'TX R Evid 902'], 'court_order', None, True, 'criminal_investigation', ['wages', 'claims', 'address'], 'mail')))

D.append(dict(id='bww05', fmt='born_digital', template='DHS Form I-138 immigration enforcement subpoena to DMV', style='sans', text='''
#c DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION ENFORCEMENT SUBPOENA
#c (To Appear and/or Produce Records)
#c Pursuant to Section 235(d)(4) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4), and 8 C.F.R. § 287.4
---
Subpoena No.: ERO-POO-2026-0733 @ File No.: A 215 660 093
In the Matter of: WARSAME, Abdirahman Yusuf @ DOB: 1993/02/11

To: Oregon Department of Transportation, Driver and Motor Vehicle Services, Record Services Unit, 1905 Lana Ave NE, Salem, OR 97314

By service of this subpoena, YOU ARE HEREBY COMMANDED to produce the records listed below to Assistant Field Office Director Dana K. Whitfield, U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, 4310 SW Macadam Avenue, Portland, OR 97239, on or before October 23, 2026, in connection with an investigation or inquiry relating to the enforcement of the immigration laws of the United States regarding the admissibility and removability of the above-named person.

Records to be produced:
  – Driver license / ID card application(s) and the most recent photograph
  – All residential and mailing addresses since January 1, 2025
  – Vehicle registration and title records, Oregon DL No. 7203519

Failure to comply with this subpoena may result in the Department of Homeland Security seeking an order from a United States District Court compelling compliance, and failure to obey such order may be punished as contempt. This subpoena is issued under the authority of 8 U.S.C. § 1357 and 8 C.F.R. § 287.4 by an authorized immigration officer.

Signature of Issuing Officer: Dana K. Whitfield @ Date: October 8, 2026
Title: Assistant Field Office Director, ERO Seattle (Portland) @ Phone: (503) 555-0126
E-mail: dana.k.whitfield@ice.dhs.gov

## CERTIFICATE OF SERVICE
I served this subpoena by [ ] personal delivery [X] certified mail on 10/08/2026. – Deportation Officer J. Halloran
---
DHS Form I-138 (10/08)
''', labels=L('dhs-ice-ero', 'U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations (Portland)', 'Dana K. Whitfield', 'Assistant Field Office Director', 'dana.k.whitfield@ice.dhs.gov', '(503) 555-0126',
  [('Abdirahman Yusuf Warsame', '1993-02-11', [('a_number', 'A215660093'), ('license', '7203519')])],
  ['INA 235', '8 USC 1225', '8 CFR 287.4', '8 USC 1357'], 'administrative_subpoena', 'I-138', True, 'civil_immigration', ['license', 'photo', 'address', 'vehicle'], 'mail')))

D.append(dict(id='bww06', fmt='born_digital', template='Florida sheriff homicide detective letter to DHSMV, no process', style='sans', text='''
# ORANGE COUNTY SHERIFF'S OFFICE
#c Criminal Investigations Division – Homicide Unit
#c 2500 West Colonial Drive · Orlando, Florida 32804 · (407) 555-0171
---
Date: 10/07/2026                                   OCSO Case #: 2026-118842

Florida Department of Highway Safety and Motor Vehicles
Bureau of Records, Neil Kirkman Building
2900 Apalachee Parkway, Tallahassee, FL 32399

Subject: Request for driver and vehicle records – homicide investigation

Detectives of this Office are investigating the shooting death of Darnell Hopkins on September 27, 2026, a violation of § 782.04, Fla. Stat. A witness, Kiara Simmons, identified a person of interest whose records are requested below. This request is made for a permissible law enforcement use under 18 U.S.C. § 2721(b)(1) and s. 119.0712(2), F.S.

Person of interest: JEAN-BAPTISTE, Wilner
DOB: November 22, 1994
FL DL: J512-417-94-862-0

Requested: the DL/ID photograph and signature, all address history, and all vehicles currently or previously registered to him, including tag numbers.

Respectfully,

Cpl. Anthony Ruiz-Delgado, #3318
Detective, Homicide Unit
anthony.ruiz-delgado@ocfl.net
''', labels=L('sheriff', "Orange County Sheriff's Office", 'Anthony Ruiz-Delgado', 'Detective, Homicide Unit', 'anthony.ruiz-delgado@ocfl.net', '(407) 555-0171',
  [('Wilner Jean-Baptiste', '1994-11-22', [('license', 'J512417948620')])],
  ['FS 782.04', '18 USC 2721', 'FS 119.0712'], 'none', None, False, 'criminal_investigation', ['photo', 'address', 'vehicle', 'license'], 'mail')))

D.append(dict(id='bww07', fmt='born_digital', template='AUSA cover letter with AO 110 grand jury subpoena (E.D. Va.)', style='serif', text='''
#c U.S. Department of Justice
#c United States Attorney's Office · Eastern District of Virginia
#c 2100 Jamieson Avenue · Alexandria, Virginia 22314
---
> 5 October 2026
Virginia Employment Commission
Office of the Commissioner – Legal Services
6606 West Broad Street, Richmond, VA 23230

Re: Grand Jury Subpoena No. GJ26-0331 – HASSAN / FARAH

Dear Custodian of Records:

Enclosed is a grand jury subpoena issued in connection with an ongoing federal criminal investigation into violations of 18 U.S.C. § 1343 and 18 U.S.C. § 641. In lieu of appearing, you may comply by producing the records with a certification under Fed. R. Evid. 902(11). Disclosure of records to a federal grand jury is permitted by Va. Code § 60.2-114. Grand jury matters are secret (Fed. R. Crim. P. 6(e)); we ask that you not disclose the subpoena.

Please contact me with questions.

Jonathan P. Whitcombe
Assistant United States Attorney
(703) 555-0158 · jonathan.whitcombe@usdoj.gov
<<PAGE>>
AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
#c for the
#c Eastern District of Virginia
# SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Custodian of Records, Virginia Employment Commission

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

|*Place: 401 Courthouse Square, Alexandria, VA 22314|*Date and Time: 10/27/2026 9:30 am
|Courtroom: Grand Jury Room 2| 

You must also bring with you the following documents, electronically stored information, or objects: all unemployment insurance claim files, payment records, and quarterly wage records from 01/01/2023 to present for Mohamed Abdi HASSAN (DOB 05/17/1983) and Fadumo Ali FARAH (DOB 08/02/1985), including addresses of record.

Date: 10/02/2026                          CLERK OF COURT
                                          Signature of Clerk or Deputy Clerk  (M. Estrada, Deputy Clerk)

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Jonathan P. Whitcombe, AUSA, 2100 Jamieson Avenue, Alexandria, VA 22314, jonathan.whitcombe@usdoj.gov, (703) 555-0158
''', labels=L('doj-usao', "United States Attorney's Office, Eastern District of Virginia", 'Jonathan P. Whitcombe', 'Assistant United States Attorney', 'jonathan.whitcombe@usdoj.gov', '(703) 555-0158',
  [('Mohamed Abdi Hassan', '1983-05-17', []), ('Fadumo Ali Farah', '1985-08-02', [])],
  ['18 USC 1343', '18 USC 641', 'FRE 902', 'VA Code 60.2-114', 'FRCrP 6'], 'grand_jury_subpoena', 'AO 110', True, 'criminal_investigation', ['claims', 'benefits', 'wages', 'address'], 'mail')))

D.append(dict(id='bww08', fmt='born_digital', template='SSA OIG agent letter to state human services, no process', style='sans', text='''
SOCIAL SECURITY ADMINISTRATION
OFFICE OF THE INSPECTOR GENERAL
Office of Investigations – Kansas City Field Division
601 East 12th Street, Room 1040, Kansas City, MO 64106
---
October 9, 2026

Missouri Department of Social Services
Family Support Division – Investigations Liaison
P.O. Box 2320, Jefferson City, MO 65102

RE: OIG Case No. KC-2611-0042 / OKONKWO-REED

Dear Liaison Officer:

The Social Security Administration, Office of the Inspector General, is conducting a criminal investigation into possible violations of 42 U.S.C. § 408(a)(4) and 18 U.S.C. § 641 involving concealment of household income and composition by a Supplemental Security Income recipient. Disclosure to a law enforcement agency for a civil or criminal law enforcement activity is authorized under 5 U.S.C. § 552a(b)(7) and consistent with § 208.120, RSMo.

I request SNAP and TANF case records (applications, household composition reported, addresses and benefit issuance history, 2023–present) for:

  Name: Vanessa Marie OKONKWO-REED
  Date of birth: June 2, 1977
  SSN (last 4): 3390

Her son, Tyler Reed (a minor), is listed on the SSI application; no records are requested for him separately.

Thank you for your cooperation.

Patrick D. Hennessey
Special Agent
Office: (816) 555-0143
patrick.hennessey@ssa.gov
''', labels=L('ssa-oig', 'Social Security Administration, Office of the Inspector General, Office of Investigations – Kansas City Field Division', 'Patrick D. Hennessey', 'Special Agent', 'patrick.hennessey@ssa.gov', '(816) 555-0143',
  [('Vanessa Marie Okonkwo-Reed', '1977-06-02', [('ssn_last4', '3390')])],
  ['42 USC 408', '18 USC 641', '5 USC 552a', 'RSMo 208.120'], 'none', None, False, 'criminal_investigation', ['benefits', 'claims', 'address', 'other'], 'mail')))

D.append(dict(id='bww09', fmt='born_digital', template='Minnesota criminal subpoena duces tecum requested by county attorney', style='serif', text='''
STATE OF MINNESOTA @ DISTRICT COURT
COUNTY OF HENNEPIN @ FOURTH JUDICIAL DISTRICT
---
State of Minnesota, Plaintiff, @ Court File No. 27-CR-26-11873
vs.
Dmitri Olegovich Volkov, Defendant.
# SUBPOENA DUCES TECUM (CRIMINAL)
THE STATE OF MINNESOTA TO: Custodian of Records, Minnesota Department of Public Safety, Driver and Vehicle Services, 445 Minnesota Street, St. Paul, MN 55101

YOU ARE COMMANDED, pursuant to Minn. R. Crim. P. 22.01, to appear at the Hennepin County Government Center, 300 South Sixth Street, Minneapolis, Courtroom C-1159, on November 9, 2026 at 9:00 a.m., to testify in the above-entitled criminal action, and to bring with you:

  (a) the certified driving record and license photograph of Dmitri Olegovich VOLKOV, DOB 01/19/1990, MN DL V-140-228-937-115;
  (b) all title and registration records for any vehicle registered to Dmitri Olegovich VOLKOV or to Yelena Sergeyevna VOLKOVA, DOB 1992-04-04, from January 1, 2025 to date.

The defendant is charged with theft, Minn. Stat. § 609.52, and burglary, Minn. Stat. § 609.582. Records accompanied by a certification satisfying Minn. R. Evid. 902(11) may be delivered in lieu of appearance.

Dated: October 12, 2026          SARAH M. LINDQUIST, Court Administrator
                                 By: T. Yang, Deputy

Subpoena requested by:
Laura J. Bergstrom (Atty. Reg. No. 0398112), Assistant Hennepin County Attorney
Hennepin County Attorney's Office, 300 South Sixth Street, Minneapolis, MN 55487
(612) 555-0177 · laura.bergstrom@hennepin.us
''', labels=L('district-attorney', "Hennepin County Attorney's Office", 'Laura J. Bergstrom', 'Assistant Hennepin County Attorney', 'laura.bergstrom@hennepin.us', '(612) 555-0177',
  [('Dmitri Olegovich Volkov', '1990-01-19', [('license', 'V140228937115')]), ('Yelena Sergeyevna Volkova', '1992-04-04', [])],
  ['MN CrimP 22.01', 'MN Stat 609.52', 'MN Stat 609.582', 'MN R Evid 902'], 'court_subpoena', None, True, 'criminal_investigation', ['license', 'photo', 'vehicle'], 'mail')))

D.append(dict(id='bww10', fmt='born_digital', template='DHS Form I-247A detainer to state corrections', style='sans', text='''
#c DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER – NOTICE OF ACTION
Subject ID: 398112674 @ Event #: SEA2610002231
File No: A 201 447 389 @ Date: 09/28/2026
TO: (Name and Title of Institution) @ FROM: (Department of Homeland Security Office)
Washington State Department of Corrections @ ICE ERO Seattle Field Office
Coyote Ridge Corrections Center, Connell, WA @ 12500 Tukwila International Blvd, Seattle, WA
---
Name of Alien: LÊ, Văn Minh
Date of Birth: 11 March 1988     Citizenship: Vietnam     Sex: M

## 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
[X] a final order of removal against the alien;
[ ] the pendency of ongoing removal proceedings against the alien;
[ ] biometric confirmation of the alien's identity and a records check of federal databases;
[ ] statements made by the alien to an immigration officer.

## IT IS THEREFORE REQUESTED THAT YOU:
  • Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling (206) 555-0139.
  • Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
  • Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.

This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. This form is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.

Tomasz Wieczorek, Deportation Officer @ tomasz.wieczorek@ice.dhs.gov
(Name and title of Immigration Officer) @ (Signature of Immigration Officer)
---
DHS Form I-247A (3/17)                                                        Page 1 of 1
''', labels=L('dhs-ice-ero', 'ICE ERO Seattle Field Office', 'Tomasz Wieczorek', 'Deportation Officer', 'tomasz.wieczorek@ice.dhs.gov', '(206) 555-0139',
  [('Văn Minh Lê', '1988-03-11', [("a_number", "A201447389")])],
  ['INA 236', 'INA 287', '8 CFR 287.7'], 'detainer', 'I-247A', True, 'civil_immigration', ['other'], 'mail')))
# ---------------- eml ----------------
D.append(dict(id='bww11', fmt='eml', template='HSI special agent plain-text email to DMV, document fraud, no process', eml=dict(
  From='"Reyes, Daniel A" <daniel.a.reyes@ice.dhs.gov>', To='dmvrecords@dmv.nv.gov', Subject='Records request - HSI Las Vegas - PETRENKO',
  Date='Tue, 06 Oct 2026 09:14:22 -0700', mid='CAHSI2610060914.reyes', body='''Good morning,

HSI Las Vegas is investigating the production and use of counterfeit identity documents (18 U.S.C. § 1546 and 18 U.S.C. § 1028). The complainant, landlord Gary Lindqvist, provided copies of lease applications bearing Nevada licences for the two people below. I need to confirm whether these licences are genuine.

1) PETRENKO, Oleksandr - DOB 1987-04-09 - NV DL 1402886735
2) PETRENKO, Iryna - DOB 1989-10-30 - licence number unknown

Please send the DL photo, issuance history and address of record for each.

Thanks,

Daniel A. Reyes
Special Agent
Homeland Security Investigations - Las Vegas
U.S. Immigration and Customs Enforcement
Desk: 702-555-0133
daniel.a.reyes@ice.dhs.gov

WARNING: This message may contain Law Enforcement Sensitive information.
'''), labels=L('dhs-ice-hsi', 'Homeland Security Investigations - Las Vegas', 'Daniel A. Reyes', 'Special Agent', 'daniel.a.reyes@ice.dhs.gov', '702-555-0133',
  [('Oleksandr Petrenko', '1987-04-09', [('license', '1402886735')]), ('Iryna Petrenko', '1989-10-30', [])],
  ['18 USC 1546', '18 USC 1028'], 'none', None, False, 'criminal_investigation', ['photo', 'license', 'address'], 'email')))

D.append(dict(id='bww12', fmt='eml', template='ERO deportation officer HTML-only email, address and vehicle, no process', eml=dict(
  From='Brittany Coleman <brittany.l.coleman@ice.dhs.gov>', To='DDS Law Enforcement Requests <lerequests@dds.ga.gov>', Subject='Info request',
  Date='Wed, 07 Oct 2026 07:52:10 -0400', mid='ERO-ATL-20261007-0752', html_only=True, html='''<html><body style="font-family:Calibri,sans-serif">
<p>Good morning,</p>
<p>Can you please provide the current address on file and any vehicles registered to the following subject?</p>
<table border="1" cellpadding="4">
<tr><td><b>Name</b></td><td>SANTIAGO NÚÑEZ, Reinaldo</td></tr>
<tr><td><b>DOB</b></td><td>1992-06-25</td></tr>
<tr><td><b>A-Number</b></td><td>214-887-052</td></tr>
<tr><td><b>GA DL</b></td><td>058832147</td></tr>
</table>
<p>This request is made pursuant to 8 U.S.C. 1357 and 8 CFR 287. For official use only.</p>
<p>V/r,<br>
<b>Brittany L. Coleman</b><br>
Deportation Officer<br>
U.S. Immigration and Customs Enforcement<br>
Enforcement and Removal Operations | Atlanta Field Office<br>
Office: 404-555-0112 | Cell: 404-555-0198</p>
</body></html>'''), labels=L('dhs-ice-ero', 'U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Atlanta Field Office', 'Brittany L. Coleman', 'Deportation Officer', 'brittany.l.coleman@ice.dhs.gov', '404-555-0112',
  [('Reinaldo Santiago Núñez', '1992-06-25', [('a_number', 'A214887052'), ('license', '058832147')])],
  ['8 USC 1357', '8 CFR 287'], 'none', None, False, 'civil_immigration', ['address', 'vehicle'], 'email')))

ORDER13 = '''
#c UNITED STATES DISTRICT COURT
#c FOR THE WESTERN DISTRICT OF PENNSYLVANIA
---
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d) DIRECTED TO THE PENNSYLVANIA DEPARTMENT OF LABOR & INDUSTRY
> Misc. No. 26-1187
# ORDER
The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring the Pennsylvania Department of Labor & Industry ("L&I"), which operates an online unemployment compensation claims portal, to disclose the records and other information described in Attachment A.

The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records are relevant and material to an ongoing criminal investigation of violations of 18 U.S.C. §§ 1343 and 1028A.

IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that L&I shall, within ten days of receipt of this Order, disclose to the United States the records described in Attachment A.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that L&I shall not disclose the existence of the application or this Order for a period of one year.

Date: September 28, 2026                    BY THE COURT:
                                            Hon. Richard T. Albrecht
                                            United States Magistrate Judge

## ATTACHMENT A
For claims filed in the names of Gary Wayne HOLLISTER (DOB 09/14/1962) and Krisztina NOVÁK (DOB 02/27/1995): all e-mail addresses, telephone numbers, login IP address logs with timestamps, and bank routing and account numbers provided for payment, from 03/01/2025 to present.
'''
D.append(dict(id='bww13', fmt='eml', template='FBI multipart email with attached 18 USC 2703(d) court order (PDF)', eml=dict(
  From='"Castellanos-Whitaker, Renee (PG) (FBI)" <rcastellanos-whitaker@fbi.gov>', To='ra-li-legal@pa.gov', Cc='lkraus@usdoj.gov',
  Subject='Service of 2703(d) Order - Misc. No. 26-1187', Date='Mon, 05 Oct 2026 15:30:41 -0400', mid='FBIPG.2610051530', body='''Counsel,

Attached please find a court order issued by the U.S. District Court for the Western District of Pennsylvania under 18 U.S.C. 2703(d) for records associated with unemployment compensation claims filed through your online portal. We understand that claimant information is confidential under 43 P.S. § 766 except as ordered by a court; the attached order satisfies that requirement.

Please produce the records described in Attachment A of the order within ten days to me by secure e-mail.

Renée Castellanos-Whitaker
Special Agent | FBI Pittsburgh
3311 East Carson Street, Pittsburgh, PA 15203
(412) 555-0129
''', html='''<html><body><p>Counsel,</p><p>Attached please find a court order issued by the U.S. District Court for the Western District of Pennsylvania under 18 U.S.C. 2703(d) for records associated with unemployment compensation claims filed through your online portal. We understand that claimant information is confidential under 43 P.S. &sect; 766 except as ordered by a court; the attached order satisfies that requirement.</p><p>Please produce the records described in Attachment A of the order within ten days to me by secure e-mail.</p><p>Ren&eacute;e Castellanos-Whitaker<br>Special Agent | FBI Pittsburgh<br>3311 East Carson Street, Pittsburgh, PA 15203<br>(412) 555-0129</p></body></html>''',
  atts=[('pdf', 'Order_2703d_Misc26-1187.pdf', ORDER13, 'serif')]),
  labels=L('doj-fbi', 'FBI Pittsburgh', 'Renée Castellanos-Whitaker', 'Special Agent', 'rcastellanos-whitaker@fbi.gov', '(412) 555-0129',
  [('Gary Wayne Hollister', '1962-09-14', []), ('Krisztina Novák', '1995-02-27', [])],
  ['18 USC 2703', '43 PS 766', '18 USC 1343', '18 USC 1028A', '18 USC 2705'], 'court_order', None, True, 'criminal_investigation', ['email', 'phone', 'claims', 'other'], 'email')))

I200 = '''
#c U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN
> File No. A 219 004 578
> Date: 10/02/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that RAMÍREZ PEÑA, Cristian Alexis is removable from the United States. This determination is based upon:
[X] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases;
[ ] statements made voluntarily by the subject to an immigration officer.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

(Signature of Authorized Immigration Officer)   Rebecca S. Thornquist
(Printed Name and Title of Authorized Immigration Officer)  Rebecca S. Thornquist, Supervisory Detention and Deportation Officer

## Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ______ on ______ .
---
Form I-200 (Rev. 09/16)
'''
D.append(dict(id='bww14', fmt='eml', template='ERO email with PNG image of Form I-200 administrative warrant', eml=dict(
  From='Marcus Oduya <marcus.j.oduya@ice.dhs.gov>', To='dld.lawenforcement@utah.gov', Subject='RAMIREZ PENA, Cristian - I-200 attached',
  Date='Fri, 02 Oct 2026 16:05:00 -0600', mid='ERO-SLC-261002-1605', body='''Hello,

Attached is an administrative warrant (Form I-200) for the subject below. Please provide the last known address and the photo on file.

Subject: Cristian Alexis Ramírez Peña
DOB: 07/30/1996
A#: 219-004-578

Thank you,
DO Marcus J. Oduya
ICE ERO Salt Lake City Sub-Office
2975 Decker Lake Drive, West Valley City, UT 84119
801-555-0151
''', atts=[('png', 'I-200_RAMIREZ.png', I200)]),
  labels=L('dhs-ice-ero', 'ICE ERO Salt Lake City Sub-Office', 'Marcus J. Oduya', 'Deportation Officer', 'marcus.j.oduya@ice.dhs.gov', '801-555-0151',
  [('Cristian Alexis Ramírez Peña', '1996-07-30', [('a_number', 'A219004578')])],
  ['INA 236', 'INA 287', '8 CFR 287'], 'administrative_warrant', 'I-200', True, 'civil_immigration', ['address', 'photo'], 'email')))

D.append(dict(id='bww15', fmt='eml', template='Police detective re-sends earlier request; original attached as message/rfc822', eml=dict(
  From='Sean P. Gallagher <spgallagher@columbuspolice.org>', To='bmvrecords@dps.ohio.gov', Subject='Fwd: BMV request - burglary 26-0091734',
  Date='Thu, 08 Oct 2026 11:47:03 -0400', mid='CPD.261008.1147.spg', body='''Resending my request from last week (attached) -- haven't heard back. Case is active and we have a warrant hearing Monday, so anything you can do to expedite is appreciated.

Det. Sean P. Gallagher #2271
Columbus Division of Police - Burglary Unit
614-555-0166
''', atts=[('rfc822', {'From': 'Sean P. Gallagher <spgallagher@columbuspolice.org>', 'To': 'bmvrecords@dps.ohio.gov',
  'Subject': 'BMV request - burglary 26-0091734', 'Date': 'Thu, 01 Oct 2026 08:12:55 -0400', 'body': '''To the BMV Law Enforcement Records Unit:

I am investigating a string of residential burglaries (R.C. 2911.12) and thefts (R.C. 2913.02) in the Clintonville area. The victim, Helen Dombrowski, identified a vehicle seen at her home. I request registration, license and photo information on the following two persons under R.C. 4501.27 and 18 U.S.C. 2721(b)(1):

MORRISON, Kaylee Ann   DOB 08/03/1999   OH DL RT448213
WHITFIELD, Jamal Rashad   DOB 02/14/1997

Please include any vehicles registered to either person and the address of record.

Det. Sean P. Gallagher #2271
Columbus Division of Police - Burglary Unit
120 Marconi Blvd, Columbus, OH 43215
614-555-0166
'''})]),
  labels=L('local-police', 'Columbus Division of Police', 'Sean P. Gallagher', 'Detective, Burglary Unit', 'spgallagher@columbuspolice.org', '614-555-0166',
  [('Kaylee Ann Morrison', '1999-08-03', [('license', 'RT448213')]), ('Jamal Rashad Whitfield', '1997-02-14', [])],
  ['ORC 2911.12', 'ORC 2913.02', 'ORC 4501.27', '18 USC 2721'], 'none', None, False, 'criminal_investigation', ['vehicle', 'license', 'photo', 'address'], 'email')))

SUMMONS16 = '''
#c DEPARTMENT OF HOMELAND SECURITY
#c U.S. Customs and Border Protection
# SUMMONS
> Summons No. LRD-26-0415
TO: Custodian of Records, Texas Department of Motor Vehicles, Vehicle Titles and Registration Division, 4000 Jackson Avenue, Austin, TX 78731

Under the authority of Section 509 of the Tariff Act of 1930, as amended (19 U.S.C. 1509), and 19 C.F.R. § 163.7, you are hereby summoned and required to appear before Supervisory CBP Officer Adrián Montemayor, Office of Field Operations, Laredo, Texas, on October 26, 2026 at 10:00 a.m., and to produce the following records relating to the investigation of the exportation of stolen motor vehicles in violation of 18 U.S.C. § 553 and 18 U.S.C. § 545, and seizure under 19 U.S.C. § 1595a:

All title, lien and registration records, including addresses of applicants, from January 1, 2025 to date, for vehicles titled or registered to:
   ESQUIVEL TAMEZ, Rogelio       DOB 1978-08-21
   VILLARREAL DE ESQUIVEL, Ana Lucía       DOB 1981-12-09

Failure to comply with this summons will render you liable to proceedings in a district court of the United States to enforce compliance with this summons as well as other sanctions (19 U.S.C. 1510).

Issued: October 9, 2026 at Laredo, Texas
Signature: Adrián Montemayor, Supervisory CBP Officer
---
DHS Form 3115 (11/05)
'''
D.append(dict(id='bww16', fmt='eml', template='CBP officer email with attached DHS Form 3115 customs summons (PDF)', eml=dict(
  From='MONTEMAYOR, ADRIAN <adrian.montemayor@cbp.dhs.gov>', To='txdmv-lawenforcement@txdmv.gov', Subject='CBP Summons LRD-26-0415',
  Date='Fri, 09 Oct 2026 13:21:09 -0500', mid='CBP.LRD.20261009.1321', body='''Good afternoon,

Please see the attached CBP summons for title and registration records. Certified copies mailed or e-mailed to me before the return date will satisfy the summons; no appearance will be needed.

Respectfully,

Adrián Montemayor
Supervisory CBP Officer
U.S. Customs and Border Protection | Office of Field Operations | Laredo Port of Entry
Tel. 956-555-0108
'''+chr(10), atts=[('pdf', 'CBP_Summons_LRD-26-0415.pdf', SUMMONS16)]),
  labels=L('dhs-cbp', 'U.S. Customs and Border Protection, Office of Field Operations, Laredo Port of Entry', 'Adrián Montemayor', 'Supervisory CBP Officer', 'adrian.montemayor@cbp.dhs.gov', '956-555-0108',
  [('Rogelio Esquivel Tamez', '1978-08-21', []), ('Ana Lucía Villarreal de Esquivel', '1981-12-09', [])],
  ['19 USC 1509', '19 CFR 163.7', '18 USC 553', '18 USC 545', '19 USC 1595a', '19 USC 1510'], 'administrative_subpoena', '3115', True, 'criminal_investigation', ['vehicle', 'address'], 'email')))

SUMMONS17 = '''
# Summons
In the matter of: Delroy Augustus Whitmore, 88 Linden Boulevard, Brooklyn, NY 11226
Internal Revenue Service (Division): Criminal Investigation
Industry/Area (name or number): New York Field Office
Periods: Calendar years 2022 through 2025
#c The Commissioner of Internal Revenue
To: Custodian of Records, New York State Department of Labor, Building 12, W.A. Harriman Campus, Albany, NY 12240

You are hereby summoned and required to appear before Special Agent Joanna K. Lisowski, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data relating to the tax liability or the collection of the tax liability or for the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws concerning the person identified above for the periods shown:

All quarterly wage reports (Form NYS-45) listing Delroy Augustus Whitmore (SSN xxx-xx-7751), including employer names and addresses and amounts paid; and all unemployment insurance claim records.

Place and time for appearance at: 290 Broadway, New York, NY 10007, on the 2nd day of November, 2026 at 10 o'clock a.m.
Issued under authority of the Internal Revenue Code this 6th day of October, 2026.
Signature of issuing officer: Joanna K. Lisowski, Special Agent
Signature of approving officer: Mark D. Feeney, Supervisory Special Agent
---
Form 2039 (Rev. 10-2010)
<<PAGE>>
## Provisions of the Internal Revenue Code
Sec. 7602. Examination of books and witnesses. (a) Authority to summon, etc. For the purpose of ascertaining the correctness of any return ... the Secretary is authorized ... to summon the person liable for tax ... or any other person the Secretary may deem proper.
Sec. 7603. Service of summons. A summons shall be served by an attested copy delivered in hand or left at the last and usual place of abode.
Sec. 7604. Enforcement of summons. (a) Jurisdiction of district court. If any person is summoned under the internal revenue laws to appear, to testify, or to produce books, papers, records, or other data, the United States district court for the district in which such person resides or is found shall have jurisdiction by appropriate process to compel such attendance, testimony, or production.
'''
D.append(dict(id='bww17', fmt='eml', template='IRS-CI agent email with attached Form 2039 summons (PDF)', eml=dict(
  From='Joanna Lisowski <joanna.lisowski@ci.irs.gov>', To='subpoenas@labor.ny.gov', Subject='IRS Summons - Whitmore',
  Date='Tue, 06 Oct 2026 10:02:44 -0400', mid='IRSCI-NY-261006-1002', body='''Dear Records Custodian,

IRS Criminal Investigation is investigating Delroy Augustus Whitmore for attempted evasion of tax (26 U.S.C. § 7201). Attached is a summons issued under 26 U.S.C. § 7602 for wage reporting and UI claim records. I understand that disclosure is permitted under Labor Law § 537 when compelled by lawful process. The summons names only Mr. Whitmore; his spouse, Marcia L. Whitmore, who filed jointly, is not a subject of the summons.

Joanna K. Lisowski
Special Agent, IRS Criminal Investigation, New York Field Office
(212) 555-0136
'''+chr(10), atts=[('pdf', 'Form2039_Whitmore.pdf', SUMMONS17, 'serif')]),
  labels=L('irs-ci', 'IRS Criminal Investigation, New York Field Office', 'Joanna K. Lisowski', 'Special Agent', 'joanna.lisowski@ci.irs.gov', '(212) 555-0136',
  [('Delroy Augustus Whitmore', None, [('ssn_last4', '7751')])],
  ['26 USC 7201', '26 USC 7602', 'NY Labor Law 537', '26 USC 7603', '26 USC 7604'], 'administrative_subpoena', '2039', True, 'criminal_investigation', ['wages', 'employment', 'claims'], 'email')))

WARR18 = '''
#c STATE OF GEORGIA
#c COUNTY OF CLAYTON
#c MAGISTRATE COURT OF CLAYTON COUNTY
# ARREST WARRANT
> Warrant No. 26-W-03318
TO ANY SHERIFF, DEPUTY SHERIFF, CORONER, CONSTABLE, MARSHAL, OR POLICE OFFICER OF SAID STATE – GREETING:

For sufficient cause made known to me in the affidavit of Det. Carla Quiñones, Clayton County Police Department, which is incorporated by reference herein, you are hereby commanded to arrest the accused:

   BOYKINS, Terrence Lamar        DOB 12/04/1991        B/M

charged by the affiant with the offense of AGGRAVATED ASSAULT, in violation of O.C.G.A. § 16-5-21, in Clayton County, Georgia, on or about August 30, 2026, and bring the accused before me or some other judicial officer of this State to be dealt with as the law directs, pursuant to O.C.G.A. § 17-4-40.

Witness my hand and seal, this 2nd day of September, 2026.

Hon. Gloria Stanfield
Judge, Magistrate Court of Clayton County
'''
D.append(dict(id='bww18', fmt='eml', template='Deputy U.S. Marshal email with JPEG photo of Georgia state arrest warrant', eml=dict(
  From='Nathaniel Brooks <nathaniel.brooks@usms.doj.gov>', To='ldo.subpoenas@gdol.ga.gov', Subject='Fugitive - BOYKINS, Terrence - employer info',
  Date='Mon, 12 Oct 2026 08:30:00 -0400', mid='USMS.SERFTF.261012.0830', body='''Good morning,

The Southeast Regional Fugitive Task Force is searching for Terrence Lamar BOYKINS (DOB 12/04/1991), wanted on the attached Clayton County arrest warrant for aggravated assault. The USMS has authority to locate and apprehend fugitives under 28 U.S.C. § 566(e)(1)(B).

Could you provide his most recent employer (name, address, phone) from wage records, and any address or phone number he listed on a UI claim?

Photo of the warrant attached (taken with my phone, sorry for the quality).

DUSM Nathaniel O. Brooks
U.S. Marshals Service - Northern District of Georgia
Southeast Regional Fugitive Task Force
C: 404-555-0187
'''+chr(10), atts=[('jpeg', 'warrant_boykins.jpg', WARR18)]),
  labels=L('doj-usms', 'U.S. Marshals Service - Northern District of Georgia', 'Nathaniel O. Brooks', 'Deputy U.S. Marshal', 'nathaniel.brooks@usms.doj.gov', '404-555-0187',
  [('Terrence Lamar Boykins', '1991-12-04', [])],
  ['28 USC 566', 'OCGA 16-5-21', 'OCGA 17-4-40'], 'judicial_warrant', None, True, 'criminal_investigation', ['employment', 'wages', 'address', 'phone'], 'email')))

GJ19 = '''
#c IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
#c COUNTY DEPARTMENT, CRIMINAL DIVISION
---
IN RE: THE NOVEMBER 2026 GRAND JURY @ GJ No. 26 GJ 1142
# SUBPOENA DUCES TECUM – GRAND JURY
To: Keeper of Records, Illinois Department of Employment Security, 33 South State Street, Chicago, IL 60603

YOU ARE COMMANDED to appear before the Grand Jury of the Circuit Court of Cook County, 2650 South California Avenue, Chicago, Room 1100, on November 4, 2026 at 10:00 a.m., and to bring with you the following:

All wage records reported by employers and all unemployment insurance claim records, including addresses, telephone numbers and payment records, from January 1, 2024 to the present, for:
   WÓJCIK, Stanisław        DOB 04/21/1980
   WÓJCIK, Agnieszka Maria        DOB 1983-10-02

This subpoena is issued pursuant to 725 ILCS 5/112-4 in the investigation of theft (720 ILCS 5/16-1). Your failure to respond to this subpoena will subject you to punishment for contempt of this court.

WITNESS: Clerk of the Circuit Court of Cook County, October 13, 2026.  (Seal)
Issued at the request of: ASA Kevin T. Mulcahy, Financial Crimes Bureau, Atty. No. 90214
'''
D.append(dict(id='bww19', fmt='eml', template='Assistant State’s Attorney email with attached Cook County grand jury subpoena (PDF)', eml=dict(
  From='"Mulcahy, Kevin T." <kevin.mulcahy@cookcountysao.org>', To='ides.legal@illinois.gov', Subject='Grand Jury Subpoena 26 GJ 1142 (Wojcik)',
  Date='Tue, 13 Oct 2026 14:55:18 -0500', mid='CCSAO.FCB.26GJ1142', body='''Counsel,

Please find attached a Cook County grand jury subpoena for IDES records. Production to the grand jury is an authorized disclosure under 820 ILCS 405/1900. You may comply by producing certified records to my office before the return date in lieu of personal appearance.

Kevin T. Mulcahy
Assistant State's Attorney | Financial Crimes Bureau
Cook County State's Attorney's Office
69 W. Washington St., Chicago, IL 60602 | 312-555-0124
'''+chr(10), atts=[('pdf', '26GJ1142_IDES.pdf', GJ19, 'serif')]),
  labels=L('district-attorney', "Cook County State's Attorney's Office", 'Kevin T. Mulcahy', "Assistant State's Attorney", 'kevin.mulcahy@cookcountysao.org', '312-555-0124',
  [('Stanisław Wójcik', '1980-04-21', []), ('Agnieszka Maria Wójcik', '1983-10-02', [])],
  ['820 ILCS 405/1900', '725 ILCS 5/112-4', '720 ILCS 5/16-1'], 'grand_jury_subpoena', None, True, 'criminal_investigation', ['wages', 'claims', 'address', 'phone'], 'email')))
# ---------------- scanned ----------------
D.append(dict(id='bww20', fmt='scanned', template='ERO cover letter with Form I-205 warrant of removal, scanned, page 2 upside down', style='serif', rots=[0, 180], text='''
#c U.S. Department of Homeland Security
#c Immigration and Customs Enforcement – Enforcement and Removal Operations
#c El Paso Field Office – Albuquerque Sub-Office · 1720 Randolph Rd SE, Albuquerque, NM 87106
---
> August 21, 2026
New Mexico Motor Vehicle Division
Driver Services Bureau, P.O. Box 1028, Santa Fe, NM 87504

RE: Request for information – ORTIZ-BARRAGÁN, José Manuel, A094 551 206

The above individual is subject to a final order of removal and is to be removed from the United States pursuant to 8 U.S.C. § 1231. A copy of the Warrant of Removal/Deportation (Form I-205) is enclosed. Please provide his current residential address and any vehicle registered in his name.

Subject: José Manuel ORTIZ-BARRAGÁN     DOB: 1975-12-01

Thank you for your assistance.

Lorraine V. Chacón
Supervisory Detention and Deportation Officer
(505) 555-0115 · lorraine.v.chacon@ice.dhs.gov
!!RECEIVED//AUG 26 2026//NM MVD – LEGAL
<<PAGE>>
#c U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT OF REMOVAL/DEPORTATION
> File No: A094 551 206
> Date: 08/19/2026
To any immigration officer of the United States Department of Homeland Security:

ORTIZ-BARRAGÁN, José Manuel
(Full name of alien to be removed/deported)

who entered the United States at El Paso, Texas on or about 03/2004 is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 237(a)(1)(B).

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of the appropriation "Operations and Support".

Deputy Field Office Director Roberto E. Sandoval
(Signature of immigration officer)        El Paso, TX
---
Form I-205 (Rev. 08/07)
''', labels=L('dhs-ice-ero', 'Immigration and Customs Enforcement – Enforcement and Removal Operations, El Paso Field Office – Albuquerque Sub-Office', 'Lorraine V. Chacón', 'Supervisory Detention and Deportation Officer', 'lorraine.v.chacon@ice.dhs.gov', '(505) 555-0115',
  [('José Manuel Ortiz-Barragán', '1975-12-01', [('a_number', 'A094551206')])],
  ['8 USC 1231', 'INA 237'], 'administrative_warrant', 'I-205', True, 'civil_immigration', ['address', 'vehicle'], 'mail')))

D.append(dict(id='bww21', fmt='scanned', template='Wyoming sheriff investigator letter to corrections, received stamp and handwritten routing note', style='sans', rots=[0], text='''
# NATRONA COUNTY SHERIFF'S OFFICE
#c 201 North David Street · Casper, Wyoming 82601 · (307) 555-0145
---
October 13, 2026

Wyoming Department of Corrections
Records Management / Central Office
1934 Wyott Drive, Cheyenne, WY 82002
!!RECEIVED//OCT 15 2026//WDOC RECORDS
Re: NCSO Case 26-004471 – Theft (W.S. 6-3-402)

To the Records Manager:

I am investigating a series of thefts of construction equipment in Natrona County under W.S. 6-3-402. Two suspects have been identified, one of whom was released from your custody in 2025. I request the last reported address, booking photograph, and any criminal history information your Department may disseminate under W.S. 7-19-106 for:

   1.  BRANDVOLD, Cody Lee – DOB 9/17/1990 – WDOC #31877
   2.  TANAKA, Shelby Rae – DOB 1996-01-08

The equipment owner, Mr. Ron Haugen, has been notified of this request.

Sincerely,

Sgt. Dale P. Overholt
Investigator, Criminal Investigations Division
dale.overholt@natronacounty-wy.gov

~~Fwd to Records – JM 10/15. OK per policy, crim. investigation.
''', labels=L('sheriff', "Natrona County Sheriff's Office", 'Dale P. Overholt', 'Sergeant, Investigator, Criminal Investigations Division', 'dale.overholt@natronacounty-wy.gov', '(307) 555-0145',
  [('Cody Lee Brandvold', '1990-09-17', [('other', '31877')]), ('Shelby Rae Tanaka', '1996-01-08', [])],
  ['WS 6-3-402', 'WS 7-19-106'], 'none', None, False, 'criminal_investigation', ['address', 'photo', 'criminal_history'], 'mail')))

D.append(dict(id='bww22', fmt='scanned', template='Colorado police detective cover letter with Adams County district court search warrant; last page rotated 90', style='serif', rots=[0, 0, 90], text='''
#c THORNTON POLICE DEPARTMENT · Investigations Division
#c 9551 Civic Center Drive, Thornton, CO 80229
---
October 9, 2026

Colorado Department of Labor and Employment
Unemployment Insurance – Legal Compliance Unit
633 17th Street, Suite 201, Denver, CO 80202

Re: Search Warrant 26SW0412 – VILLANUEVA OCHOA / CASTELLANO

Enclosed is a search warrant signed by a judge of the Adams County District Court. We are aware of the Department's obligations under § 24-74-103, C.R.S.; this is court-issued process in an active criminal investigation. Please deliver the records to me.

Det. Ana Sofía Ibarra-Quintana, #1187
(303) 555-0122 · aibarra-quintana@thorntonco.gov
<<PAGE>>
DISTRICT COURT, ADAMS COUNTY, COLORADO @ 
1100 Judicial Center Drive, Brighton, CO 80601 @ ▲ COURT USE ONLY ▲
THE PEOPLE OF THE STATE OF COLORADO @ Case Number: 26SW0412
In the Matter of: Records of the Colorado Department of Labor and Employment @ Div.: 3
# SEARCH WARRANT
THE PEOPLE OF THE STATE OF COLORADO TO ANY PEACE OFFICER IN THE STATE OF COLORADO:

Detective Ana Sofía Ibarra-Quintana has made an affidavit, pursuant to Crim. P. 41 and § 16-3-301, C.R.S., and the Court finds that probable cause exists to believe that records held by the Colorado Department of Labor and Employment constitute evidence of the crimes of Theft, § 18-4-401, C.R.S., and Identity Theft, § 18-5-902, C.R.S.

YOU ARE THEREFORE COMMANDED to search for and seize the following: all unemployment insurance claim records, wage records, addresses, telephone numbers, and bank deposit information for Jorge Luis VILLANUEVA OCHOA (DOB 05/05/1982) and Brianna Nicole CASTELLANO (DOB 1998-11-16), including claims naming Front Range Roofing LLC as employer, from January 1, 2025 to date.

This warrant shall be executed within 14 days.

Dated October 8, 2026.                BY THE COURT:
                                      Hon. Miriam K. Delgado-Frost, District Court Judge
<<PAGE>>
## RETURN AND INVENTORY
I received this warrant on 10/08/2026 and executed it by service upon the Colorado Department of Labor and Employment on ____________. The following was seized: ______________________________
Det. A. Ibarra-Quintana                      Case 26SW0412
''', labels=L('local-police', 'Thornton Police Department', 'Ana Sofía Ibarra-Quintana', 'Detective', 'aibarra-quintana@thorntonco.gov', '(303) 555-0122',
  [('Jorge Luis Villanueva Ochoa', '1982-05-05', []), ('Brianna Nicole Castellano', '1998-11-16', [])],
  ['CRS 24-74-103', 'CO CrimP 41', 'CRS 16-3-301', 'CRS 18-4-401', 'CRS 18-5-902'], 'judicial_warrant', None, True, 'criminal_investigation', ['claims', 'wages', 'address', 'phone', 'other'], 'mail')))

D.append(dict(id='bww23', fmt='scanned', template='DOL OIG agent letter with Inspector General subpoena duces tecum (three subjects)', style='sans', rots=[0, 0], text='''
#c U.S. Department of Labor · Office of Inspector General
#c Office of Investigations – Atlanta Region
#c 61 Forsyth Street SW, Room 6T1, Atlanta, GA 30303
---
October 7, 2026

S.C. Department of Employment and Workforce
Office of General Counsel, 1550 Gadsden Street, Columbia, SC 29201

Re: OIG Case 26-ATL-0199-UI

Dear General Counsel:

Our office is investigating a scheme to obtain unemployment insurance benefits with stolen identities, in violation of 18 U.S.C. § 1343, 18 U.S.C. § 641 and 18 U.S.C. § 371. Enclosed is an Inspector General subpoena for claim records of three individuals. We recognize that claimant information is confidential under S.C. Code Ann. § 41-29-150; the enclosed subpoena compels production.

Maribel Fuentes-O'Connor
Special Agent
(404) 555-0109 · fuentes-oconnor.maribel@oig.dol.gov
<<PAGE>>
# UNITED STATES DEPARTMENT OF LABOR
#c OFFICE OF INSPECTOR GENERAL
# SUBPOENA DUCES TECUM
To: Custodian of Records, South Carolina Department of Employment and Workforce

YOU ARE HEREBY COMMANDED to produce the records described below to Special Agent Maribel Fuentes-O'Connor at the address above on or before October 30, 2026. This subpoena is issued under the authority of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4).

|*Name|*Date of birth|*SSN (last 4)
|HOLLOWAY, Tremaine D.|03/08/1993|5128
|NGUYỄN, Thành Long|1988-10-12|8034
|VASQUEZ-MOORE, Priscilla Ann|29 Jan 1979|2261

Records: all UI claim applications, IP addresses, payment and bank account records, and addresses of record, 2024 to date.

In the event of contumacy or refusal to obey this subpoena, it shall be enforceable by order of any appropriate United States district court.

Issued October 6, 2026                Larissa M. Odegaard
                                      Deputy Inspector General
''', labels=L('dol-oig', 'U.S. Department of Labor, Office of Inspector General, Office of Investigations – Atlanta Region', "Maribel Fuentes-O'Connor", 'Special Agent', 'fuentes-oconnor.maribel@oig.dol.gov', '(404) 555-0109',
  [('Tremaine D. Holloway', '1993-03-08', [('ssn_last4', '5128')]), ('Thành Long Nguyễn', '1988-10-12', [('ssn_last4', '8034')]), ('Priscilla Ann Vasquez-Moore', '1979-01-29', [('ssn_last4', '2261')])],
  ['18 USC 1343', '18 USC 641', '18 USC 371', 'SC Code 41-29-150', '5 USC 406'], 'administrative_subpoena', None, True, 'criminal_investigation', ['claims', 'address', 'other'], 'mail')))

D.append(dict(id='bww24', fmt='scanned', template='NJ municipal police two-column MVC records request form with handwritten entries', style='sans', rots=[0], text='''
# CITY OF PATERSON POLICE DEPARTMENT
#c Detective Bureau · 111 Broadway, Paterson, NJ 07505
# REQUEST FOR MVC RECORDS / DPPA CERTIFICATION
---
*Requesting officer: @ *Case #:
~~Det. Luis A. Marte #4471 @ ~~26-018832
*Phone / e-mail: @ *Date:
~~973-555-0193 / lmarte@patersonnj.gov @ ~~10/08/2026
*Offense under investigation: @ *Complainant:
~~Theft, N.J.S.A. 2C:20-3 @ ~~Rosa Ferreira
---
*SUBJECT – Last, First Middle: @ *Date of birth:
~~ALMONTE DE LEÓN, Yesenia @ ~~1995-04-14
*NJ Driver License No.: @ *Plate (if known):
~~A0123 45678 90123 @ ~~—
---
*Records requested:
[X] Driver abstract / license status     [X] Digitized photo     [X] Registration     [ ] Title history

I certify that this request is made by a law enforcement agency in carrying out its functions, a permissible use under 18 U.S.C. § 2721(b)(1) and N.J.S.A. 39:2-3.4, and that the information will be used only for that purpose.

*Officer signature: @ *Supervisor approval:
~~L. Marte @ ~~Lt. G. Novak
---
Form PPD-DB-14 (rev. 2024)
''', labels=L('local-police', 'City of Paterson Police Department', 'Luis A. Marte', 'Detective', 'lmarte@patersonnj.gov', '973-555-0193',
  [('Yesenia Almonte de León', '1995-04-14', [('license', 'A01234567890123')])],
  ['NJSA 2C:20-3', '18 USC 2721', 'NJSA 39:2-3.4'], 'none', None, False, 'criminal_investigation', ['license', 'photo', 'vehicle'], 'mail')))

# ---------------- fax ----------------
D.append(dict(id='bww25', fmt='fax', template='ERO fax cover sheet with Form I-247N request for voluntary notification to corrections', style='mono', header='OCT-14-2026 09:41  ICE ERO HOUSTON CAP   7135550175', text='''
# FAX TRANSMITTAL
U.S. Immigration and Customs Enforcement – ERO Houston, Criminal Alien Program
126 Northpoint Drive, Houston, TX 77060
---
TO:    Texas Dept. of Criminal Justice – Classification & Records
FAX:   (936) 555-0190
FROM:  IEA Chidi E. Nwachukwu      PHONE: (713) 555-0175
DATE:  10/14/2026                  PAGES: 2 (incl. cover)
RE:    I-247N – KUZNETSOV, Artem Viktorovich, TDCJ #02519874
---
Please place the attached notification request in the offender's file and call our office 48 hours before release.

CONFIDENTIALITY NOTICE: This facsimile contains information that is law enforcement sensitive. If you received it in error, call the sender and destroy it.
<<PAGE>>
#c DEPARTMENT OF HOMELAND SECURITY
# REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
Subject ID: 411209873        Event #: HOU2610007712        File No: A 212 775 604
TO: Texas Department of Criminal Justice, Huntsville, TX
FROM: ICE ERO Houston Field Office
Name of Alien: KUZNETSOV, Artem Viktorovich
Date of Birth: 07-07-1991 (July 7, 1991)     Citizenship: Russia     Sex: M
---
DHS SUSPECTS THAT THE SUBJECT IS A REMOVABLE ALIEN AND IS A PRIORITY FOR ENFORCEMENT, BASED ON:
[X] biometric confirmation of the subject's identity and a records check of federal databases.

IT IS REQUESTED THAT YOU: Notify DHS as early as practicable (at least 48 hours, if possible) before the subject is released from your custody, by calling (713) 555-0175.
This request does not request or authorize that you detain the subject beyond the time he or she is currently scheduled for release.

Authority: sections 236 and 287 of the Immigration and Nationality Act; 8 C.F.R. 236.1 and 287.7.

Chidi E. Nwachukwu, Immigration Enforcement Agent
(Name and title of Immigration Officer)
---
DHS Form I-247N (12/16)
''', labels=L('dhs-ice-ero', 'U.S. Immigration and Customs Enforcement – ERO Houston, Criminal Alien Program', 'Chidi E. Nwachukwu', 'Immigration Enforcement Agent', None, '(713) 555-0175',
  [('Artem Viktorovich Kuznetsov', '1991-07-07', [('a_number', 'A212775604'), ('other', '02519874')])],
  ['INA 236', 'INA 287', '8 CFR 236.1', '8 CFR 287.7'], 'detainer', 'I-247N', True, 'civil_immigration', ['other'], 'fax')))

D.append(dict(id='bww26', fmt='fax', template='Municipal police auto-theft faxed request to state MVD, two subjects, no process', style='sans', header='10/09/2026 15:02  PHOENIX PD AUTO THEFT  602 555 0134', text='''
# PHOENIX POLICE DEPARTMENT
#c Auto Theft Detail · 620 West Washington Street · Phoenix, AZ 85003
# MVD RECORDS REQUEST – LAW ENFORCEMENT
---
To: ADOT Motor Vehicle Division, Law Enforcement Records Unit      Fax: 602-555-0188
From: Det. Kristen M. Halvorsen #9034      Phone: 602-555-0134      kristen.halvorsen@phoenix.gov
DR #: 2026-01774512                Date: 10/09/2026
Offense: Theft of means of transportation, A.R.S. § 13-1814
---
|*Name|*DOB|*AZ DL
|QUIÑÓNEZ BUSTAMANTE, Ramón Ignacio|01/23/1987|D08812345
|McCRARY, Ashley Dawn|09/09/1993|unknown

Requested: [X] registration / title history   [X] address of record   [X] DL photo   [X] license status

Authority: A.R.S. § 28-455 and 18 U.S.C. § 2721(b)(1). The requested information will be used only in the investigation of the above offense.

Signature: K. Halvorsen
''', labels=L('local-police', 'Phoenix Police Department', 'Kristen M. Halvorsen', 'Detective', 'kristen.halvorsen@phoenix.gov', '602-555-0134',
  [('Ramón Ignacio Quiñónez Bustamante', '1987-01-23', [('license', 'D08812345')]), ('Ashley Dawn McCrary', '1993-09-09', [])],
  ['ARS 13-1814', 'ARS 28-455', '18 USC 2721'], 'none', None, False, 'criminal_investigation', ['vehicle', 'address', 'photo', 'license'], 'fax')))

D.append(dict(id='bww27', fmt='fax', template='Deputy DA fax with California criminal subpoena duces tecum (CR-125) to EDD', style='serif', header='OCT 13 2026 11:18AM  FRESNO CO DA  559-555-0103', text='''
#c OFFICE OF THE DISTRICT ATTORNEY · COUNTY OF FRESNO
#c 2100 Tulare Street, Suite 1000, Fresno, CA 93721
# FACSIMILE COVER SHEET
To: EDD Legal Office – Subpoena Unit        Fax: 916-555-0117
From: Gurpreet K. Sandhu, Deputy District Attorney, Insurance & Benefit Fraud Unit
Phone: 559-555-0103        Email: gsandhu@fresnocountyca.gov
Pages: 2
Message: Subpoena duces tecum for trial in People v. Cervantes-Rojo, attached. Please comply per Evidence Code § 1560 by mailing certified records to the clerk.
<<PAGE>>
ATTORNEY: Gurpreet K. Sandhu, Deputy District Attorney (SBN 298114)
SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO
PEOPLE OF THE STATE OF CALIFORNIA vs. ELIAS ARMANDO CERVANTES-ROJO          CASE NO. F26904417
# SUBPOENA (CRIMINAL OR JUVENILE) DUCES TECUM
THE PEOPLE OF THE STATE OF CALIFORNIA, TO: Custodian of Records, Employment Development Department

1. YOU ARE ORDERED TO APPEAR AS A WITNESS in this case at: Dept. 32, 1100 Van Ness Avenue, Fresno, on November 16, 2026 at 8:30 a.m. (Penal Code § 1326.)
2. YOU ARE ORDERED TO PRODUCE: all quarterly wage records and unemployment insurance claim and payment records for Elias Armando CERVANTES-ROJO, DOB 06/30/1984, SSN ***-**-2290, January 2023 to present. You may comply by delivering certified copies under Evidence Code §§ 1560 and 1561. Disclosure is authorized by Unemployment Insurance Code § 1095.
3. The defendant is charged with grand theft (Penal Code § 487(a)) and unemployment insurance fraud (Unemployment Insurance Code § 2101).

Date issued: 10/13/2026          Clerk, by A. Thao, Deputy
---
Form Adopted for Mandatory Use CR-125/JV-525 – SUBPOENA (Criminal or Juvenile)
''', labels=L('district-attorney', 'Office of the District Attorney, County of Fresno', 'Gurpreet K. Sandhu', 'Deputy District Attorney', 'gsandhu@fresnocountyca.gov', '559-555-0103',
  [('Elias Armando Cervantes-Rojo', '1984-06-30', [('ssn_last4', '2290')])],
  ['CA Evid Code 1560', 'CA PC 1326', 'CA Evid Code 1561', 'CA UI Code 1095', 'CA PC 487', 'CA UI Code 2101'], 'court_subpoena', 'CR-125/JV-525', True, 'criminal_investigation', ['wages', 'claims', 'benefits'], 'fax')))

D.append(dict(id='bww28', fmt='fax', template='ATF field office letter faxed to state driver licensing, straw purchase investigation', style='serif', header='10-08-2026 10:27 ATF LOUISVILLE FO 5025550161', text='''
#c U.S. Department of Justice
# Bureau of Alcohol, Tobacco, Firearms and Explosives
#c Louisville Field Office · 600 Dr. Martin Luther King Jr. Place, Louisville, KY 40202
---
8 October 2026                                              Ref: 782045-26-0031

Kentucky Transportation Cabinet
Division of Driver Licensing – Records
200 Mero Street, Frankfort, KY 40622

Re: Request for driver records

ATF is investigating the illegal purchase and trafficking of firearms in violation of 18 U.S.C. § 922(a)(6), 18 U.S.C. § 924(a)(1)(A) and 18 U.S.C. § 933. A sales clerk at a licensed dealer, Wayne Goodpaster, has given a statement. Pursuant to KRS 186.018 and 18 U.S.C. § 2721(b)(1), please furnish the license photograph, address history, and vehicle registrations for:

    Darius Jerome TILLMAN — date of birth April 9, 1996
    Courtney Rae SIZEMORE — date of birth 1998-02-17 — KY OL S09-114-772

Please fax the records to (502) 555-0199, attention of the undersigned.

Bogdan Kovalenko
Special Agent, ATF Louisville Field Office
(502) 555-0161 · bogdan.kovalenko@atf.gov
''', labels=L('doj-atf', 'Bureau of Alcohol, Tobacco, Firearms and Explosives, Louisville Field Office', 'Bogdan Kovalenko', 'Special Agent', 'bogdan.kovalenko@atf.gov', '(502) 555-0161',
  [('Darius Jerome Tillman', '1996-04-09', []), ('Courtney Rae Sizemore', '1998-02-17', [('license', 'S09114772')])],
  ['18 USC 922', '18 USC 924', '18 USC 933', 'KRS 186.018', '18 USC 2721'], 'none', None, False, 'criminal_investigation', ['photo', 'address', 'vehicle'], 'fax')))

# ---------------- txt ----------------
D.append(dict(id='bww29', fmt='txt', template='Pasted web-form submission from state highway patrol trooper (hit and run)', text='''MONTANA MVD - LAW ENFORCEMENT RECORDS REQUEST (online form)
Submission ID: LE-2026-10-04417
Submitted: 2026-10-10 22:41 MDT
------------------------------------------------------------
Agency ................ Montana Highway Patrol
Requesting officer .... Trooper Cole J. Amundsen
Badge/ID .............. 417
Title ................. Trooper, District 3 (Billings)
Email ................. cole.amundsen@mt.gov
Phone ................. 406-555-0152
Case/Incident # ....... MHP-26-118870
Reason for request .... Hit and run crash with injury, MCA 61-7-103. Witness Harold Jensen
                        photographed partial plate; need registered owner and license info.
Legal authority ....... MCA 61-11-105; 18 USC 2721(b)(1)
Subject last name ..... BONDARENKO
Subject first name .... Kateryna
Subject DOB ........... 05/12/1994
MT DL # ............... 5120941873412
Records requested ..... [x] Registration  [x] Address  [x] License status/history  [ ] Photo
Certification ......... [x] I certify this request is for a law enforcement purpose.
------------------------------------------------------------
''', labels=L('state-police', 'Montana Highway Patrol', 'Cole J. Amundsen', 'Trooper', 'cole.amundsen@mt.gov', '406-555-0152',
  [('Kateryna Bondarenko', '1994-05-12', [('license', '5120941873412')])],
  ['MCA 61-7-103', 'MCA 61-11-105', '18 USC 2721'], 'none', None, False, 'criminal_investigation', ['vehicle', 'address', 'license'], 'email')))

D.append(dict(id='bww30', fmt='txt', template='Plain-text email copy from sheriff civil process deputy, address only, no reason given', text='''From: Esch, Randall K. <randall.esch@douglascounty-ne.gov>
Sent: Wednesday, October 14, 2026 8:03 AM
To: DHHS Records Requests
Subject: address verification

Hello,

Would you be able to verify a current address and phone number for the below person?

KOWALSKI, Tiffany Marie
DOB 2/3/1988

Thanks much,

Deputy Randall K. Esch
Civil Process Division
Douglas County Sheriff's Office
3601 N 156th St, Omaha, NE 68116
402-555-0181
''', labels=L('sheriff', "Douglas County Sheriff's Office", 'Randall K. Esch', 'Deputy, Civil Process Division', 'randall.esch@douglascounty-ne.gov', '402-555-0181',
  [('Tiffany Marie Kowalski', '1988-02-03', [])],
  [], 'none', None, False, 'unknown', ['address', 'phone'], 'email')))

D.append(dict(id='bww31', fmt='txt', template='Postal inspector email text, EBT card mail theft, two subjects and named victim', text='''Subject: Request for DTA records - USPIS case 4117390-MT
Date: Mon, 12 Oct 2026 12:16:40 -0400
From: Aisha M. Farouk <amfarouk@uspis.gov>
To: dta.lawenforcement@mass.gov

Good afternoon,

The U.S. Postal Inspection Service, Boston Division, is investigating thefts of EBT cards from the mail in Dorchester and Mattapan (18 U.S.C. § 1708; 18 U.S.C. § 1029). Several recipients, among them Ngozi Eze, reported cards that were never received and later used. Boston police have also charged larceny under G.L. c. 266, § 30.

We are trying to establish whether the two individuals below have any open DTA case, and if so the address and telephone number on file and EBT card replacement history:

- Kevin Michael DOHERTY, DOB 12/05/1990
- Luz Marina GÓMEZ-OCASIO, DOB 19 July 1986

Respectfully,

Aisha M. Farouk
U.S. Postal Inspector
Boston Division, 495 Summer Street, Boston, MA 02210
Office 617-555-0127
'''+chr(10), labels=L('usps-uspis', 'U.S. Postal Inspection Service, Boston Division', 'Aisha M. Farouk', 'U.S. Postal Inspector', 'amfarouk@uspis.gov', '617-555-0127',
  [('Kevin Michael Doherty', '1990-12-05', []), ('Luz Marina Gómez-Ocasio', '1986-07-19', [])],
  ['18 USC 1708', '18 USC 1029', 'MGL 266-30'], 'none', None, False, 'criminal_investigation', ['benefits', 'address', 'phone', 'other'], 'email')))

D.append(dict(id='bww32', fmt='txt', template='Assistant State’s Attorney email with Maryland circuit court order text pasted inline', text='''From: Theodora J. Papadakis <tpapadakis@baltimorecountymd.gov>
To: dluiappeals-subpoena@maryland.gov
Date: Wed, 07 Oct 2026 16:20:11 -0400
Subject: Signed order - State v. Oyelowo, C-03-CR-26-001942

Please see the signed order below (text copied from the court's e-filing system; the signed PDF will follow by mail). Records may be sent to me directly.

Theodora J. Papadakis
Assistant State's Attorney, Economic Crimes Unit
Office of the State's Attorney for Baltimore County
401 Bosley Avenue, Towson, MD 21204
410-555-0138

==============================================================
IN THE CIRCUIT COURT FOR BALTIMORE COUNTY, MARYLAND

STATE OF MARYLAND
v.                                      Case No. C-03-CR-26-001942
WINSTON ADEBAYO OYELOWO
Defendant

ORDER FOR PRODUCTION OF RECORDS

Upon consideration of the State's Motion for Production of Records pursuant to Md. Rule 4-266, it is this 7th day of October, 2026, by the Circuit Court for Baltimore County,

ORDERED, that the Maryland Department of Labor, Division of Unemployment Insurance, notwithstanding Md. Code Ann., Lab. & Empl. § 8-625, shall produce to the Office of the State's Attorney for Baltimore County all wage records, employer information and unemployment insurance claim records for WINSTON ADEBAYO OYELOWO, date of birth March 26, 1971, for the period January 1, 2024 to the present; and it is further

ORDERED, that the records shall be used solely in the prosecution of this case, in which the Defendant is charged with financial exploitation of a vulnerable adult, Md. Code Ann., Crim. Law § 8-801, the victim being Dorothy Pembrook.

                                        /s/ Hon. Julian R. Ashworth
                                        Judge, Circuit Court for Baltimore County
==============================================================
''', labels=L('district-attorney', "Office of the State's Attorney for Baltimore County", 'Theodora J. Papadakis', "Assistant State's Attorney", 'tpapadakis@baltimorecountymd.gov', '410-555-0138',
  [('Winston Adebayo Oyelowo', '1971-03-26', [])],
  ['MD Rule 4-266', 'MD LE 8-625', 'MD CR 8-801'], 'court_order', None, True, 'criminal_investigation', ['wages', 'employment', 'claims'], 'email')))

def main():
    os.makedirs(TMP, exist_ok=True)
    rnd = random.Random(20261014)
    ext = {'born_digital': 'pdf', 'scanned': 'pdf', 'fax': 'tif', 'eml': 'eml', 'txt': 'txt'}
    for d in D:
        path = os.path.join(OUT, d['id'] + '.' + ext[d['fmt']])
        r = random.Random(d['id'])
        if d['fmt'] == 'born_digital':
            render_pdf(d['text'], path, d.get('style', 'sans'))
        elif d['fmt'] == 'scanned':
            make_scanned(d['text'], path, d['id'], d.get('style', 'sans'), d.get('rots', []), r)
        elif d['fmt'] == 'fax':
            make_fax(d['text'], path, d['id'], d.get('style', 'sans'), d['header'], r)
        elif d['fmt'] == 'eml':
            spec = dict(d['eml']); spec['key'] = d['id']; spec['seed'] = int(d['id'][3:]) * 7919
            make_eml(spec, path, r)
        elif d['fmt'] == 'txt':
            with open(path, 'w', encoding='utf-8') as fh:
                fh.write(d['text'])
        rec = dict(id=d['id'], family='blind-ww', format=d['fmt'], template=d['template'])
        rec.update(d['labels'])
        with open(os.path.join(OUT, d['id'] + '.expected.json'), 'w', encoding='utf-8') as fh:
            json.dump(rec, fh, ensure_ascii=False, indent=2); fh.write('\n')
    print('wrote', len(D))

if __name__ == '__main__':
    main()
