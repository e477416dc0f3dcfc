#!/usr/bin/env python3
"""blind_q: 32 hand-written request documents with labels.

Written by an independent author who never saw the extraction program.
Deterministic: run with /work/main/.venv/bin/python build.py
Needs reportlab, Pillow, numpy and poppler's pdftoppm.
"""
import os
import io
import json
import random
import shutil
import subprocess
import glob
import copy
import time
from email.message import EmailMessage
from email import policy
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT, TA_JUSTIFY
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, Preformatted)
from reportlab.platypus.flowables import HRFlowable
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

FIXED_DATE = time.gmtime(1760529600)  # 2025-10-15
HERE = os.path.dirname(os.path.abspath(__file__))
TMP = '/tmp/author_q/build'
FONT_DIR = '/usr/share/fonts/truetype/dejavu'
MONO_TTF = os.path.join(FONT_DIR, 'DejaVuSansMono.ttf')
MONO_B_TTF = os.path.join(FONT_DIR, 'DejaVuSansMono-Bold.ttf')


def _register_fonts():
    spec = {
        'Sans': ('DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'),
        'Serif': ('DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf', 'DejaVuSerif-BoldItalic.ttf'),
        'Mono': ('DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf', 'DejaVuSansMono-Oblique.ttf', 'DejaVuSansMono-BoldOblique.ttf'),
        'Cond': ('DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf', 'DejaVuSansCondensed-Oblique.ttf', 'DejaVuSansCondensed-BoldOblique.ttf'),
    }
    for fam, files in spec.items():
        names = [fam, fam + '-B', fam + '-I', fam + '-BI']
        for n, f in zip(names, files):
            pdfmetrics.registerFont(TTFont(n, os.path.join(FONT_DIR, f)))
        addMapping(fam, 0, 0, names[0])
        addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2])
        addMapping(fam, 1, 1, names[3])


_register_fonts()

# family -> (regular, bold)
FAMS = {
    'Sans': ('Sans', 'Sans-B'),
    'Serif': ('Serif', 'Serif-B'),
    'Mono': ('Mono', 'Mono-B'),
    'Cond': ('Cond', 'Cond-B'),
    'Times': ('Times-Roman', 'Times-Bold'),      # built-in: Latin-1 only
    'Helv': ('Helvetica', 'Helvetica-Bold'),     # built-in: Latin-1 only
    'Courier': ('Courier', 'Courier-Bold'),      # built-in: Latin-1 only
}


def esc(t):
    return t.replace('&', '&amp;')


def _styles(fam, size):
    reg, bold = FAMS[fam]
    lead = size * 1.28
    base = ParagraphStyle('p', fontName=reg, fontSize=size, leading=lead, spaceAfter=size * 0.6)
    s = {}
    s['p'] = base
    s['j'] = ParagraphStyle('j', parent=base, alignment=TA_JUSTIFY)
    s['c'] = ParagraphStyle('c', parent=base, alignment=TA_CENTER)
    s['r'] = ParagraphStyle('r', parent=base, alignment=TA_RIGHT)
    s['cb'] = ParagraphStyle('cb', parent=base, fontName=bold, alignment=TA_CENTER)
    s['b'] = ParagraphStyle('b', parent=base, fontName=bold)
    s['h'] = ParagraphStyle('h', parent=base, fontName=bold, fontSize=size + 3.5,
                            leading=(size + 3.5) * 1.22, alignment=TA_CENTER, spaceAfter=6)
    s['small'] = ParagraphStyle('small', parent=base, fontSize=size - 2.5, leading=(size - 2.5) * 1.25,
                                spaceAfter=3)
    s['ind'] = ParagraphStyle('ind', parent=base, leftIndent=26)
    s['cell'] = ParagraphStyle('cell', parent=base, spaceAfter=0, fontSize=size - 0.5, leading=(size - 0.5) * 1.22)
    s['cellb'] = ParagraphStyle('cellb', parent=s['cell'], fontName=bold)
    s['lh1'] = ParagraphStyle('lh1', parent=base, fontName=bold, fontSize=size + 3.5,
                              leading=(size + 3.5) * 1.2, alignment=TA_CENTER, spaceAfter=1)
    s['lh2'] = ParagraphStyle('lh2', parent=base, fontSize=size - 1, leading=(size - 1) * 1.22,
                              alignment=TA_CENTER, spaceAfter=0)
    s['mono'] = ParagraphStyle('mono', fontName='Mono', fontSize=size - 1.5, leading=(size - 1.5) * 1.3)
    return s


def _grid_style(header=False, boxonly=False):
    cmds = [('VALIGN', (0, 0), (-1, -1), 'TOP'),
            ('LEFTPADDING', (0, 0), (-1, -1), 4), ('RIGHTPADDING', (0, 0), (-1, -1), 4),
            ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]
    if boxonly:
        cmds.append(('BOX', (0, 0), (-1, -1), 0.8, colors.black))
    else:
        cmds.append(('GRID', (0, 0), (-1, -1), 0.6, colors.black))
    if header:
        cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    return TableStyle(cmds)


def flow(blocks, fam, size):
    S = _styles(fam, size)
    out = []
    W = 6.9 * inch
    for b in blocks:
        k = b[0]
        if k == 'lh':
            lines = b[1]
            out.append(Paragraph(esc(lines[0]), S['lh1']))
            for ln in lines[1:]:
                out.append(Paragraph(esc(ln), S['lh2']))
            out.append(Spacer(1, 4))
            out.append(HRFlowable(width='100%', thickness=1.2, color=colors.black, spaceAfter=8))
        elif k == 'lhl':  # left letterhead
            lines = b[1]
            st = ParagraphStyle('x', parent=S['lh1'], alignment=TA_LEFT)
            st2 = ParagraphStyle('y', parent=S['lh2'], alignment=TA_LEFT)
            out.append(Paragraph(esc(lines[0]), st))
            for ln in lines[1:]:
                out.append(Paragraph(esc(ln), st2))
            out.append(HRFlowable(width='100%', thickness=0.8, color=colors.black, spaceBefore=3, spaceAfter=8))
        elif k in ('p', 'j', 'c', 'r', 'cb', 'b', 'h', 'small', 'ind'):
            out.append(Paragraph(esc(b[1]).replace('\n', '<br/>'), S[k]))
        elif k == 'pre':
            out.append(Preformatted(b[1], S['mono']))
            out.append(Spacer(1, 6))
        elif k == 'kv':
            pairs = b[1]
            widths = b[2] if len(b) > 2 else [2.1 * inch, W - 2.1 * inch]
            data = [[Paragraph(esc(a), S['cellb']), Paragraph(esc(v).replace('\n', '<br/>'), S['cell'])]
                    for a, v in pairs]
            t = Table(data, colWidths=widths)
            t.setStyle(_grid_style())
            out.append(t)
            out.append(Spacer(1, 8))
        elif k == 'grid':
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            data = []
            for i, row in enumerate(rows):
                st = S['cellb'] if i == 0 else S['cell']
                data.append([Paragraph(esc(c).replace('\n', '<br/>'), st) for c in row])
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(_grid_style(header=True))
            out.append(t)
            out.append(Spacer(1, 8))
        elif k == 'cap':  # caption: left | right
            left, right = b[1], b[2]
            lw = b[3] if len(b) > 3 else 4.2 * inch
            data = [[Paragraph(esc(left).replace('\n', '<br/>'), S['cell']),
                     Paragraph(esc(right).replace('\n', '<br/>'), S['cell'])]]
            t = Table(data, colWidths=[lw, W - lw])
            t.setStyle(_grid_style())
            out.append(t)
            out.append(Spacer(1, 10))
        elif k == 'box':
            t = Table([[Paragraph(esc(b[1]).replace('\n', '<br/>'), S['cell'])]], colWidths=[W])
            t.setStyle(_grid_style(boxonly=True))
            out.append(t)
            out.append(Spacer(1, 8))
        elif k == 'sp':
            out.append(Spacer(1, b[1]))
        elif k == 'pb':
            out.append(PageBreak())
        elif k == 'hr':
            out.append(HRFlowable(width='100%', thickness=0.7, color=colors.black, spaceBefore=2, spaceAfter=6))
        else:
            raise ValueError(k)
    return out


def render_pdf(path, blocks, fam='Sans', size=10.5, footer=None, header=None, margins=0.8):
    """footer/header: str (may contain {page}) drawn on every page."""
    reg, bold = FAMS[fam]

    def on_page(canv, doc):
        canv.saveState()
        pn = canv.getPageNumber()
        if footer:
            canv.setFont(reg, 7.5)
            for i, ln in enumerate(footer.format(page=pn).split('\n')):
                canv.drawCentredString(letter[0] / 2, 0.45 * inch + 9 * (len(footer.split('\n')) - 1 - i), ln)
        if header:
            canv.setFont(bold, 8)
            canv.drawCentredString(letter[0] / 2, letter[1] - 0.45 * inch, header.format(page=pn))
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=margins * inch, rightMargin=margins * inch,
                            topMargin=0.75 * inch, bottomMargin=0.85 * inch,
                            title='', author='', subject='', creator='', producer='')
    doc.build(flow(blocks, fam, size), onFirstPage=on_page, onLaterPages=on_page)


def pdf_bytes(blocks, **kw):
    os.makedirs(TMP, exist_ok=True)
    p = os.path.join(TMP, '_tmp_attach.pdf')
    render_pdf(p, blocks, **kw)
    with open(p, 'rb') as f:
        data = f.read()
    os.remove(p)
    return data


# ---------------------------------------------------------------- raster

def rasterize(pdf, dpi, tag):
    d = os.path.join(TMP, tag)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    subprocess.run(['pdftoppm', '-r', str(dpi), '-gray', '-png', pdf, os.path.join(d, 'pg')], check=True)
    return [Image.open(p).convert('L') for p in sorted(glob.glob(os.path.join(d, 'pg*.png')))]


def degrade_scan(img, rng, angle, turn=0, bg=232, noise=9.0, blur=0.5, quality=50):
    a = np.asarray(img).astype(np.float32)
    # compress contrast: paper greyish, ink not fully black
    a = 18 + (a / 255.0) * (bg - 18)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, noise, a.shape)
    # a few specks
    h, w = a.shape
    n = int(h * w * 0.00004)
    ys = nrng.integers(0, h, n)
    xs = nrng.integers(0, w, n)
    a[ys, xs] = nrng.integers(20, 120, n)
    # faint uneven illumination
    gy = np.linspace(-1, 1, h)[:, None]
    gx = np.linspace(-1, 1, w)[None, :]
    a -= 10 * (gx * 0.6 + gy * 0.4 + 1) / 2
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), 'L')
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=int(bg - 25))
    if turn:
        im = im.rotate(turn, expand=True)
    buf = io.BytesIO()
    im.save(buf, 'JPEG', quality=quality)
    buf.seek(0)
    return Image.open(buf).convert('L')


def make_scanned(pdf_src, out_pdf, seed, dpi=200, turns=None, quality=50):
    rng = random.Random(seed)
    pages = rasterize(pdf_src, dpi, 'scan_' + os.path.basename(out_pdf))
    turns = turns or {}
    imgs = []
    for i, pg in enumerate(pages):
        angle = rng.choice([-1, 1]) * rng.uniform(0.5, 2.0)
        imgs.append(degrade_scan(pg, rng, angle, turn=turns.get(i, 0), bg=rng.randint(222, 238),
                                 noise=rng.uniform(6, 11), quality=quality))
    imgs[0].save(out_pdf, 'PDF', save_all=True, append_images=imgs[1:], resolution=float(dpi), quality=quality,
                 creationDate=FIXED_DATE, modDate=FIXED_DATE)


def make_fax(pdf_src, out_tif, seed, header=None, skew=True):
    """header: callable(page_no, n_pages) -> str"""
    rng = random.Random(seed)
    pages = rasterize(pdf_src, 200, 'fax_' + os.path.basename(out_tif))
    font = ImageFont.truetype(MONO_TTF, 24)
    out = []
    nrng = np.random.default_rng(seed)
    for i, pg in enumerate(pages):
        im = pg
        if skew:
            im = im.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, expand=False, fillcolor=255)
        if header:
            band = Image.new('L', (im.width, 44), 255)
            ImageDraw.Draw(band).text((30, 10), header(i + 1, len(pages)), font=font, fill=0)
            canvas = Image.new('L', im.size, 255)
            canvas.paste(band, (0, 0))
            canvas.paste(im.crop((0, 0, im.width, im.height - 44)), (0, 44))
            im = canvas
        a = np.asarray(im).astype(np.float32)
        a += nrng.normal(0, 22, a.shape)
        bw = (a > 165).astype(np.uint8) * 255
        # sparse salt-and-pepper
        h, w = bw.shape
        k = int(h * w * 0.00008)
        bw[nrng.integers(0, h, k), nrng.integers(0, w, k)] = 0
        out.append(Image.fromarray(bw, 'L').convert('1'))
    out[0].save(out_tif, compression='group4', dpi=(200, 200), save_all=True, append_images=out[1:])


def image_attachment(blocks, seed, kind='png', dpi=150, fam='Sans', size=10.5, angle=0.8):
    """Render blocks to a single-page-ish image (first page) and return bytes."""
    os.makedirs(TMP, exist_ok=True)
    p = os.path.join(TMP, '_img_%d.pdf' % seed)
    render_pdf(p, blocks, fam=fam, size=size)
    pages = rasterize(p, dpi, 'img_%d' % seed)
    rng = random.Random(seed)
    im = pages[0]
    a = np.asarray(im).astype(np.float32)
    a = 20 + a / 255.0 * 215
    if kind != 'png':
        a += np.random.default_rng(seed).normal(0, 5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), 'L')
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=210)
    buf = io.BytesIO()
    if kind == 'png':
        im = im.quantize(16)
        im.save(buf, 'PNG', optimize=True)
    else:
        im.save(buf, 'JPEG', quality=60)
    return buf.getvalue()


# ---------------------------------------------------------------- email

def make_email(frm, to, subject, date, msgid, plain=None, html=None, cc=None, attachments=(),
               attach_msg=None, extra_headers=None, seed=0):
    random.seed(seed)  # email boundaries come from the random module
    m = EmailMessage(policy=policy.default)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = date
    m['Message-ID'] = msgid
    m['MIME-Version'] = '1.0'
    for k, v in (extra_headers or []):
        m[k] = v
    if plain is not None and html is not None:
        m.set_content(plain)
        m.add_alternative(html, subtype='html')
    elif html is not None:
        m.set_content(html, subtype='html')
    else:
        m.set_content(plain)
    for data, maint, subt, fname in attachments:
        m.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    if attach_msg is not None:
        m.add_attachment(attach_msg)
    return m.as_bytes(policy=policy.default)


# ---------------------------------------------------------------- labels

COURT = {'judicial_warrant', 'court_order', 'grand_jury_subpoena', 'court_subpoena'}


def S(name, dob=None, *ids):
    return {'name': name, 'dob': dob, 'identifiers': [{'type': t, 'value': v} for t, v in ids]}


def R(key, agency, person, title, email=None, phone=None):
    return {'agency_key': key, 'agency_name': agency, 'person': person, 'title': title,
            'email': email, 'phone': phone}


DOCS = []


def doc(id, fmt, template, requestor, subjects, basis, ptype, form, attached, purpose, records, channel):
    def deco(fn):
        DOCS.append({'id': id, 'fmt': fmt, 'build': fn, 'exp': {
            'id': id, 'family': 'blind-q', 'format': fmt, 'template': template,
            'requestor': requestor, 'subjects': subjects,
            'legal_basis': [{'normalized': b} for b in basis],
            'legal_process': {'type': ptype, 'court_issued': ptype in COURT, 'form': form},
            'warrant_or_subpoena_attached': attached, 'purpose': purpose,
            'records_requested': records, 'channel': channel}})
        return fn
    return deco


def out(name):
    return os.path.join(HERE, name)


def tmp(name):
    os.makedirs(TMP, exist_ok=True)
    return os.path.join(TMP, name)


# =====================================================================
# bq01  born_digital  ICE ERO letter to DMV, two subjects, no process
# =====================================================================
@doc('bq01', 'born_digital', 'ERO Denver letter to DMV, table of two subjects with A-numbers, SDDO approval block',
     R('dhs-ice-ero', 'U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office',
       'Rafael T. Ocampo', 'Deportation Officer', 'rafael.t.ocampo@ice.dhs.gov', '(303) 555-0148'),
     [S('José Antonio Martínez de la Cruz', '1988-02-14', ('a_number', 'A201555118'), ('license', '172043391')),
      S('Yesenia Ibáñez Ruiz', '1991-03-04', ('a_number', 'A208511490'))],
     ['INA 287', '8 USC 1357', '8 CFR 287.5'], 'none', None, False, 'civil_immigration',
     ['address', 'photo', 'vehicle'], 'mail')
def bq01():
    blocks = [
        ('lh', ['U.S. Department of Homeland Security',
                'U.S. Immigration and Customs Enforcement',
                'Enforcement and Removal Operations – Denver Field Office',
                '12445 East Caley Avenue, Centennial, Colorado 80111']),
        ('p', 'February 11, 2025'),
        ('p', 'Colorado Department of Revenue\nDivision of Motor Vehicles\nAttn: Records Custodian / Investigations Unit\n1881 Pierce Street\nLakewood, CO 80214'),
        ('b', 'RE: Request for Records – Fugitive Operations, FOT-2 Ref. DEN-FOT-25-0219'),
        ('p', 'Dear Records Custodian:'),
        ('j', 'Pursuant to the authority contained in section 287 of the Immigration and Nationality Act (8 U.S.C. § 1357) '
              'and 8 C.F.R. § 287.5, U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), '
              'respectfully requests that your office provide any records concerning the individuals listed below, including '
              'current and prior residential and mailing addresses, driver license or identification card photographs, and '
              'any vehicles registered in the individuals\' names.'),
        ('grid', [['Name (Last, First)', 'Date of Birth', 'A-Number', 'CO DL / ID No.'],
                  ['MARTÍNEZ DE LA CRUZ, José Antonio', '02/14/1988', 'A201 555 118', '17-204-3391'],
                  ['IBÁÑEZ RUIZ, Yesenia', '03/04/1991', 'A 208-511-490', 'unknown']],
         [3.0 * inch, 1.1 * inch, 1.4 * inch, 1.4 * inch]),
        ('j', 'Ms. Ibáñez Ruiz may also appear in your records as "Yesenia Ibanez" or under a married name. Mr. Martínez de la Cruz '
              'is believed to reside in the Commerce City area; a prior address on Holly Street was reported by a former '
              'landlord, Mr. Dale Fortner, and is no longer current.'),
        ('j', 'This information is requested for official use only and will be used in the performance of ICE\'s statutory '
              'duties. Please do not disclose the existence of this request to the individuals named above. Responsive records '
              'may be sent to the undersigned by e-mail or by fax to (303) 555-0163.'),
        ('p', 'Thank you for your cooperation.'),
        ('p', 'Sincerely,'),
        ('sp', 14),
        ('p', 'Rafael T. Ocampo\nDeportation Officer, Fugitive Operations Team 2\nPhone: (303) 555-0148\nrafael.t.ocampo@ice.dhs.gov'),
        ('sp', 6),
        ('p', 'Reviewed and approved:\n\nKristen M. Halvorsen\nSupervisory Detention and Deportation Officer'),
        ('small', 'cc: A-File A201555118; A-File A208511490'),
    ]
    render_pdf(out('bq01.pdf'), blocks, fam='Times', size=11,
               footer='FOR OFFICIAL USE ONLY // LAW ENFORCEMENT SENSITIVE\nwww.ice.gov')


# =====================================================================
# bq02  eml  ERO email with I-138 subpoena PDF attached
# =====================================================================
@doc('bq02', 'eml', 'ERO deportation officer e-mail, DHS Form I-138 immigration enforcement subpoena as PDF attachment',
     R('dhs-ice-ero', 'Enforcement and Removal Operations, Denver Field Office, U.S. Immigration and Customs Enforcement',
       'Teresa L. Brandt', 'Deportation Officer', 'teresa.l.brandt@ice.dhs.gov', '303-555-0177'),
     [S('Abdirahman Mohamed Farah', '1990-11-02', ('a_number', 'A215660402'), ('ssn_last4', '7714'))],
     ['INA 235', '8 USC 1225', '8 CFR 287.4'], 'administrative_subpoena', 'I-138', True, 'civil_immigration',
     ['wages', 'employment', 'claims', 'address', 'phone', 'email'], 'email')
def bq02():
    sub = [
        ('c', 'DEPARTMENT OF HOMELAND SECURITY'),
        ('h', 'IMMIGRATION ENFORCEMENT SUBPOENA'),
        ('c', 'To Appear and/or Produce Records\n(Pursuant to 8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4)'),
        ('kv', [('Subpoena No.', 'DEN-2025-0318'),
                ('In the matter of', 'Abdirahman Mohamed FARAH, File No. A215 660 402'),
                ('To', 'Custodian of Records\nColorado Department of Labor and Employment\nUnemployment Insurance Division\n251 E. 12th Avenue, Denver, CO 80203')]),
        ('j', 'By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED TO produce the records described below '
              'before Deportation Officer Teresa L. Brandt, an officer of the Department of Homeland Security, at 12445 E. Caley '
              'Avenue, Centennial, CO 80111, on March 14, 2025 at 10:00 a.m., in connection with an investigation or inquiry '
              'relating to the enforcement of the immigration laws, specifically the admissibility, removability and location '
              'of the above-named individual.'),
        ('b', 'Records to be produced:'),
        ('ind', '1. Quarterly wage records reported by any employer for the above-named individual for the period January 1, 2022 '
                'to present, including employer name, address and federal employer identification number.'),
        ('ind', '2. Unemployment insurance claim applications, including the mailing address, residential address, telephone '
                'number and e-mail address provided by the claimant.'),
        ('j', 'This subpoena is issued pursuant to section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. '
              '§ 1225(d)(4)(A), and 8 C.F.R. § 287.4. Failure to comply with this subpoena may subject you to an order of a '
              'United States District Court to comply with the subpoena, and failure to obey such order may be punished by '
              'the court as contempt thereof.'),
        ('kv', [('Date issued', '02/24/2025'),
                ('Signature', '/s/ M. A. Whitfield'),
                ('Name and title of issuing officer', 'Marcus A. Whitfield, Assistant Field Office Director, Denver')]),
        ('b', 'CERTIFICATE OF SERVICE'),
        ('p', 'I hereby certify that on ______________ I served this subpoena by ____ personal delivery ____ certified mail '
              'on the person named above.\n\nSignature: ______________________   Title: ______________________'),
    ]
    pdf = pdf_bytes(sub, fam='Helv', size=10, footer='DHS Form I-138 (8/09)                                     Page {page}')
    body = """Good afternoon,

Please find attached an Immigration Enforcement Subpoena (DHS Form I-138) directed to the Colorado Department of Labor and Employment, Unemployment Insurance Division. The subpoena requests quarterly wage records and employer information for the individual named below for the period 01/01/2022 to present, as well as the most recent address, phone and e-mail on file for any unemployment insurance claim.

  Subject:  FARAH, Abdirahman Mohamed
  DOB:      11/02/1990
  A#:       215-660-402
  SSN (last 4): 7714
  Last known employer: Mile High Poultry Processing LLC, Brighton CO (per your 2023 records)

Responsive records may be returned by e-mail to this address or by secure fax. If you have questions about the scope of the subpoena, please contact me directly.

Respectfully,

Teresa Brandt
Deportation Officer | Enforcement and Removal Operations
Denver Field Office | U.S. Immigration and Customs Enforcement
Desk: 303-555-0177 | Cell: 720-555-0131
teresa.l.brandt@ice.dhs.gov

WARNING: This message and any attachments may contain information that is FOR OFFICIAL USE ONLY (FOUO). It is to be controlled, stored, handled, transmitted, distributed and disposed of in accordance with DHS policy. If you received this in error, please notify the sender and delete it.
"""
    data = make_email('"Brandt, Teresa L" <teresa.l.brandt@ice.dhs.gov>', 'CDLE UI Records <cdle_ui_records@state.co.us>',
                      'Immigration Enforcement Subpoena - FARAH, Abdirahman Mohamed - A215660402',
                      'Tue, 25 Feb 2025 14:12:09 -0700', '<20250225211209.4471@ice.dhs.gov>',
                      plain=body, attachments=[(pdf, 'application', 'pdf', 'I-138_FARAH_A215660402.pdf')], seed=2)
    with open(out('bq02.eml'), 'wb') as f:
        f.write(data)


# =====================================================================
# bq03  scanned  Aurora PD cover letter + Arapahoe County search warrant
# =====================================================================
@doc('bq03', 'scanned', 'Municipal detective cover letter with Colorado district court search warrant for wage/UI records',
     R('local-police', 'Aurora Police Department', 'Marisol Cárdenas', 'Detective', 'mcardenas@auroragov.org', '303-555-0126'),
     [S('Luis Fernando Gómez-Ávila', '1984-09-30', ('ssn_last4', '3308'))],
     ['CRS 18-4-401', 'CRS 18-5-902', 'CRS 16-3-301', 'CO CrimP 41'], 'judicial_warrant', None, True,
     'criminal_investigation', ['wages', 'employment', 'claims', 'address', 'phone', 'email', 'other'], 'mail')
def bq03():
    blocks = [
        ('lh', ['AURORA POLICE DEPARTMENT', 'Investigations Bureau – Economic Crimes Unit',
                '15001 E. Alameda Parkway, Aurora, Colorado 80012']),
        ('p', 'June 3, 2025'),
        ('p', 'Colorado Department of Labor and Employment\nAttn: Custodian of Records, UI Integrity / Legal\n251 E. 12th Avenue\nDenver, CO 80203'),
        ('b', 'Re: Search Warrant – APD Case No. 25-041877'),
        ('j', 'Enclosed please find a search warrant signed by the Honorable Elena V. Sarkisian, District Court Judge, Arapahoe '
              'County, for records pertaining to LUIS FERNANDO GÓMEZ-ÁVILA (DOB 09/30/1984). Please provide the records listed '
              'in Attachment B of the warrant at your earliest convenience, and in any case within ten days.'),
        ('j', 'This investigation concerns theft (C.R.S. § 18-4-401) and identity theft (C.R.S. § 18-5-902) reported by the '
              'victim, Dorothy J. Kessler, an 81-year-old client of Gómez-Ávila\'s former employer, Summit Ridge Home Care. '
              'The employer\'s office manager, Ms. Ana Beltrán, has cooperated with this investigation.'),
        ('p', 'Records may be returned electronically to the e-mail below. Thank you for your help.'),
        ('p', 'Respectfully,'),
        ('sp', 10),
        ('p', 'Det. Marisol Cárdenas #2291\nEconomic Crimes Unit\nOffice: 303-555-0126\nmcardenas@auroragov.org'),
        ('p', 'Approved: Sgt. Thomas W. Reilly, Economic Crimes Unit Supervisor'),
        ('pb',),
        ('cap', 'DISTRICT COURT, ARAPAHOE COUNTY, COLORADO\nCourt Address: 7325 S. Potomac St., Centennial, CO 80112\n\n'
                'THE PEOPLE OF THE STATE OF COLORADO\n\nIN THE MATTER OF THE SEARCH OF: Records maintained by the Colorado '
                'Department of Labor and Employment pertaining to LUIS FERNANDO GÓMEZ-ÁVILA',
         '▲ COURT USE ONLY ▲\n\n\nCase Number: 25SW0612\n\nCtrm: 22'),
        ('h', 'SEARCH WARRANT'),
        ('b', 'TO ANY PEACE OFFICER AUTHORIZED BY LAW TO EXECUTE IT:'),
        ('j', 'Detective Marisol Cárdenas, Aurora Police Department, having made an Affidavit in support of this Search Warrant, '
              'sworn to or affirmed before the Court, and the Court being satisfied that there is probable cause to believe that '
              'the property described in Attachment B (1) is designed or intended to be used as a means of committing a criminal '
              'offense, or (2) would be material evidence in a subsequent criminal prosecution, and that such property is located '
              'at or upon the premises described in Attachment A;'),
        ('j', 'YOU ARE THEREFORE COMMANDED, pursuant to C.R.S. § 16-3-301 and Crim. P. 41, to search forthwith the premises '
              'described in Attachment A for the property described in Attachment B, and, if the property is found there, to '
              'seize it, and to prepare a written inventory of the property seized and make a return to this Court.'),
        ('b', 'ATTACHMENT A – Place to be searched'),
        ('j', 'Records, including electronically stored records, maintained by the Colorado Department of Labor and Employment, '
              '251 E. 12th Avenue, Denver, Colorado, concerning LUIS FERNANDO GÓMEZ-ÁVILA, DOB 09/30/1984, SSN ending 3308.'),
        ('pb',),
        ('b', 'ATTACHMENT B – Property to be seized (01/01/2023 to present)'),
        ('ind', '1. Quarterly wage records and the names and addresses of all reporting employers.'),
        ('ind', '2. Unemployment insurance claims, including claimant address, telephone numbers and e-mail addresses.'),
        ('ind', '3. Bank routing and account information used for payment of any benefits.'),
        ('sp', 8),
        ('p', 'Issued this 2nd day of June, 2025, at 3:14 p.m.'),
        ('p', 'BY THE COURT:\n\n\n__________________________________\nHon. Elena V. Sarkisian\nDistrict Court Judge'),
        ('hr',),
        ('b', 'RETURN AND INVENTORY'),
        ('p', 'I received the attached search warrant on __________, and executed it as follows: ______________________\n'
              '________________________________________________________________________\nExecuting officer: ______________________'),
    ]
    src = tmp('bq03_src.pdf')
    render_pdf(src, blocks, fam='Serif', size=10.5)
    make_scanned(src, out('bq03.pdf'), seed=303, dpi=200, turns={2: 180})


# =====================================================================
# bq04  fax  Weld County SO request form, vehicle co-owner not subject
# =====================================================================
@doc('bq04', 'fax', 'Sheriff investigator fax cover + MV records request form (label/value), co-owner listed for vehicle only',
     R('sheriff', "Weld County Sheriff's Office", 'Caleb J. Morrow', 'Investigator', 'cmorrow@weld.gov', '(970) 555-0182'),
     [S('Thi Thu Ha Nguyen', '1979-07-19', ('license', '091182740'))],
     ['CRS 18-4-203', '18 USC 2721', 'CRS 42-1-206'], 'none', None, False, 'criminal_investigation',
     ['license', 'photo', 'vehicle', 'address'], 'fax')
def bq04():
    blocks = [
        ('h', 'FAX TRANSMITTAL'),
        ('cb', "WELD COUNTY SHERIFF'S OFFICE – INVESTIGATIONS DIVISION\n1950 O Street, Greeley, CO 80631"),
        ('kv', [('To', 'CDOR / DMV – Law Enforcement Records'), ('Fax', '(303) 555-0170'),
                ('From', 'Inv. Caleb Morrow'), ('Phone', '(970) 555-0182'), ('Fax', '(970) 555-0189'),
                ('Date', '03/18/2025'), ('Pages', '2 (including cover)')]),
        ('p', 'Comments: Please see attached request. Fax results back to the number above or e-mail me. Thank you!'),
        ('small', 'CONFIDENTIALITY NOTICE: This facsimile contains confidential law enforcement information intended only for '
                  'the recipient named above. If you have received it in error, notify the sender immediately and destroy it.'),
        ('pb',),
        ('h', 'LAW ENFORCEMENT REQUEST FOR MOTOR VEHICLE RECORDS'),
        ('c', "Weld County Sheriff's Office – Form INV-14"),
        ('kv', [('Requesting Agency', "Weld County Sheriff's Office"),
                ('Requesting Officer', 'Inv. Caleb J. Morrow        Badge/ID: 4417'),
                ('Phone / Fax', '(970) 555-0182  /  (970) 555-0189'),
                ('Email', 'cmorrow@weld.gov'),
                ('Case / Report No.', 'WCSO 25-00311'),
                ('Nature of investigation', 'Burglary, 2nd Degree (C.R.S. 18-4-203) – theft of tools from construction site')]),
        ('b', 'SUBJECT INFORMATION'),
        ('kv', [('Last name', 'NGUYEN'), ('First / Middle', 'THI THU HA'), ('DOB', '07/19/1979'), ('Sex', 'F'),
                ('CO DL / ID #', '09-118-2740'),
                ('Last known address', '2201 8th Ave Apt 14, Greeley, CO')]),
        ('b', 'VEHICLE'),
        ('kv', [('Vehicle', '2016 Toyota Tacoma, silver, CO plate BXR-Q41'),
                ('Owners of record', 'NGUYEN, THI THU HA; TRAN, MINH DUC (co-owner)'),
                ('Note', 'Request is limited to NGUYEN. Co-owner TRAN is listed for identification of the vehicle only.')]),
        ('b', 'RECORDS REQUESTED'),
        ('p', '[X] Driver record / status     [X] DL/ID photograph     [X] Registration / title history\n'
              '[X] Address history     [ ] Accident reports     [ ] Other: ____________'),
        ('b', 'DPPA PERMISSIBLE USE'),
        ('p', '[X] 18 U.S.C. § 2721(b)(1) – use by a government agency, including a law enforcement agency, in carrying out its functions'),
        ('j', 'I certify that the information requested is for official law enforcement purposes and will be used only in '
              'accordance with the Driver\'s Privacy Protection Act, 18 U.S.C. § 2721 et seq., and C.R.S. § 42-1-206.'),
        ('p', 'Requesting officer signature: C. Morrow          Date: 03/18/2025\n'
              'Supervisor approval: Sgt. Dana K. Whitlow          Date: 03/18/2025'),
    ]
    src = tmp('bq04_src.pdf')
    render_pdf(src, blocks, fam='Helv', size=10.5)
    make_fax(src, out('bq04.tif'), seed=404,
             header=lambda p, n: 'MAR-18-2025 09:12  FROM: WELD CO SO INVEST  9705550189   TO: 3035550170   P.%d/%d' % (p, n))


# =====================================================================
# bq05  born_digital  AUSA cover letter + AO 110 grand jury subpoena
# =====================================================================
@doc('bq05', 'born_digital', 'AUSA transmittal letter ("By:" under U.S. Attorney) + AO 110 grand jury subpoena + Attachment A',
     R('doj-usao', "U.S. Department of Justice, United States Attorney's Office, District of Colorado", 'Samuel A. Yazzie',
       'Assistant United States Attorney', 'samuel.yazzie@usdoj.gov', '(303) 555-0109'),
     [S('Rosa María del Valle Ortega', '1982-01-09', ('ssn_last4', '5127')),
      S('Miguel Ángel Quiñones', '1979-12-23', ('ssn_last4', '0964'))],
     ['18 USC 641', '18 USC 1001', 'FRCrP 6', 'FRE 902'], 'grand_jury_subpoena', 'AO 110', True,
     'criminal_investigation', ['benefits', 'address', 'phone', 'identity_documents', 'other'], 'mail')
def bq05():
    blocks = [
        ('lh', ['U.S. Department of Justice', 'United States Attorney', 'District of Colorado']),
        ('r', "1801 California Street, Suite 1600\nDenver, Colorado 80202\n(303) 555-0100"),
        ('p', 'April 22, 2025'),
        ('b', 'VIA CERTIFIED MAIL'),
        ('p', 'Custodian of Records\nColorado Department of Human Services\nOffice of Economic Security\n1575 Sherman Street\nDenver, CO 80203'),
        ('b', 'Re: Grand Jury Subpoena No. 25-GJ-114-07'),
        ('p', 'Dear Custodian of Records:'),
        ('j', 'Enclosed is a subpoena issued by a grand jury of the United States District Court for the District of Colorado, '
              'requiring production of documents relating to the individuals named in Attachment A. In lieu of appearing before '
              'the grand jury on the date indicated, you may comply by producing the records to Special Agent Nadia Kowalczyk of '
              'the U.S. Department of Agriculture, Office of Inspector General, together with a completed certificate of '
              'authenticity under Fed. R. Evid. 902(11).'),
        ('j', 'This subpoena relates to an official criminal investigation of possible violations of 18 U.S.C. §§ 641 and 1001. '
              'Although Fed. R. Crim. P. 6(e) does not impose a secrecy obligation on you, you are requested not to disclose the '
              'existence of this subpoena, because disclosure could impede the investigation.'),
        ('p', 'If you have any questions, please contact me at the number below.'),
        ('p', 'Sincerely,\n\nLAURA B. CHENEY\nActing United States Attorney'),
        ('p', 'By: s/ Samuel A. Yazzie\nSamuel A. Yazzie\nAssistant United States Attorney\nEconomic Crimes Section\n'
              'samuel.yazzie@usdoj.gov | (303) 555-0109'),
        ('small', 'Enclosures: Subpoena; Attachment A; Certificate of Authenticity'),
        ('pb',),
        ('small', 'AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury'),
        ('cb', 'UNITED STATES DISTRICT COURT\nfor the\nDistrict of Colorado'),
        ('h', 'SUBPOENA TO TESTIFY BEFORE A GRAND JURY'),
        ('p', 'To: Custodian of Records, Colorado Department of Human Services, Office of Economic Security'),
        ('j', 'YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to '
              'testify before the court\'s grand jury. When you arrive, you must remain at the court until the judge or a court '
              'officer allows you to leave.'),
        ('kv', [('Place', 'Byron G. Rogers United States Courthouse\n1929 Stout Street, Denver, CO 80294'),
                ('Date and Time', '05/20/2025 9:00 am')]),
        ('j', 'You must also bring with you the following documents, electronically stored information, or objects (blank if not '
              'applicable): SEE ATTACHMENT A.'),
        ('p', 'Date: 04/21/2025                              CLERK OF COURT\n\n'
              '                                                  /s/ J. Ferreira\n'
              '                                                  Signature of Clerk or Deputy Clerk'),
        ('j', 'The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, '
              'who requests this subpoena, are: Samuel A. Yazzie, Assistant U.S. Attorney, 1801 California Street, Suite 1600, '
              'Denver, CO 80202, samuel.yazzie@usdoj.gov, (303) 555-0109'),
        ('pb',),
        ('h', 'ATTACHMENT A'),
        ('c', 'Grand Jury Subpoena No. 25-GJ-114-07'),
        ('j', 'For the period January 1, 2021 through the present, all records relating to the following individuals, including '
              'applications and redeterminations for SNAP, Colorado Works (TANF) and LEAP benefits, reported household '
              'composition, addresses and telephone numbers, identity documents submitted, and EBT card issuance and transaction '
              'records:'),
        ('grid', [['#', 'Name', 'Date of birth', 'SSN'],
                  ['1', 'ROSA MARÍA DEL VALLE ORTEGA', '1982-01-09', 'xxx-xx-5127'],
                  ['2', 'MIGUEL ÁNGEL QUIÑONES (a/k/a Miguel Angel Quinones Paz)', '1979-12-23', 'xxx-xx-0964']],
         [0.4 * inch, 3.5 * inch, 1.3 * inch, 1.5 * inch]),
        ('j', 'Household members listed on the applications (including minor children) are not subjects of this subpoena; '
              'information about them is requested only as it appears in the subjects\' own applications.'),
        ('j', 'Records may be produced electronically. Please complete the enclosed certificate pursuant to Fed. R. Evid. '
              '902(11) so that a custodian need not appear.'),
    ]
    render_pdf(out('bq05.pdf'), blocks, fam='Serif', size=10.5)


# =====================================================================
# bq06  eml  informal detective email, victim and witness named
# =====================================================================
@doc('bq06', 'eml', 'Informal plain-text e-mail from municipal detective, photo for lineup, victim and witness named',
     R('local-police', 'Lakewood Police Department', 'Andre Kowalski', 'Detective', 'akowalski@lakewoodco.gov', '303-555-0139'),
     [S('Aleksandr Petrovich Kuznetsov', '1985-06-30')],
     ['CRS 18-3-203'], 'none', None, False, 'criminal_investigation', ['photo', 'address', 'vehicle'], 'email')
def bq06():
    body = """Hi there,

Hoping you can help me out with a DL/ID photo and current address for a suspect in an assault case we're working (LPD case 25-7719, 2nd degree assault, CRS 18-3-203).

Aleksandr Petrovich KUZNETSOV, DOB 6/30/1985 -- goes by "Alex Kuznets" on social media. I think he has a CO ID card but not sure about a DL.

Victim is Maria Lopez-Tran, she gave us the name, so I mainly need the photo to put in a lineup. The witness (bartender, Jordan Pike) also described a white Subaru, so if he's got anything registered that'd be great too.

Thanks much,
Andre

--
Det. Andre Kowalski | Crimes Against Persons
Lakewood Police Department
445 S. Allison Pkwy, Lakewood CO 80226
o: 303-555-0139
"""
    data = make_email('Andre Kowalski <akowalski@lakewoodco.gov>', 'dmv_le_requests@state.co.us',
                      'photo request - Kuznetsov', 'Thu, 10 Apr 2025 16:48:31 -0600',
                      '<CAF8x1q9Zt7@lakewoodco.gov>', plain=body, seed=6)
    with open(out('bq06.eml'), 'wb') as f:
        f.write(data)


# =====================================================================
# bq07  scanned  ERO cover letter to DOC + I-200
# =====================================================================
@doc('bq07', 'scanned', 'ERO CAP letter to state DOC asking release date/photo/address, Form I-200 enclosed',
     R('dhs-ice-ero', 'U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Colorado Springs Sub-Office',
       'Gregory P. Lindqvist', 'Deportation Officer', 'gregory.lindqvist@ice.dhs.gov', '719-555-0154'),
     [S('Juan Carlos de los Santos Mejía', '1983-09-12', ('a_number', 'A099412337'), ('other', '187522'))],
     ['INA 236', 'INA 287', '8 CFR 287'], 'administrative_warrant', 'I-200', True, 'civil_immigration',
     ['other', 'photo', 'address'], 'mail')
def bq07():
    blocks = [
        ('lhl', ['U.S. Department of Homeland Security', 'U.S. Immigration and Customs Enforcement',
                 'Enforcement and Removal Operations – Colorado Springs Sub-Office',
                 '2 N. Cascade Ave., Suite 700, Colorado Springs, CO 80903']),
        ('p', 'August 5, 2025'),
        ('p', 'Colorado Department of Corrections\nOffender Records Management / Time Computation\n2862 S. Circle Drive\nColorado Springs, CO 80906'),
        ('b', 'RE: DE LOS SANTOS MEJÍA, Juan Carlos  –  CDOC # 187522  –  A 099 412 337  –  DOB 12 Sep 1983'),
        ('p', 'Dear Records Supervisor:'),
        ('j', 'ICE has issued the enclosed Form I-200, Warrant for Arrest of Alien, for the above-named individual, who we '
              'understand is serving a sentence in your custody. He is also known as "Juan Santos" and "Carlos Mejía". '
              'Please provide the following:'),
        ('ind', '(1) projected / mandatory release date and parole eligibility date;\n(2) current facility and housing location;\n'
                '(3) most recent photograph; and\n(4) any address the inmate has listed for parole or release.'),
        ('j', 'Our file lists an emergency contact, Ana Lucía de los Santos (sister), in Pueblo; we are not requesting any '
              'information about her.'),
        ('p', 'Please direct questions and responses to me at 719-555-0154 or gregory.lindqvist@ice.dhs.gov.'),
        ('p', 'Sincerely,\n\n\nGregory P. Lindqvist\nDeportation Officer\nCriminal Alien Program'),
        ('small', 'Enclosure: Form I-200'),
        ('pb',),
        ('cb', 'U.S. DEPARTMENT OF HOMELAND SECURITY'),
        ('h', 'WARRANT FOR ARREST OF ALIEN'),
        ('r', 'File No. A099 412 337\nDate: 07/29/2025'),
        ('j', 'To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act '
              'and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations'),
        ('j', 'I have determined that there is probable cause to believe that JUAN CARLOS DE LOS SANTOS MEJÍA is removable from '
              'the United States. This determination is based upon:'),
        ('ind', '[ ] the execution of a charging document to initiate removal proceedings against the subject;\n'
                '[ ] the pendency of ongoing removal proceedings against the subject;\n'
                '[ ] the failure to establish admissibility subsequent to deferred inspection;\n'
                '[X] biometric confirmation of the subject\'s identity and a records check of federal databases that '
                'affirmatively indicate, by themselves or in addition to other reliable information, that the subject either '
                'lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or\n'
                '[X] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that '
                'affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable '
                'under U.S. immigration law.'),
        ('j', 'YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality '
              'Act, the above-named alien.'),
        ('p', '______________________________________\n(Signature of Authorized Immigration Officer)\n\n'
              'Leticia M. Ordóñez, Supervisory Detention and Deportation Officer\n'
              '(Printed Name and Title of Authorized Immigration Officer)'),
        ('hr',),
        ('cb', 'Certificate of Service'),
        ('p', 'I hereby certify that the Warrant for Arrest of Alien was served by me at ______________ (Location) on '
              '______________ (Name of Alien) on __________ (Date of Service), and the contents of this notice were read to '
              'him or her in the ______________ (Language) language.\n\n'
              '____________________________          ____________________________\n'
              'Name and Signature of Officer          Name or Number of Interpreter (if applicable)'),
        ('small', 'Form I-200 (Rev. 09/16)'),
    ]
    src = tmp('bq07_src.pdf')
    render_pdf(src, blocks, fam='Helv', size=10.5)
    make_scanned(src, out('bq07.pdf'), seed=707, dpi=200, turns={1: 90})


# =====================================================================
# bq08  fax  I-247A detainer to DOC intake
# =====================================================================
@doc('bq08', 'fax', 'ERO fax cover + Form I-247A immigration detainer to state corrections reception center',
     R('dhs-ice-ero', 'ICE ERO Denver Field Office', 'Brandon K. Teller', 'Supervisory Detention and Deportation Officer',
       None, '303-555-0191'),
     [S('Van Long Pham', '1976-01-05', ('a_number', 'A212447906'))],
     ['INA 236', 'INA 287', '8 CFR 287.7'], 'detainer', 'I-247A', False, 'civil_immigration', ['other'], 'fax')
def bq08():
    blocks = [
        ('h', 'FACSIMILE'),
        ('cb', 'U.S. Immigration and Customs Enforcement\nEnforcement and Removal Operations – Denver Field Office\nDetainer Unit'),
        ('kv', [('TO', 'Colorado Department of Corrections – Denver Reception & Diagnostic Center, Records/Time Comp.'),
                ('FAX', '(303) 555-0175'),
                ('FROM', 'SDDO B. Teller'), ('PHONE', '303-555-0191'), ('FAX', '303-555-0192'),
                ('DATE', '07/14/2025'), ('PAGES', '3 including cover'),
                ('RE', 'Immigration detainer – PHAM, Van Long')]),
        ('j', 'Please lodge the attached detainer. We also ask that you reply by fax with the inmate\'s CDOC number and tentative '
              'release date. Thank you.'),
        ('pb',),
        ('cb', 'DEPARTMENT OF HOMELAND SECURITY'),
        ('h', 'IMMIGRATION DETAINER – NOTICE OF ACTION'),
        ('kv', [('Subject ID', '389112457'), ('Event #', 'DEN2507000412'), ('File No', 'A212 447 906'), ('Date', 'July 14, 2025')],
         [1.5 * inch, 5.4 * inch]),
        ('kv', [('TO (Name and Title of Institution)', 'Colorado Department of Corrections, Denver Reception & Diagnostic Center, 10900 Smith Road, Denver, CO 80239'),
                ('FROM (DHS Office Address)', 'ICE ERO Denver Field Office, 12445 E. Caley Ave, Centennial, CO 80111'),
                ('Name of Alien', 'PHAM, VAN LONG'),
                ('Date of Birth / Nationality / Sex', '01/05/1976   VIETNAM   M')]),
        ('b', '1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:'),
        ('ind', '[X] A final order of removal against the alien;\n[ ] The pendency of ongoing removal proceedings against the alien;\n'
                '[X] Biometric confirmation of the alien\'s identity and a records check of federal databases that affirmatively '
                'indicate that the alien either lacks immigration status or notwithstanding such status is removable;\n'
                '[ ] Statements made by the alien to an immigration officer and/or other reliable evidence.'),
        ('b', '2. DHS HAS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION  [ ]'),
        ('b', 'IT IS THEREFORE REQUESTED THAT YOU:'),
        ('ind', '• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your '
                'custody. Please notify DHS by calling [X] U.S. Immigration and Customs Enforcement (ICE) or [ ] U.S. Customs '
                'and Border Protection (CBP) at 303-555-0191. If you cannot reach an official at the number provided, please '
                'contact the Law Enforcement Support Center at (802) 555-0120.\n'
                '• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise '
                'have been released from your custody to allow DHS to assume custody.\n'
                '• Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.\n'
                '• Notify this office in the event of the alien\'s death, hospitalization or transfer to another institution.'),
        ('p', 'Brandon K. Teller, SDDO                       ______________________________\n'
              '(Name and title of Immigration Officer)         (Signature of Immigration Officer) (Sign in ink)'),
        ('pb',),
        ('j', 'This detainer is issued under sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7. '
              'It arises from DHS authorities and should not impact decisions about the alien\'s bail, rehabilitation, parole, '
              'release, diversion, custody classification, work, quarter assignments, or other matters.'),
        ('j', 'Notice: If the alien may be the victim of a crime or you want the alien to remain in the United States for a law '
              'enforcement purpose, notify the ICE Law Enforcement Support Center at (802) 555-0120.'),
        ('b', 'TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN:'),
        ('p', 'Date of latest criminal charge/conviction: __________  Last offense charged/conviction: ____________________\n'
              'This form was served upon the alien on __________, in the following manner: [ ] in person  [ ] inmate mail  [ ] other\n\n'
              '__________________________   __________________________   __________\n'
              'Name and title of officer      Signature of officer            Date'),
        ('small', 'DHS Form I-247A (3/17)'),
    ]
    src = tmp('bq08_src.pdf')
    render_pdf(src, blocks, fam='Helv', size=10)
    make_fax(src, out('bq08.tif'), seed=808,
             header=lambda p, n: '07/14/2025 15:27   ICE ERO DENVER      3035550192    PAGE %03d/%03d' % (p, n))


# =====================================================================
# bq09  born_digital  DEA 21 USC 876 subpoena to Texas Workforce Commission
# =====================================================================
@doc('bq09', 'born_digital', 'DEA administrative subpoena (21 U.S.C. 876) for wage/UI records of three subjects, district-court enforcement clause',
     R('doj-dea', 'U.S. Department of Justice, Drug Enforcement Administration, El Paso Division', 'Lorena Castañeda-Pruitt',
       'Special Agent', 'l.castaneda-pruitt@dea.gov', '(915) 555-0147'),
     [S('Héctor Saldaña Villarreal', '1980-10-16', ('license', '24871953'), ('ssn_last4', '2289')),
      S('Brenda Lizeth Saldaña', '1987-02-02', ('ssn_last4', '6011')),
      S('Oleksandr Hnatyuk', '1990-08-21')],
     ['PL 91-513', '21 USC 876', '21 USC 801', '21 USC 841', '21 USC 846', '28 CFR 0.100'], 'administrative_subpoena', None, True,
     'criminal_investigation', ['wages', 'employment', 'claims', 'address', 'phone'], 'mail')
def bq09():
    blocks = [
        ('c', 'U.S. DEPARTMENT OF JUSTICE\nDRUG ENFORCEMENT ADMINISTRATION'),
        ('h', 'SUBPOENA'),
        ('kv', [('File No.', 'MX-25-0117'), ('Subpoena No.', 'EP-25-219713'),
                ('To', 'Custodian of Records\nTexas Workforce Commission\n101 East 15th Street\nAustin, TX 78778')],
         [1.4 * inch, 5.5 * inch]),
        ('j', 'By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED pursuant to Section 506 of Public Law 91-513 '
              '(21 U.S.C. 876) to appear before Special Agent Lorena Castañeda-Pruitt, an officer of the Drug Enforcement '
              'Administration, at 660 S. Mesa Hills Drive, El Paso, TX 79912, on the 9th day of May, 2025, at 10:00 AM, to testify '
              'and give information in connection with an investigation relating to the enforcement of the Controlled '
              'Substances Act (21 U.S.C. 801 et seq.), including possible violations of 21 U.S.C. 841(a)(1) and 846.'),
        ('j', 'YOU ARE FURTHER COMMANDED to bring with you and produce at said time and place the following: all quarterly wage '
              'records, employer names and addresses, and unemployment insurance claim records (including claimant addresses and '
              'telephone numbers) for the period January 1, 2023 through the present, for:'),
        ('grid', [['', 'Name', 'DOB', 'Identifiers'],
                  ['1', 'SALDAÑA VILLARREAL, HÉCTOR', '10/16/1980', 'TX DL 24871953; SSN last 4: 2289'],
                  ['2', 'SALDAÑA, BRENDA LIZETH', '02/02/1987', 'SSN last 4: 6011'],
                  ['3', 'HNATYUK, OLEKSANDR', '08/21/1990', '—']],
         [0.3 * inch, 2.8 * inch, 1.1 * inch, 2.7 * inch]),
        ('j', 'In lieu of appearance, you may comply by providing certified copies of the records to the officer named above. '
              'Please do not disclose the existence of this subpoena: disclosure could impede a criminal investigation.'),
        ('j', 'Failure to comply with this subpoena may render you liable to proceedings in the United States District Court to '
              'enforce obedience to the requirements of this subpoena, and to punish default or disobedience. (21 U.S.C. 876(c))'),
        ('p', 'Issued under authority of 21 U.S.C. 876 and 28 C.F.R. 0.100 and the redelegation thereunder.'),
        ('kv', [('Issued', 'this 18th day of April, 2025, at El Paso, Texas'),
                ('Signature', '/s/ Lorena Castañeda-Pruitt'),
                ('Name / Title', 'Lorena Castañeda-Pruitt, Special Agent\n(915) 555-0147  |  l.castaneda-pruitt@dea.gov'),
                ('Approved', 'Wendell O. Baptiste, Group Supervisor, Enforcement Group 3')]),
        ('pb',),
        ('h', 'CERTIFICATE OF AUTHENTICITY OF BUSINESS RECORDS'),
        ('j', 'I, ______________________, attest that I am employed by the Texas Workforce Commission, that I am a custodian of '
              'the records produced in response to DEA Subpoena No. EP-25-219713, and that the records were made at or near the '
              'time of the occurrence of the matters set forth, by a person with knowledge of those matters, and were kept in '
              'the course of regularly conducted activity.'),
        ('p', 'Signature: ______________________    Date: __________\nPrinted name and title: ______________________'),
        ('hr',),
        ('b', 'RETURN OF SERVICE'),
        ('p', 'Served by: ______________________   Date: __________   Manner: [ ] in person  [ ] certified mail  [ ] fax'),
    ]
    render_pdf(out('bq09.pdf'), blocks, fam='Sans', size=10, footer='LAW ENFORCEMENT SENSITIVE — DEA')


# =====================================================================
# bq10  eml  CBP officer resends request; original attached as message/rfc822
# =====================================================================
@doc('bq10', 'eml', 'CBP officer short cover e-mail forwarding his own bounced request as attached message/rfc822',
     R('dhs-cbp', 'U.S. Customs and Border Protection, Office of Field Operations', 'Joel P. Villanueva',
       'CBP Officer (Enforcement)', 'joel.p.villanueva@cbp.dhs.gov', '303-555-0117'),
     [S('Rodel Bautista Macaraeg', '1987-10-22', ('license', '214479016')),
      S('Jericho Santos Dela Peña', '1995-01-05', ('license', '220305588'))],
     ['8 USC 1225', '8 CFR 235.1', '8 USC 1357', '19 USC 1589a'], 'none', None, False, 'civil_immigration',
     ['license', 'photo', 'identity_documents'], 'email')
def bq10():
    inner_body = """Hello,

U.S. Customs and Border Protection (CBP), Office of Field Operations, requests Colorado driver license / ID information, including photographs and the documents submitted with the application (identity and lawful presence documents), for the two individuals below. Both presented Colorado driver licenses during secondary inspection at Denver International Airport on 8/2/2025, and CBP is verifying their identity and admissibility under 8 U.S.C. § 1225 and 8 C.F.R. § 235.1.

1) Rodel Bautista MACARAEG, DOB 22 OCT 1987, CO DL 21-447-9016
2) Jericho Santos DELA PEÑA, DOB 05 JAN 1995, CO DL 22-030-5588

Also traveling with them was Ms. Analyn Reyes (U.S. citizen) -- no records are needed for her.

This request is made under the authority of 8 U.S.C. § 1357 and 19 U.S.C. § 1589a.

V/r,
CBPO Joel P. Villanueva
Passenger Enforcement Rover Team
Denver International Airport
Office of Field Operations
U.S. Customs and Border Protection
303-555-0117
"""
    random.seed(100)
    inner = EmailMessage(policy=policy.default)
    inner['From'] = '"VILLANUEVA, JOEL P" <joel.p.villanueva@cbp.dhs.gov>'
    inner['To'] = 'dmv.records@colorado.gov'
    inner['Subject'] = 'Records request - MACARAEG / DELA PEÑA'
    inner['Date'] = 'Mon, 04 Aug 2025 07:55:12 -0600'
    inner['Message-ID'] = '<DM6PR09MB4471A2@cbp.dhs.gov>'
    inner.set_content(inner_body)
    outer = """Good morning,

Resending the request below. I originally sent it to the old DMV records mailbox and it bounced back. Please let me know if you need anything else from me.

V/r,
Joel Villanueva
CBP Officer (Enforcement)
Office of Field Operations - Port of Denver
303-555-0117
"""
    data = make_email('"VILLANUEVA, JOEL P" <joel.p.villanueva@cbp.dhs.gov>',
                      'DOR DMV Records <dor_dmvrecords@state.co.us>',
                      'FW: Records request - MACARAEG / DELA PEÑA', 'Wed, 06 Aug 2025 09:03:40 -0600',
                      '<DM6PR09MB4488C1@cbp.dhs.gov>', plain=outer, attach_msg=inner, seed=10)
    with open(out('bq10.eml'), 'wb') as f:
        f.write(data)


# =====================================================================
# bq11  scanned  Maricopa County Attorney letter + Superior Court order
# =====================================================================
@doc('bq11', 'scanned', 'Deputy county attorney cover letter + Arizona Superior Court order for DES records; victim, witness, defense counsel named',
     R('district-attorney', "Maricopa County Attorney's Office", 'Rachel M. Abernathy', 'Deputy County Attorney',
       'rabernathy@mcao.maricopa.gov', '(602) 555-0133'),
     [S('Ramón Ulises Beltrán-Ochoa', '1993-11-03', ('ssn_last4', '5530'))],
     ['AZ CrimP 15.1', 'ARS 13-1104', 'ARS 23-722'], 'court_order', None, True, 'criminal_investigation',
     ['wages', 'employment', 'claims', 'address', 'phone'], 'mail')
def bq11():
    blocks = [
        ('lh', ['MARICOPA COUNTY ATTORNEY', 'Homicide Bureau', '225 West Madison Street, Phoenix, Arizona 85003']),
        ('p', 'March 13, 2025'),
        ('p', 'Arizona Department of Economic Security\nUnemployment Insurance Administration – Legal Unit\n1789 W. Jefferson St.\nPhoenix, AZ 85007'),
        ('b', 'Re: State v. Beltrán-Ochoa, CR2025-108842-001'),
        ('j', 'Enclosed is a certified copy of the Court\'s Order for Production of Records entered on March 12, 2025. Please '
              'produce the records within fourteen days of service. Records may be delivered to our paralegal, Ms. Yvette Tran, '
              'at the address above, or by secure e-mail to me.'),
        ('p', 'Thank you,\n\n\nRachel M. Abernathy\nDeputy County Attorney\n(602) 555-0133\nrabernathy@mcao.maricopa.gov'),
        ('pb',),
        ('p', 'RACHEL M. ABERNATHY\nDeputy County Attorney\nBar ID No. 031447\n225 West Madison Street\nPhoenix, AZ 85003\n'
              'Telephone: (602) 555-0133\nMCAO Firm #00032000\nAttorney for Plaintiff'),
        ('cb', 'IN THE SUPERIOR COURT OF THE STATE OF ARIZONA\nIN AND FOR THE COUNTY OF MARICOPA'),
        ('cap', 'THE STATE OF ARIZONA,\n                    Plaintiff,\nvs.\n\nRAMÓN ULISES BELTRÁN-OCHOA,\n                    Defendant.',
         'No. CR2025-108842-001\n\nORDER FOR PRODUCTION OF RECORDS\n(Arizona Department of Economic Security)\n\n(Assigned to the Hon. Geoffrey T. Lindahl)'),
        ('j', 'The Court having considered the State\'s Motion for Order Directing Production of Records pursuant to Rule 15.1(g), '
              'Ariz. R. Crim. P., and good cause appearing,'),
        ('j', 'IT IS ORDERED that the Arizona Department of Economic Security, Unemployment Insurance Administration, shall '
              'produce to the Maricopa County Attorney\'s Office, within fourteen (14) days of service of this Order, the '
              'following records for Defendant RAMÓN ULISES BELTRÁN-OCHOA (DOB 11/03/1993; SSN xxx-xx-5530):'),
        ('ind', 'a. Employer wage reports for all quarters from January 1, 2024 through the present, including employer names and addresses;\n'
                'b. Unemployment insurance claims, including claimant mailing address and telephone numbers on file.'),
        ('pb',),
        ('j', 'IT IS FURTHER ORDERED that the records shall be used only for purposes of this prosecution, in which Defendant is '
              'charged with Second Degree Murder under A.R.S. § 13-1104, and shall be disclosed to defense counsel, Ignacio '
              'Pérez-Whitfield, Esq., as required by Rule 15.1. The Department\'s production in compliance with this Order is '
              'authorized notwithstanding A.R.S. § 23-722.'),
        ('j', 'IT IS FURTHER ORDERED that this Order does not extend to records of the victim, identified in the charging '
              'documents as E.M.R., or of the State\'s witness Delfina Arroyo.'),
        ('p', 'DATED this 12th day of March, 2025.'),
        ('p', '\n\n________________________________\nHonorable Geoffrey T. Lindahl\nJudge of the Superior Court'),
        ('small', 'Copy of the foregoing delivered this 12th day of March, 2025, to: Ignacio Pérez-Whitfield, Attorney for Defendant; '
                  'Rachel M. Abernathy, Deputy County Attorney.'),
    ]
    src = tmp('bq11_src.pdf')
    render_pdf(src, blocks, fam='Times', size=11.5)
    make_scanned(src, out('bq11.pdf'), seed=1111, dpi=200, turns={2: 90})

# =====================================================================
# bq12  fax  HSI letter (criminal document fraud), no process
# =====================================================================
@doc('bq12', 'fax', 'HSI resident office fax: cover sheet + letter naming two subjects, RAC concurrence, criminal document fraud',
     R('dhs-ice-hsi', 'Homeland Security Investigations, Office of the Resident Agent in Charge, Grand Junction',
       'Nadia F. Haddad', 'Special Agent', 'nadia.haddad@ice.dhs.gov', '970-555-0124'),
     [S('Thanh Huong Vo', '1992-08-08', ('license', '182550913')),
      S('Khalid Abdi Warsame', '1989-12-01', ('license', '206117462'))],
     ['18 USC 1028', '18 USC 1546', '18 USC 2721'], 'none', None, False, 'criminal_investigation',
     ['identity_documents', 'photo', 'address', 'license'], 'fax')
def bq12():
    blocks = [
        ('h', 'HSI GRAND JUNCTION – FAX COVER SHEET'),
        ('kv', [('To', 'Colorado DMV – Fraud Investigation Unit'), ('Fax', '303-555-0170'),
                ('From', 'SA Nadia Haddad'), ('Phone', '970-555-0124'), ('Date', '14 May 2025'), ('Pages', '2')]),
        ('p', 'Urgent – please see following letter.'),
        ('small', 'This transmission contains LAW ENFORCEMENT SENSITIVE information. Unauthorized disclosure is prohibited.'),
        ('pb',),
        ('lhl', ['U.S. Department of Homeland Security', 'Homeland Security Investigations',
                 'Office of the Special Agent in Charge, Denver', 'Resident Agent in Charge – Grand Junction',
                 '400 Rood Avenue, Grand Junction, CO 81501']),
        ('p', '14 May 2025'),
        ('p', 'To: Colorado Division of Motor Vehicles, Fraud Investigation Unit'),
        ('b', 'Subject: Request for DMV records – HSI Case GJ17QR25GJ0004'),
        ('j', 'HSI Grand Junction is conducting a criminal investigation into the production and sale of fraudulent identity '
              'documents, in violation of Title 18, United States Code, Sections 1028 and 1546. During the investigation, agents '
              'identified the following individuals who are believed to have obtained Colorado credentials using fraudulent '
              'supporting documents:'),
        ('grid', [['Name', 'DOB', 'Credential'],
                  ['VO, Thanh Huong', '1992-08-08', 'CO DL 18-255-0913'],
                  ['WARSAME, Khalid Abdi', '1989-12-01', 'CO ID 20-611-7462']],
         [2.8 * inch, 1.6 * inch, 2.5 * inch]),
        ('j', 'We request copies of all applications and supporting documents submitted (including identity and lawful presence '
              'documents), digital photographs and signatures, and address history for each. This request is made for a law '
              'enforcement function under 18 U.S.C. § 2721(b)(1). The matter was referred to HSI by DMV Investigator Paula '
              'Ferreira; SA Liam O\'Connell of this office is co-case agent.'),
        ('p', 'Respectfully,\n\n\nNadia F. Haddad\nSpecial Agent, HSI Grand Junction\n970-555-0124 | nadia.haddad@ice.dhs.gov'),
        ('p', 'Concurrence: Brian T. Lowe, Resident Agent in Charge'),
    ]
    src = tmp('bq12_src.pdf')
    render_pdf(src, blocks, fam='Serif', size=10.5)
    make_fax(src, out('bq12.tif'), seed=1212,
             header=lambda p, n: 'May 14 2025 11:06AM   HSI GJ RAC   970 555 0125   p.%d' % p)


# =====================================================================
# bq13  born_digital  AO 88B civil subpoena (private attorney)
# =====================================================================
@doc('bq13', 'born_digital', 'AO 88B civil-action subpoena issued by defense attorney in FLSA wage suit, Rule 45 boilerplate, exhibit',
     R('other', 'Montoya & Greer LLP', 'Bradley N. Greer', 'Attorney for Defendant Sandia Valley Staffing, LLC',
       'bgreer@montoyagreer.com', '(505) 555-0161'),
     [S('Dolores Ybarra Cisneros', '1978-06-02', ('ssn_last4', '4410'))],
     ['FRCP 45', 'FRCP 26', '29 USC 216', 'NMSA 50-4-26'], 'court_subpoena', 'AO 88B', True, 'unknown',
     ['claims', 'wages', 'employment', 'other'], 'mail')
def bq13():
    blocks = [
        ('small', 'AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action'),
        ('cb', 'UNITED STATES DISTRICT COURT\nfor the\nDistrict of New Mexico'),
        ('cap', 'DOLORES YBARRA CISNEROS,\n            Plaintiff\n      v.\nSANDIA VALLEY STAFFING, LLC, et al.,\n            Defendants',
         'Civil Action No. 1:24-cv-01187-KWR-JFR'),
        ('h', 'SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION'),
        ('p', 'To: Custodian of Records, New Mexico Department of Workforce Solutions, 401 Broadway NE, Albuquerque, NM 87102'),
        ('j', '[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, '
              'electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the '
              'material: See Exhibit A.'),
        ('kv', [('Place', 'Montoya & Greer LLP, 500 Marquette Ave NW, Suite 1200, Albuquerque, NM 87102'),
                ('Date and Time', '07/15/2025 10:00 am')]),
        ('j', 'The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of compliance; '
              'Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to '
              'your duty to respond to this subpoena and the potential consequences of not doing so.'),
        ('p', 'Date: 06/20/2025\n\n          CLERK OF COURT                 OR     /s/ Bradley N. Greer\n'
              '          ______________________                 Attorney\'s signature'),
        ('j', 'The name, address, e-mail address, and telephone number of the attorney representing Defendant Sandia Valley '
              'Staffing, LLC, who issues or requests this subpoena, are: Bradley N. Greer, Montoya & Greer LLP, 500 Marquette Ave '
              'NW, Suite 1200, Albuquerque, NM 87102; bgreer@montoyagreer.com; (505) 555-0161.'),
        ('box', 'Notice to the person who issues or requests this subpoena\nIf this subpoena commands the production of documents, '
                'electronically stored information, or tangible things or the inspection of premises before trial, a notice and a '
                'copy of the subpoena must be served on each party in this case before it is served on the person to whom it is '
                'directed. Fed. R. Civ. P. 45(a)(4).'),
        ('pb',),
        ('small', 'Civil Action No. 1:24-cv-01187-KWR-JFR'),
        ('cb', 'PROOF OF SERVICE\n(This section should not be filed with the court unless required by Fed. R. Civ. P. 45.)'),
        ('p', 'I received this subpoena for (name of individual and title, if any) ______________________ on (date) __________.\n'
              '[ ] I served the subpoena by delivering a copy to the named person as follows: ______________________\n'
              '[ ] I returned the subpoena unexecuted because: ______________________\n\n'
              'I declare under penalty of perjury that this information is true.\n'
              'Date: __________     Server\'s signature: ______________________'),
        ('sp', 10),
        ('cb', 'Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)'),
        ('small', '(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend a '
                  'trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is employed, '
                  'or regularly transacts business in person ... (2) For Other Discovery. A subpoena may command: (A) production '
                  'of documents, electronically stored information, or tangible things at a place within 100 miles of where the '
                  'person resides, is employed, or regularly transacts business in person; and (B) inspection of premises at the '
                  'premises to be inspected.'),
        ('small', '(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; Sanctions. A '
                  'party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing '
                  'undue burden or expense on a person subject to the subpoena ... (2) Command to Produce Materials or Permit '
                  'Inspection ... (3) Quashing or Modifying a Subpoena ...'),
        ('small', '(e) Duties in Responding to a Subpoena ... (1)(D) Inaccessible Electronically Stored Information. The person '
                  'responding need not provide discovery of electronically stored information from sources that the person '
                  'identifies as not reasonably accessible because of undue burden or cost ... The court may nonetheless order '
                  'discovery from such sources if the requesting party shows good cause, considering the limitations of Rule '
                  '26(b)(2)(C).'),
        ('small', '(g) Contempt. The court for the district where compliance is required – and also, after a motion is transferred, '
                  'the issuing court – may hold in contempt a person who, having been served, fails without adequate excuse to '
                  'obey the subpoena or an order related to it.'),
        ('pb',),
        ('h', 'EXHIBIT A'),
        ('j', 'Plaintiff asserts claims under the Fair Labor Standards Act, 29 U.S.C. § 216(b), and the New Mexico Minimum Wage '
              'Act, NMSA 1978, § 50-4-26. Please produce the following for the period January 1, 2022 to the present:'),
        ('ind', '1. All unemployment insurance claims filed by Plaintiff DOLORES YBARRA CISNEROS (DOB: June 2, 1978; SSN ending '
                '4410), including separation information submitted by any employer.\n'
                '2. All quarterly wage records reported for Plaintiff, with employer names.\n'
                '3. All correspondence between the Department and Plaintiff.'),
        ('j', 'This subpoena does not seek records of any other claimant, including Plaintiff\'s former co-worker Ernesto Baca, '
              'whose statement is referenced in the Complaint.'),
    ]
    render_pdf(out('bq13.pdf'), blocks, fam='Times', size=10.5)


# =====================================================================
# bq14  eml  HTML-only e-mail from municipal detective to DOC
# =====================================================================
@doc('bq14', 'eml', 'HTML-only e-mail with table: detective asks DOC for parolee photo/address; victim, witness and parole officer named',
     R('local-police', 'Greeley Police Department', 'Victor Almanza', 'Detective', 'valmanza@greeleygov.com', '(970) 555-0158'),
     [S('Efraín Ortiz Zúñiga', '1991-04-27', ('other', '164409'))],
     ['CRS 18-4-302'], 'none', None, False, 'criminal_investigation', ['photo', 'address', 'phone'], 'email')
def bq14():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>Greeley PD is investigating an aggravated robbery (C.R.S. 18-4-302) that occurred on 09/06/2025 at a convenience store on 10th Street. The clerk, Keisha Barnes, was threatened with a knife. A witness, Mr. Tom&aacute;s Villegas, identified a suspect known as &quot;Flaco&quot;, whom we believe to be one of your parolees:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>ORTIZ Z&Uacute;&Ntilde;IGA, Efra&iacute;n</td></tr>
<tr><td><b>AKA</b></td><td>&quot;Flaco&quot;; Efrain Ortiz</td></tr>
<tr><td><b>DOB</b></td><td>1991-04-27</td></tr>
<tr><td><b>CDOC #</b></td><td>164409</td></tr>
<tr><td><b>Parole officer</b></td><td>PO Dana Schaeffer (Greeley Parole office)</td></tr>
</table>
<p>We are requesting his most recent photograph, his approved parole residence address, and any phone numbers you have on file. I already spoke with his PO, who suggested I contact your office directly for the photo.</p>
<p>Thank you,</p>
<p><b>Det. Victor Almanza #1187</b><br>Greeley Police Department &ndash; Investigations Division<br>2875 W. 10th St., Greeley, CO 80634<br>Desk (970) 555-0158<br><a href="mailto:valmanza@greeleygov.com">valmanza@greeleygov.com</a></p>
<p style="font-size:8pt;color:#666">CONFIDENTIALITY NOTICE: This e-mail may contain Criminal Justice Information. If you are not the intended recipient, delete it and notify the sender.</p>
</body></html>
"""
    data = make_email('"Almanza, Victor" <valmanza@greeleygov.com>', 'CDOC Records <cdoc_records@state.co.us>',
                      'Parole address / photo request — ORTIZ ZÚÑIGA, Efraín (CDOC #164409)',
                      'Mon, 08 Sep 2025 13:21:07 -0600', '<a81f33c2-5e1d@greeleygov.com>', html=html, seed=14)
    with open(out('bq14.eml'), 'wb') as f:
        f.write(data)


# =====================================================================
# bq15  scanned  New York county grand jury subpoena duces tecum
# =====================================================================
@doc('bq15', 'scanned', 'Queens County grand jury subpoena duces tecum (issued by ADA) with rider naming two subjects with aliases',
     R('district-attorney', 'Office of the District Attorney, Queens County', 'Nikolai Petrov-Sandoval',
       'Assistant District Attorney', 'npetrov-sandoval@queensda.org', '(718) 555-0146'),
     [S('Milagros Peña de Jesús', '1984-02-11', ('ssn_last4', '7702')),
      S('Wilfredo Acevedo Santana', '1976-09-09', ('ssn_last4', '1183'))],
     ['NY CPL 610.20', 'NY CPL 610.25', 'NY PL 155.40', 'NY PL 190.80', 'NY PL 215.70'], 'grand_jury_subpoena', None, True,
     'criminal_investigation', ['claims', 'wages', 'address', 'phone', 'email', 'other'], 'mail')
def bq15():
    blocks = [
        ('h', 'SUBPOENA DUCES TECUM\n(For a Grand Jury)'),
        ('cb', 'THE PEOPLE OF THE STATE OF NEW YORK'),
        ('p', 'TO: Records Access Officer\n      New York State Department of Labor\n      Building 12, W.A. Harriman State Office Campus\n      Albany, NY 12226'),
        ('b', 'GREETING:'),
        ('j', 'WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the GRAND JURY of the '
              'County of Queens, at the Queens County Criminal Court Building, 125-01 Queens Boulevard, Kew Gardens, New York, '
              'on the 3rd day of June, 2025, at 10:00 AM, and at any recessed or adjourned date, as a witness in a criminal action '
              'prosecuted by THE PEOPLE OF THE STATE OF NEW YORK against JOHN DOE(S), and that you bring with you and produce the '
              'items listed in the attached RIDER.'),
        ('j', 'Failure to comply with this subpoena is punishable as a contempt of Court and shall make you liable to the person '
              'on whose behalf this subpoena was issued for a penalty not to exceed fifty dollars and all damages sustained by '
              'reason of your failure to comply. (CPL 610.20, 610.25)'),
        ('p', 'Dated: Kew Gardens, New York\n           May 9, 2025'),
        ('p', 'RENATA VILLALOBOS\nDistrict Attorney, Queens County\n\n'
              'By: ________________________\n     Nikolai Petrov-Sandoval\n     Assistant District Attorney, Economic Crimes Bureau\n'
              '     (718) 555-0146  |  npetrov-sandoval@queensda.org'),
        ('box', 'In lieu of appearance, records may be delivered to Detective Investigator Sean Mulcahy, DA\'s Squad, 125-01 '
                'Queens Boulevard, Kew Gardens, NY 11415, together with a certification of the records custodian. GJ No. 2025-0417.'),
        ('pb',),
        ('h', 'RIDER'),
        ('c', 'Queens County Grand Jury Subpoena – GJ No. 2025-0417'),
        ('j', 'All unemployment insurance claim records, employer wage reporting (NYS-45) records, claimant contact information '
              '(addresses, telephone numbers, e-mail addresses), and IP address / login logs, for the period 03/01/2020 through '
              '12/31/2021, for:'),
        ('ind', '1.  PEÑA DE JESÚS, Milagros (a/k/a "Milly Peña"), DOB 02/11/1984, SSN ending 7702\n'
                '2.  ACEVEDO SANTANA, Wilfredo, DOB 09/09/1976, SSN ending 1183'),
        ('j', 'This subpoena is issued in connection with an investigation of, among other things, Grand Larceny in the Second '
              'Degree (Penal Law § 155.40) and Identity Theft in the First Degree (Penal Law § 190.80).'),
        ('b', 'NOTICE: Disclosure of grand jury matters may constitute a crime (Penal Law § 215.70). You are requested not to '
              'disclose the existence of this subpoena to the persons named above.'),
    ]
    src = tmp('bq15_src.pdf')
    render_pdf(src, blocks, fam='Times', size=11.5)
    make_scanned(src, out('bq15.pdf'), seed=1515, dpi=200, turns={1: 180})


# =====================================================================
# bq16  fax  I-205 warrant of removal with ERO fax cover to DOC
# =====================================================================
@doc('bq16', 'fax', 'ERO fax transmittal to state DOC with Form I-205 warrant of removal (district/magistrate judge checkbox unchecked)',
     R('dhs-ice-ero', 'ICE ERO Denver, Criminal Alien Program', 'Anita Sorensen', 'Deportation Officer', None, '303-555-0185'),
     [S('Abdiqani Yusuf Hirsi', '1994-03-17', ('a_number', 'A208334615'), ('other', '201177'))],
     ['INA 237'], 'administrative_warrant', 'I-205', True, 'civil_immigration', ['other', 'photo'], 'fax')
def bq16():
    blocks = [
        ('h', 'FAX TRANSMITTAL'),
        ('c', 'ICE ERO Denver – Criminal Alien Program\n12445 E. Caley Ave., Centennial, CO 80111'),
        ('kv', [('To', 'CDOC Offender Records'), ('Fax', '719-555-0111'), ('From', 'DO Anita Sorensen'),
                ('Phone', '303-555-0185'), ('Pages', '2'), ('Date', '07/01/2025'),
                ('Re', 'HIRSI, Abdiqani Yusuf – CDOC # 201177 – A 208 334 615 – DOB 17 MAR 1994')]),
        ('j', 'Message: Attached is a Warrant of Removal/Deportation (Form I-205) for the above inmate. Please advise of his '
              'current mandatory release / parole eligibility date and provide his most recent photograph and fingerprint card '
              'for removal processing. Thank you.'),
        ('pb',),
        ('cb', 'U.S. Department of Homeland Security'),
        ('h', 'WARRANT OF REMOVAL/DEPORTATION'),
        ('r', 'File No: A208 334 615\nDate: 06/30/2025'),
        ('p', 'To any immigration officer of the United States Department of Homeland Security:'),
        ('c', 'ABDIQANI YUSUF HIRSI\n(Full name of alien)'),
        ('p', 'who entered the United States at MINNEAPOLIS, MN (Place of entry) on 08/14/2012 (Date of entry)\n'
              'is subject to removal/deportation from the United States, based upon a final order by:'),
        ('ind', '[X] an immigration judge in exclusion, deportation, or removal proceedings\n[ ] a designated official\n'
                '[ ] the Board of Immigration Appeals\n[ ] a United States District or Magistrate Court Judge'),
        ('p', 'and pursuant to the following provisions of the Immigration and Nationality Act:\n'
              '      Section 237(a)(2)(A)(iii) of the Immigration and Nationality Act'),
        ('j', 'I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of '
              'Homeland Security under the laws of the United States and by his or her direction, command you to take into '
              'custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the '
              'appropriation "Operations and Support, U.S. Immigration and Customs Enforcement".'),
        ('p', '______________________________\n(Signature of immigration officer)\n'
              'Julian P. Moreau, Acting Field Office Director, Denver\n(Title of immigration officer)    Centennial, CO (Date and office location)'),
        ('kv', [('Photograph of alien removed', '\n\n\n'), ('Right index fingerprint of alien removed', '\n\n\n')],
         [3.45 * inch, 3.45 * inch]),
        ('p', 'Signature of alien being fingerprinted: ______________________\n'
              'Signature and title of immigration officer taking print: ______________________'),
        ('small', 'Form I-205 (Rev. 08/01/07)'),
    ]
    src = tmp('bq16_src.pdf')
    render_pdf(src, blocks, fam='Courier', size=10.5)
    make_fax(src, out('bq16.tif'), seed=1616,
             header=lambda p, n: 'JUL-01-2025 10:44  FROM: ICE ERO CAP DENVER   TO: 17195550111   P.%d/%d' % (p, n))


# =====================================================================
# bq17  born_digital  AUSA transmittal (via email) + federal court order
# =====================================================================
@doc('bq17', 'born_digital', 'AUSA transmittal letter sent via e-mail with federal district court order for UI records of two defendants',
     R('doj-usao', "United States Attorney's Office, District of Nevada", 'Meghan L. Estrada-Burke',
       'Assistant United States Attorney', 'meghan.estrada-burke@usdoj.gov', '(702) 555-0112'),
     [S('Andrés Felipe Gutiérrez Lozano', '1990-07-12', ('ssn_last4', '8827')),
      S('Karina Sánchez de León', '1993-03-29', ('ssn_last4', '3164'))],
     ['18 USC 1343', '18 USC 1028A', '20 CFR 603.5', '20 CFR 603.7', 'NRS 612.265'], 'court_order', None, True,
     'criminal_investigation', ['claims', 'address', 'wages', 'other'], 'email')
def bq17():
    blocks = [
        ('lh', ['United States Department of Justice', "United States Attorney's Office", 'District of Nevada']),
        ('r', '501 Las Vegas Blvd. South, Suite 1100\nLas Vegas, Nevada 89101\n(702) 555-0100'),
        ('p', 'June 2, 2025'),
        ('b', 'VIA ELECTRONIC MAIL (legal-records@detr.nv.gov)'),
        ('p', 'Custodian of Records\nNevada Department of Employment, Training and Rehabilitation\nEmployment Security Division\n500 E. Third Street\nCarson City, NV 89713'),
        ('b', 'Re: United States v. Gutiérrez Lozano et al., Case No. 2:25-cr-00193-APG-DJA'),
        ('p', 'Dear Custodian:'),
        ('j', 'Please find enclosed an Order of the United States District Court for the District of Nevada directing the Nevada '
              'Department of Employment, Training and Rehabilitation (DETR) to produce unemployment insurance records for the two '
              'defendants in the above-captioned case. The defendants are charged with wire fraud (18 U.S.C. § 1343) and '
              'aggravated identity theft (18 U.S.C. § 1028A) arising from fraudulent pandemic unemployment claims.'),
        ('j', 'Please coordinate the production with Special Agent Tomasz Wróbel, U.S. Department of Labor, Office of Inspector '
              'General. Thank you for your assistance.'),
        ('p', 'Respectfully,\n\nCOLIN R. HARGREAVES\nActing United States Attorney'),
        ('p', '/s/ Meghan L. Estrada-Burke\nMEGHAN L. ESTRADA-BURKE\nAssistant United States Attorney\n'
              'meghan.estrada-burke@usdoj.gov\n(702) 555-0112'),
        ('pb',),
        ('cb', 'UNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA'),
        ('cap', 'UNITED STATES OF AMERICA,\n                Plaintiff,\n        v.\nANDRÉS FELIPE GUTIÉRREZ LOZANO, and\nKARINA SÁNCHEZ DE LEÓN,\n                Defendants.',
         'Case No. 2:25-cr-00193-APG-DJA\n\nORDER DIRECTING PRODUCTION OF STATE UNEMPLOYMENT COMPENSATION RECORDS'),
        ('j', 'Before the Court is the Government\'s Ex Parte Application for an Order directing the Nevada Department of '
              'Employment, Training and Rehabilitation ("DETR") to disclose unemployment compensation records (ECF No. 44). '
              'The Court finds that the records are relevant and material to the prosecution of this case, and that disclosure '
              'in response to a court order is permitted by 20 C.F.R. § 603.5(c) and 20 C.F.R. § 603.7 and by NRS 612.265.'),
        ('j', 'IT IS HEREBY ORDERED that DETR shall, within twenty-one (21) days of service of this Order, produce to the United '
              'States Attorney\'s Office the following records, for the period March 1, 2020 through December 31, 2022:'),
        ('ind', '(a) all unemployment insurance and Pandemic Unemployment Assistance claims, including claimant addresses, IP '
                'addresses and device information;\n(b) bank account and debit card information to which benefits were paid; and\n'
                '(c) quarterly wage records;'),
        ('p', 'for the following individuals:'),
        ('ind', '(1) Andrés Felipe GUTIÉRREZ LOZANO, DOB 1990-07-12, SSN xxx-xx-8827\n'
                '(2) Karina SÁNCHEZ DE LEÓN, DOB 1993-03-29, SSN xxx-xx-3164'),
        ('j', 'IT IS FURTHER ORDERED that the records shall be used solely for purposes of this criminal case and are subject to '
              'the Stipulated Protective Order (ECF No. 41).'),
        ('p', 'DATED: May 30, 2025.'),
        ('p', '\n\n____________________________________\nHON. CAROLINE W. MBEKI\nUNITED STATES DISTRICT JUDGE'),
    ]
    render_pdf(out('bq17.pdf'), blocks, fam='Times', size=11, footer='Page {page}')


# =====================================================================
# bq18  eml  CBI agent, multipart/alternative + JPEG of request form
# =====================================================================
@doc('bq18', 'eml', 'State bureau agent e-mail (multipart/alternative) with JPEG of signed request form; employer and spouse named',
     R('state-police', 'Colorado Bureau of Investigation', 'Lindsey K. Haugen', 'Agent', 'lindsey.haugen@state.co.us', '(303) 555-0165'),
     [S('Svetlana Igorevna Morozova', '1988-12-03', ('license', '145028831'), ('ssn_last4', '5046'))],
     ['CRS 18-5-902', 'CRS 8-81-101'], 'none', None, False, 'criminal_investigation', ['employment', 'wages', 'claims'], 'email')
def bq18():
    plain = """Good morning,

The Colorado Bureau of Investigation is investigating a report of identity theft and fraudulent unemployment claims (C.R.S. § 18-5-902; C.R.S. § 8-81-101). The suspect is:

    Svetlana Igorevna MOROZOVA (also "Svetlana Moroz")
    DOB: 1988-12-03
    CO DL: 14-502-8831

We are requesting her employer(s) of record and quarterly wages for 2023 through 2025, and any UI claims filed under her SSN (ending 5046) or listing her address. Her current employer, per our information, is Aspen Crest Dental Group; the practice owner, Dr. Paul Ferreira, has cooperated with us and is not a suspect. Her husband, Dmitri Morozov, is on the lease but is not part of this request.

I have attached our Request for Information form signed by my supervisor.

Thanks,

Lindsey K. Haugen
Agent, Identity Theft & Fraud Investigations Unit
Colorado Bureau of Investigation
690 Kipling St., Lakewood CO 80215
(303) 555-0165 | lindsey.haugen@state.co.us
"""
    html = ('<html><body><div style="font-family:Segoe UI,sans-serif;font-size:10.5pt">'
            + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in plain.strip().split('\n\n'))
            + '</div></body></html>')
    form = [
        ('lh', ['COLORADO BUREAU OF INVESTIGATION', 'Investigations Section – Request for Information']),
        ('kv', [('CBI Case #', '2025-1877'), ('Requesting agent', 'Agent Lindsey K. Haugen'),
                ('Unit', 'Identity Theft & Fraud Investigations'), ('Date', '03/03/2025'),
                ('Request to', 'CDLE – Unemployment Insurance Integrity'),
                ('Subject', 'MOROZOVA, Svetlana Igorevna   DOB 12/03/1988   CO DL 145028831'),
                ('Information requested', 'Employers of record; quarterly wages 2023–2025; UI claims filed with subject\'s SSN or address'),
                ('Offense(s)', 'Identity theft; UI fraud'),
                ('Supervisor approval', 'SAC Gregory Nwosu   (signed)')]),
    ]
    jpg = image_attachment(form, seed=18, kind='jpeg', dpi=120, fam='Helv', angle=-1.1)
    data = make_email('"Haugen - CBI, Lindsey" <lindsey.haugen@state.co.us>', 'cdle_ui_integrity@state.co.us',
                      'CBI Case 2025-1877 - wage/employer info request - MOROZOVA', 'Mon, 03 Mar 2025 08:14:55 -0700',
                      '<CAL3kq0Zx+ut@mail.gmail.com>', plain=plain, html=html,
                      attachments=[(jpg, 'image', 'jpeg', 'CBI_RFI_2025-1877.jpg')], seed=18)
    with open(out('bq18.eml'), 'wb') as f:
        f.write(data)


# =====================================================================
# bq19  scanned  FBI cover letter + AO 93 search warrant + attachments
# =====================================================================
@doc('bq19', 'scanned', 'FBI letter ("SAC / By:") enclosing AO 93 federal search and seizure warrant for state DL records of two subjects',
     R('doj-fbi', 'Federal Bureau of Investigation, Salt Lake City Field Office', 'Brianna L. Kealoha', 'Special Agent',
       'bkealoha@fbi.gov', '801-555-0138'),
     [S('Ernesto de la Garza Treviño', '1986-04-18', ('license', '171552094')),
      S('Bogdan Sokolov', '1979-05-05')],
     ['FRCrP 41', '18 USC 3103a', '18 USC 2705', '18 USC 1028', '18 USC 1344'], 'judicial_warrant', 'AO 93', True,
     'criminal_investigation', ['identity_documents', 'photo', 'address', 'vehicle', 'license'], 'mail')
def bq19():
    blocks = [
        ('lh', ['U.S. Department of Justice', 'Federal Bureau of Investigation', 'Salt Lake City Field Office',
                '5425 West Amelia Earhart Drive, Salt Lake City, UT 84116']),
        ('p', 'In Reply, Please Refer to\nFile No. 318B-SU-3390417'),
        ('p', 'July 22, 2025'),
        ('p', 'Utah Department of Public Safety\nDriver License Division – Records Section\n4501 South 2700 West\nSalt Lake City, UT 84129'),
        ('b', 'Re: Search Warrant, Case No. 2:25-mj-00588-CRO'),
        ('j', 'Enclosed is a search and seizure warrant issued under Rule 41 of the Federal Rules of Criminal Procedure by United '
              'States Magistrate Judge Cecilia R. Oyelaran for records maintained by your Division. Please produce the records '
              'described in Attachment B to the undersigned. Questions may be directed to SA Brianna Kealoha at 801-555-0138 or '
              'bkealoha@fbi.gov.'),
        ('p', 'Sincerely,\n\nMark J. Haverford\nSpecial Agent in Charge'),
        ('p', 'By: Brianna L. Kealoha\n      Special Agent'),
        ('pb',),
        ('small', 'AO 93 (Rev. 11/13) Search and Seizure Warrant'),
        ('cb', 'UNITED STATES DISTRICT COURT\nfor the\nDistrict of Utah'),
        ('cap', 'In the Matter of the Search of\n(Briefly describe the property to be searched or identify the person by name and address)\n'
                'RECORDS MAINTAINED BY THE UTAH DRIVER LICENSE DIVISION PERTAINING TO ERNESTO DE LA GARZA TREVIÑO AND ONE OTHER, '
                'AS DESCRIBED IN ATTACHMENT A', 'Case No. 2:25-mj-00588-CRO'),
        ('h', 'SEARCH AND SEIZURE WARRANT'),
        ('p', 'To: Any authorized law enforcement officer'),
        ('j', 'An application by a federal law enforcement officer or an attorney for the government requests the search of the '
              'following person or property located in the District of Utah (identify the person or describe the property to be '
              'searched and give its location): See Attachment A.'),
        ('j', 'I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or '
              'property described above, and that such search will reveal (identify the person or describe the property to be '
              'seized): See Attachment B.'),
        ('j', 'YOU ARE COMMANDED to execute this warrant on or before August 4, 2025 (not to exceed 14 days)\n'
              '[X] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or night because good cause has been established.'),
        ('j', 'Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken '
              'to the person from whom, or from whose premises, the property was taken, or leave the copy and receipt at the place '
              'where the property was taken.'),
        ('j', 'The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an '
              'inventory as required by law and promptly return this warrant and inventory to Hon. Cecilia R. Oyelaran.'),
        ('j', '[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in '
              '18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to '
              'the person who, or whose property, will be searched or seized.'),
        ('p', 'Date and time issued: 07/21/2025 2:40 pm          ______________________________\n'
              '                                                                 Judge\'s signature\n'
              'City and state: Salt Lake City, Utah          Cecilia R. Oyelaran, U.S. Magistrate Judge'),
        ('pb',),
        ('h', 'ATTACHMENT A\nProperty to Be Searched'),
        ('j', 'Records maintained by the Utah Department of Public Safety, Driver License Division, 4501 South 2700 West, Salt '
              'Lake City, Utah, pertaining to:'),
        ('ind', 'a. ERNESTO DE LA GARZA TREVIÑO, a/k/a "Neto," a/k/a Ernesto Garza, date of birth April 18, 1986, Utah DL 171552094;\n'
                'b. BOGDAN SOKOLOV, date of birth May 5, 1979.'),
        ('h', 'ATTACHMENT B\nParticular Things to Be Seized'),
        ('j', 'All records relating to violations of 18 U.S.C. § 1028 (fraud in connection with identification documents) and '
              '18 U.S.C. § 1344 (bank fraud) involving the persons named in Attachment A, including: driver license and '
              'identification card applications and renewals; photographs and signatures; identity documents submitted; address '
              'history; and vehicle registrations.'),
    ]
    src = tmp('bq19_src.pdf')
    render_pdf(src, blocks, fam='Times', size=10.5)
    make_scanned(src, out('bq19.pdf'), seed=1919, dpi=200)


# =====================================================================
# bq20  fax  US Marshals fugitive locate memo to labor dept
# =====================================================================
@doc('bq20', 'fax', 'USMS deputy fax memo: fugitive locate, employer/wage info, mother listed as emergency contact (not subject)',
     R('doj-usms', 'United States Marshals Service, District of Colorado', 'Rebecca A. Szymańska', 'Deputy U.S. Marshal',
       'rebecca.szymanska@usdoj.gov', '303-555-0149'),
     [S('Cristóbal Arellano Díaz', '1989-11-30', ('ssn_last4', '6652'), ('other', '772345KD9'))],
     ['21 USC 841', '28 USC 566', '18 USC 3053'], 'none', None, False, 'criminal_investigation',
     ['employment', 'wages', 'claims', 'address', 'phone'], 'fax')
def bq20():
    blocks = [
        ('lhl', ['UNITED STATES MARSHALS SERVICE', 'District of Colorado – Fugitive Task Force',
                 '1929 Stout Street, Room 162, Denver, CO 80294']),
        ('kv', [('TO', 'Colorado Department of Labor & Employment – UI / Wage Records\nATTN: Law Enforcement Liaison'),
                ('FROM', 'Deputy U.S. Marshal Rebecca A. Szymańska'),
                ('DATE', '12 August 2025'),
                ('RE', 'Fugitive locate – ARELLANO DÍAZ, Cristóbal')], [1.1 * inch, 5.8 * inch]),
        ('j', 'The USMS is seeking to locate and apprehend the fugitive below, who is the subject of an outstanding federal '
              'arrest warrant issued by the U.S. District Court for the District of Wyoming (Case 2:24-cr-00061) for violation '
              'of supervised release (original offense: 21 U.S.C. § 841). The USMS investigates fugitive matters under '
              '28 U.S.C. § 566 and 18 U.S.C. § 3053.'),
        ('pre', 'FUGITIVE:  ARELLANO DIAZ, Cristobal  (ARELLANO DÍAZ, Cristóbal)\n'
                'AKA:       Cristobal Arellano; "Toby"\n'
                'DOB:       1989-11-30\n'
                'SSN:       XXX-XX-6652\n'
                'FBI#:      772345KD9'),
        ('j', 'REQUESTING: current or most recent employer of record and employer address; last four quarters of reported '
              'wages; and any address or telephone number on an unemployment claim.'),
        ('j', 'The emergency contact on his prior USMS booking is Graciela Díaz (mother). She is not a subject of this request; '
              'please do NOT contact her.'),
        ('p', 'Please fax any responsive information to 303-555-0150 or call me at 303-555-0149.\n'
              'E-mail: rebecca.szymanska@usdoj.gov\n\nThank you,\n\nDUSM R. Szymańska'),
        ('small', 'LAW ENFORCEMENT SENSITIVE – The information in this facsimile is intended only for the addressee.'),
    ]
    src = tmp('bq20_src.pdf')
    render_pdf(src, blocks, fam='Sans', size=10.5)
    make_fax(src, out('bq20.tif'), seed=2020,
             header=lambda p, n: '08/12/2025 14:03  USMS D/CO WARRANTS  3035550150  P.0%d' % p)


# =====================================================================
# bq21  born_digital  CBP Form 3115 summons to Arizona MVD
# =====================================================================
@doc('bq21', 'born_digital', 'CBP customs summons (Form 3115) for vehicle title/registration history; co-owner named but excluded',
     R('dhs-cbp', 'U.S. Customs and Border Protection, Office of Field Operations, Nogales Port of Entry', 'Ramiro Esquivel',
       'Supervisory CBP Officer', 'ramiro.esquivel@cbp.dhs.gov', '(520) 555-0172'),
     [S('Jesús Ybarra-Trujillo', '1975-03-21')],
     ['19 USC 1595a', '18 USC 545', '19 USC 1509', '19 USC 1510', '19 CFR 163.7'], 'administrative_subpoena', 'CBP Form 3115', True,
     'criminal_investigation', ['vehicle', 'license', 'photo', 'address'], 'mail')
def bq21():
    blocks = [
        ('cb', 'DEPARTMENT OF HOMELAND SECURITY\nU.S. CUSTOMS AND BORDER PROTECTION'),
        ('h', 'SUMMONS'),
        ('kv', [('Summons No.', 'NOG-2025-0094'),
                ('To', 'Custodian of Records\nArizona Department of Transportation, Motor Vehicle Division\n1801 W. Jefferson St., Phoenix, AZ 85007')],
         [1.4 * inch, 5.5 * inch]),
        ('j', 'By the service of this summons, you are hereby required to appear before Supervisory CBP Officer Ramiro Esquivel, '
              'an officer of U.S. Customs and Border Protection, at the DeConcini Port of Entry, 200 N. Grand Avenue, Nogales, '
              'AZ 85621, on September 15, 2025, at 9:00 a.m., and to produce the records described below, in connection with an '
              'investigation for the purpose of ascertaining the correctness of any entry, determining the liability of any '
              'person for duties, fees and taxes, or insuring compliance with the laws administered by U.S. Customs and Border '
              'Protection, including 19 U.S.C. § 1595a and 18 U.S.C. § 545 (smuggling goods into the United States).'),
        ('b', 'Records to be produced:'),
        ('ind', '1. Complete title and registration history, including owners, lienholders and addresses of record, for a 2019 '
                'Ford F-250, VIN 1FT7W2BT9KEC44281, Arizona plate CJN4471.\n'
                '2. Driver license history and most recent photograph of the registered owner, JESÚS YBARRA-TRUJILLO, date of '
                'birth 03/21/1975.'),
        ('j', 'Note: the co-owner of record, Alma R. Trujillo, is not the subject of this summons. Produce documents only as they '
              'relate to the vehicle and to Mr. Ybarra-Trujillo.'),
        ('j', 'This summons is issued under the authority of 19 U.S.C. § 1509 and 19 C.F.R. § 163.7. If you fail to comply, the '
              'summons may be enforced in the United States District Court, which may order compliance and punish failure to '
              'obey as contempt (19 U.S.C. § 1510).'),
        ('kv', [('Date of issue', '08/27/2025'),
                ('Signature', '/s/ Ramiro Esquivel'),
                ('Name and title', 'Ramiro Esquivel, Supervisory CBP Officer, Nogales Port of Entry'),
                ('Telephone / e-mail', '(520) 555-0172 / ramiro.esquivel@cbp.dhs.gov')]),
        ('hr',),
        ('b', 'CERTIFICATE OF SERVICE OF SUMMONS'),
        ('p', 'I certify that I served the summons shown above on the person named, on (date) __________ at (time) ______, by '
              '[ ] handing an attested copy to the person  [ ] certified mail.\n\nSignature: ______________________  Title: __________'),
    ]
    render_pdf(out('bq21.pdf'), blocks, fam='Helv', size=10.5,
               footer='CBP Form 3115 (rev.)                                                                Page {page} of 1')


# =====================================================================
# bq22  eml  ERO e-mail with PNG image of I-200 attached
# =====================================================================
@doc('bq22', 'eml', 'ERO deportation officer short e-mail with Form I-200 attached as a photographed PNG image',
     R('dhs-ice-ero', 'ICE ERO – Grand Junction', 'Beatriz Coelho', 'Deportation Officer', 'beatriz.coelho@ice.dhs.gov', '970-555-0133'),
     [S('María de los Ángeles Herrera Quispe', '1986-05-27', ('a_number', 'A204117853'))],
     ['8 USC 1357', 'INA 236', 'INA 287', '8 CFR 287'], 'administrative_warrant', 'I-200', True, 'civil_immigration',
     ['address', 'vehicle', 'photo'], 'email')
def bq22():
    w = [
        ('cb', 'U.S. DEPARTMENT OF HOMELAND SECURITY'),
        ('h', 'WARRANT FOR ARREST OF ALIEN'),
        ('r', 'File No. A204 117 853\nDate: 09/02/2025'),
        ('j', 'To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and '
              'part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations'),
        ('j', 'I have determined that there is probable cause to believe that MARÍA DE LOS ÁNGELES HERRERA QUISPE is removable '
              'from the United States. This determination is based upon:'),
        ('ind', '[X] the execution of a charging document to initiate removal proceedings against the subject;\n'
                '[ ] the pendency of ongoing removal proceedings against the subject;\n'
                '[ ] the failure to establish admissibility subsequent to deferred inspection;\n'
                '[X] biometric confirmation of the subject\'s identity and a records check of federal databases;\n'
                '[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence.'),
        ('j', 'YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality '
              'Act, the above-named alien.'),
        ('p', '______________________________________\n(Signature of Authorized Immigration Officer)\n\n'
              'Peter J. Castellano, Supervisory Detention and Deportation Officer\n(Printed Name and Title of Authorized Immigration Officer)'),
        ('small', 'Form I-200 (Rev. 09/16)'),
    ]
    png = image_attachment(w, seed=22, kind='png', dpi=140, fam='Helv', size=10.5, angle=1.4)
    body = """Hello,

I am a Deportation Officer with ICE ERO in Grand Junction. Attached is an administrative warrant (Form I-200) for the subject below. Could you please provide her most recent residential address, any vehicles registered to her, and her DL/ID photograph?

Name: María de los Ángeles HERRERA QUISPE
DOB: 27 May 1986
A#: A204-117-853
COB: Peru

This request is made under 8 U.S.C. § 1357 and is for official use only.

Thank you,

Beatriz Coelho
Deportation Officer
ICE ERO – Grand Junction
970-555-0133
"""
    data = make_email('Beatriz Coelho <beatriz.coelho@ice.dhs.gov>', 'DMV Investigations <dor_dmvinvestigations@state.co.us>',
                      'Records request - HERRERA QUISPE, Maria de los Angeles', 'Wed, 03 Sep 2025 10:37:22 -0600',
                      '<SJ0PR09MB66710D@ice.dhs.gov>', plain=body,
                      attachments=[(png, 'image', 'png', 'IMG_4471.png')], seed=22)
    with open(out('bq22.eml'), 'wb') as f:
        f.write(data)

# =====================================================================
# bq23  scanned  Form I-247D detainer to Washington DOC
# =====================================================================
@doc('bq23', 'scanned', 'Form I-247D immigration detainer (request for voluntary action) to Washington DOC, with detainee notice page',
     R('dhs-ice-ero', 'U.S. Immigration and Customs Enforcement, ERO Seattle Field Office', 'Mariana Kuczynski',
       'Deportation Officer', None, '(206) 555-0119'),
     [S('Quoc Bao Tran', '1981-10-10', ('a_number', 'A047882310'))],
     ['INA 287', '8 CFR 287.7'], 'detainer', 'I-247D', False, 'civil_immigration', ['other'], 'mail')
def bq23():
    blocks = [
        ('cb', 'DEPARTMENT OF HOMELAND SECURITY'),
        ('h', 'IMMIGRATION DETAINER – REQUEST FOR VOLUNTARY ACTION'),
        ('kv', [('Subject ID', '201557834'), ('Event #', 'SEA2509001177'), ('File No', 'A047 882 310'), ('Date', '10/02/2025')],
         [1.5 * inch, 5.4 * inch]),
        ('kv', [('TO', 'Washington State Department of Corrections\nMonroe Correctional Complex – Records\n16550 177th Ave SE, Monroe, WA 98272'),
                ('FROM', 'ICE ERO Seattle Field Office\n12500 Tukwila International Blvd., Seattle, WA 98168'),
                ('Name of Alien', 'TRAN, QUOC BAO'),
                ('Date of Birth', '10/10/1981'), ('Citizenship', 'VIETNAM'), ('Sex', 'M')]),
        ('b', '1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:'),
        ('ind', '[X] A final order of removal against the alien;\n[ ] The pendency of ongoing removal proceedings against the alien;\n'
                '[ ] Biometric confirmation of the alien\'s identity and a records check of federal databases;\n'
                '[ ] Statements made by the alien to an immigration officer and/or other reliable evidence.'),
        ('b', 'IT IS THEREFORE REQUESTED THAT YOU:'),
        ('ind', '[X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your '
                'custody. Please notify DHS by calling ICE at (206) 555-0119.\n'
                '[X] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise '
                'have been released from your custody to allow DHS to assume custody.\n'
                '[X] Relay this request to any other law enforcement agency to which you transfer custody of the alien.'),
        ('j', 'This request is made under section 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7. The alien must '
              'be served with a copy of this form for the request to take effect.'),
        ('p', 'Mariana Kuczynski, Deportation Officer               ______________________________\n'
              '(Name and title of Immigration Officer)                (Signature of Immigration Officer)'),
        ('small', 'DHS Form I-247D (5/15)'),
        ('pb',),
        ('h', 'NOTICE TO THE DETAINEE'),
        ('j', 'The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a '
              'request by DHS to the law enforcement agency holding you to notify DHS before you are released and to maintain '
              'custody of you for up to 48 hours beyond the time you would otherwise be released. If you believe you are a United '
              'States citizen or the victim of a crime, please advise DHS by calling the ICE Law Enforcement Support Center toll '
              'free at (855) 555-0148.'),
        ('b', 'AVISO AL DETENIDO'),
        ('j', 'El Departamento de Seguridad Nacional (DHS) le ha puesto una retención de inmigración. Si usted cree que es '
              'ciudadano de los Estados Unidos o víctima de un delito, por favor comuníquelo al DHS llamando al (855) 555-0148.'),
        ('b', 'THÔNG BÁO CHO NGƯỜI BỊ GIAM GIỮ'),
        ('j', 'Bộ An Ninh Nội Địa (DHS) đã ra lệnh giam giữ di trú đối với quý vị. Nếu quý vị là công dân Hoa Kỳ hoặc là nạn nhân '
              'của một tội phạm, xin gọi số (855) 555-0148.'),
    ]
    src = tmp('bq23_src.pdf')
    render_pdf(src, blocks, fam='Sans', size=10)
    make_scanned(src, out('bq23.pdf'), seed=2323, dpi=220)


# =====================================================================
# bq24  fax  Texas county court criminal subpoena duces tecum
# =====================================================================
@doc('bq24', 'fax', 'Texas county criminal court subpoena duces tecum (clerk-issued, requested by ADA), faxed with DA cover sheet; complainant named',
     R('district-attorney', 'Office of the District Attorney, 34th Judicial District', 'Jonathan T. Greaves',
       'Assistant District Attorney', 'jgreaves@epcounty.com', '(915) 555-0175'),
     [S('Rigoberto Chávez Ledesma', '1982-05-14', ('license', '31225870'))],
     ['TX R Evid 902', 'TX PC 31.03', 'TX CCP 24.02'], 'court_subpoena', None, True, 'criminal_investigation',
     ['employment', 'wages', 'claims'], 'fax')
def bq24():
    blocks = [
        ('h', 'DISTRICT ATTORNEY – 34th JUDICIAL DISTRICT\nFAX COVER'),
        ('kv', [('To', 'Texas Workforce Commission – Open Records / Subpoena Unit'), ('Fax', '(512) 555-0106'),
                ('From', 'ADA Jonathan T. Greaves, Misdemeanor Trial Division'), ('Phone', '(915) 555-0175'),
                ('E-mail', 'jgreaves@epcounty.com'), ('Date', 'August 25, 2025'), ('Pages', '2')]),
        ('p', 'Please see the attached subpoena duces tecum. A business records affidavit is acceptable in lieu of appearance.'),
        ('pb',),
        ('cb', 'THE STATE OF TEXAS'),
        ('h', 'SUBPOENA DUCES TECUM'),
        ('cap', 'THE STATE OF TEXAS\n      vs.\nRIGOBERTO CHÁVEZ LEDESMA', 'Cause No. 20240C04417\nCounty Criminal Court at Law No. 2\nEl Paso County, Texas',
         3.6 * inch),
        ('b', 'TO ANY SHERIFF OR CONSTABLE OF THE STATE OF TEXAS OR OTHER AUTHORIZED PERSON – GREETINGS:'),
        ('j', 'YOU ARE HEREBY COMMANDED to summon: CUSTODIAN OF RECORDS, TEXAS WORKFORCE COMMISSION, 101 E. 15th Street, '
              'Austin, Texas 78778, to be and appear before the County Criminal Court at Law No. 2, El Paso County Courthouse, 500 '
              'E. San Antonio Ave., El Paso, Texas, on the 22nd day of September, 2025, at 9:00 o\'clock A.M., then and there to '
              'testify as a witness in the above-styled and numbered cause on behalf of the STATE, and to bring with you:'),
        ('ind', 'Certified copies of all employment and wage records, employer names and addresses, and unemployment claims filed '
                'by RIGOBERTO CHÁVEZ LEDESMA, DOB 05/14/1982, TX DL 31225870, for the period 01/01/2023 to present.'),
        ('j', 'Records may be produced with an affidavit pursuant to Tex. R. Evid. 902(10) in lieu of personal appearance. The '
              'defendant is charged with Theft, Tex. Penal Code § 31.03. Complainant: Ysela Márquez d/b/a Márquez Tile & Stone.'),
        ('j', 'HEREIN FAIL NOT, and make due return hereof showing how you have executed the same. Issued pursuant to Tex. Code '
              'Crim. Proc. art. 24.02.'),
        ('p', 'ISSUED AND GIVEN UNDER MY HAND AND SEAL OF SAID COURT at office in El Paso, Texas, this 25th day of August, 2025.'),
        ('p', 'DELIA BRISEÑO, County Clerk\nEl Paso County, Texas\n\nBy: ______________________, Deputy'),
        ('p', 'Requested by: Jonathan T. Greaves, Assistant District Attorney, (915) 555-0175'),
        ('hr',),
        ('b', 'OFFICER\'S RETURN'),
        ('p', 'Came to hand the ___ day of ________, 2025, and executed the ___ day of ________, 2025, by delivering to the within '
              'named witness in person a true copy of this subpoena.   ______________________ Sheriff/Constable'),
    ]
    src = tmp('bq24_src.pdf')
    render_pdf(src, blocks, fam='Times', size=10.5)
    make_fax(src, out('bq24.tif'), seed=2424,
             header=lambda p, n: 'AUG-25-2025 16:52   EL PASO DA MISD TRIAL   915 555 0176   #%d/%d' % (p, n))


# =====================================================================
# bq25  born_digital  DOL OIG letter + inspector general subpoena, 4 subjects
# =====================================================================
@doc('bq25', 'born_digital', 'DOL-OIG agent cover letter + Inspector General subpoena duces tecum with schedule of four subjects',
     R('dol-oig', 'U.S. Department of Labor, Office of Inspector General, Office of Investigations', 'Renée Dubois-Matthews',
       'Special Agent', 'dubois-matthews.renee@oig.dol.gov', '(720) 555-0114'),
     [S('Kimberly Anne Castellanos', '1985-01-30', ('ssn_last4', '3471')),
      S('Yusuf Abdullahi Omar', '1991-06-15', ('ssn_last4', '9038')),
      S('Hoang Nam Nguyen', '1983-12-02', ('ssn_last4', '5520')),
      S('Dragana Petrović', '1994-08-19', ('ssn_last4', '0817'))],
     ['5 USC 406', '18 USC 1343', '18 USC 641', '20 CFR 603.6'], 'administrative_subpoena', None, True,
     'criminal_investigation', ['claims', 'address', 'phone', 'email', 'wages', 'other'], 'mail')
def bq25():
    blocks = [
        ('lh', ['U.S. Department of Labor', 'Office of Inspector General – Office of Investigations',
                'Denver Resident Office, 1244 Speer Blvd., Suite 430, Denver, CO 80204']),
        ('p', 'October 6, 2025'),
        ('p', 'Custodian of Records\nColorado Department of Labor and Employment\nDivision of Unemployment Insurance\n251 E. 12th Avenue\nDenver, CO 80203'),
        ('b', 'Re: OIG Subpoena No. 25-0412-DEN'),
        ('j', 'The Office of Inspector General (OIG) is investigating a scheme to file fraudulent unemployment insurance claims, '
              'in possible violation of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 641 (theft of government funds). Enclosed '
              'is an Inspector General subpoena requiring production of the records listed in Schedule A. Disclosure of these '
              'records to the OIG is consistent with 20 C.F.R. § 603.6.'),
        ('j', 'Please produce the records electronically to me by November 7, 2025. Please do not notify the individuals listed '
              'of this request. If you have questions, contact me at (720) 555-0114.'),
        ('p', 'Sincerely,\n\n\nRenée Dubois-Matthews\nSpecial Agent\ndubois-matthews.renee@oig.dol.gov'),
        ('p', 'cc: Harold Vance, Special Agent in Charge, Dallas Region'),
        ('pb',),
        ('cb', 'UNITED STATES DEPARTMENT OF LABOR\nOFFICE OF INSPECTOR GENERAL'),
        ('h', 'SUBPOENA DUCES TECUM'),
        ('kv', [('No.', '25-0412-DEN'),
                ('To', 'Custodian of Records, Colorado Department of Labor and Employment, Division of Unemployment Insurance')],
         [1.2 * inch, 5.7 * inch]),
        ('j', 'YOU ARE HEREBY COMMANDED to produce the records described in the attached Schedule A to Special Agent Renée '
              'Dubois-Matthews, or another authorized representative of the Office of Inspector General, U.S. Department of Labor, '
              'at 1244 Speer Blvd., Suite 430, Denver, CO 80204, on or before November 7, 2025.'),
        ('j', 'This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), in '
              'connection with an official investigation by the Office of Inspector General. In case of contumacy or refusal to '
              'obey, this subpoena shall be enforceable by order of any appropriate United States District Court.'),
        ('p', 'IN WITNESS WHEREOF, I have hereunto set my hand this 3rd day of October, 2025.\n\n\n'
              '______________________________\nCarla J. Mendelsohn\nActing Inspector General'),
        ('pb',),
        ('h', 'SCHEDULE A'),
        ('j', 'For the period March 1, 2020 through December 31, 2022, for each individual below: all unemployment insurance and '
              'PUA claims; claimant addresses, telephone numbers and e-mail addresses; IP address and device logs; bank accounts '
              'or debit cards to which payments were made; and quarterly wage records.'),
        ('grid', [['', 'Claimant', 'Date of Birth', 'SSN (last 4)'],
                  ['1', 'CASTELLANOS, Kimberly Anne', '1985-01-30', '3471'],
                  ['2', 'OMAR, Yusuf Abdullahi', '1991-06-15', '9038'],
                  ['3', 'NGUYEN, Hoang Nam', '1983-12-02', '5520'],
                  ['4', 'PETROVIĆ, Dragana', '1994-08-19', '0817']],
         [0.3 * inch, 3.2 * inch, 1.6 * inch, 1.5 * inch]),
        ('small', 'Definitions: "Records" includes electronically stored information in any form. Produce in native format where available.'),
    ]
    render_pdf(out('bq25.pdf'), blocks, fam='Sans', size=10,
               footer='OIG Subpoena No. 25-0412-DEN — LAW ENFORCEMENT SENSITIVE — Page {page}')


# =====================================================================
# bq26  scanned  Sheriff civil section address request (no reason given)
# =====================================================================
@doc('bq26', 'scanned', 'Sheriff civil-section letter asking human services for an address, landlord named, no purpose stated',
     R('sheriff', "Pueblo County Sheriff's Office", 'Theresa M. Okafor', 'Civil Process Deputy', 'okafort@pueblocounty.us',
       '(719) 555-0186'),
     [S('Kateryna Bondarenko-Wilson', '1990-02-25')],
     [], 'none', None, False, 'unknown', ['address'], 'mail')
def bq26():
    blocks = [
        ('lh', ["PUEBLO COUNTY SHERIFF'S OFFICE", 'Sheriff David J. Lucero', 'Civil Section',
                '909 Court Street, Pueblo, Colorado 81003  •  (719) 555-0180']),
        ('p', 'September 2, 2025'),
        ('p', 'Colorado Department of Human Services\nRecords Management\n1575 Sherman Street\nDenver, CO 80203'),
        ('b', 'Re: Request for last known address – BONDARENKO-WILSON, Kateryna'),
        ('p', 'To whom it may concern:'),
        ('j', 'Our office has been unable to locate Kateryna BONDARENKO-WILSON, date of birth February 25, 1990. Her last known '
              'address, 1420 E. Orman Ave., Apt. 3, Pueblo, was provided by the landlord, Mr. Gary Lindstrom, who advised that she '
              'moved out in June. Please provide any current or more recent address you may have on file.'),
        ('p', 'Thank you for your assistance.'),
        ('p', 'Sincerely,\n\n\nDeputy Theresa M. Okafor\nCivil Process Deputy\n(719) 555-0186\nokafort@pueblocounty.us'),
    ]
    src = tmp('bq26_src.pdf')
    render_pdf(src, blocks, fam='Serif', size=11)
    make_scanned(src, out('bq26.pdf'), seed=2626, dpi=250, quality=45)


# =====================================================================
# bq27  txt  State patrol web-portal submission (two subjects)
# =====================================================================
@doc('bq27', 'txt', 'Plain-text notification of a DMV law-enforcement portal form submitted by a state trooper; victim and witness named',
     R('state-police', 'Colorado State Patrol', 'Joshua R. Ellingson', 'Trooper', 'joshua.ellingson@state.co.us', '303-555-0172'),
     [S('María Guadalupe Ruiz de Velasco', '1978-08-02', ('license', '053107789')),
      S('Iván Velasco', '2001-01-17')],
     ['CRS 42-4-1601', '18 USC 2721', 'CRS 42-1-206'], 'none', None, False, 'criminal_investigation',
     ['vehicle', 'license', 'photo', 'address'], 'email')
def bq27():
    text = """=====================================================================
 COLORADO DMV - LAW ENFORCEMENT RECORDS PORTAL
 New request received (automated notification - do not reply)
=====================================================================
Submission ID ......... LEP-2025-0091146
Submitted ............. 2025-04-07 22:41:18 MDT
Routing ............... Investigations / Records Release Queue

--- REQUESTER -------------------------------------------------------
Agency ................ Colorado State Patrol
Troop / Unit .......... Troop 1A - Vehicular Crimes Unit
Name .................. Tpr. Joshua R. Ellingson
Badge # ............... 3381
Email ................. joshua.ellingson@state.co.us
Phone ................. 303-555-0172
Supervisor ............ Cpl. Anna Beltrán

--- REQUEST ---------------------------------------------------------
Case / Incident # ..... CSP 1A-25-004417
Offense ............... Leaving the scene of an accident involving
                        serious bodily injury, C.R.S. 42-4-1601
DPPA permissible use .. (b)(1) Government agency / law enforcement
                        function - 18 U.S.C. 2721(b)(1)

Subject 1 Last name ... RUIZ DE VELASCO
Subject 1 First/Middle  María Guadalupe
Subject 1 DOB ......... 1978-08-02
Subject 1 DL # ........ 05-310-7789
Subject 1 Role ........ Registered owner

Subject 2 Last name ... VELASCO
Subject 2 First/Middle  Iván
Subject 2 DOB ......... 2001-01-17
Subject 2 DL # ........ (unknown)
Subject 2 Role ........ Possible driver (son of registered owner)

Vehicle ............... 2014 Honda Pilot, dark gray, CO plate ZTN-5__ (partial)

Records requested ..... [x] Registration / title
                        [x] DL status and photo
                        [x] Address history
                        [ ] Crash reports

Additional info ....... Pedestrian victim Harold Biggs (67) hospitalized.
                        Witness Chloe Nakamura provided partial plate and
                        vehicle description. Need photos of both subjects
                        for follow-up interview of witness.

Certification ......... [x] I certify this request is for a legitimate
                        law enforcement purpose and that information
                        received will be used in accordance with
                        C.R.S. 42-1-206 and the federal Driver's Privacy
                        Protection Act.
Electronic signature .. /JRE/ 3381
=====================================================================
"""
    with open(out('bq27.txt'), 'w', encoding='utf-8') as f:
        f.write(text)


# =====================================================================
# bq28  scanned  King County Sheriff letter + WA superior court arrest warrant
# =====================================================================
@doc('bq28', 'scanned', 'Sheriff detective letter (sergeant below) with Washington superior court warrant of arrest; girlfriend, employer, DPA named',
     R('sheriff', "King County Sheriff's Office", 'Renata Iñiguez', 'Detective', 'renata.iniguez@kingcounty.gov', '(206) 555-0123'),
     [S('Jonathan Paul Dela Cruz', '1997-06-08')],
     ['RCW 9A.36.021', 'WA CrR 2.2'], 'judicial_warrant', None, True, 'criminal_investigation',
     ['address', 'photo', 'vehicle'], 'mail')
def bq28():
    blocks = [
        ('lh', ["KING COUNTY SHERIFF'S OFFICE", 'Criminal Investigations Division – Major Crimes Unit',
                '516 Third Avenue, Room W-150, Seattle, WA 98104']),
        ('p', 'Date: 2025-01-16'),
        ('p', 'To: Washington State Department of Licensing\n      Driver Records – Law Enforcement Liaison\n      P.O. Box 9030, Olympia, WA 98507'),
        ('b', 'Re: KCSO Case 24-318822 / Felony warrant – DELA CRUZ, Jonathan Paul'),
        ('j', 'The Superior Court of Washington for King County has issued the attached warrant for the arrest of JONATHAN PAUL '
              'DELA CRUZ (DOB June 8, 1997) for Assault in the Second Degree, RCW 9A.36.021. We are attempting to locate Mr. Dela '
              'Cruz and request his current address of record, any address changes during the past 12 months, his license '
              'photograph and any vehicles registered to him.'),
        ('j', 'His girlfriend, Marisol Abad, and his employer, Emerald Logistics (supervisor Ken Orozco), have been contacted and '
              'do not know his whereabouts.'),
        ('p', 'Thank you,\n\n\nDet. Renata Iñiguez #40218\nMajor Crimes Unit\n(206) 555-0123 | renata.iniguez@kingcounty.gov'),
        ('p', 'Sgt. Paul Ostrowski\nMajor Crimes Unit Supervisor'),
        ('pb',),
        ('cb', 'SUPERIOR COURT OF WASHINGTON FOR KING COUNTY'),
        ('cap', 'STATE OF WASHINGTON,\n                  Plaintiff,\n       v.\nJONATHAN PAUL DELA CRUZ,\n                  Defendant.',
         'No. 24-1-08817-4 SEA\n\nWARRANT OF ARREST'),
        ('b', 'THE STATE OF WASHINGTON TO: Any peace officer in the State of Washington'),
        ('j', 'An Information having been filed in this court charging the defendant with the crime of ASSAULT IN THE SECOND '
              'DEGREE, RCW 9A.36.021(1)(c), and the court having found probable cause,'),
        ('j', 'YOU ARE COMMANDED to arrest the above-named defendant and bring him forthwith before this court, or to commit him to '
              'the King County Jail pending his appearance. Bail is fixed at $75,000. This warrant is issued pursuant to CrR 2.2.'),
        ('kv', [('Defendant', 'DELA CRUZ, JONATHAN PAUL'), ('DOB', '06/08/1997'), ('Sex / Race', 'M / A'),
                ('Height / Weight', '5\'09" / 170'), ('Hair / Eyes', 'BLK / BRO')]),
        ('p', 'DATED: January 14, 2025\n\n\n______________________________\nJUDGE Marguerite S. Vandeveer'),
        ('p', 'Presented by: Thomas Ngo, WSBA #48821, Deputy Prosecuting Attorney'),
    ]
    src = tmp('bq28_src.pdf')
    render_pdf(src, blocks, fam='Serif', size=10.5)
    make_scanned(src, out('bq28.pdf'), seed=2828, dpi=200, turns={0: 180})


# =====================================================================
# bq29  born_digital  Hennepin County Attorney letter + MN district court order
# =====================================================================
@doc('bq29', 'born_digital', 'Assistant county attorney cover letter (county attorney printed above) + Minnesota district court order for welfare data',
     R('district-attorney', "Hennepin County Attorney's Office", 'Erik J. Solberg', 'Assistant Hennepin County Attorney',
       'erik.solberg@hennepin.us', '(612) 555-0104'),
     [S('Hodan Ahmed Jama', '1987-04-02')],
     ['MN Stat 13.03', 'MN Stat 609.52', 'MN Stat 13.46'], 'court_order', None, True, 'criminal_investigation',
     ['benefits', 'address', 'other'], 'mail')
def bq29():
    blocks = [
        ('lh', ['HENNEPIN COUNTY ATTORNEY', 'Frances D. Holloway, County Attorney', 'Adult Prosecution Division',
                'C-2000 Government Center, 300 South Sixth Street, Minneapolis, MN 55487']),
        ('p', 'April 29, 2025'),
        ('p', 'Minnesota Department of Children, Youth, and Families\nData Practices Office\nP.O. Box 64998\nSt. Paul, MN 55164'),
        ('b', 'Re: State v. Hodan Ahmed Jama, Court File No. 27-CR-25-9914'),
        ('j', 'Enclosed is a signed Order for Disclosure of Not-Public Data. Please provide the records described in the Order '
              'to my office. Investigator Abdirizak Ali of the Minneapolis Police Department is assisting and may contact you '
              'to arrange delivery.'),
        ('p', 'Very truly yours,\n\n\nErik J. Solberg\nAssistant Hennepin County Attorney\n(612) 555-0104\nerik.solberg@hennepin.us'),
        ('pb',),
        ('p', 'STATE OF MINNESOTA                                         DISTRICT COURT\n'
              'COUNTY OF HENNEPIN                                   FOURTH JUDICIAL DISTRICT\n'
              '                                                              Case Type: Criminal'),
        ('cap', 'State of Minnesota,\n                Plaintiff,\nvs.\nHodan Ahmed Jama,\n                Defendant.',
         'Court File No. 27-CR-25-9914\n\nORDER FOR DISCLOSURE OF NOT-PUBLIC DATA\n(Minn. Stat. § 13.03, subd. 6)'),
        ('j', 'The above matter came before the Court on the motion of the State, by Assistant Hennepin County Attorney Erik J. '
              'Solberg, for an order directing the Minnesota Department of Children, Youth, and Families to disclose data '
              'concerning the Defendant. Based upon the files, records and proceedings herein, the Court makes the following:'),
        ('cb', 'FINDINGS'),
        ('ind', '1. Defendant is charged with theft by swindle, Minn. Stat. § 609.52, subd. 2(a)(4), in connection with payments '
                'received under the Child Care Assistance Program.\n'
                '2. The data sought are classified as private data on individuals under Minn. Stat. § 13.46, subd. 2.\n'
                '3. The data are discoverable, and the interests of justice in their disclosure outweigh any harm to the privacy '
                'of the Defendant.'),
        ('cb', 'ORDER'),
        ('ind', '1. The Department shall disclose to the Hennepin County Attorney\'s Office all Child Care Assistance Program '
                'applications, eligibility determinations, reported household composition, addresses, and payment records '
                'concerning HODAN AHMED JAMA (DOB 04/02/1987) from January 1, 2022 to the present.\n'
                '2. Data concerning the Defendant\'s children and other household members shall be disclosed only to the extent '
                'contained in the Defendant\'s own applications and shall not be further disseminated.\n'
                '3. The data shall be used solely for the prosecution of this matter.'),
        ('p', 'BY THE COURT:\n\n\nDated: April 28, 2025                     ______________________________\n'
              '                                                       Patrick O. Lindgren\n'
              '                                                       Judge of District Court'),
    ]
    render_pdf(out('bq29.pdf'), blocks, fam='Serif', size=10.5)


# =====================================================================
# bq30  txt  ATF e-mail pasted as text (two brothers)
# =====================================================================
@doc('bq30', 'txt', 'Outlook e-mail pasted into a text file: ATF special agent asks DMV about two brothers; FFL owner is a witness',
     R('doj-atf', 'ATF – Denver Field Division', 'Grant T. Schaefer', 'Special Agent', 'Grant.Schaefer@atf.gov', '(303) 555-0153'),
     [S('Dariusz Marek Wiśniewski', '1992-02-14', ('license', '162280457')),
      S('Tomasz Wiśniewski', '1995-09-09')],
     ['18 USC 922', '18 USC 924', '18 USC 932'], 'none', None, False, 'criminal_investigation',
     ['photo', 'address', 'vehicle'], 'email')
def bq30():
    text = """From: Schaefer, Grant T. (ATF) <Grant.Schaefer@atf.gov>
Sent: Tuesday, March 25, 2025 3:17 PM
To: DMV Records Request <dor_dmvrecords@state.co.us>
Cc: Kowalczyk, Irena (ATF) <Irena.Kowalczyk@atf.gov>
Subject: Request for DMV info - ATF Denver Field Division

Good afternoon,

I'm a Special Agent with ATF, Denver Field Division, Group II. We have an open criminal investigation into straw purchasing and firearms trafficking (18 U.S.C. §§ 922(a)(6), 924(a)(1)(A), and 932). I'd like to request DMV information on two brothers:

  WIŚNIEWSKI, Dariusz Marek -- DOB 14 Feb 1992 -- CO DL 16-228-0457
  WIŚNIEWSKI, Tomasz -- DOB 09 Sep 1995 -- (may hold a Wyoming DL instead)

Specifically: DL/ID photo, address history, and any vehicles registered to either of them.

The licensed dealer that reported the suspicious purchases (Front Range Outdoor Supply, owner Glen Haskins) is cooperating and is not a subject. My group supervisor, Irena Kowalczyk, is copied.

Thanks,
Grant

Grant T. Schaefer
Special Agent
ATF - Denver Field Division, Group II
(303) 555-0153 desk
Grant.Schaefer@atf.gov

This e-mail and any attachments are LAW ENFORCEMENT SENSITIVE.
"""
    with open(out('bq30.txt'), 'w', encoding='utf-8') as f:
        f.write(text)


# =====================================================================
# bq31  scanned  Colorado criminal subpoena duces tecum (DDA)
# =====================================================================
@doc('bq31', 'scanned', 'Colorado district court criminal subpoena duces tecum, attorney block of deputy DA, clerk signature, return of service',
     R('district-attorney', 'Office of the District Attorney, 17th Judicial District', 'Lauren E. Fitzgerald',
       'Deputy District Attorney', 'lfitzgerald@da17.state.co.us', '303-555-0181'),
     [S('Octavio Núñez Barragán', '1987-01-22')],
     ['CO CrimP 17', 'CO CRE 803', 'CO CRE 902', 'CRS 18-3-203', 'CRS 8-72-107'], 'court_subpoena', None, True,
     'criminal_investigation', ['wages', 'employment'], 'mail')
def bq31():
    blocks = [
        ('cap', 'DISTRICT COURT, ADAMS COUNTY, STATE OF COLORADO\nCourt Address: 1100 Judicial Center Dr., Brighton, CO 80601\n\n'
                'THE PEOPLE OF THE STATE OF COLORADO\n\nv.\n\nDefendant: OCTAVIO NÚÑEZ BARRAGÁN',
         '\n\n▲ COURT USE ONLY ▲'),
        ('cap', 'Attorney: Lauren E. Fitzgerald, Deputy District Attorney, #45120\nOffice of the District Attorney, 17th Judicial District\n'
                '1000 Judicial Center Drive, Suite 100, Brighton, CO 80601\nPhone: 303-555-0181   E-mail: lfitzgerald@da17.state.co.us',
         'Case Number: 25CR1204\n\nDiv.: 4'),
        ('h', 'SUBPOENA DUCES TECUM TO PRODUCE RECORDS\n(Crim. P. 17(c))'),
        ('p', 'TO: Custodian of Records, Colorado Department of Labor and Employment, Unemployment Insurance, 251 E. 12th Avenue, Denver, CO 80203'),
        ('j', 'YOU ARE ORDERED to appear before the above Court, Division 4, on the 10th day of October, 2025, at 8:30 a.m., to '
              'testify as a witness in the above case on behalf of the People, and to bring with you: all quarterly wage records '
              'and employer names and addresses reported for OCTAVIO NÚÑEZ BARRAGÁN, DOB 1987-01-22 (also recorded as "Octavio '
              'Nunez"), for the period January 1, 2024 to the present.'),
        ('j', 'In lieu of appearance, the records may be provided with an affidavit of the custodian in accordance with C.R.E. '
              '803(6) and 902(11). The records are requested for use at trial in the prosecution of second degree assault, C.R.S. '
              '§ 18-3-203 (victim identified as A.M.R.). The People acknowledge that the records are confidential under C.R.S. '
              '§ 8-72-107 and are sought by court process.'),
        ('p', 'Date: 09/10/2025                 CLERK OF COURT\n\n                                        By: K. Ramírez, Deputy Clerk'),
        ('pb',),
        ('h', 'RETURN OF SERVICE'),
        ('p', 'I declare under oath that I served this Subpoena on ______________________ in ______________ County, Colorado, on '
              '__________ (date) at ______ (time) by [ ] personal service [ ] leaving a copy with ______________________.\n\n'
              'Server\'s signature: ______________________   Private process server [ ]  Sheriff [ ]'),
    ]
    src = tmp('bq31_src.pdf')
    render_pdf(src, blocks, fam='Serif', size=10.5)
    make_scanned(src, out('bq31.pdf'), seed=3131, dpi=200, turns={1: 90})


# =====================================================================
# bq32  txt  SSA OIG e-mail thread pasted as text
# =====================================================================
@doc('bq32', 'txt', 'SSA-OIG e-mail thread copied to text (reply adds SSN/alias); household members named but not subjects',
     R('ssa-oig', 'Social Security Administration, Office of the Inspector General, Denver Field Division', 'Anh T. Luong',
       'Special Agent', 'anh.luong@ssa.gov', '(303) 555-0107'),
     [S('Francisco Javier Ruiz-Esparza', '1961-10-04', ('ssn_last4', '2290'))],
     ['42 USC 1383a', '18 USC 641', '5 USC 406', '5 USC 552a'], 'none', None, False, 'criminal_investigation',
     ['benefits', 'address', 'other'], 'email')
def bq32():
    text = """From: Luong, Anh T. (OIG) <anh.luong@ssa.gov>
Sent: Monday, June 9, 2025 11:46 AM
To: CDHS Records Requests <cdhs_records@state.co.us>
Cc: Reynolds, Marcus (OIG) <marcus.reynolds@ssa.gov>
Subject: RE: SSA OIG request - RUIZ-ESPARZA, Francisco Javier

Hi again -- one more identifier: his SSN ends in 2290, and he may also appear as "Frank Ruiz". Thanks!

Anh

-----Original Message-----
From: Luong, Anh T. (OIG)
Sent: Monday, June 9, 2025 10:02 AM
To: CDHS Records Requests
Cc: Reynolds, Marcus (OIG)
Subject: SSA OIG request - RUIZ-ESPARZA, Francisco Javier

Good morning,

The Social Security Administration, Office of the Inspector General, Denver Field Division, is conducting a criminal investigation of Francisco Javier RUIZ-ESPARZA (DOB 1961-10-04), a Supplemental Security Income recipient who we believe concealed household income and resources, in possible violation of 42 U.S.C. § 1383a and 18 U.S.C. § 641.

We request SNAP and Medicaid application records showing household composition, reported income, and residential address for January 2022 to present. His wife, Leticia Ruiz, and adult son, Daniel Ruiz, are listed as household members; we are not requesting records about them beyond what appears on Mr. Ruiz-Esparza's applications.

This request is made under the Inspector General Act of 1978, 5 U.S.C. § 406, and the routine-use provisions of the Privacy Act, 5 U.S.C. § 552a(b)(7).

Anh T. Luong
Special Agent
SSA Office of the Inspector General
Denver Field Division
(303) 555-0107
anh.luong@ssa.gov
"""
    with open(out('bq32.txt'), 'w', encoding='utf-8') as f:
        f.write(text)


# =====================================================================
# main
# =====================================================================
EXT = {'born_digital': 'pdf', 'scanned': 'pdf', 'fax': 'tif', 'eml': 'eml', 'txt': 'txt'}


def main():
    os.makedirs(TMP, exist_ok=True)
    ids = [d['id'] for d in DOCS]
    assert len(ids) == len(set(ids)) == 32, ids
    for d in DOCS:
        d['build']()
        path = out('%s.%s' % (d['id'], EXT[d['fmt']]))
        assert os.path.exists(path), path
        assert os.path.getsize(path) < 2 * 1024 * 1024, (path, os.path.getsize(path))
        with open(out('%s.expected.json' % d['id']), 'w', encoding='utf-8') as f:
            json.dump(d['exp'], f, ensure_ascii=False, indent=2)
            f.write('\n')
        print(d['id'], d['fmt'], d['exp']['legal_process']['type'], os.path.getsize(path))
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == '__main__':
    main()
