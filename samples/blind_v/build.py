#!/usr/bin/env python3
"""Build the blind_v sample set ("who is the sender", mostly paper).

Written by an independent author who never saw the extraction program.
Run:  /work/main/.venv/bin/python samples/blind_v/build.py
Every file is written deterministically (fixed seeds, fixed dates) into this folder.
Temporary rasters go to /tmp/author_v.
"""
import email.utils
import glob
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from email.message import EmailMessage

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

rl_config.invariant = 1

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = '/tmp/author_v'
FAMILY = 'blind-v'
FD = '/usr/share/fonts/truetype/dejavu/'
SIGFONT = '/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf'
FIXED_TIME = time.strptime('2025-11-01 12:00:00', '%Y-%m-%d %H:%M:%S')

for _n, _f in [('Sans', 'DejaVuSans.ttf'), ('Sans-B', 'DejaVuSans-Bold.ttf'),
               ('Sans-I', 'DejaVuSans-Oblique.ttf'), ('Serif', 'DejaVuSerif.ttf'),
               ('Serif-B', 'DejaVuSerif-Bold.ttf'), ('Serif-I', 'DejaVuSerif-Italic.ttf'),
               ('Mono', 'DejaVuSansMono.ttf'), ('Mono-B', 'DejaVuSansMono-Bold.ttf'),
               ('Cond', 'DejaVuSansCondensed.ttf'), ('Cond-B', 'DejaVuSansCondensed-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f))
registerFontFamily('Sans', normal='Sans', bold='Sans-B', italic='Sans-I', boldItalic='Sans-B')
registerFontFamily('Serif', normal='Serif', bold='Serif-B', italic='Serif-I', boldItalic='Serif-B')
registerFontFamily('Mono', normal='Mono', bold='Mono-B', italic='Mono', boldItalic='Mono-B')
registerFontFamily('Cond', normal='Cond', bold='Cond-B', italic='Cond', boldItalic='Cond-B')

# --------------------------------------------------------------------------- text helpers

_STYLES = {}


def _style(font, size, align, after, lead, indent, first):
    key = (font, size, align, after, lead, indent, first)
    if key not in _STYLES:
        _STYLES[key] = ParagraphStyle(
            'S%d' % len(_STYLES), fontName=font, fontSize=size,
            leading=lead or size * 1.28, alignment={'L': 0, 'C': 1, 'R': 2, 'J': 4}[align],
            spaceAfter=after, leftIndent=indent, firstLineIndent=first)
    return _STYLES[key]


def fmt(t):
    t = t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    t = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', t, flags=re.S)
    t = re.sub(r'__(.+?)__', r'<u>\1</u>', t, flags=re.S)
    t = re.sub(r'~~(.+?)~~', r'<i>\1</i>', t, flags=re.S)
    return t.replace('\n', '<br/>')


def P(text, font='Serif', size=10.5, align='L', after=6, lead=None, indent=0, first=0):
    return Paragraph(fmt(text), _style(font, size, align, after, lead, indent, first))


def SP(h=8):
    return Spacer(1, h)


def PB():
    return PageBreak()


def HR(width=6.7, thick=0.8, after=6):
    t = Table([['']], colWidths=[width * inch], rowHeights=[2])
    t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), thick, colors.black)]))
    return [t, SP(after)]


def TBL(rows, widths, font='Sans', size=8.5, grid=True, pad=3, bold_first_col=False, valign='TOP',
        extra=None, header=False):
    data = []
    for r in rows:
        row = []
        for j, c in enumerate(r):
            if isinstance(c, str):
                txt = ('**%s**' % c) if (bold_first_col and j == 0 and c) else c
                row.append(P(txt, font, size, 'L', 0))
            else:
                row.append(c)
        data.append(row)
    t = Table(data, colWidths=[w * inch for w in widths])
    st = [('VALIGN', (0, 0), (-1, -1), valign), ('LEFTPADDING', (0, 0), (-1, -1), pad),
          ('RIGHTPADDING', (0, 0), (-1, -1), pad), ('TOPPADDING', (0, 0), (-1, -1), pad),
          ('BOTTOMPADDING', (0, 0), (-1, -1), pad)]
    if grid:
        st.append(('GRID', (0, 0), (-1, -1), 0.6, colors.black))
    if header:
        st.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d9d9d9')))
    st += extra or []
    t.setStyle(TableStyle(st))
    return t


_SIGN = [0]


def SIG(name, width=2.0, size=70, seed=0, slant=-4, ink=(25, 35, 95)):
    """A handwritten-looking signature image (the name is rendered in a script font)."""
    _SIGN[0] += 1
    font = ImageFont.truetype(SIGFONT, size)
    l, t, r, b = font.getbbox(name)
    w, h = r - l + 40, b - t + 40
    img = Image.new('RGB', (w, h), 'white')
    d = ImageDraw.Draw(img)
    d.text((20 - l, 20 - t), name, font=font, fill=ink)
    rng = random.Random(seed + len(name))
    # a flourish under the name
    y = h - 18
    pts = [(15 + i * (w - 30) / 8, y + rng.uniform(-6, 4)) for i in range(9)]
    d.line(pts, fill=ink, width=3)
    img = img.rotate(slant, resample=Image.BICUBIC, expand=True, fillcolor='white')
    path = os.path.join(TMP, 'sig_%03d.png' % _SIGN[0])
    img.save(path)
    hh = width * img.size[1] / img.size[0]
    im = RLImage(path, width=width * inch, height=hh * inch)
    im.hAlign = 'LEFT'
    return im


def LH_CENTER(lines, font='Serif', sizes=(14, 10.5, 9), rule=True):
    out = []
    for i, l in enumerate(lines):
        sz = sizes[min(i, len(sizes) - 1)]
        out.append(P(('**%s**' % l) if i == 0 else l, font, sz, 'C', 1))
    if rule:
        out += HR(after=10)
    else:
        out.append(SP(10))
    return out


def LH_SIDE(left, center, right, font='Serif'):
    """Letterhead with the office holders printed in the side columns."""
    lc = P('\n'.join(left), font, 7.5, 'L', 0)
    cc = P('\n'.join(['**%s**' % center[0]] + center[1:]), font, 10, 'C', 0, lead=13)
    rc = P('\n'.join(right), font, 7.5, 'R', 0)
    t = Table([[lc, cc, rc]], colWidths=[1.7 * inch, 3.3 * inch, 1.7 * inch])
    t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    return [t] + HR(after=10)


# --------------------------------------------------------------------------- PDF / raster

def draw_stamp(c, x, y, lines, angle=0, color=(0.7, 0.1, 0.1), size=10):
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    col = colors.Color(*color)
    c.setStrokeColor(col)
    c.setFillColor(col)
    c.setLineWidth(1.6)
    w = max(stringWidth(l, 'Sans-B', size) for l in lines) + 18
    h = (size + 4) * len(lines) + 10
    c.roundRect(-w / 2, -h / 2, w, h, 5)
    c.roundRect(-w / 2 + 3, -h / 2 + 3, w - 6, h - 6, 4)
    for i, l in enumerate(lines):
        c.setFont('Sans-B' if i != len(lines) - 1 else 'Sans', size)
        c.drawCentredString(0, h / 2 - 8 - size - i * (size + 4), l)
    c.restoreState()


def build_pdf(path, story, footer=None, stamps=None, margin=0.9, top=0.65, bottom=0.85,
              pagenum=None, texts=None):
    """stamps: {page_no: [(x_in, y_in, [lines], angle, rgb), ...]}
    texts: {page_no: [(x_in, y_in, text, font, size, angle, rgb)]} free-floating text (hand notes)."""
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=margin * inch,
                            rightMargin=margin * inch, topMargin=top * inch,
                            bottomMargin=bottom * inch, title='', author='', subject='',
                            creator='', producer='')

    def onpage(c, d):
        n = c.getPageNumber()
        if footer:
            c.setFont('Sans', 7)
            ls = footer.split('\n')
            for i, l in enumerate(ls):
                c.drawCentredString(letter[0] / 2, 0.55 * inch - i * 9, l.replace('{n}', str(n)))
        if pagenum:
            c.setFont('Sans', 8)
            c.drawRightString(letter[0] - margin * inch, 0.35 * inch, pagenum.format(n=n))
        for s in (stamps or {}).get(n, []):
            x, y, ls, ang, rgb = s
            draw_stamp(c, x * inch, y * inch, ls, ang, rgb)
        for s in (texts or {}).get(n, []):
            x, y, t, f, sz, ang, rgb = s
            c.saveState()
            c.translate(x * inch, y * inch)
            c.rotate(ang)
            c.setFillColor(colors.Color(*rgb))
            c.setFont(f, sz)
            c.drawString(0, 0, t)
            c.restoreState()

    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


def rasterize(pdf, dpi, gray=True):
    d = os.path.join(TMP, 'r_' + os.path.basename(pdf).replace('.', '_'))
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    args = ['pdftoppm', '-r', str(dpi), '-png'] + (['-gray'] if gray else []) + [pdf, os.path.join(d, 'p')]
    subprocess.run(args, check=True)
    files = sorted(glob.glob(os.path.join(d, 'p-*.png')), key=lambda f: int(re.findall(r'-(\d+)\.png$', f)[0]))
    out = []
    for f in files:
        im = Image.open(f)
        im.load()
        out.append(im.copy())
    return out


def degrade_scan(im, rng, color=False, noise=6.0, angle=None, rot=0, quality=50, blur=0.55):
    mode = 'RGB' if color else 'L'
    a = np.asarray(im.convert(mode)).astype(np.float32)
    tone = rng.uniform(216, 234)
    a = 14 + a * (tone - 14) / 255.0
    if color:
        a = a * np.array([1.0, 0.985, 0.94], dtype=np.float32)
    hgt, wid = a.shape[:2]
    # uneven illumination from the scanner lid
    grad = np.linspace(rng.uniform(-10, 0), rng.uniform(0, 8), wid, dtype=np.float32)[None, :]
    if color:
        grad = grad[..., None]
    a = a + grad
    a = a + rng.normal(0, noise, a.shape).astype(np.float32)
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a, mode)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if angle is None:
        angle = rng.choice([-1, 1]) * rng.uniform(0.5, 1.9)
    fill = (int(tone * 0.8),) * 3 if color else int(tone * 0.8)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    if rot:
        img = img.rotate(rot, expand=True)
    buf = io.BytesIO()
    img.save(buf, 'JPEG', quality=quality)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return out


def scan_pdf(src, dst, seed, dpi=200, color=False, rot=None, quality=50, noise=6.0):
    rng = np.random.default_rng(seed)
    pages = rasterize(src, dpi, gray=not color)
    imgs = [degrade_scan(p, rng, color=color, rot=(rot or {}).get(i + 1, 0), quality=quality, noise=noise)
            for i, p in enumerate(pages)]
    imgs[0].save(dst, 'PDF', save_all=True, append_images=imgs[1:], resolution=float(dpi),
                 quality=quality, creationDate=FIXED_TIME, modDate=FIXED_TIME, title='scan')


def fax_tiff(src, dst, seed, headers, rot=None, thresh=150):
    """headers: a function page_no, total -> header string (or None)."""
    rng = np.random.default_rng(seed)
    pages = rasterize(src, 200, gray=True)
    mono = ImageFont.truetype(FD + 'DejaVuSansMono.ttf', 21)
    frames = []
    n = len(pages)
    for i, im in enumerate(pages):
        ang = rng.choice([-1, 1]) * rng.uniform(0.3, 1.1)
        im = im.convert('L').rotate(ang, resample=Image.BICUBIC, fillcolor=255)
        r = (rot or {}).get(i + 1, 0)
        if r:
            im = im.rotate(r, expand=True)
        a = np.asarray(im).astype(np.float32)
        a = a + rng.normal(0, 22, a.shape)
        specks = rng.random(a.shape) < 0.00025
        a[specks] = 0
        # a faint vertical streak from a dirty scanner glass
        x = int(rng.integers(200, a.shape[1] - 200))
        a[:, x:x + 2] -= rng.uniform(0, 140)
        b = np.where(a > thresh, 255, 0).astype(np.uint8)
        img = Image.fromarray(b, 'L')
        h = headers(i + 1, n)
        if h:
            d = ImageDraw.Draw(img)
            d.rectangle([0, 0, img.size[0], 36], fill=255)
            d.text((24, 8), h, font=mono, fill=0)
        frames.append(img.convert('1'))
    frames[0].save(dst, compression='group4', dpi=(200, 200), save_all=True, append_images=frames[1:])


def photo_jpeg(src_pdf, seed, page=1, width=1300, quality=72):
    """A phone photo of a paper form: colour, tilted, uneven light."""
    rng = np.random.default_rng(seed)
    im = rasterize(src_pdf, 150, gray=False)[page - 1].convert('RGB')
    a = np.asarray(im).astype(np.float32)
    a = 20 + a * 0.82
    a = a * np.array([1.0, 0.97, 0.9], dtype=np.float32)
    hgt, wid = a.shape[:2]
    yy, xx = np.mgrid[0:hgt, 0:wid].astype(np.float32)
    shade = 1.0 - 0.18 * ((xx / wid - 0.3) ** 2 + (yy / hgt - 0.2) ** 2)
    a = a * shade[..., None]
    a += rng.normal(0, 3, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), 'RGB')
    img = img.rotate(-2.6, resample=Image.BICUBIC, expand=True, fillcolor=(92, 74, 58))
    img = img.resize((width, int(width * img.size[1] / img.size[0])), Image.LANCZOS)
    buf = io.BytesIO()
    img.save(buf, 'JPEG', quality=quality)
    return buf.getvalue()


def scan_png(src_pdf, seed, dpi=150):
    rng = np.random.default_rng(seed)
    pages = rasterize(src_pdf, dpi, gray=True)
    im = pages[0].convert('L')
    a = np.asarray(im).astype(np.float32)
    a = 10 + a * 0.9
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), 'L')
    img = img.rotate(0.8, resample=Image.BICUBIC, fillcolor=200)
    img = img.quantize(16).convert('L')
    buf = io.BytesIO()
    img.save(buf, 'PNG', optimize=True)
    return buf.getvalue()


# --------------------------------------------------------------------------- labels

def S(name, dob=None, *ids):
    return {'name': name, 'dob': dob, 'identifiers': [{'type': t, 'value': v} for t, v in ids]}


def label(id_, fmt_, template, agency_key, agency_name, person, title, email_, phone,
          subjects, basis, ptype, form, attached, purpose, records, channel):
    return {
        'id': id_, 'family': FAMILY, 'format': fmt_, 'template': template,
        'requestor': {'agency_key': agency_key, 'agency_name': agency_name, 'person': person,
                      'title': title, 'email': email_, 'phone': phone},
        'subjects': subjects,
        'legal_basis': [{'normalized': b} for b in basis],
        'legal_process': {'type': ptype,
                          'court_issued': ptype in ('judicial_warrant', 'court_order',
                                                    'grand_jury_subpoena', 'court_subpoena'),
                          'form': form},
        'warrant_or_subpoena_attached': attached,
        'purpose': purpose,
        'records_requested': records,
        'channel': channel,
    }


def write_label(lab):
    with open(os.path.join(OUT, lab['id'] + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)
        f.write('\n')


def tmp(name):
    return os.path.join(TMP, name)


def fax_header(date, time_, from_, fromnum, to=None):
    def h(i, n):
        s = '%s %s  FROM: %-24s %s' % (date, time_, from_, fromnum)
        if to:
            s += '   TO: %s' % to
        return s + '   P.%03d/%03d' % (i, n)
    return h


def make_eml(frm, to, subject, date, msgid, cc=None, body=None, html=None, attachments=(),
             extra_headers=None, reply_to=None, in_reply_to=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subject
    m['Date'] = date
    m['Message-ID'] = msgid
    if in_reply_to:
        m['In-Reply-To'] = in_reply_to
        m['References'] = in_reply_to
    for k, v in (extra_headers or []):
        m[k] = v
    if body is not None and html is not None:
        m.set_content(body)
        m.add_alternative(html, subtype='html')
    elif html is not None:
        m.set_content(html, subtype='html')
    else:
        m.set_content(body)
    for a in attachments:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
        else:
            data, maintype, subtype, fname = a
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


def write_eml(id_, msg):
    with open(os.path.join(OUT, id_ + '.eml'), 'wb') as f:
        f.write(bytes(msg))


DOCS = {}


def doc(id_):
    def deco(fn):
        DOCS[id_] = fn
        return fn
    return deco


def fax_cover(title_lines, fields, message, notice, font='Sans'):
    out = LH_CENTER(title_lines, font=font, sizes=(13, 9.5, 8.5))
    out.append(P('**FACSIMILE TRANSMITTAL SHEET**', font, 16, 'C', 10))
    out.append(TBL([[k, v] for k, v in fields], [1.4, 5.2], font=font, size=10, bold_first_col=True, pad=5))
    out.append(SP(12))
    out.append(P('**Message / Comments:**', font, 10, 'L', 4))
    out.append(P(message, font, 10.5, 'L', 10))
    out.append(SP(20))
    out += HR(after=4)
    out.append(P(notice, font, 7.5, 'J', 0))
    return out


# =========================================================================== documents

@doc('bv01')
def bv01():
    """Pennsylvania State Police letter; letterhead prints Commissioner + Troop Commander; trooper signs."""
    st = []
    st += LH_SIDE(['COMMONWEALTH OF PENNSYLVANIA', '', 'Col. Raymond T. Hollister', 'Commissioner'],
                  ['PENNSYLVANIA STATE POLICE', 'Troop J \u2013 Lancaster', 'Criminal Investigation Unit',
                   '2099 Lincoln Highway East, Lancaster, PA 17602'],
                  ['Capt. Diane M. Sowers', 'Troop Commander', '', 'Phone: 717-555-0100', 'Fax: 717-555-0109'])
    st.append(P('March 12, 2025', after=10))
    st.append(P('Pennsylvania Department of Transportation\nBureau of Driver Licensing \u2013 Certification Section\n'
                'P.O. Box 68695\nHarrisburg, PA 17106-8695', after=10))
    st.append(P('**RE:  Request for Driver License Photograph and Records**\n'
                '**PSP Incident No.: PA2025-0412877**', after=10))
    st.append(P('Dear Records Custodian:'))
    st.append(P('The Pennsylvania State Police, Troop J Criminal Investigation Unit, is investigating a series of '
                'fraudulent account openings at retail lenders in Lancaster and Chester Counties. The offenses under '
                'investigation include theft by deception, 18 Pa.C.S. \u00a7 3922, and access device fraud, '
                '18 Pa.C.S. \u00a7 4106. Surveillance images obtained from two of the victim businesses appear to '
                'show the person named below presenting a Pennsylvania driver\u2019s license.', align='J'))
    st.append(P('In accordance with 75 Pa.C.S. \u00a7 6114, I am requesting a certified copy of the most recent driver '
                'license photograph, the license history, and the current and prior mailing addresses on file for:',
                align='J'))
    st.append(TBL([['Name', 'Date of Birth', 'PA Operator No.'],
                   ['KOVALENKO, Dmytro', '07/21/1989', '31 452 887']], [2.6, 1.6, 1.8], size=10, header=True))
    st.append(SP(10))
    st.append(P('My supervisor, Cpl. Lisa A. Brandt, has reviewed and approved this request. The information will be used '
                'solely for this criminal investigation. Please return the records to my attention at the address '
                'above or by e-mail to kemahaffey@pa.gov. I can be reached at 717-555-0134.', align='J'))
    st.append(P('Thank you for your assistance.', after=14))
    st.append(P('Respectfully,', after=2))
    st.append(SIG('Kevin J. Mahaffey', width=1.9, seed=1))
    st.append(P('Tpr. Kevin J. Mahaffey\nCriminal Investigation Unit, Troop J\nPennsylvania State Police', after=14))
    st.append(P('KJM/kjm\ncc: Cpl. Lisa A. Brandt, CIU Supervisor\n      File', size=8.5))
    src = tmp('bv01.pdf')
    build_pdf(src, st, footer='An Internationally Accredited Law Enforcement Agency',
              stamps={1: [(5.9, 8.35, ['RECEIVED', 'MAR 17 2025', 'PENNDOT BDL \u2013 CERT.', 'by: T.L.W.'], 9,
                           (0.1, 0.2, 0.6))]})
    scan_pdf(src, os.path.join(OUT, 'bv01.pdf'), seed=101, color=True, quality=45)
    return label('bv01', 'scanned', 'state police letter, commissioner in letterhead, trooper signs, supervisor approved',
                 'state-police', 'Pennsylvania State Police', 'Kevin J. Mahaffey', 'Trooper',
                 'kemahaffey@pa.gov', '717-555-0134',
                 [S('Dmytro Kovalenko', '1989-07-21', ('license', '31452887'))],
                 ['18 PaCS 3922', '18 PaCS 4106', '75 PaCS 6114'], 'none', None, False,
                 'criminal_investigation', ['photo', 'license', 'address'], 'mail')


@doc('bv02')
def bv02():
    """DEA administrative subpoena (21 USC 876) faxed by a legal assistant for the issuing agent."""
    st = fax_cover(['U.S. Department of Justice', 'Drug Enforcement Administration',
                    'Detroit Field Division \u2013 Grand Rapids Resident Office'],
                   [('TO:', 'Michigan Unemployment Insurance Agency \u2013 Office of Legal Affairs'),
                    ('FAX:', '(517) 555-0190'),
                    ('FROM:', 'Renee A. Oduya, Legal Assistant\n(for Special Agent Marcus T. Bell)'),
                    ('PHONE:', '(616) 555-0140 (main office)'),
                    ('DATE:', '04/22/2025'),
                    ('PAGES:', '3 (including cover)'),
                    ('RE:', 'Administrative Subpoena \u2013 DEA File No. MD-25-0117')],
                   'Attached is an administrative subpoena issued by SA Bell. Please direct all questions and the '
                   'responsive records to SA Bell directly \u2013 desk (616) 555-0162, marcus.t.bell@dea.gov. '
                   'This fax line is not monitored after 4:30 p.m.',
                   'CONFIDENTIALITY NOTICE: This facsimile contains information from the Drug Enforcement Administration '
                   'that is law enforcement sensitive. If you are not the intended recipient, you are hereby notified '
                   'that any review, dissemination or copying is strictly prohibited. Please notify the sender by '
                   'telephone and destroy the original.')
    st.append(PB())
    st += LH_CENTER(['U.S. Department of Justice', 'Drug Enforcement Administration'], sizes=(12, 11))
    st.append(P('**SUBPOENA**', 'Serif', 18, 'C', 2))
    st.append(P('(Issued under authority of Section 506 of Public Law 91-513, 21 U.S.C. 876)', 'Serif', 8.5, 'C', 10))
    st.append(TBL([['TO:', 'Custodian of Records\nMichigan Department of Labor and Economic Opportunity\n'
                                'Unemployment Insurance Agency\n3024 W. Grand Blvd., Detroit, MI 48202'],
                   ['In the matter of:', 'DEA File No. MD-25-0117 / G-DEP Identifier: RZ5K1'],
                   ['Subpoena No.:', 'DEA-GR-25-0093']], [1.5, 5.2], font='Serif', size=9.5))
    st.append(SP(8))
    st.append(P('By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED to appear before Special Agent '
                'Marcus T. Bell, an officer of the Drug Enforcement Administration, at 3053 Kraft Ave SE, Suite 200, '
                'Grand Rapids, Michigan, on the 12th day of May, 2025, at 10:00 o\u2019clock A.M., to give testimony '
                'and to bring with you and produce the records described below, in connection with an investigation '
                'relating to the enforcement of the Controlled Substances Act (Title 21, United States Code, '
                'Section 801 et seq.).', 'Serif', 10, 'J'))
    st.append(P('**RECORDS TO BE PRODUCED:** For the period January 1, 2022 to the present, all quarterly wage records, '
                'employer names and addresses, and claimant mailing addresses and telephone numbers pertaining to:',
                'Serif', 10, 'J'))
    st.append(TBL([['Name', 'DOB', 'SSN (last 4)'],
                   ['IB\u00c1\u00d1EZ ROJAS, Jes\u00fas Alberto', '02/14/1991', 'xxx-xx-4471'],
                   ['DORSEY, Kayla Renee', '09/30/1995', 'xxx-xx-0386']], [3.0, 1.4, 1.4], font='Serif', size=9.5,
                  header=True))
    st.append(SP(6))
    st.append(P('In lieu of personal appearance, you may comply with this subpoena by delivering legible copies of the '
                'records to the Special Agent named above on or before the return date. Do not disclose the existence '
                'of this subpoena; disclosure could impede the investigation.', 'Serif', 9.5, 'J'))
    st.append(P('Failure to comply with this subpoena will render you liable to proceedings in the United States District '
                'Court to enforce obedience to the requirements of this subpoena.', 'Serif', 9.5, 'J'))
    st.append(SP(6))
    st.append(TBL([[P('Issued at Grand Rapids, Michigan\nthis 22nd day of April, 2025', 'Serif', 9.5, 'L', 0),
                    [SIG('Marcus T. Bell', width=1.7, seed=2), P('Marcus T. Bell, Special Agent\n(Issuing Official)\n'
                                                                 'Telephone: (616) 555-0162', 'Serif', 9, 'L', 0)]]],
                  [3.2, 3.5], grid=False))
    st.append(PB())
    st.append(P('**RETURN OF SERVICE**', 'Serif', 12, 'C', 10))
    st.append(P('I certify that I served this subpoena on the person named herein by facsimile transmission to (517) 555-0190 '
                'on 04/22/2025, with the consent of the recipient.', 'Serif', 10))
    st.append(P('Served by: ~~R. A. Oduya~~ for SA M. T. Bell', 'Serif', 10))
    st.append(SP(20))
    st.append(P('**CERTIFICATE OF CUSTODIAN OF RECORDS** (to be completed by the records custodian)', 'Serif', 10))
    st.append(P('I, ____________________________, certify that I am the custodian of records of the agency named above '
                'and that the attached ______ pages are true copies of records kept in the regular course of business.\n\n'
                'Signature: _____________________________   Date: ______________', 'Serif', 10))
    src = tmp('bv02.pdf')
    build_pdf(src, st, footer='Page {n}')
    fax_tiff(src, os.path.join(OUT, 'bv02.tif'), seed=202,
             headers=fax_header('04/22/2025', '15:07', 'DEA GRAND RAPIDS RO', '6165550149', '15175550190'))
    return label('bv02', 'fax', 'DEA administrative subpoena faxed by legal assistant for issuing agent',
                 'doj-dea', 'Drug Enforcement Administration, Detroit Field Division', 'Marcus T. Bell', 'Special Agent',
                 'marcus.t.bell@dea.gov', '616-555-0162',
                 [S('Jesús Alberto Ibáñez Rojas', '1991-02-14', ('ssn_last4', '4471')),
                  S('Kayla Renee Dorsey', '1995-09-30', ('ssn_last4', '0386'))],
                 ['PL 91-513', '21 USC 876', '21 USC 801'], 'administrative_subpoena', None, True,
                 'criminal_investigation', ['wages', 'employment', 'address', 'phone'], 'fax')


@doc('bv03')
def bv03():
    """Wisconsin sheriff's letter: sheriff printed in letterhead, detective sergeant signs, partner named."""
    st = []
    st += LH_CENTER(['MARATHON COUNTY SHERIFF\u2019S OFFICE', 'Sheriff Thomas R. Kowalczyk  \u2022  Chief Deputy Ann L. Reinholt',
                     '500 Forest Street, Wausau, WI 54403  \u2022  (715) 555-0100'], font='Sans', sizes=(15, 9, 8.5))
    st.append(P('June 3, 2025', 'Sans', 10))
    st.append(P('**VIA E-MAIL** (dmvrecords@dot.wi.gov)', 'Sans', 9.5))
    st.append(P('Wisconsin Department of Transportation\nDivision of Motor Vehicles \u2013 Records Unit\n4802 Sheboygan Avenue\n'
                'Madison, WI 53705', 'Sans', 10, after=10))
    st.append(P('**Re: Law enforcement request \u2013 MCSO Case No. 25-004417**', 'Sans', 10, after=8))
    st.append(P('To whom it may concern,', 'Sans', 10))
    st.append(P('Detective Sara Lindqvist and I are investigating a series of residential burglaries in the Town of Rib '
                'Mountain and the Village of Weston (Wis. Stat. \u00a7 943.10). A vehicle seen leaving two of the scenes '
                'was traced to the person listed below through a partial plate and a pawn transaction.', 'Sans', 10, 'J'))
    st.append(P('Pursuant to the law-enforcement exception of the Driver\u2019s Privacy Protection Act, 18 U.S.C. '
                '\u00a7 2721(b)(1), and Wis. Stat. \u00a7 343.027, I request the following for the subject:', 'Sans', 10, 'J'))
    st.append(P('\u2022 current address of record and address history\n\u2022 the most recent DL/ID photograph\n'
                '\u2022 all vehicles currently or previously registered to him (last 3 years)', 'Sans', 10, indent=18))
    st.append(P('Subject:  **Ahmed Abdirahman Warsame**    DOB: 3 Nov 1998    WI DL: W652-4418-9921-07', 'Sans', 10,
                after=10))
    st.append(P('Lt. Gary Schultz, Investigations Division commander, has approved this request. If I am unavailable, '
                'Det. Lindqvist can be reached at (715) 555-0152. Otherwise please send the results to me.', 'Sans', 10, 'J'))
    st.append(SP(6))
    st.append(P('Sincerely,', 'Sans', 10, after=0))
    st.append(SIG('Nathan Vang', width=1.6, seed=3))
    st.append(P('Det. Sgt. Nathan P. Vang\nInvestigations Division\nDesk: (715) 555-0147  |  nvang@co.marathon.wi.us',
                'Sans', 9.5, after=14))
    st.append(P('cc:   Lt. Gary Schultz\n        Det. Sara Lindqvist\n        Case file 25-004417', 'Sans', 8.5))
    build_pdf(os.path.join(OUT, 'bv03.pdf'), st,
              footer='Marathon County Sheriff\u2019s Office \u2013 Serving with Integrity since 1850\n'
                     'This document contains law enforcement sensitive information.')
    return label('bv03', 'born_digital', 'sheriff letterhead, detective sergeant signs, partner and lieutenant named',
                 'sheriff', 'Marathon County Sheriff’s Office', 'Nathan P. Vang', 'Detective Sergeant',
                 'nvang@co.marathon.wi.us', '715-555-0147',
                 [S('Ahmed Abdirahman Warsame', '1998-11-03', ('license', 'W6524418992107'))],
                 ['WI Stat 943.10', '18 USC 2721', 'WI Stat 343.027'], 'none', None, False,
                 'criminal_investigation', ['address', 'photo', 'vehicle'], 'email')


def _ao110():
    st = []
    st.append(P('AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury', 'Serif', 7.5, 'L', 6))
    st.append(P('UNITED STATES DISTRICT COURT', 'Serif', 13, 'C', 1))
    st.append(P('for the', 'Serif', 9, 'C', 1))
    st.append(P('__District of Massachusetts__', 'Serif', 11, 'C', 12))
    st.append(P('**SUBPOENA TO TESTIFY BEFORE A GRAND JURY**', 'Serif', 12, 'C', 10))
    st.append(P('To:  Keeper of Records\n        Massachusetts Registry of Motor Vehicles, Legal Department\n'
                '        25 Newport Avenue Extension, Quincy, MA 02171', 'Serif', 10, after=10))
    st.append(P('**YOU ARE COMMANDED** to appear in this United States district court at the time, date, and place shown '
                'below to testify before the court\u2019s grand jury. When you arrive, you must remain at the court until '
                'the judge or a court officer allows you to leave.', 'Serif', 10, 'J'))
    st.append(TBL([['Place: John Joseph Moakley U.S. Courthouse\n1 Courthouse Way, Boston, MA 02210', 'Date and Time:\n'
                    '07/15/2025 9:30 am'], ['Grand Jury Room 3', '']], [4.2, 2.5], font='Serif', size=9.5))
    st.append(SP(8))
    st.append(P('You must also bring with you the following documents, electronically stored information, or objects ~~(blank '
                'if not applicable)~~: **See Attachment A.** Personal appearance is excused if the records are produced '
                'on or before the return date with a certification that complies with Fed. R. Evid. 902(11).',
                'Serif', 10, 'J'))
    st.append(SP(10))
    st.append(P('Date: 06/24/2025', 'Serif', 10, after=2))
    st.append(TBL([['', P('CLERK OF COURT\n\n~~R. Ostrowski~~\n__________________________________\n'
                          'Signature of Clerk or Deputy Clerk', 'Serif', 9.5, 'C', 0)]], [3.2, 3.5], grid=False))
    st.append(SP(14))
    st.append(P('The name, address, e-mail, and telephone number of the United States attorney, or assistant United States '
                'attorney, who requests this subpoena, are:', 'Serif', 8, 'L', 2))
    st.append(P('Jonathan Whitcombe, AUSA, U.S. Attorney\u2019s Office, 1 Courthouse Way, Suite 9200, Boston, MA 02210; '
                'jonathan.whitcombe@usdoj.gov; (617) 555-0150', 'Serif', 8, 'L', 10))
    st.append(PB())
    st.append(P('**ATTACHMENT A**', 'Serif', 12, 'C', 4))
    st.append(P('Grand Jury Subpoena No. GJ-25-1147-JW', 'Serif', 10, 'C', 12))
    st.append(P('For each of the following persons, produce all records maintained by the Registry of Motor Vehicles from '
                'January 1, 2019 to the date of this subpoena:', 'Serif', 10, 'J'))
    st.append(TBL([['Name', 'Date of birth', 'License / ID no.'],
                   ['PHAM, Thanh Van', 'May 12, 1986', 'unknown'],
                   ['DE LA CRUZ ORTEGA, Luis Fernando', 'January 27, 1990', 'S58204473']], [3.0, 1.6, 1.6],
                  font='Serif', size=10, header=True))
    st.append(SP(8))
    st.append(P('1. License and identification card applications, renewals and duplicates, including all identity, '
                'residency and lawful-presence documents submitted in support;\n2. All photographs and signature images;\n'
                '3. All residential and mailing addresses on file.', 'Serif', 10, indent=12))
    st.append(P('You are requested not to disclose the existence of this subpoena. Any such disclosure could impede the '
                'investigation being conducted and thereby interfere with the enforcement of the law.', 'Serif', 9.5, 'J'))
    return st


@doc('bv04')
def bv04():
    """HSI shared mailbox e-mail signed by an SA; AO 110 grand jury subpoena attached as PDF."""
    src = tmp('bv04_ao110.pdf')
    build_pdf(src, _ao110())
    with open(src, 'rb') as f:
        pdf = f.read()
    body = (
        "Good afternoon,\n\n"
        "Please find attached a federal grand jury subpoena (District of Massachusetts) for Registry records on the two "
        "individuals listed in Attachment A. HSI Boston is investigating the production and use of fraudulent identity "
        "documents (18 U.S.C. \u00a7\u00a7 1028 and 1546) and I am requesting the RMV license application files, photos "
        "and address history for both.\n\n"
        "The records may be produced electronically to me in lieu of appearance, together with the 902(11) "
        "certification. AUSA Whitcombe (cc'd) issued the subpoena; questions about the return date can go to him, "
        "anything else to me.\n\n"
        "Subjects:\n"
        "  1. PHAM, Thanh Van - DOB 05/12/1986\n"
        "  2. DE LA CRUZ ORTEGA, Luis Fernando - DOB 01/27/1990 - MA lic. S58204473\n\n"
        "Thank you,\n\n"
        "Priya Raman (she/her)\n"
        "Special Agent\n"
        "Document & Benefit Fraud Task Force\n"
        "Homeland Security Investigations - Boston\n"
        "U.S. Immigration and Customs Enforcement\n"
        "Desk: 617-555-0118 | Mobile: 617-555-0193\n"
        "priya.raman@ice.dhs.gov\n\n"
        "WARNING: This message and any attachments are LAW ENFORCEMENT SENSITIVE and are intended only for the "
        "addressee. This e-mail is sent from a group mailbox that is monitored by the DBFTF duty agent.\n")
    m = make_eml('HSI Boston DBFTF Intake <BOS-DBFTF-Intake@ice.dhs.gov>',
                 'RMV Legal <rmvlegal@dot.state.ma.us>',
                 'Grand Jury Subpoena GJ-25-1147-JW - RMV records (PHAM / DE LA CRUZ ORTEGA)',
                 'Tue, 24 Jun 2025 14:02:51 -0400', '<bv04.7731.dbftf@ice.dhs.gov>',
                 cc='Jonathan Whitcombe <jonathan.whitcombe@usdoj.gov>, "Delaney, Mark" <mark.delaney@ice.dhs.gov>',
                 body=body, attachments=[(pdf, 'application', 'pdf', 'GJ_Subpoena_GJ-25-1147-JW_RMV.pdf')])
    write_eml('bv04', m)
    return label('bv04', 'eml', 'HSI group mailbox e-mail signed by SA, AO 110 grand jury subpoena PDF attached',
                 'dhs-ice-hsi', 'Homeland Security Investigations - Boston', 'Priya Raman', 'Special Agent',
                 'priya.raman@ice.dhs.gov', '617-555-0118',
                 [S('Thanh Van Pham', '1986-05-12'),
                  S('Luis Fernando de la Cruz Ortega', '1990-01-27', ('license', 'S58204473'))],
                 ['18 USC 1028', '18 USC 1546', 'FRE 902'], 'grand_jury_subpoena', 'AO 110', True,
                 'criminal_investigation', ['license', 'identity_documents', 'photo', 'address'], 'email')


@doc('bv05')
def bv05():
    """NYSP: desk trooper faxes an investigator's request form; the form's Approved-by box holds a sergeant."""
    st = fax_cover(['NEW YORK STATE POLICE', 'Troop D \u2013 Bureau of Criminal Investigation', 'Oneida, New York 13421'],
                   [('To:', 'NYS DMV \u2013 Division of Field Investigation, LE Records Desk'),
                    ('Fax #:', '518-555-0172'),
                    ('From:', 'Tpr. Alyssa Cardone (BCI desk)'),
                    ('For:', 'Inv. Michael J. Szymanski'),
                    ('Date:', '8-May-2025'),
                    ('Pages:', '2'),
                    ('Re:', 'DMV records request \u2013 BCI case 12044561')],
                   'Per Inv. Szymanski\u2019s phone call this morning, attached is the signed request form. Please fax '
                   'results to 315-555-0179 Attn: Inv. Szymanski, or e-mail him (address on form). Thanks.',
                   'This facsimile may contain confidential criminal justice information. If received in error, notify '
                   'the sender at 315-555-0170 and destroy all copies.')
    st.append(PB())
    st.append(P('NEW YORK STATE POLICE', 'Sans', 13, 'C', 0))
    st.append(P('**REQUEST FOR DMV RECORDS \u2013 LAW ENFORCEMENT USE**', 'Sans', 12, 'C', 2))
    st.append(P('GEN-51 (3/23)', 'Sans', 7.5, 'R', 6))
    rows = [
        ['SECTION A \u2013 REQUESTING OFFICER', ''],
        ['Name / Rank', 'Inv. Michael J. Szymanski'],
        ['Shield / ID', '4417'],
        ['Station / Unit', 'BCI \u2013 Troop D, Oneida'],
        ['Phone / E-mail', '315-555-0172  /  michael.szymanski@troopers.ny.gov'],
        ['Case No.', '12044561'],
        ['Offense', 'Grand Larceny 3rd Degree \u2013 Penal Law \u00a7 155.35'],
        ['SECTION B \u2013 SUBJECT', ''],
        ['Last / First / MI', 'BOGDANOVI\u0106 / Milan / \u2014'],
        ['Date of Birth', '1979-08-16'],
        ['NY Client ID / DL #', '784 512 339'],
        ['SECTION C \u2013 RECORDS REQUESTED', ''],
        ['', '\u2612 Photo image    \u2612 License / abstract    \u2612 Registrations (current & prior)\n'
             '\u2610 Title history    \u2610 Insurance    \u2610 Other: ________'],
    ]
    ex = []
    for i, r in enumerate(rows):
        if r[0].startswith('SECTION'):
            ex += [('SPAN', (0, i), (1, i)), ('BACKGROUND', (0, i), (1, i), colors.HexColor('#cccccc'))]
    st.append(TBL(rows, [1.7, 5.0], size=9.5, bold_first_col=True, extra=ex))
    st.append(SP(8))
    st.append(P('I certify that the information requested is needed for an official criminal investigation, that its use is '
                'permitted by 18 U.S.C. \u00a7 2721(b)(1) and Vehicle and Traffic Law \u00a7 202, and that it will not be '
                'disclosed except as permitted by law.', 'Sans', 8.5, 'J'))
    sig_tbl = [[P('**Requesting Officer signature**', 'Sans', 8.5, 'L', 0), P('**Approved by (Supervisor)**', 'Sans', 8.5, 'L', 0)],
               [SIG('M Szymanski', width=1.6, seed=5), SIG('P. Holloway', width=1.4, seed=55)],
               [P('Inv. Michael J. Szymanski    Date: 05/08/2025', 'Sans', 8.5, 'L', 0),
                P('Sgt. Patricia Holloway, BCI Station Supervisor', 'Sans', 8.5, 'L', 0)]]
    st.append(TBL(sig_tbl, [3.35, 3.35]))
    src = tmp('bv05.pdf')
    build_pdf(src, st)
    fax_tiff(src, os.path.join(OUT, 'bv05.tif'), seed=505,
             headers=fax_header('05/08/2025', '09:41', 'NYSP BCI ONEIDA', '315 555 0179'))
    return label('bv05', 'fax', 'state police form faxed by desk trooper; requesting officer vs approving sergeant',
                 'state-police', 'New York State Police', 'Michael J. Szymanski', 'Investigator',
                 'michael.szymanski@troopers.ny.gov', '315-555-0172',
                 [S('Milan Bogdanović', '1979-08-16', ('license', '784512339'))],
                 ['NY PL 155.35', '18 USC 2721', 'NY VTL 202'], 'none', None, False,
                 'criminal_investigation', ['photo', 'license', 'vehicle'], 'fax')


@doc('bv06')
def bv06():
    """Ohio county prosecutor cover letter + Common Pleas order; APA named in small print under judge."""
    st = []
    st += LH_SIDE(['ELEANOR M. WHITFIELD', 'Prosecuting Attorney', '', 'Criminal Division', '700 Adams Street',
                   'Toledo, Ohio 43604'],
                  ['OFFICE OF THE PROSECUTING ATTORNEY', 'LUCAS COUNTY, OHIO', 'Economic Crimes Unit'],
                  ['Telephone (419) 555-0120', 'Facsimile (419) 555-0129'])
    st.append(P('May 19, 2025'))
    st.append(P('Ohio Department of Job and Family Services\nOffice of Legal Services \u2013 Subpoena/Court Order Unit\n'
                '30 East Broad Street, 31st Floor\nColumbus, Ohio 43215', after=10))
    st.append(P('Re:  ~~State of Ohio v. Rafael G\u00f3mez-Trevi\u00f1o~~, Lucas County C.P. No. CR-2025-1183'))
    st.append(P('Dear Custodian:'))
    st.append(P('Enclosed is a certified copy of an Order of the Lucas County Court of Common Pleas, journalized May 16, 2025, '
                'directing the Department to produce wage and unemployment compensation records for the defendant named '
                'above. The defendant is charged with theft by deception, R.C. 2913.02, and tampering with records, '
                'R.C. 2913.42. The Court found that disclosure is permitted under R.C. 4141.21.', align='J'))
    st.append(P('Please forward the certified records to me at the address above. Investigator Kenneth Wu of this office '
                'will be glad to pick them up if that is more convenient; he can be reached at (419) 555-0127.', align='J'))
    st.append(P('Very truly yours,', after=0))
    st.append(SIG('Derek A. Mensah', width=1.8, seed=6))
    st.append(P('Derek A. Mensah\nAssistant Prosecuting Attorney\ndmensah@co.lucas.oh.us  |  (419) 555-0126', after=12))
    st.append(P('Enclosure\ncc: Inv. Kenneth Wu\n      Det. Sgt. Amy Lorenz, Toledo Police Department', size=8.5))
    st.append(PB())
    st.append(P('IN THE COURT OF COMMON PLEAS\nLUCAS COUNTY, OHIO', 'Serif', 12, 'C', 12))
    cap = TBL([[P('STATE OF OHIO,\n\n                Plaintiff,\n\n        v.\n\nRAFAEL G\u00d3MEZ-TREVI\u00d1O,\n\n'
                  '                Defendant.', 'Serif', 10.5, 'L', 0),
                P('Case No. CR-2025-1183\n\nJudge Harold P. Eastman\n\n**ORDER FOR PRODUCTION OF RECORDS**\n'
                  '**(R.C. 4141.21)**', 'Serif', 10.5, 'L', 0)]], [3.4, 3.3], grid=False,
              extra=[('LINEAFTER', (0, 0), (0, 0), 0.8, colors.black)])
    st.append(cap)
    st.append(SP(12))
    st.append(P('This matter came before the Court upon the State\u2019s motion for an order directing the Ohio Department of '
                'Job and Family Services to produce records. Upon review, the Court finds that the records are material '
                'to the prosecution of this case and that their disclosure is authorized by R.C. 4141.21.', align='J',
                lead=16))
    st.append(P('IT IS THEREFORE ORDERED that the Ohio Department of Job and Family Services shall, within fourteen (14) days '
                'of service of this Order, produce to the Lucas County Prosecuting Attorney certified copies of the following '
                'records for the period January 1, 2022 through the present, pertaining to RAFAEL G\u00d3MEZ-TREVI\u00d1O, '
                'date of birth April 2, 1984, Social Security number ending 5528:', align='J', lead=16))
    st.append(P('(a) quarterly wage records reported by all employers;\n(b) all unemployment compensation claims, including '
                'addresses, telephone numbers and bank information provided by the claimant;\n(c) the benefit payment '
                'history.', indent=20, lead=16))
    st.append(P('IT IS SO ORDERED.', after=20))
    st.append(TBL([['', [SIG('Harold P. Eastman', width=1.9, seed=66),
                          P('____________________________________\nJUDGE HAROLD P. EASTMAN', 'Serif', 10, 'L', 0)]]],
                  [3.2, 3.5], grid=False))
    st.append(SP(24))
    st.append(P('Prepared and submitted by:\nDerek A. Mensah (0091234)\nAssistant Prosecuting Attorney\n700 Adams Street, '
                'Toledo, Ohio 43604\n(419) 555-0126', 'Serif', 7.5, 'L', 0))
    src = tmp('bv06.pdf')
    build_pdf(src, st, stamps={2: [(5.6, 10.0, ['FILED', 'LUCAS COUNTY', '2025 MAY 16 P 2:41',
                                                 'COMMON PLEAS COURT'], -4, (0.1, 0.1, 0.1))],
                               1: [(6.2, 8.55, ['ODJFS LEGAL', 'RECEIVED', 'MAY 21 2025', 'J. Palmisano'], 6,
                                    (0.75, 0.1, 0.1))]})
    scan_pdf(src, os.path.join(OUT, 'bv06.pdf'), seed=606, color=False, rot={2: 180}, quality=48)
    return label('bv06', 'scanned', 'county prosecutor cover letter + common pleas production order (page upside down)',
                 'district-attorney', 'Lucas County Prosecuting Attorney', 'Derek A. Mensah',
                 'Assistant Prosecuting Attorney', 'dmensah@co.lucas.oh.us', '419-555-0126',
                 [S('Rafael Gómez-Treviño', '1984-04-02', ('ssn_last4', '5528'))],
                 ['ORC 2913.02', 'ORC 2913.42', 'ORC 4141.21'], 'court_order', None, True,
                 'criminal_investigation', ['wages', 'claims', 'benefits', 'address', 'phone'], 'mail')


@doc('bv07')
def bv07():
    """I-247N faxed by a mission support specialist on behalf of the signing deportation officer."""
    st = fax_cover(['U.S. Department of Homeland Security', 'U.S. Immigration and Customs Enforcement',
                    'Enforcement and Removal Operations \u2013 Detroit Field Office \u2013 Criminal Alien Program'],
                   [('TO:', 'Michigan Department of Corrections \u2013 Records Office, Ionia Correctional Facility'),
                    ('FAX:', '616-555-0188'),
                    ('FROM:', 'Jasmine Okafor, Mission Support Specialist\non behalf of Deportation Officer Brian K. Fenwick'),
                    ('DATE:', '2025-02-11'),
                    ('PAGES:', '2'),
                    ('SUBJECT:', 'Form I-247N \u2013 HOANG, Minh Duc \u2013 MDOC #884217')],
                   'Please see the attached Request for Voluntary Notification of Release. Kindly acknowledge receipt by '
                   'signing and faxing back page 2, and direct any questions to DO Fenwick at 313-555-0185.',
                   'WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that '
                   'may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).')
    st.append(PB())
    st.append(TBL([[P('DEPARTMENT OF HOMELAND SECURITY', 'Sans', 10, 'L', 0),
                    P('Subject ID: 389112457\nEvent #: DET2502001233\nFile No: A 214 557 890', 'Sans', 8.5, 'R', 0)]],
                  [4.0, 2.7], grid=False))
    st.append(P('**REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN**', 'Sans', 11.5, 'C', 8))
    st.append(TBL([['TO: (Name and Title of Institution)\nMichigan Department of Corrections\nIonia Correctional Facility',
                    'FROM: (Department of Homeland Security Office Address)\nICE ERO Detroit\n333 Mt. Elliott St., Detroit, MI 48207'],
                   ['Name of Alien: HOANG, Minh Duc', 'Date of Birth: 06/11/1993    Nationality: Vietnam    Sex: M']],
                  [3.35, 3.35], size=8.5))
    st.append(SP(6))
    st.append(P('The Department of Homeland Security (DHS) suspects that the subject is a priority alien who is removable '
                'from the United States. This request is issued pursuant to sections 236 and 287 of the Immigration and '
                'Nationality Act and 8 C.F.R. 287.7. The alien was identified through:', 'Sans', 8.5, 'J'))
    st.append(P('\u2612 biometric confirmation of identity and federal database records\n'
                '\u2610 statements made by the alien to an immigration officer\n\u2610 other (specify): __________',
                'Sans', 8.5, indent=14))
    st.append(P('**IT IS REQUESTED THAT YOU:** Notify DHS as early as practicable (at least 48 hours, if possible) before the '
                'alien is released from your custody, by calling \u2610 U.S. Immigration and Customs Enforcement (ICE) '
                '\u2612 the DHS office listed above at 313-555-0185. Please provide the date, time and location of release '
                'and any address of record provided at release.', 'Sans', 8.5, 'J'))
    st.append(P('This request does not require, and should not be construed as a request, that you detain the alien beyond '
                'the time he or she would otherwise be released from your custody.', 'Sans', 8.5, 'J'))
    st.append(TBL([[[SIG('B Fenwick', width=1.3, seed=7),
                     P('(Signature of Authorized Immigration Officer)', 'Sans', 7.5, 'L', 0)],
                    P('Brian K. Fenwick, Deportation Officer\n(Name and Title of Immigration Officer)\n\nDate: 02/11/2025',
                      'Sans', 8.5, 'L', 0)]], [3.35, 3.35], grid=False))
    st.append(SP(6))
    st.append(P('**Notice:** If the alien may be the victim of a crime, or you want the alien to remain in the United States for '
                'prosecution or other law enforcement purposes, notify the ICE Law Enforcement Support Center at (802) 555-0101.',
                'Sans', 7.5, 'J'))
    st.append(P('**ACKNOWLEDGMENT OF RECEIPT** (to be completed by the custodial agency)\nName: ____________________   '
                'Title: ____________   Date: ________   Inmate/Booking No.: MDOC #884217', 'Sans', 8, 'L'))
    st.append(P('DHS Form I-247N (3/15)', 'Sans', 7, 'L', 0))
    src = tmp('bv07.pdf')
    build_pdf(src, st)
    fax_tiff(src, os.path.join(OUT, 'bv07.tif'), seed=707,
             headers=fax_header('FEB-11-2025', '11:26', 'ICE ERO DETROIT CAP', '+1 313 555 0199'))
    return label('bv07', 'fax', 'I-247N notification request faxed by support staff for the signing DO',
                 'dhs-ice-ero', 'ICE Enforcement and Removal Operations – Detroit Field Office', 'Brian K. Fenwick',
                 'Deportation Officer', None, '313-555-0185',
                 [S('Minh Duc Hoang', '1993-06-11', ('a_number', 'A214557890'), ('other', '884217'))],
                 ['INA 236', 'INA 287', '8 CFR 287.7', '5 USC 552'], 'detainer', 'I-247N', False,
                 'civil_immigration', ['other', 'address'], 'fax')


@doc('bv08')
def bv08():
    """FBI letter: SAC printed, case agent signs, TFO and SSA named, cc and bcc lines; three subjects."""
    st = []
    st.append(TBL([[P('U.S. Department of Justice', 'Serif', 15, 'L', 0), ''],
                   [P('Federal Bureau of Investigation', 'Serif', 11, 'L', 0), '']], [4.5, 2.2], grid=False))
    st += HR(after=4)
    st.append(TBL([[P('Minneapolis Field Office\nSpecial Agent in Charge Alvin R. Castellanos', 'Serif', 8.5, 'L', 0),
                    P('1501 Freeway Boulevard\nBrooklyn Center, Minnesota 55430', 'Serif', 8.5, 'R', 0)]],
                  [3.35, 3.35], grid=False))
    st.append(SP(10))
    st.append(P('In Reply, Please Refer to\nFile No. 196C-MP-3381527', 'Serif', 8.5))
    st.append(P('April 9, 2025', align='R'))
    st.append(P('Minnesota Department of Employment and Economic Development\nUnemployment Insurance Division\n'
                'Attn: Data Practices Compliance\n332 Minnesota Street, Suite E200\nSaint Paul, MN 55101', after=10))
    st.append(P('**Re:  Request for Wage Detail and Employer Records**'))
    st.append(P('Dear Data Practices Compliance Official:'))
    st.append(P('The Federal Bureau of Investigation is investigating a scheme to obtain payments from home-care programs '
                'through fictitious employees, in possible violation of Title 18, United States Code, Section 1343 (wire '
                'fraud) and Section 1956 (money laundering). I am the case agent. The individuals listed below are believed '
                'to have been paid, or to have been reported as employed, by entities under investigation.', align='J'))
    st.append(TBL([['NAME', 'DATE OF BIRTH', 'SSN (last 4)'],
                   ['YUSUF, Abdullahi Mohamed', '12/02/1985', 'xxx-xx-7712'],
                   ['PETRENKO, Olga', '03/19/1992', 'xxx-xx-2045'],
                   ['BRANDT, Christopher Allen, Jr.', '10/25/1977', 'xxx-xx-6138']], [3.0, 1.6, 1.6], font='Serif',
                  size=10, header=True))
    st.append(SP(8))
    st.append(P('I request quarterly wage detail from January 2021 to the present, the names and addresses of all reporting '
                'employers, and any unemployment insurance claims filed by these individuals. Disclosure to a law '
                'enforcement agency for a criminal investigation is addressed by Minn. Stat. \u00a7 268.19. This request '
                'has been reviewed and approved by Supervisory Special Agent Greg M. Tollefson.', align='J'))
    st.append(P('Task Force Officer Omar Farah (Minneapolis Police Department), who is assigned to my squad, may collect the '
                'records in person. Otherwise please send them to me at the address above or to hkjelstad@fbi.gov. My direct '
                'line is (763) 555-0139.', align='J'))
    st.append(P('Sincerely yours,', after=0))
    st.append(P('ALVIN R. CASTELLANOS\nSpecial Agent in Charge', size=9, after=0))
    st.append(SP(2))
    st.append(TBL([['By:', [SIG('Hannah Kjelstad', width=1.8, seed=8),
                            P('Hannah Kjelstad\nSpecial Agent', 'Serif', 10, 'L', 0)]]], [0.5, 4.0], grid=False))
    st.append(SP(10))
    st.append(P('cc:  AUSA Rebecca Lindahl, District of Minnesota\n       TFO Omar Farah', size=8.5, after=2))
    st.append(P('bcc: SSA G. M. Tollefson (Squad C-4) \u2013 file copy', size=8.5))
    src = tmp('bv08.pdf')
    build_pdf(src, st, footer='UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE', top=0.5, bottom=0.7,
              stamps={1: [(5.7, 9.55, ['DEED \u2013 DATA PRACTICES', 'RECEIVED', 'APR 14 2025', 'MJT'], -7,
                           (0.15, 0.15, 0.5))]})
    scan_pdf(src, os.path.join(OUT, 'bv08.pdf'), seed=808, color=False, quality=46)
    return label('bv08', 'scanned', 'FBI letter signed "By:" case agent under SAC name; TFO, SSA, AUSA, cc/bcc',
                 'doj-fbi', 'Federal Bureau of Investigation, Minneapolis Field Office', 'Hannah Kjelstad',
                 'Special Agent', 'hkjelstad@fbi.gov', '763-555-0139',
                 [S('Abdullahi Mohamed Yusuf', '1985-12-02', ('ssn_last4', '7712')),
                  S('Olga Petrenko', '1992-03-19', ('ssn_last4', '2045')),
                  S('Christopher Allen Brandt Jr.', '1977-10-25', ('ssn_last4', '6138'))],
                 ['18 USC 1343', '18 USC 1956', 'MN Stat 268.19'], 'none', None, False,
                 'criminal_investigation', ['wages', 'employment', 'claims'], 'mail')


@doc('bv09')
def bv09():
    """City police: records clerk faxes a detective's letter; superintendent printed in letterhead; lieutenant approves."""
    st = fax_cover(['CITY OF LOWELL POLICE DEPARTMENT', 'Criminal Bureau \u2013 Records Section',
                    '50 Arcand Drive, Lowell, MA 01852'],
                   [('TO:', 'Mass. RMV \u2013 Law Enforcement Services Unit'),
                    ('FAX NO.:', '(857) 555-0166'),
                    ('FROM:', 'Donna Pelletier, Records Clerk'),
                    ('RE:', 'Request from Det. Sean P. Gallagher #414'),
                    ('DATE:', 'Thursday, 7 August 2025'),
                    ('# PAGES:', '2 incl. cover')],
                   'Sending for Det. Gallagher. Please respond to him, not to this office \u2013 his contact info is on '
                   'the letter.',
                   'The documents accompanying this facsimile contain confidential information belonging to the Lowell '
                   'Police Department. If you have received this fax in error, please call (978) 555-0100 immediately.')
    st.append(PB())
    st += LH_SIDE(['Raymond J. Doucette', 'Superintendent of Police'],
                  ['LOWELL POLICE DEPARTMENT', 'Criminal Investigation Bureau', '50 Arcand Drive \u2022 Lowell, MA 01852'],
                  ['Main: (978) 555-0100', 'CIB: (978) 555-0120'])
    st.append(P('August 7, 2025', 'Serif', 10.5, 'L', 10))
    st.append(P('Registry of Motor Vehicles\nLaw Enforcement Services Unit\nQuincy, MA', after=10))
    st.append(P('RE: LPD Case # 25-18830 \u2013 records request'))
    st.append(P('On behalf of this Department I am requesting Registry records for two individuals who are suspects in an '
                'ongoing investigation of larceny by check (G.L. c. 266, \u00a7 37) and identity fraud (G.L. c. 266, '
                '\u00a7 37E). The request is made for law enforcement purposes under 18 U.S.C. \u00a7 2721(b)(1).',
                align='J'))
    st.append(TBL([['Name', 'DOB', 'MA License'],
                   ['Rui Miguel TAVARES SOARES', '1988-02-09', 'S71428036'],
                   ['Sokha CHEA', '22 October 1994', '\u2014']], [2.8, 1.7, 1.7], font='Serif', size=10, header=True))
    st.append(SP(8))
    st.append(P('Requested: license status and history, RMV photograph, residential address, and registered vehicles for '
                'each. ADA Meghan Brophy of the Middlesex District Attorney\u2019s Office is aware of this request.',
                align='J'))
    st.append(P('Please e-mail results to sgallagher@lowellma.gov or call me at (978) 555-0121.'))
    st.append(SP(4))
    st.append(TBL([[[SIG('Sean Gallagher', width=1.6, seed=9),
                     P('Det. Sean P. Gallagher #414\nCriminal Investigation Bureau', 'Serif', 10, 'L', 0)],
                    [P('Approved:', 'Serif', 9, 'L', 0), SIG('F X Rourke', width=1.3, seed=99),
                     P('Lt. Francis X. Rourke\nCommander, CIB', 'Serif', 9, 'L', 0)]]], [3.4, 3.3], grid=False))
    src = tmp('bv09.pdf')
    build_pdf(src, st)
    fax_tiff(src, os.path.join(OUT, 'bv09.tif'), seed=909,
             headers=fax_header('08/07/2025', '14:52', 'LOWELL POLICE RECORDS', '9785550108'))
    return label('bv09', 'fax', 'records clerk faxes detective letter; superintendent letterhead; lieutenant approval',
                 'local-police', 'Lowell Police Department', 'Sean P. Gallagher', 'Detective',
                 'sgallagher@lowellma.gov', '978-555-0121',
                 [S('Rui Miguel Tavares Soares', '1988-02-09', ('license', 'S71428036')),
                  S('Sokha Chea', '1994-10-22')],
                 ['MGL 266-37', 'MGL 266-37E', '18 USC 2721'], 'none', None, False,
                 'criminal_investigation', ['license', 'photo', 'address', 'vehicle'], 'fax')


@doc('bv10')
def bv10():
    """ERO deportation officer replies to the agency's question; quoted thread contains the clerk's message."""
    body = (
        "Ms. Thibodeau,\n\n"
        "Thanks for getting back to me. The authority for the request is 8 U.S.C. 1357 and 8 C.F.R. Part 287. "
        "This is an official ICE request; we are attempting to locate the subject, who has a final order. "
        "I just need her current employer of record and the address she lists on her claim, if any.\n\n"
        "Name: BEN\u00cdTEZ ARRIAGA, Mar\u00eda Jos\u00e9\n"
        "DOB: 03/04/1987\n"
        "A#: 208-447-913\n\n"
        "v/r\n\n"
        "Carlos R. Villanueva\n"
        "Deportation Officer\n"
        "ICE ERO Boston - Manchester, NH Sub-Office\n"
        "1000 Elm Street, Manchester, NH 03101\n"
        "Office: 603-555-0148  Cell: 603-555-0177\n\n"
        "-----Original Message-----\n"
        "From: Thibodeau, Marie <Marie.Thibodeau@nhes.nh.gov>\n"
        "Sent: Monday, September 15, 2025 4:12 PM\n"
        "To: Villanueva, Carlos R <Carlos.R.Villanueva@ice.dhs.gov>\n"
        "Subject: RE: Information request\n\n"
        "Good afternoon Officer Villanueva,\n\n"
        "We received your request below. Before we can process it, please tell us the legal authority for the request "
        "and the purpose for which the information will be used. Information from our records is confidential under "
        "RSA 282-A:118 and may be released only as the law permits.\n\n"
        "Marie Thibodeau\n"
        "Paralegal, Legal Unit\n"
        "New Hampshire Employment Security\n\n"
        "-----Original Message-----\n"
        "From: Villanueva, Carlos R <Carlos.R.Villanueva@ice.dhs.gov>\n"
        "Sent: Monday, September 15, 2025 10:03 AM\n"
        "To: NHES Legal <legal@nhes.nh.gov>\n"
        "Subject: Information request\n\n"
        "Good morning,\n\n"
        "Requesting current employer and address information for BENITEZ ARRIAGA, Maria Jose, DOB 03/04/1987. "
        "Please advise.\n\n"
        "Thank you,\nDO Villanueva\n")
    m = make_eml('"Villanueva, Carlos R" <Carlos.R.Villanueva@ice.dhs.gov>',
                 '"Thibodeau, Marie" <Marie.Thibodeau@nhes.nh.gov>',
                 'RE: Information request', 'Tue, 16 Sep 2025 08:47:13 -0400', '<bv10.2231.villanueva@ice.dhs.gov>',
                 cc='NHES Legal <legal@nhes.nh.gov>', body=body, in_reply_to='<nhes.88121.thibodeau@nhes.nh.gov>')
    write_eml('bv10', m)
    return label('bv10', 'eml', 'ERO deportation officer reply; quoted clerk message cites state law',
                 'dhs-ice-ero', 'ICE ERO Boston – Manchester, NH Sub-Office', 'Carlos R. Villanueva',
                 'Deportation Officer', 'Carlos.R.Villanueva@ice.dhs.gov', '603-555-0148',
                 [S('María José Benítez Arriaga', '1987-03-04', ('a_number', 'A208447913'))],
                 ['8 USC 1357', '8 CFR 287', 'NH RSA 282-A:118'], 'none', None, False,
                 'civil_immigration', ['employment', 'address'], 'email')


@doc('bv11')
def bv11():
    """ATF cover letter (SAC printed) + AO 93 search and seizure warrant; last page upside down."""
    st = []
    st.append(P('U.S. Department of Justice', 'Serif', 14, 'L', 0))
    st.append(P('Bureau of Alcohol, Tobacco, Firearms and Explosives', 'Serif', 11, 'L', 2))
    st += HR(after=4)
    st.append(TBL([[P('St. Paul Field Division\nCedar Rapids Field Office\nTerrence L. Boyd, Special Agent in Charge',
                      'Serif', 8.5, 'L', 0),
                    P('425 Second Street SE, Suite 800\nCedar Rapids, Iowa 52401\nwww.atf.gov', 'Serif', 8.5, 'R', 0)]],
                  [3.35, 3.35], grid=False))
    st.append(SP(12))
    st.append(P('771020:KDM\n3300', 'Serif', 8.5, 'R'))
    st.append(P('July 1, 2025'))
    st.append(P('Iowa Department of Transportation\nMotor Vehicle Division \u2013 Office of Driver Services\n6310 SE Convenience Blvd.\n'
                'Ankeny, Iowa 50021', after=10))
    st.append(P('Dear Custodian of Records:'))
    st.append(P('Enclosed please find a search and seizure warrant issued on June 30, 2025, by the United States District '
                'Court for the Northern District of Iowa, pursuant to Fed. R. Crim. P. 41, for records maintained by your '
                'agency. ATF is investigating the possession of firearms by a prohibited person, 18 U.S.C. \u00a7 922(g)(1), '
                'and the possession of unregistered destructive devices, 26 U.S.C. \u00a7 5861(d).', align='J'))
    st.append(P('We understand that the records described in Attachment B are confidential under Iowa Code \u00a7 321.11; '
                'the warrant authorizes their production. Please provide the records to me, or to Task Force Officer Jacob '
                'Mertens of the Linn County Sheriff\u2019s Office, who is assigned to this office, within ten days.',
                align='J'))
    st.append(P('Should you have any questions, I can be reached at (319) 555-0153 or keisha.marlowe@atf.gov.'))
    st.append(P('Sincerely,', after=0))
    st.append(SIG('Keisha D. Marlowe', width=1.8, seed=11))
    st.append(P('Keisha D. Marlowe\nSpecial Agent', after=10))
    st.append(P('Enclosure', size=9))
    st.append(PB())
    st.append(P('AO 93 (Rev. 11/13) Search and Seizure Warrant', 'Serif', 7.5, 'L', 6))
    st.append(P('UNITED STATES DISTRICT COURT', 'Serif', 13, 'C', 1))
    st.append(P('for the', 'Serif', 9, 'C', 1))
    st.append(P('__Northern District of Iowa__', 'Serif', 11, 'C', 10))
    st.append(TBL([[P('In the Matter of the Search of\n~~(Briefly describe the property to be searched or identify the person '
                      'by name and address)~~\nRecords maintained by the Iowa Department of Transportation pertaining to '
                      'Tomasz W\u00f3jcik and Brandon Lee Hartsock', 'Serif', 9.5, 'L', 0),
                    P('\n\nCase No. 25-MJ-214', 'Serif', 10, 'L', 0)]], [4.2, 2.5], grid=False,
                  extra=[('LINEAFTER', (0, 0), (0, 0), 0.8, colors.black)]))
    st.append(SP(8))
    st.append(P('**SEARCH AND SEIZURE WARRANT**', 'Serif', 12, 'C', 8))
    st.append(P('To:    Any authorized law enforcement officer', 'Serif', 10))
    st.append(P('An application by a federal law enforcement officer or an attorney for the government requests the search '
                'of the following person or property located in the Northern District of Iowa: **See Attachment A.**',
                'Serif', 9.5, 'J'))
    st.append(P('I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the '
                'person or property described above, and that such search will reveal: **See Attachment B.**',
                'Serif', 9.5, 'J'))
    st.append(P('**YOU ARE COMMANDED** to execute this warrant on or before July 14, 2025 ~~(not to exceed 14 days)~~\n'
                '\u2612 in the daytime 6:00 a.m. to 10:00 p.m.   \u2610 at any time in the day or night because good '
                'cause has been established.', 'Serif', 9.5, 'J'))
    st.append(P('Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property '
                'taken to the person from whom, or from whose premises, the property was taken, or leave the copy and '
                'receipt at the place where the property was taken.', 'Serif', 9.5, 'J'))
    st.append(P('The officer executing this warrant, or an officer present during the execution of the warrant, must prepare '
                'an inventory as required by law and promptly return this warrant and inventory to Hon. Margaret L. '
                'Sorensen, United States Magistrate Judge.', 'Serif', 9.5, 'J'))
    st.append(P('\u2610 Pursuant to 18 U.S.C. \u00a7 3103a(b), I find that immediate notification may have an adverse result '
                'listed in 18 U.S.C. \u00a7 2705 (except for delay of trial), and authorize the officer executing this '
                'warrant to delay notice to the person who, or whose property, will be searched or seized.', 'Serif', 9.5,
                'J'))
    st.append(TBL([[P('Date and time issued:  06/30/2025  3:18 pm\n\nCity and state:  Cedar Rapids, Iowa', 'Serif', 9.5, 'L', 0),
                    [SIG('Margaret L. Sorensen', width=1.9, seed=111),
                     P('__________________________________\n~~Judge\u2019s signature~~\n'
                       'Margaret L. Sorensen, U.S. Magistrate Judge\n~~Printed name and title~~', 'Serif', 9, 'L', 0)]]],
                  [3.2, 3.5], grid=False))
    st.append(PB())
    st.append(P('**ATTACHMENT A \u2013 Property to be searched**', 'Serif', 11, 'C', 6))
    st.append(P('Records maintained by the Iowa Department of Transportation, Motor Vehicle Division, 6310 SE Convenience '
                'Blvd., Ankeny, Iowa, including records stored electronically, pertaining to:', 'Serif', 10, 'J'))
    st.append(P('(1) Tomasz W\u00d3JCIK, date of birth June 30, 1983, Iowa DL No. 483KT2210;\n'
                '(2) Brandon Lee HARTSOCK, date of birth September 5, 1991.', 'Serif', 10, indent=14))
    st.append(SP(8))
    st.append(P('**ATTACHMENT B \u2013 Particular things to be seized**', 'Serif', 11, 'C', 6))
    st.append(P('For the period January 1, 2020 to the present: (a) driver license and identification card records, '
                'including application documents and all digital photographs; (b) vehicle registration and title records; '
                '(c) all residential and mailing addresses; all of which constitute evidence of violations of 18 U.S.C. '
                '\u00a7 922(g)(1) and 26 U.S.C. \u00a7 5861(d).', 'Serif', 10, 'J'))
    src = tmp('bv11.pdf')
    build_pdf(src, st, footer='', stamps={1: [(6.0, 9.2, ['IOWA DOT', 'OFFICE OF DRIVER SERVICES', 'JUL 07 2025',
                                                          'rec\u2019d \u2013 A. Burkhart'], -3, (0.1, 0.1, 0.1))]})
    scan_pdf(src, os.path.join(OUT, 'bv11.pdf'), seed=1111, color=False, rot={3: 180}, quality=50)
    return label('bv11', 'scanned', 'ATF cover letter (SAC printed) + AO 93 search warrant; attachment page upside down',
                 'doj-atf', 'Bureau of Alcohol, Tobacco, Firearms and Explosives, St. Paul Field Division',
                 'Keisha D. Marlowe', 'Special Agent', 'keisha.marlowe@atf.gov', '319-555-0153',
                 [S('Tomasz Wójcik', '1983-06-30', ('license', '483KT2210')),
                  S('Brandon Lee Hartsock', '1991-09-05')],
                 ['FRCrP 41', '18 USC 922', '26 USC 5861', 'IA Code 321.11', '18 USC 3103a', '18 USC 2705'],
                 'judicial_warrant', 'AO 93', True, 'criminal_investigation',
                 ['license', 'identity_documents', 'photo', 'vehicle', 'address'], 'mail')


@doc('bv12')
def bv12():
    """NY county DA grand jury subpoena duces tecum faxed by a paralegal for the ADA who signed it."""
    st = fax_cover(['OFFICE OF THE DISTRICT ATTORNEY', 'ONONDAGA COUNTY', 'Economic Crimes Bureau \u2013 505 South State Street, '
                    'Syracuse, NY 13202'],
                   [('TO:', 'NYS Department of Labor \u2013 Counsel\u2019s Office, Subpoena Unit'),
                    ('FAX:', '518-555-0147'),
                    ('FROM:', 'Tanya Reyes-Whitman, Paralegal\nfor ADA Philip N. Okonkwo'),
                    ('TEL:', '315-555-0174 (ADA Okonkwo)'),
                    ('DATE:', 'June 2, 2025'),
                    ('PAGES:', '3')],
                   'Grand jury subpoena duces tecum attached. Original to follow by mail. Certified records may be returned '
                   'to ADA Okonkwo with the attached certification in lieu of appearance.',
                   'CONFIDENTIAL: Grand jury material. Unauthorized disclosure may constitute a crime. If you received this '
                   'transmission in error, call 315-555-0170.')
    st.append(PB())
    st.append(P('**SUBPOENA DUCES TECUM**\n**FOR GRAND JURY**', 'Serif', 14, 'C', 10))
    st.append(P('THE PEOPLE OF THE STATE OF NEW YORK', 'Serif', 11, 'C', 10))
    st.append(P('TO:  Custodian of Records\n        New York State Department of Labor\n        Building 12, W. Averell Harriman '
                'State Office Campus, Albany, NY 12240', after=10))
    st.append(P('**WE COMMAND YOU**, that all business and excuses being laid aside, you appear and attend before the GRAND JURY '
                'of the County of Onondaga, at the Onondaga County Courthouse, 401 Montgomery Street, Syracuse, New York, on '
                'the 16th day of June, 2025, at 9:30 o\u2019clock in the forenoon, and at any recessed or adjourned date, '
                'to testify and give evidence in a criminal proceeding relating to Grand Larceny in the Second Degree '
                '(Penal Law \u00a7 155.40), and that you bring with you and produce:', align='J'))
    st.append(P('Any and all quarterly wage reporting records (Form NYS-45 and successor filings), including employer name, '
                'employer registration number and wages reported, for the period 1/1/2021 to present, for:', indent=18,
                align='J'))
    st.append(P('**SOKOLOVA, Yelena**, date of birth May 22, 1981\n**ASANTE-BOATENG, Kwame**, date of birth December 9, 1976',
                indent=36))
    st.append(P('This subpoena is issued pursuant to CPL \u00a7 610.20 and \u00a7 610.25. Grand jury proceedings are secret '
                '(CPL \u00a7 190.25(4)); you are directed not to disclose the existence of this subpoena. Failure to comply '
                'may be punishable as a contempt of court.', align='J'))
    st.append(P('Dated: Syracuse, New York\n            June 2, 2025', after=8))
    st.append(TBL([['', [P('CATHERINE M. LOMBARDI\nDistrict Attorney, Onondaga County', 'Serif', 10, 'L', 2),
                         P('By:', 'Serif', 10, 'L', 0), SIG('Philip Okonkwo', width=1.7, seed=12),
                         P('Philip N. Okonkwo\nAssistant District Attorney\n(315) 555-0174 | pokonkwo@ongov.net',
                           'Serif', 9.5, 'L', 0)]]], [2.8, 3.9], grid=False))
    st.append(PB())
    st.append(P('**CERTIFICATION OF BUSINESS RECORDS**\n(CPLR 4518)', 'Serif', 12, 'C', 10))
    st.append(P('I, ________________________________, being the duly authorized custodian of records of the New York State '
                'Department of Labor, certify that the ______ pages annexed are true copies of records made in the regular '
                'course of business, that it was the regular course of business to make such records, and that they were '
                'made at or near the time of the events recorded.', align='J', lead=17))
    st.append(SP(30))
    st.append(P('______________________________             ____________\nSignature                                                       '
                'Date'))
    src = tmp('bv12.pdf')
    build_pdf(src, st)
    fax_tiff(src, os.path.join(OUT, 'bv12.tif'), seed=1212,
             headers=fax_header('JUN 02 2025', '16:18', 'ONONDAGA CO DA ECB', '315-555-0179', '5185550147'))
    return label('bv12', 'fax', 'DA grand jury subpoena duces tecum faxed by paralegal for the ADA who signed it',
                 'district-attorney', 'Onondaga County District Attorney’s Office', 'Philip N. Okonkwo',
                 'Assistant District Attorney', 'pokonkwo@ongov.net', '315-555-0174',
                 [S('Yelena Sokolova', '1981-05-22'), S('Kwame Asante-Boateng', '1976-12-09')],
                 ['NY PL 155.40', 'NY CPL 610.20', 'NY CPL 610.25', 'NY CPL 190.25', 'NY CPLR 4518'],
                 'grand_jury_subpoena', None, True, 'criminal_investigation', ['wages', 'employment'], 'fax')


@doc('bv13')
def bv13():
    """USMS letter: U.S. Marshal printed, deputy signs; local TFO named as alternate contact; warrant not attached."""
    st = []
    st += LH_CENTER(['U.S. Department of Justice', 'United States Marshals Service',
                     'Northern District of Ohio  \u2022  Dennis R. Kowal, United States Marshal',
                     '801 West Superior Avenue, Cleveland, Ohio 44113'], font='Serif', sizes=(14, 12, 9, 9))
    st.append(P('October 6, 2025'))
    st.append(P('VIA ELECTRONIC MAIL', size=9))
    st.append(P('Ohio Bureau of Motor Vehicles\nRecords Request Unit\n1970 West Broad Street\nColumbus, Ohio 43223',
                after=10))
    st.append(P('**Subject: Request for Information \u2013 Fugitive Investigation, USMS Warrant No. 2510-1042-0937-C**'))
    st.append(P('Dear Sir or Madam:'))
    st.append(P('The United States Marshals Service, Northern Ohio Violent Fugitive Task Force, is seeking to locate and '
                'apprehend the individual named below, who is the subject of a federal arrest warrant issued by the United '
                'States District Court for the Northern District of Ohio in Case No. 1:24-cr-00517 for failure to register '
                'as a sex offender, 18 U.S.C. \u00a7 2250. The USMS has authority to investigate fugitive matters and execute '
                'federal warrants under 28 U.S.C. \u00a7 566(e)(1)(B) and 18 U.S.C. \u00a7 3053.', align='J'))
    st.append(TBL([['Name:', 'Reginald Thomas PRUITT III'], ['DOB:', 'April 17, 1981'], ['OH DL:', 'RT412598'],
                   ['Last known:', 'Elyria, Ohio']], [1.2, 4.0], font='Serif', size=10.5, grid=False))
    st.append(SP(6))
    st.append(P('We request the subject\u2019s current and prior addresses, any vehicles registered to him, and his most '
                'recent photograph. We understand that disclosure to a law enforcement agency is permitted by R.C. '
                '4501.27. A copy of the arrest warrant is available upon request.', align='J'))
    st.append(P('Please send the information to me, or to Task Force Officer Mar\u00eda Est\u00e9vez (Cleveland Division of '
                'Police), who is also assigned to this investigation, at maria.estevez@usdoj.gov.', align='J'))
    st.append(P('Thank you for your cooperation.', after=10))
    st.append(P('/s/ Andre L. Whitaker', 'Serif', 11, after=0))
    st.append(P('Andre L. Whitaker\nDeputy United States Marshal\nNorthern Ohio Violent Fugitive Task Force\n'
                'Office: (216) 555-0166  |  Cell: (216) 555-0198\nandre.whitaker@usdoj.gov', after=12))
    st.append(P('cc: SDUSM Kevin Szabo, Task Force Coordinator', size=8.5))
    build_pdf(os.path.join(OUT, 'bv13.pdf'), st, footer='LAW ENFORCEMENT SENSITIVE \u2013 Do not disseminate without USMS approval',
              pagenum='Page {n}')
    return label('bv13', 'born_digital', 'USMS letter, U.S. Marshal printed, deputy signs /s/, TFO alternate contact',
                 'doj-usms', 'United States Marshals Service, Northern District of Ohio', 'Andre L. Whitaker',
                 'Deputy United States Marshal', 'andre.whitaker@usdoj.gov', '216-555-0166',
                 [S('Reginald Thomas Pruitt III', '1981-04-17', ('license', 'RT412598'))],
                 ['18 USC 2250', '28 USC 566', '18 USC 3053', 'ORC 4501.27'], 'none', None, False,
                 'criminal_investigation', ['address', 'vehicle', 'photo'], 'email')


def _cbp3115():
    st = []
    st.append(TBL([[P('DEPARTMENT OF HOMELAND SECURITY\nU.S. Customs and Border Protection', 'Sans', 9, 'L', 0),
                    P('OMB No. 1651-0000', 'Sans', 7, 'R', 0)]], [4.8, 1.9], grid=False))
    st.append(P('**SUMMONS**', 'Sans', 18, 'C', 6))
    st.append(TBL([['To: (Name and address)', 'Summons No.'],
                   ['Records Custodian\nNew York State Department of Motor Vehicles\nLegal Bureau, 6 Empire State Plaza\n'
                    'Albany, NY 12228', 'BUF-2025-0441']], [4.7, 2.0], size=9))
    st.append(SP(6))
    st.append(P('By the service of this summons, you are hereby required to appear before **Supervisory CBP Officer Daniela '
                'Ruiz**, an officer of U.S. Customs and Border Protection, at 726 Exchange Street, Suite 400, Buffalo, NY '
                '14210, on **September 29, 2025** at **10:00 a.m.** to give testimony and to produce the records listed '
                'below relating to the correctness of entries and the liability for duties, or in connection with an '
                'investigation or inquiry under the customs laws:', 'Sans', 9, 'J'))
    st.append(P('Title, registration and registered-owner history, including owner addresses, for the following vehicles '
                'and persons:\n   \u2022 2022 Toyota Land Cruiser VIN JTMABBBJ2N4012775\n   \u2022 2023 Lexus LX600 '
                'VIN JTJGBCDX3P4004419\n   \u2022 GULEID, Hassan Abdi, DOB 08/08/1990, NY DL 912 448 301\n'
                '   \u2022 PETROVI\u0106, Zoran, DOB 12/15/1976', 'Sans', 9))
    st.append(P('Authority: 19 U.S.C. 1509. Failure to comply with this summons will render you liable to proceedings in the '
                'United States District Court to enforce compliance with this summons (19 U.S.C. 1510), as well as other '
                'sanctions.', 'Sans', 8.5, 'J'))
    st.append(TBL([['Issued at: Buffalo, NY', 'Date: 09/12/2025'],
                   [[SIG('Daniela Ruiz', width=1.5, seed=14), P('Signature of Issuing Officer', 'Sans', 7.5, 'L', 0)],
                    P('Daniela Ruiz\nSupervisory CBP Officer, Fines, Penalties & Forfeitures\n(716) 555-0131', 'Sans', 8.5,
                      'L', 0)]], [3.35, 3.35], size=9))
    st.append(SP(4))
    st.append(P('CBP Form 3115 (08/15)', 'Sans', 7, 'L', 0))
    return st


@doc('bv14')
def bv14():
    """CBP shared-mailbox e-mail signed by an SCBPO; CBP Form 3115 summons attached as a scanned PNG."""
    src = tmp('bv14_3115.pdf')
    build_pdf(src, _cbp3115(), margin=0.7, top=0.5)
    png = scan_png(src, seed=1414)
    body = (
        "Good morning,\n\n"
        "Attached is a Customs Summons (CBP Form 3115) issued to NYS DMV in connection with an investigation of vehicles "
        "exported in violation of 18 U.S.C. 554. We are requesting title and registration history and registered-owner "
        "information for the two VINs and two individuals listed on the summons.\n\n"
        "Appearance is not necessary if certified copies are e-mailed to me by the return date.\n\n"
        "Respectfully,\n\n"
        "Daniela Ruiz\n"
        "Supervisory CBP Officer\n"
        "Fines, Penalties & Forfeitures / Outbound Enforcement\n"
        "U.S. Customs and Border Protection - Port of Buffalo\n"
        "Office: (716) 555-0131 | daniela.ruiz@cbp.dhs.gov\n\n"
        "Please reply to this group mailbox so that the FP&F duty officer also receives your response.\n")
    m = make_eml('"CBP BUF FP&F" <BUFFPF@cbp.dhs.gov>', 'DMV Legal Bureau <legal.bureau@dmv.ny.gov>',
                 'CBP Summons BUF-2025-0441 - title/registration records', 'Fri, 12 Sep 2025 09:14:02 -0400',
                 '<bv14.5521.buffpf@cbp.dhs.gov>', body=body,
                 attachments=[(png, 'image', 'png', 'Summons_BUF-2025-0441_signed.png')])
    write_eml('bv14', m)
    return label('bv14', 'eml', 'CBP group mailbox e-mail signed by SCBPO; Form 3115 summons as PNG scan',
                 'dhs-cbp', 'U.S. Customs and Border Protection – Port of Buffalo', 'Daniela Ruiz',
                 'Supervisory CBP Officer', 'daniela.ruiz@cbp.dhs.gov', '716-555-0131',
                 [S('Hassan Abdi Guleid', '1990-08-08', ('license', '912448301')),
                  S('Zoran Petrović', '1976-12-15')],
                 ['18 USC 554', '19 USC 1509', '19 USC 1510'], 'administrative_subpoena', 'CBP 3115', True,
                 'criminal_investigation', ['vehicle', 'address'], 'email')


@doc('bv15')
def bv15():
    """ERO letter (/s/ DO) with I-200 signed by an SDDO; FOD printed in letterhead."""
    st = []
    st += LH_SIDE(['Office of the Field Office Director', 'Samuel J. Hartigan', 'Field Office Director'],
                  ['U.S. Department of Homeland Security', 'U.S. Immigration and Customs Enforcement',
                   'Enforcement and Removal Operations', 'Chicago Field Office \u2013 Milwaukee Sub-Office'],
                  ['310 E. Knapp Street', 'Milwaukee, WI 53202'])
    st.append(P('January 28, 2025'))
    st.append(P('Wisconsin Department of Workforce Development\nDivision of Unemployment Insurance\nAttn: Records Custodian\n'
                '201 E. Washington Avenue, Madison, WI 53703', after=10))
    st.append(P('RE: Request for Information \u2013 N\u00da\u00d1EZ CASTA\u00d1O, Sebasti\u00e1n (A097 331 604)'))
    st.append(P('To Whom It May Concern:'))
    st.append(P('U.S. Immigration and Customs Enforcement is seeking the current residential address and current or most '
                'recent employer for the individual named in the enclosed Form I-200, Warrant for Arrest of Alien, signed by '
                'Supervisory Detention and Deportation Officer Lorraine T. Becker. This request is made pursuant to '
                '8 U.S.C. \u00a7 1357 and 8 U.S.C. \u00a7 1226.', align='J'))
    st.append(P('Please reply to the undersigned at marco.bianchi@ice.dhs.gov or (414) 555-0131. Your cooperation is '
                'appreciated.', align='J'))
    st.append(P('Sincerely,', after=4))
    st.append(P('/s/ Marco A. Bianchi', after=0))
    st.append(P('Marco A. Bianchi\nDeportation Officer\nMilwaukee Sub-Office', after=8))
    st.append(P('Enclosure: Form I-200', size=9))
    st.append(PB())
    st.append(TBL([[P('U.S. DEPARTMENT OF HOMELAND SECURITY', 'Sans', 9, 'L', 0),
                    P('**WARRANT FOR ARREST OF ALIEN**', 'Sans', 11, 'R', 0)]], [3.5, 3.2], grid=False))
    st += HR(after=6)
    st.append(TBL([['', P('File No. A097 331 604\n\nDate: 01/27/2025', 'Sans', 9, 'L', 0)]], [4.5, 2.2], grid=False))
    st.append(P('To:   Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act '
                'and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations',
                'Sans', 9, 'J'))
    st.append(P('I have determined that there is probable cause to believe that **N\u00da\u00d1EZ CASTA\u00d1O, Sebasti\u00e1n** '
                'is removable from the United States. This determination is based upon:', 'Sans', 9, 'J'))
    st.append(P('\u2612 the execution of a charging document to initiate removal proceedings against the subject;\n'
                '\u2610 the pendency of ongoing removal proceedings against the subject;\n'
                '\u2610 the failure to establish admissibility subsequent to deferred inspection;\n'
                '\u2610 biometric confirmation of the subject\u2019s identity and a records check of federal databases that '
                'affirmatively indicate, by themselves or in addition to other reliable information, that the subject either '
                'lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or\n'
                '\u2610 statements made voluntarily by the subject to an immigration officer and/or other reliable evidence '
                'that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is '
                'removable under U.S. immigration law.', 'Sans', 8.5, indent=14))
    st.append(P('**YOU ARE COMMANDED** to arrest and take into custody for removal proceedings under the Immigration and '
                'Nationality Act, the above-named alien.', 'Sans', 9, 'J'))
    st.append(TBL([['', [SIG('L. T. Becker', width=1.5, seed=15),
                         P('_______________________________________\n(Signature of Authorized Immigration Officer)\n\n'
                           'Lorraine T. Becker, SDDO\n_______________________________________\n'
                           '(Printed Name and Title of Authorized Immigration Officer)', 'Sans', 8, 'L', 0)]]],
                  [3.2, 3.5], grid=False))
    st.append(SP(8))
    st.append(P('**Certificate of Service**', 'Sans', 9, 'C', 2))
    st.append(P('I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ (Location) on '
                '______________ on ____________ (Date and Time), and the contents of this notice were read to him or her in '
                'the ____________ language.\n\n__________________________________   ______________________________\n'
                'Name and Signature of Officer                      Name or Number of Interpreter (if applicable)',
                'Sans', 8))
    st.append(P('Form I-200 (Rev. 09/16)', 'Sans', 7, 'L', 0))
    src = tmp('bv15.pdf')
    build_pdf(src, st, stamps={1: [(6.0, 8.5, ['DWD-UI LEGAL', 'RECEIVED', 'FEB 03 2025', 'init: ____ sk'], 4,
                                    (0.6, 0.1, 0.1))]})
    scan_pdf(src, os.path.join(OUT, 'bv15.pdf'), seed=1515, color=True, rot={2: 90}, quality=42)
    return label('bv15', 'scanned', 'ERO letter signed /s/ by DO with I-200 signed by SDDO (sideways page)',
                 'dhs-ice-ero', 'ICE Enforcement and Removal Operations, Chicago Field Office – Milwaukee Sub-Office',
                 'Marco A. Bianchi', 'Deportation Officer', 'marco.bianchi@ice.dhs.gov', '414-555-0131',
                 [S('Sebastián Núñez Castaño', None, ('a_number', 'A097331604'))],
                 ['8 USC 1357', '8 USC 1226', 'INA 236', 'INA 287', '8 CFR 287'], 'administrative_warrant', 'I-200',
                 True, 'civil_immigration', ['address', 'employment'], 'mail')


@doc('bv16')
def bv16():
    """DO faxes an I-205 herself with a handwritten-style cover; the I-205 is signed by an AFOD."""
    st = fax_cover(['U.S. Department of Homeland Security', 'ICE \u2013 Enforcement and Removal Operations',
                    'Buffalo Field Office \u2013 250 Delaware Ave., Buffalo, NY 14202'],
                   [('To:', 'NYS DMV \u2013 Law Enforcement Liaison'),
                    ('Fax:', '518-555-0113'),
                    ('From:', 'DO Katarzyna Lewandowska'),
                    ('Phone:', '716-555-0119   /   katarzyna.lewandowska@ice.dhs.gov'),
                    ('Date:', '2025-10-20'),
                    ('Pages:', '2')],
                   'Attached is a Warrant of Removal/Deportation for the subject below. Request you provide his current '
                   'address of record and any vehicles registered to him, per 8 C.F.R. \u00a7 241.2.\n\n'
                   'LAGUERRE, Jean-Baptiste \u00c9douard   DOB: 29 JAN 1985   A# 201 664 085\n\nThank you \u2013 K.L.',
                   'This transmission may contain law enforcement sensitive information intended only for the named '
                   'recipient. If received in error please destroy and notify the sender.')
    st.append(PB())
    st.append(TBL([[P('U.S. DEPARTMENT OF HOMELAND SECURITY', 'Serif', 9, 'L', 0),
                    P('**WARRANT OF REMOVAL/DEPORTATION**', 'Serif', 11, 'R', 0)]], [3.4, 3.3], grid=False))
    st += HR(after=6)
    st.append(TBL([['', P('File No: A201 664 085\nDate: 10/17/2025', 'Serif', 9, 'L', 0)]], [4.5, 2.2], grid=False))
    st.append(P('To any immigration officer of the United States Department of Homeland Security:', 'Serif', 9.5))
    st.append(P('**LAGUERRE, Jean-Baptiste \u00c9douard**\n~~(Full name of alien)~~', 'Serif', 9.5, 'C'))
    st.append(P('who entered the United States at __Miami, FL__ on __03/15/2014__ is subject to removal/deportation from the '
                'United States, based upon a final order by:', 'Serif', 9.5, 'J'))
    st.append(P('\u2612 an immigration judge in exclusion, deportation, or removal proceedings\n\u2610 a designated official\n'
                '\u2610 the Board of Immigration Appeals\n\u2610 a United States District or Magistrate Court Judge',
                'Serif', 9.5, indent=20))
    st.append(P('and pursuant to the following provisions of the Immigration and Nationality Act:\n'
                '__Section 237(a)(1)(B) \u2013 present in violation of law__', 'Serif', 9.5))
    st.append(P('I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary '
                'of Homeland Security under the laws of the United States and by his or her direction, command you to take '
                'into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: '
                '__the appropriation \u201cEnforcement and Removal Operations\u201d__', 'Serif', 9.5, 'J'))
    st.append(TBL([['', [SIG('Thomas Varga', width=1.4, seed=16),
                         P('_____________________________________\n(Signature of immigration officer)\n'
                           'Thomas E. Varga, Assistant Field Office Director\n(Title of immigration officer)\n\n'
                           'Buffalo, New York   10/17/2025\n(Date and office location)', 'Serif', 8.5, 'L', 0)]]],
                  [3.0, 3.7], grid=False))
    st.append(SP(6))
    st.append(TBL([['Photograph of alien removed', 'Right index fingerprint of alien removed'],
                   ['\n\n\n\n', '']], [3.35, 3.35], size=8))
    st.append(P('Form I-205 (Rev. 08/01/07)', 'Serif', 7, 'L', 0))
    src = tmp('bv16.pdf')
    build_pdf(src, st)
    fax_tiff(src, os.path.join(OUT, 'bv16.tif'), seed=1616,
             headers=fax_header('10/20/2025', '08:03', 'ICE ERO BUF', '716 555 0150'))
    return label('bv16', 'fax', 'DO faxes I-205 (IJ order box checked, district-judge box printed) signed by AFOD',
                 'dhs-ice-ero', 'ICE Enforcement and Removal Operations – Buffalo Field Office',
                 'Katarzyna Lewandowska', 'Deportation Officer', 'katarzyna.lewandowska@ice.dhs.gov', '716-555-0119',
                 [S('Jean-Baptiste Édouard Laguerre', '1985-01-29', ('a_number', 'A201664085'))],
                 ['8 CFR 241.2', 'INA 237'], 'administrative_warrant', 'I-205', True, 'civil_immigration',
                 ['address', 'vehicle'], 'fax')


@doc('bv17')
def bv17():
    """Voicemail-to-email transcript: a sergeant calls on behalf of an investigator; clerk's note appended."""
    txt = (
        "From: Unified Messaging <voicemail@dmv.nebraska.gov>\n"
        "To: DMV-LE-Requests\n"
        "Subject: Voice Message from NEB STATE PATROL (402) 555-0108 - Mailbox 4021\n"
        "Date: Tue, 17 Jun 2025 08:14:36 -0500\n"
        "\n"
        "=== VOICE MESSAGE TRANSCRIPT ===\n"
        "Mailbox:      4021  (Driver & Vehicle Records - Law Enforcement Line)\n"
        "Received:     Tuesday, June 17, 2025 8:12 AM\n"
        "Duration:     1 min 48 sec\n"
        "Caller ID:    NEB STATE PATROL  (402) 555-0108\n"
        "Transcription confidence: medium. The transcript is machine generated and may contain errors.\n"
        "\n"
        "\"Hi good morning, this is Sergeant Dana Whitcomb with the Nebraska State Patrol, Troop C out of Grand Island. "
        "I'm calling on behalf of Investigator Luis Carrasco, he's tied up in court this morning. He is working a "
        "fatal hit and run from Saturday night on Highway 281, that's our case number 25-11872, leaving the scene "
        "under Nebraska statute 60-697. He's asking for the registered owner and the address history on a silver "
        "2016 Ford F-150, partial plate 8-4-6, and he's also asking for a license photo and current address for a "
        "Tyler James Brekke, B-R-E-K-K-E, date of birth March 3rd 1999. If you could e-mail that to him at "
        "luis dot carrasco at nebraska dot gov, or call him back at 308-555-0145. Again that's Investigator Luis "
        "Carrasco, 308-555-0145. Thank you, bye.\"\n"
        "\n"
        "--- Audio attachment removed by mail gateway (msg_4021_0617_0812.wav, 290 KB) ---\n"
        "\n"
        "[Note added by records staff]\n"
        "Listened 6/17 9:05 - JO. Logged as LE request, assigned to queue. Sgt. Whitcomb called for the investigator; "
        "investigator is the requester. Callback # verified against NSP directory.\n"
        "Taken by: J. Ostrowski, Records Technician II\n")
    with open(os.path.join(OUT, 'bv17.txt'), 'w', encoding='utf-8') as f:
        f.write(txt)
    return label('bv17', 'txt', 'voicemail-to-email transcript, sergeant calls for investigator; clerk note',
                 'state-police', 'Nebraska State Patrol', 'Luis Carrasco', 'Investigator',
                 'luis.carrasco@nebraska.gov', '308-555-0145',
                 [S('Tyler James Brekke', '1999-03-03')],
                 ['NE Rev Stat 60-697'], 'none', None, False, 'criminal_investigation',
                 ['vehicle', 'address', 'photo'], 'email')


@doc('bv18')
def bv18():
    """Connecticut criminal subpoena signed by an ASA as Commissioner of the Superior Court; return by inspector."""
    st = []
    st.append(TBL([[P('SUBPOENA \u2013 CRIMINAL\n(Subpoena Duces Tecum)\nC.G.S. \u00a7 54-2a', 'Sans', 9, 'L', 0),
                    P('**STATE OF CONNECTICUT\nSUPERIOR COURT**', 'Sans', 11, 'C', 0),
                    P('Docket No.\nHHD-CR24-0219934-T', 'Sans', 9, 'R', 0)]], [2.2, 2.5, 2.0], grid=False))
    st += HR(after=6)
    st.append(TBL([['Judicial District of Hartford at Hartford', 'Address of court:\n101 Lafayette Street, Hartford, CT 06106'],
                   ['Name of case:\nSTATE OF CONNECTICUT v. V\u00cdCTOR MANUEL ORTIZ-FIGUEROA', 'Date and time to appear:\n'
                    'July 8, 2025 at 10:00 a.m., Courtroom 4C']], [3.6, 3.1], size=9))
    st.append(SP(8))
    st.append(P('TO:  Keeper of Records, Department of Social Services, Office of Legal Counsel, Regulations and '
                'Administrative Hearings, 55 Farmington Avenue, Hartford, CT 06105', 'Sans', 9.5))
    st.append(P('**BY AUTHORITY OF THE STATE OF CONNECTICUT**, you are hereby commanded to appear before the Superior Court at '
                'the place, date and time stated above to testify what you know in a criminal proceeding now pending '
                'before the court, and to bring with you and produce the following:', 'Sans', 9.5, 'J'))
    st.append(P('Certified copies of all applications, redeterminations and periodic reports for SNAP and HUSKY/Medicaid '
                'benefits, including household composition, reported income and every address reported, together with the '
                'benefit issuance history, for the period January 1, 2021 to the present, for:', 'Sans', 9.5, 'J',
                indent=14))
    st.append(P('1.  V\u00edctor Manuel ORTIZ-FIGUEROA \u2013 DOB 11/19/1979\n2.  Carmen Luz FIGUEROA R\u00cdOS \u2013 DOB '
                '02/08/1982', 'Sans', 9.5, indent=28))
    st.append(P('The defendant is charged with larceny in the first degree by defrauding a public community, C.G.S. '
                '\u00a7 53a-122. Production of these records is authorized notwithstanding C.G.S. \u00a7 17b-90 because they '
                'are sought in connection with a criminal prosecution. In lieu of appearance you may deliver certified '
                'copies to the undersigned on or before the return date.', 'Sans', 9.5, 'J'))
    st.append(P('Hereof fail not, under penalty of law.', 'Sans', 9.5))
    st.append(TBL([[P('Dated at Rocky Hill, Connecticut\nJune 18, 2025', 'Sans', 9.5, 'L', 0),
                    [SIG('Naomi S. Feldman', width=1.8, seed=18),
                     P('Naomi S. Feldman, Assistant State\u2019s Attorney\nCommissioner of the Superior Court\n'
                       'Office of the Chief State\u2019s Attorney \u2013 Medicaid Fraud Control Unit\n300 Corporate Place, '
                       'Rocky Hill, CT 06067\nTel. (860) 555-0128  \u2022  naomi.feldman@ct.gov', 'Sans', 8.5, 'L', 0)]]],
                  [2.7, 4.0], grid=False))
    st.append(SP(10))
    st += HR(after=4)
    st.append(P('**RETURN OF SERVICE**', 'Sans', 9.5, 'C', 4))
    st.append(P('State of Connecticut, County of Hartford, ss. Hartford, June 20, 2025. Then and there I made due service of '
                'the foregoing subpoena by leaving a true and attested copy with Ms. Anne Kowalczyk, Legal Unit, DSS.',
                'Sans', 8.5, 'J'))
    st.append(P('Attest: ~~Walter J. Bisceglia~~ \u2013 Walter J. Bisceglia, Inspector, MFCU          Fees: $0.00',
                'Sans', 8.5))
    src = tmp('bv18.pdf')
    build_pdf(src, st, margin=0.8, stamps={1: [(6.5, 0.95, ['DSS \u2013 OLCRAH', 'RECEIVED', 'JUN 23 2025', 'R.M.'], 8,
                                                (0.1, 0.25, 0.55))]})
    scan_pdf(src, os.path.join(OUT, 'bv18.pdf'), seed=1818, color=True, quality=44)
    return label('bv18', 'scanned', 'CT criminal subpoena duces tecum signed by ASA as commissioner; inspector served it',
                 'district-attorney', 'Office of the Chief State’s Attorney – Medicaid Fraud Control Unit',
                 'Naomi S. Feldman', 'Assistant State’s Attorney', 'naomi.feldman@ct.gov', '860-555-0128',
                 [S('Víctor Manuel Ortiz-Figueroa', '1979-11-19'), S('Carmen Luz Figueroa Ríos', '1982-02-08')],
                 ['CGS 54-2a', 'CGS 53a-122', 'CGS 17b-90'], 'court_subpoena', None, True, 'criminal_investigation',
                 ['benefits', 'address', 'other'], 'mail')


@doc('bv19')
def bv19():
    """USAO civil division: cover letter (U.S. Attorney printed) + AO 88B civil subpoena; attorney's signature."""
    st = []
    st += LH_CENTER(['U.S. Department of Justice', 'United States Attorney\u2019s Office',
                     'Western District of Pennsylvania', 'Gregory M. Haldane, United States Attorney'],
                    font='Serif', sizes=(14, 12, 10.5, 8.5))
    st.append(TBL([[P('~~Civil Division~~\nJoseph F. Weis, Jr. U.S. Courthouse\n700 Grant Street, Suite 4000\nPittsburgh, '
                      'PA 15219', 'Serif', 8.5, 'L', 0),
                    P('Tel: (412) 555-0137\nFax: (412) 555-0139', 'Serif', 8.5, 'R', 0)]], [3.35, 3.35], grid=False))
    st.append(SP(8))
    st.append(P('August 18, 2025'))
    st.append(P('**By electronic mail** (ra-pwogcsubpoenas@pa.gov)', size=9.5))
    st.append(P('Office of General Counsel\nPennsylvania Department of Human Services\n625 Forster Street\nHarrisburg, PA 17120',
                after=8))
    st.append(P('Re:  ~~United States ex rel. Dolan v. Keystone Home Health Partners, LLC~~, No. 2:24-cv-01377 (W.D. Pa.)'))
    st.append(P('Dear Counsel:'))
    st.append(P('Enclosed for service is a subpoena to produce documents issued in the above civil action under Federal Rule of '
                'Civil Procedure 45. The United States alleges that the defendant submitted false claims to the Medicaid '
                'program in violation of the False Claims Act, 31 U.S.C. \u00a7\u00a7 3729\u20133733. The subpoena seeks '
                'provider-enrollment and direct-care-worker records concerning two individuals identified in Schedule A.',
                align='J'))
    st.append(P('The Department has agreed to accept service by e-mail. Please contact me if you wish to discuss the scope or '
                'the return date. A copy of this subpoena has been served on counsel for the defendant.', align='J'))
    st.append(P('Very truly yours,', after=4))
    st.append(P('/s/ Sophia L. Marchetti', after=0))
    st.append(P('SOPHIA L. MARCHETTI\nAssistant United States Attorney\nsophia.marchetti@usdoj.gov', after=10))
    st.append(P('Enclosures\ncc:  Linda Ostrander, Paralegal Specialist\n       Bryce Tillman, Esq. (counsel for defendant)',
                size=8.5))
    st.append(PB())
    st.append(P('AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises '
                'in a Civil Action', 'Serif', 7, 'L', 6))
    st.append(P('UNITED STATES DISTRICT COURT', 'Serif', 13, 'C', 0))
    st.append(P('for the\n__Western District of Pennsylvania__', 'Serif', 10, 'C', 8))
    st.append(TBL([[P('UNITED STATES OF AMERICA ex rel. MARGARET DOLAN\n~~Plaintiff~~\nv.\nKEYSTONE HOME HEALTH PARTNERS, LLC\n'
                      '~~Defendant~~', 'Serif', 9.5, 'L', 0),
                    P('\nCivil Action No. 2:24-cv-01377', 'Serif', 9.5, 'L', 0)]], [4.2, 2.5], grid=False,
                  extra=[('LINEAFTER', (0, 0), (0, 0), 0.8, colors.black)]))
    st.append(SP(6))
    st.append(P('**SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS\nOR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION**',
                'Serif', 10, 'C', 6))
    st.append(P('To:  Custodian of Records, Pennsylvania Department of Human Services, Office of General Counsel',
                'Serif', 9.5))
    st.append(P('\u2612 **Production:** YOU ARE COMMANDED to produce at the time, date, and place set forth below the following '
                'documents, electronically stored information, or objects, and to permit inspection, copying, testing, or '
                'sampling of the material: **See Schedule A.**', 'Serif', 9.5, 'J'))
    st.append(TBL([['Place: U.S. Attorney\u2019s Office, 700 Grant Street, Suite 4000, Pittsburgh, PA 15219 (or by e-mail)',
                    'Date and Time:\n09/19/2025 10:00 am']], [4.7, 2.0], font='Serif', size=9))
    st.append(SP(4))
    st.append(P('The following provisions of Fed. R. Civ. P. 45 are attached \u2013 Rule 45(c), relating to the place of '
                'compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and '
                '(g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.',
                'Serif', 8.5, 'J'))
    st.append(P('Date: 08/18/2025', 'Serif', 9.5))
    st.append(TBL([[P('CLERK OF COURT\n\n________________________\n~~Signature of Clerk or Deputy Clerk~~', 'Serif', 8.5, 'L', 0),
                    P('OR', 'Serif', 9, 'C', 0),
                    P('~~/s/ Sophia L. Marchetti~~\n________________________\n~~Attorney\u2019s signature~~', 'Serif', 8.5,
                      'L', 0)]], [2.9, 0.7, 3.1], grid=False))
    st.append(P('The name, address, e-mail address, and telephone number of the attorney representing ~~(name of party)~~ '
                '__United States of America__, who issues or requests this subpoena, are: Sophia L. Marchetti, Assistant '
                'United States Attorney, 700 Grant Street, Suite 4000, Pittsburgh, PA 15219; sophia.marchetti@usdoj.gov; '
                '(412) 555-0137', 'Serif', 8, 'J'))
    st.append(P('**Notice to the person who issues or requests this subpoena**\nIf this subpoena commands the production of '
                'documents, electronically stored information, or tangible things or the inspection of premises before '
                'trial, a notice and a copy of the subpoena must be served on each party in this case before it is served '
                'on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).', 'Serif', 7.5, 'J'))
    st.append(PB())
    st.append(P('**SCHEDULE A**', 'Serif', 12, 'C', 8))
    st.append(P('For the period January 1, 2019 through the present, produce the following records maintained by the '
                'Department, including its Office of Long-Term Living, relating to the individuals listed below:', align='J'))
    st.append(TBL([['Name', 'Date of birth'], ['Anh Thi TRAN', '14 Sep 1980'], ['Kateryna MOROZ', '6 Jan 1975']],
                  [3.5, 2.0], font='Serif', size=10, header=True))
    st.append(SP(6))
    st.append(P('1. Records identifying either individual as a direct care worker, attendant or employee of Keystone Home Health '
                'Partners, LLC, including timesheets and service logs submitted by the provider.\n'
                '2. Any address or contact information reported for either individual.\n'
                '3. Provider enrollment records listing either individual as a managing employee.', indent=12))
    st.append(P('To the extent any responsive record contains protected health information, its production in response to '
                'this subpoena is governed by 45 C.F.R. \u00a7 164.512(e). Records of public assistance recipients are '
                'confidential under 62 P.S. \u00a7 404; the United States will agree to an appropriate protective order.',
                align='J'))
    st.append(PB())
    st.append(P('**Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)**', 'Serif', 9, 'C', 6))
    st.append(P('**(c) Place of Compliance.** (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend '
                'a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is '
                'employed, or regularly transacts business in person; ... (2) For Other Discovery. A subpoena may command: '
                '(A) production of documents, electronically stored information, or tangible things at a place within 100 '
                'miles of where the person resides, is employed, or regularly transacts business in person; and (B) '
                'inspection of premises at the premises to be inspected.', 'Serif', 7.5, 'J'))
    st.append(P('**(d) Protecting a Person Subject to a Subpoena; Enforcement.** (1) Avoiding Undue Burden or Expense; Sanctions. '
                'A party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid '
                'imposing undue burden or expense on a person subject to the subpoena. ...', 'Serif', 7.5, 'J'))
    st.append(P('**(e) Duties in Responding to a Subpoena.** (1) Producing Documents or Electronically Stored Information. ... '
                '**(g) Contempt.** The court for the district where compliance is required \u2013 and also, after a motion is '
                'transferred, the issuing court \u2013 may hold in contempt a person who, having been served, fails without '
                'adequate excuse to obey the subpoena or an order related to it.', 'Serif', 7.5, 'J'))
    build_pdf(os.path.join(OUT, 'bv19.pdf'), st, pagenum='{n}')
    return label('bv19', 'born_digital', 'USAO civil cover letter + AO 88B civil subpoena (False Claims Act case)',
                 'doj-usao', 'United States Attorney’s Office, Western District of Pennsylvania',
                 'Sophia L. Marchetti', 'Assistant United States Attorney', 'sophia.marchetti@usdoj.gov',
                 '412-555-0137',
                 [S('Anh Thi Tran', '1980-09-14'), S('Kateryna Moroz', '1975-01-06')],
                 ['FRCP 45', '31 USC 3729', '31 USC 3733', '45 CFR 164.512', '62 PS 404'], 'court_subpoena', 'AO 88B',
                 True, 'unknown', ['employment', 'address', 'other'], 'email')


@doc('bv20')
def bv20():
    """HTML-only e-mail from the assigned detective; the patrol officer's earlier message is attached as message/rfc822."""
    inner = make_eml('"Brennan, Kyle" <Kyle.Brennan@daytonohio.gov>',
                     '"Ruffin, Angela M." <Angela.Ruffin@daytonohio.gov>',
                     'Burglary 25-041772 - suspect info for BMV', 'Sat, 4 Oct 2025 23:41:09 -0400',
                     '<bv20inner.1188.brennan@daytonohio.gov>',
                     body=("Det. Ruffin,\n\nReport 25-041772 (burglary, 1140 Salem Ave). Neighbor got a partial plate "
                           "HJX-4 on a gray Nissan Altima. Records check shows a 2019 Altima registered to ALBRECHT, Kristen "
                           "Marie, DOB 05/03/1995, who is the girlfriend of our suspect QUI\u00d1ONES-V\u00c9LEZ, Esteban, "
                           "DOB 08/19/1997, OH DL SW839214. Victim is Mrs. Loretta Hinkle, 78.\n\nCan you get BMV photos on "
                           "both and the registration? I'm off until Thursday.\n\nOfc. Kyle Brennan #1931\n"
                           "Patrol Operations - West\n"))
    html = (
        "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
        "<p>Good morning,</p>"
        "<p>I am the assigned detective on Dayton Police report <b>25-041772</b>, a residential burglary (R.C. 2911.12). "
        "Ofc. Brennan&#39;s original message is attached for reference. Pursuant to R.C. 4501.27, I am requesting the "
        "following from BMV:</p>"
        "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
        "<tr><th>Name</th><th>DOB</th><th>OH DL</th><th>Requested</th></tr>"
        "<tr><td>QUI&Ntilde;ONES-V&Eacute;LEZ, Esteban</td><td>08/19/1997</td><td>SW839214</td>"
        "<td>DL photo, address</td></tr>"
        "<tr><td>ALBRECHT, Kristen Marie</td><td>05/03/1995</td><td>&nbsp;</td>"
        "<td>DL photo, address, vehicle registrations</td></tr></table>"
        "<p>Please send the results to me directly rather than to Ofc. Brennan.</p>"
        "<p>Thank you,</p>"
        "<p style=\"margin-top:18px\"><b>Det. Angela M. Ruffin #2217</b> <span style=\"color:#666\">(she/her)</span><br>"
        "Burglary Unit | Investigations Bureau<br>Dayton Police Department<br>"
        "Office 937-555-0112 | Cell 937-555-0189<br>"
        "<a href=\"mailto:Angela.Ruffin@daytonohio.gov\">Angela.Ruffin@daytonohio.gov</a></p>"
        "<p style=\"font-size:8pt;color:#888\">This e-mail may contain confidential law enforcement information. "
        "If you are not the intended recipient, please delete it.</p>"
        "</body></html>")
    m = make_eml('"Ruffin, Angela M." <Angela.Ruffin@daytonohio.gov>',
                 'BMV Law Enforcement Requests <lerequests@bmv.ohio.gov>',
                 'FW: Burglary 25-041772 - suspect info for BMV', 'Mon, 6 Oct 2025 08:22:45 -0400',
                 '<bv20.3391.ruffin@daytonohio.gov>', html=html, attachments=[inner])
    write_eml('bv20', m)
    return label('bv20', 'eml', 'HTML-only e-mail from detective; earlier patrol officer message attached as rfc822',
                 'local-police', 'Dayton Police Department', 'Angela M. Ruffin', 'Detective',
                 'Angela.Ruffin@daytonohio.gov', '937-555-0112',
                 [S('Esteban Quiñones-Vélez', '1997-08-19', ('license', 'SW839214')),
                  S('Kristen Marie Albrecht', '1995-05-03')],
                 ['ORC 2911.12', 'ORC 4501.27'], 'none', None, False, 'criminal_investigation',
                 ['photo', 'address', 'vehicle'], 'email')


@doc('bv21')
def bv21():
    """City police detective's cover letter (chief printed) + Minnesota district court search warrant."""
    st = []
    st += LH_SIDE(['Ronald E. Steensland', 'Chief of Police', '', 'Investigations Division'],
                  ['ROCHESTER POLICE DEPARTMENT', '101 4th Street SE', 'Rochester, Minnesota 55904'],
                  ['(507) 555-0160', 'www.rochestermn.gov/police'], font='Sans')
    st.append(P('September 4, 2025', 'Sans', 10))
    st.append(P('Minnesota Department of Human Services\nOffice of General Counsel \u2013 Data Requests\nP.O. Box 64998\n'
                'St. Paul, MN 55164-0998', 'Sans', 10, after=10))
    st.append(P('RE:  Search Warrant \u2013 Olmsted County Court File No. 55-CR-25-3318 / RPD ICR 25-027741', 'Sans', 10))
    st.append(P('Enclosed is a search warrant signed by the Honorable Rebecca J. Thorsgaard, Judge of District Court, directing '
                'production of records held by your department. The records are classified as private under Minn. Stat. '
                '\u00a7 13.46 and may be released pursuant to a valid search warrant.', 'Sans', 10, 'J'))
    st.append(P('The investigation concerns financial exploitation of a vulnerable adult. Please provide the records within '
                'ten (10) days to me at the address above or to lfairbanks@rochestermn.gov. My supervisor, Sgt. Meredith '
                'Olson, is copied on this letter.', 'Sans', 10, 'J'))
    st.append(P('Thank you,', 'Sans', 10, after=0))
    st.append(SIG('Lucas Fairbanks', width=1.7, seed=21))
    st.append(P('Det. Lucas B. Fairbanks\nInvestigations Division\n(507) 555-0161', 'Sans', 10, after=10))
    st.append(P('Enc.\ncc:  Sgt. Meredith Olson\n        ACA Brian Heikkila, Olmsted County Attorney\u2019s Office', 'Sans', 8.5))
    st.append(PB())
    st.append(TBL([[P('STATE OF MINNESOTA\n\nCOUNTY OF OLMSTED', 'Serif', 10, 'L', 0),
                    P('DISTRICT COURT\n\nTHIRD JUDICIAL DISTRICT', 'Serif', 10, 'R', 0)]], [3.35, 3.35], grid=False))
    st.append(P('Court File No. 55-CR-25-3318', 'Serif', 10, 'R', 10))
    st.append(P('**SEARCH WARRANT**', 'Serif', 14, 'C', 10))
    st.append(P('TO:  Any peace officer of the State of Minnesota, and to the Minnesota Department of Human Services as '
                'custodian of the records described below.', 'Serif', 10, 'J'))
    st.append(P('WHEREAS, Detective Lucas B. Fairbanks of the Rochester Police Department has this day on oath made application '
                'to this Court for the issuance of a search warrant, and the Court, having examined the application and '
                'supporting affidavit, FINDS that probable cause exists for the issuance of a search warrant upon the '
                'following grounds (Minn. Stat. \u00a7\u00a7 626.04 to 626.08): the property sought constitutes evidence which '
                'tends to show that a crime has been committed, namely financial exploitation of a vulnerable adult, Minn. '
                'Stat. \u00a7 609.2335, and theft, Minn. Stat. \u00a7 609.52.', 'Serif', 10, 'J', lead=14))
    st.append(P('NOW, THEREFORE, YOU ARE COMMANDED to search the records of the Minnesota Department of Human Services, '
                'including records maintained in MAXIS and METS, for the following property and things:', 'Serif', 10, 'J',
                lead=14))
    st.append(P('All applications, renewals and change reports for Medical Assistance, MinnesotaCare, SNAP and MFIP; all '
                'household members listed; all addresses and telephone numbers reported; and the authorized representative '
                'designations, from January 1, 2023 to the present, concerning:\n\n'
                '     JAMA, Mahad Hassan          DOB 01/14/1990\n     NUR, Fartun Ali                   DOB 07/02/1993',
                'Serif', 10, indent=18, lead=14))
    st.append(P('and to deliver the records to the affiant or to any peace officer of the Rochester Police Department. This '
                'warrant may be served by mail or electronic transmission.', 'Serif', 10, 'J'))
    st.append(SP(6))
    st.append(TBL([[P('Dated: September 3, 2025\nTime: 4:07 p.m.', 'Serif', 10, 'L', 0),
                    [P('BY THE COURT:', 'Serif', 10, 'L', 0), SIG('R. J. Thorsgaard', width=1.7, seed=211),
                     P('_________________________________\nHon. Rebecca J. Thorsgaard\nJudge of District Court', 'Serif',
                       10, 'L', 0)]]], [3.0, 3.7], grid=False))
    src = tmp('bv21.pdf')
    build_pdf(src, st, stamps={1: [(6.1, 9.3, ['MN DHS \u2013 OGC', 'RECEIVED', 'SEP 08 2025', 'by: dkh'], -5,
                                    (0.1, 0.1, 0.1))]})
    scan_pdf(src, os.path.join(OUT, 'bv21.pdf'), seed=2121, color=False, quality=50)
    return label('bv21', 'scanned', 'detective cover letter (chief printed) + Minnesota district court search warrant',
                 'local-police', 'Rochester Police Department', 'Lucas B. Fairbanks', 'Detective',
                 'lfairbanks@rochestermn.gov', '507-555-0161',
                 [S('Mahad Hassan Jama', '1990-01-14'), S('Fartun Ali Nur', '1993-07-02')],
                 ['MN Stat 13.46', 'MN Stat 626.04', 'MN Stat 626.08', 'MN Stat 609.2335', 'MN Stat 609.52'],
                 'judicial_warrant', None, True, 'criminal_investigation', ['benefits', 'address', 'phone', 'other'],
                 'mail')


@doc('bv22')
def bv22():
    """Portal submission typed in by an analyst; the requesting inspector and approving team leader are separate fields."""
    txt = (
        "ILLINOIS SECRETARY OF STATE - DRIVER SERVICES DEPARTMENT\n"
        "Law Enforcement Records Request Portal - Submission Receipt\n"
        "================================================================\n"
        "Submission #:        LE-2025-00931\n"
        "Submitted:           2025-07-02 14:37:09 CDT\n"
        "Portal account:      uspis-chi-analyst3 (Tamara L. Greene, Investigative Analyst)\n"
        "Delivery:            notification e-mailed to dsd-lerequests@ilsos.gov\n"
        "\n"
        "--- REQUESTING AGENCY ---\n"
        "Agency name:         U.S. Postal Inspection Service - Chicago Division\n"
        "Agency type:         Federal\n"
        "ORI:                 ILUSPIS00\n"
        "Address:             433 W. Harrison St., Room 50190, Chicago, IL 60699\n"
        "\n"
        "--- REQUESTING OFFICER ---\n"
        "Name:                Daniel R. Kozlowski\n"
        "Title/Rank:          Postal Inspector\n"
        "Badge/ID:            31-0447\n"
        "Phone:               312-555-0168\n"
        "E-mail:              drkozlowski@uspis.gov\n"
        "\n"
        "--- SUPERVISOR / APPROVING OFFICIAL ---\n"
        "Name:                Monica Ybarra, Team Leader\n"
        "Phone:               312-555-0160\n"
        "\n"
        "--- CASE INFORMATION ---\n"
        "Case number:         4175-2025-0318-CHI\n"
        "Offense / statute:   Mail theft - 18 USC 1708; Bank fraud - 18 USC 1344\n"
        "Purpose:             Identify persons cashing checks stolen from USPS collection boxes (Oak Park, Cicero)\n"
        "\n"
        "--- SUBJECT 1 ---\n"
        "Last name:           O'SHEA\n"
        "First name:          Ryan\n"
        "Middle:              Patrick\n"
        "DOB (MM/DD/YYYY):    02/27/1984\n"
        "IL DL/ID #:          O200-4418-4059\n"
        "\n"
        "--- SUBJECT 2 ---\n"
        "Last name:           CHOWDHURY\n"
        "First name:          Sadia\n"
        "Middle:              Begum\n"
        "DOB (MM/DD/YYYY):    06/21/1991\n"
        "IL DL/ID #:          (unknown)\n"
        "\n"
        "--- RECORDS REQUESTED ---\n"
        "[X] Driver license / ID photo\n"
        "[X] Address history\n"
        "[ ] Vehicle registration\n"
        "[X] License status / issuance history\n"
        "[ ] Other: \n"
        "\n"
        "--- CERTIFICATION ---\n"
        "[X] I certify that this request is made by or on behalf of a law enforcement agency in carrying out its\n"
        "    functions, as permitted by 18 U.S.C. 2721(b)(1) and 625 ILCS 5/2-123, and that the information will be\n"
        "    used only for the purpose stated.\n"
        "Electronic signature: Daniel R. Kozlowski (entered by T. Greene at the inspector's direction)\n"
        "================================================================\n"
        "This receipt was generated automatically. Do not reply.\n")
    with open(os.path.join(OUT, 'bv22.txt'), 'w', encoding='utf-8') as f:
        f.write(txt)
    return label('bv22', 'txt', 'web portal receipt; analyst account submits for inspector; approving team leader',
                 'usps-uspis', 'U.S. Postal Inspection Service - Chicago Division', 'Daniel R. Kozlowski',
                 'Postal Inspector', 'drkozlowski@uspis.gov', '312-555-0168',
                 [S('Ryan Patrick O\'Shea', '1984-02-27', ('license', 'O20044184059')),
                  S('Sadia Begum Chowdhury', '1991-06-21')],
                 ['18 USC 1708', '18 USC 1344', '18 USC 2721', '625 ILCS 5/2-123'], 'none', None, False,
                 'criminal_investigation', ['photo', 'address', 'license'], 'email')


@doc('bv23')
def bv23():
    """SSA OIG letter signed "L. Tran for" the special agent whose letter it is."""
    st = []
    st += LH_CENTER(['SOCIAL SECURITY ADMINISTRATION', 'Office of the Inspector General',
                     'Office of Investigations \u2013 Boston Field Division \u2013 Portland, Maine Resident Office',
                     '220 Maine Mall Road, Suite 300, South Portland, ME 04106'], font='Sans', sizes=(13, 11, 8.5, 8.5))
    st.append(P('2025-05-06', 'Sans', 10))
    st.append(P('Sent via e-mail to DHHS.FraudInvestigation@maine.gov', 'Sans', 8.5))
    st.append(P('Maine Department of Health and Human Services\nOffice for Family Independence\nFraud Investigation and '
                'Recovery Unit\n19 Union Street, Augusta, ME 04333', 'Sans', 10, after=10))
    st.append(P('**RE:  OIG Case No. BOS2400318 \u2013 Request for Records**', 'Sans', 10))
    st.append(P('Dear Fraud Investigation and Recovery Unit:', 'Sans', 10))
    st.append(P('The Social Security Administration, Office of the Inspector General (SSA OIG), is conducting a criminal '
                'investigation into possible violations of 42 U.S.C. \u00a7 408(a)(4) (concealment of events affecting '
                'eligibility) and 18 U.S.C. \u00a7 641 (theft of government funds) involving Supplemental Security Income '
                'paid to the first person listed below, for whom the second person serves as representative payee.',
                'Sans', 10, 'J'))
    st.append(TBL([['', 'Name', 'Date of Birth', 'SSN'],
                   ['1', 'Ibrahim Said Adan', 'March 11, 1969', 'XXX-XX-2209'],
                   ['2', 'Anastasia V. Kuznetsova', 'December 30, 1958', 'XXX-XX-8540']], [0.3, 2.7, 1.8, 1.4],
                  size=9.5, header=True))
    st.append(SP(8))
    st.append(P('I request copies of any MaineCare, SNAP and TANF applications and redeterminations filed by or for these '
                'individuals since January 2022, including reported household members, reported income and addresses. '
                'The Inspector General is authorized to request information from federal, state and local agencies under '
                '5 U.S.C. \u00a7 406. I understand that the Department will evaluate this request under 22 M.R.S. \u00a7 42.',
                'Sans', 10, 'J'))
    st.append(P('Please contact me with any questions. Special Agent Lisa M. Tran of this office is also familiar with the case '
                'and may be contacted in my absence.', 'Sans', 10, 'J'))
    st.append(P('Sincerely,', 'Sans', 10, after=0))
    st.append(TBL([[SIG('Lisa M. Tran', width=1.5, seed=23), P('for', 'Serif-I', 12, 'L', 0)]], [1.7, 0.6], grid=False,
                  valign='BOTTOM'))
    st.append(P('Robert J. Delacroix\nSpecial Agent\nOffice: (207) 555-0114\nrobert.delacroix@ssa.gov', 'Sans', 10))
    build_pdf(os.path.join(OUT, 'bv23.pdf'), st,
              footer='This letter contains sensitive information protected by the Privacy Act of 1974.')
    return label('bv23', 'born_digital', 'SSA OIG letter signed "L. Tran for" the typed special agent',
                 'ssa-oig', 'Social Security Administration, Office of the Inspector General', 'Robert J. Delacroix',
                 'Special Agent', 'robert.delacroix@ssa.gov', '207-555-0114',
                 [S('Ibrahim Said Adan', '1969-03-11', ('ssn_last4', '2209')),
                  S('Anastasia V. Kuznetsova', '1958-12-30', ('ssn_last4', '8540'))],
                 ['42 USC 408', '18 USC 641', '5 USC 406', '22 MRS 42'], 'none', None, False,
                 'criminal_investigation', ['benefits', 'address', 'other'], 'email')


@doc('bv24')
def bv24():
    """DOL OIG agent faxes an IG subpoena signed by the Inspector General; schedule with three identities."""
    st = fax_cover(['U.S. DEPARTMENT OF LABOR', 'OFFICE OF INSPECTOR GENERAL \u2013 OFFICE OF INVESTIGATIONS',
                    'Atlanta Region \u2013 Raleigh Resident Office'],
                   [('TO:', 'N.C. Division of Employment Security \u2013 Legal Services'),
                    ('FAX:', '919-555-0192'),
                    ('FROM:', 'Timothy R. Bledsoe Jr., Special Agent'),
                    ('PHONE:', 'Desk 919-555-0104 / Cell 919-555-0187'),
                    ('E-MAIL:', 'bledsoe.timothy.r@oig.dol.gov'),
                    ('DATE:', 'March 31, 2025'),
                    ('PAGES:', '4 (incl. cover)')],
                   'Attached is an Inspector General subpoena for UI claim records (Schedule A). Electronic production '
                   'is preferred \u2013 I will send a secure file-transfer link on request.',
                   'NOTICE: This transmission is intended only for the addressee and may contain information that is '
                   'privileged, sensitive, or protected by the Privacy Act. If you received it in error, call the sender.')
    st.append(PB())
    st.append(P('UNITED STATES DEPARTMENT OF LABOR\nOFFICE OF INSPECTOR GENERAL', 'Serif', 12, 'C', 8))
    st.append(P('**SUBPOENA DUCES TECUM**', 'Serif', 15, 'C', 4))
    st.append(P('No. OIG-25-0412', 'Serif', 10, 'C', 10))
    st.append(P('TO:  Custodian of Records\n        North Carolina Department of Commerce, Division of Employment Security\n'
                '        700 Wade Avenue, Raleigh, NC 27605', after=10))
    st.append(P('YOU ARE HEREBY COMMANDED to produce the records described in the attached Schedule A to Special Agent '
                'Timothy R. Bledsoe Jr., U.S. Department of Labor, Office of Inspector General, 310 New Bern Avenue, Room '
                '1165, Raleigh, NC 27601, on or before April 21, 2025.', align='J'))
    st.append(P('This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. \u00a7 406(a)(4), '
                'in connection with an investigation of fraud against the unemployment insurance program, including possible '
                'violations of 18 U.S.C. \u00a7\u00a7 641 and 1343. Disclosure of unemployment compensation information for '
                'this purpose is consistent with 20 C.F.R. \u00a7 603.5(i) and N.C. Gen. Stat. \u00a7 96-4(x).', align='J'))
    st.append(P('In case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any appropriate '
                'United States district court.', align='J'))
    st.append(P('IN TESTIMONY WHEREOF, the undersigned Inspector General has hereunto set his hand this 27th day of March, 2025.',
                align='J', after=8))
    st.append(TBL([['', [SIG('Lawrence P. Quinlan', width=1.9, seed=24),
                         P('______________________________\nLawrence P. Quinlan\nInspector General\nU.S. Department of Labor',
                           'Serif', 10, 'L', 0)]]], [3.0, 3.7], grid=False))
    st.append(PB())
    st.append(P('**SCHEDULE A**', 'Serif', 12, 'C', 8))
    st.append(P('For each claim filed in North Carolina from March 1, 2020 to the present using any of the following '
                'identities, produce: the initial and continued claim records; all addresses, telephone numbers and e-mail '
                'addresses provided; IP addresses and device identifiers logged; payment records including bank account and '
                'debit card information; and the employer and wage records used to establish the claim.', align='J'))
    st.append(TBL([['Name', 'DOB', 'SSN (last four)'],
                   ['JACKSON, Tremaine Odell', '11/21/1986', '5530'],
                   ['S\u00c1NCHEZ MORA, Guadalupe Itzel', '04/04/1999', '8112'],
                   ['HONEYCUTT, Brian Keith', '07/13/1972', '0917']], [3.2, 1.4, 1.6], font='Serif', size=10, header=True))
    st.append(SP(10))
    st.append(P('Definitions: \u201cRecord\u201d includes information stored electronically. If any record is withheld, '
                'identify it and state the basis for withholding.', size=9.5))
    st.append(PB())
    st.append(P('**CERTIFICATE OF SERVICE**', 'Serif', 12, 'C', 8))
    st.append(P('I certify that on March 31, 2025, I served this subpoena on the Custodian of Records named above by facsimile '
                'transmission, with the recipient\u2019s prior agreement to accept service in this manner.', align='J'))
    st.append(SP(16))
    st.append(P('__/s/ Timothy R. Bledsoe Jr.__\nTimothy R. Bledsoe Jr., Special Agent'))
    src = tmp('bv24.pdf')
    build_pdf(src, st)
    fax_tiff(src, os.path.join(OUT, 'bv24.tif'), seed=2424,
             headers=fax_header('MAR 31 2025', '10:55', 'DOL OIG RALEIGH', '919 555 0105'))
    return label('bv24', 'fax', 'DOL OIG agent faxes IG subpoena signed by the Inspector General',
                 'dol-oig', 'U.S. Department of Labor, Office of Inspector General', 'Timothy R. Bledsoe Jr.',
                 'Special Agent', 'bledsoe.timothy.r@oig.dol.gov', '919-555-0104',
                 [S('Tremaine Odell Jackson', '1986-11-21', ('ssn_last4', '5530')),
                  S('Guadalupe Itzel Sánchez Mora', '1999-04-04', ('ssn_last4', '8112')),
                  S('Brian Keith Honeycutt', '1972-07-13', ('ssn_last4', '0917'))],
                 ['5 USC 406', '18 USC 641', '18 USC 1343', '20 CFR 603.5', 'NCGS 96-4'], 'administrative_subpoena',
                 None, True, 'criminal_investigation',
                 ['claims', 'address', 'phone', 'email', 'benefits', 'wages', 'employment', 'other'], 'fax')


@doc('bv25')
def bv25():
    """HSI cover letter (SAC printed, SA signs, TFO alternate) + 18 USC 2703(d) order; AUSA in small print."""
    st = []
    st += LH_SIDE(['Office of the Special Agent in Charge', 'Chicago', '', 'Special Agent in Charge', 'Miguel \u00c1. Serrano'],
                  ['U.S. Department of Homeland Security', 'Homeland Security Investigations',
                   '1 North Tower Lane, Suite 1600', 'Oakbrook Terrace, IL 60181'],
                  ['Main (630) 555-0150'])
    st.append(P('November 3, 2025'))
    st.append(P('Illinois Department of Employment Security\nOffice of Legal Counsel\n33 South State Street, 9th Floor\n'
                'Chicago, IL 60603', after=10))
    st.append(P('Re:  Order pursuant to 18 U.S.C. \u00a7 2703(d), Misc. No. 25-M-0612 (N.D. Ill.)'))
    st.append(P('Dear Counsel:'))
    st.append(P('HSI Chicago is conducting a criminal investigation into forced labor (18 U.S.C. \u00a7 1589) and the harboring '
                'of aliens for commercial advantage (8 U.S.C. \u00a7 1324(a)(1)(A)(iii)). Enclosed is an Order of the United '
                'States District Court for the Northern District of Illinois directing the Department to disclose the records '
                'described in Attachment A. The Order also directs the Department, under 18 U.S.C. \u00a7 2705(b), not to '
                'notify any person of its existence for one year.', align='J'))
    st.append(P('We understand that the Department may disclose this information in response to a court order under 820 ILCS '
                '405/1900. Please produce the records to me; Task Force Officer Ram\u00f3n Acosta (Aurora Police Department) '
                'may also collect them on my behalf.', align='J'))
    st.append(P('Respectfully,', after=0))
    st.append(SIG('Joanna Wisniewska', width=1.9, seed=25))
    st.append(P('Joanna Wi\u015bniewska\nSpecial Agent, Human Trafficking Group\n(312) 555-0157\n'
                'joanna.wisniewska@ice.dhs.gov', after=10))
    st.append(P('Enclosure\ncc:  AUSA Timothy J. Bracken', size=8.5))
    st.append(PB())
    st.append(P('UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ILLINOIS\nEASTERN DIVISION', 'Serif', 11.5, 'C', 10))
    st.append(TBL([[P('IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. '
                      '\u00a7 2703(d)', 'Serif', 10, 'L', 0),
                    P('Misc. No. 25-M-0612\n\n**FILED UNDER SEAL**', 'Serif', 10, 'L', 0)]], [4.0, 2.7], grid=False,
                  extra=[('LINEAFTER', (0, 0), (0, 0), 0.8, colors.black)]))
    st.append(SP(10))
    st.append(P('**ORDER**', 'Serif', 13, 'C', 8))
    st.append(P('This matter having come before the Court pursuant to an application under Title 18, United States Code, '
                'Section 2703(b) and (c), which application requests the issuance of an order under Title 18, United States '
                'Code, Section 2703(d) directing the Illinois Department of Employment Security (\u201cIDES\u201d), which '
                'provides an electronic communication service to users of its IllinoisJobLink and claimant portals, to '
                'disclose certain records and other information, as set forth in Attachment A to this Order, the Court finds '
                'that the applicant has offered specific and articulable facts showing that there are reasonable grounds to '
                'believe that the records or other information sought are relevant and material to an ongoing criminal '
                'investigation.', align='J', lead=15))
    st.append(P('IT IS ORDERED, pursuant to Title 18, United States Code, Section 2703(d), that IDES shall, within ten days of '
                'the date of this Order, disclose to the United States the records and other information described in '
                'Attachment A.', align='J', lead=15))
    st.append(P('IT IS FURTHER ORDERED under 18 U.S.C. \u00a7 2705(b) that IDES shall not disclose the existence of the '
                'application or this Order to the listed subscribers or to any other person for a period of one year, except '
                'that IDES may disclose this Order to an attorney for the purpose of receiving legal advice.', align='J',
                lead=15))
    st.append(TBL([[P('Date: October 30, 2025', 'Serif', 10, 'L', 0),
                    [P('ENTER:', 'Serif', 10, 'L', 0), SIG('Beatriz Lozano-Finch', width=1.9, seed=251),
                     P('__________________________________\nHON. BEATRIZ LOZANO-FINCH\nUnited States Magistrate Judge',
                       'Serif', 10, 'L', 0)]]], [3.0, 3.7], grid=False))
    st.append(SP(16))
    st.append(P('Submitted by: Timothy J. Bracken, Assistant United States Attorney, 219 S. Dearborn Street, Chicago, IL 60604, '
                '(312) 555-0192', 'Serif', 7, 'L', 0))
    st.append(PB())
    st.append(P('**ATTACHMENT A**', 'Serif', 12, 'C', 8))
    st.append(P('**I. Accounts.** This Order applies to IllinoisJobLink and unemployment-insurance claimant accounts associated '
                'with the following persons:', align='J'))
    st.append(P('a.  Ramiro ESQUIVEL PE\u00d1A, born 25 May 1979\nb.  DO, Thi Hanh, born 10 October 1996', indent=24))
    st.append(P('**II. Records and information to be disclosed** for the period January 1, 2023 to the present:', align='J'))
    st.append(P('1. Names, user names, e-mail addresses, telephone numbers and residential and mailing addresses;\n'
                '2. Records of session times and durations and the Internet Protocol (IP) addresses used to access the '
                'accounts;\n3. Account creation dates and the means and source of any payment;\n'
                '4. Employer accounts on which the persons were reported as employees and the associated employer contact '
                'information;\n5. Claim filing records.', indent=14))
    st.append(P('The Order does not require the disclosure of the contents of any communications.', size=9.5))
    src = tmp('bv25.pdf')
    build_pdf(src, st, stamps={1: [(6.1, 8.6, ['IDES LEGAL', 'NOV 05 2025', 'RECEIVED', 'CMcK'], 5, (0.55, 0.1, 0.1))]})
    scan_pdf(src, os.path.join(OUT, 'bv25.pdf'), seed=2525, color=False, quality=48)
    return label('bv25', 'scanned', 'HSI cover letter (SAC printed, TFO alternate) + 2703(d) order, AUSA small print',
                 'dhs-ice-hsi', 'Homeland Security Investigations, Office of the Special Agent in Charge – Chicago',
                 'Joanna Wiśniewska', 'Special Agent', 'joanna.wisniewska@ice.dhs.gov', '312-555-0157',
                 [S('Ramiro Esquivel Peña', '1979-05-25'), S('Thi Hanh Do', '1996-10-10')],
                 ['18 USC 2703', '18 USC 1589', '8 USC 1324', '18 USC 2705', '820 ILCS 405/1900'], 'court_order', None,
                 True, 'criminal_investigation', ['email', 'phone', 'address', 'employment', 'claims', 'other'], 'mail')


def _msp_form():
    st = []
    st.append(TBL([[P('**MICHIGAN STATE POLICE**\nFraud Investigation Unit', 'Sans', 10, 'L', 0),
                    P('**REQUEST FOR SECRETARY OF STATE RECORDS**\nLaw Enforcement Use Only', 'Sans', 10, 'R', 0)]],
                  [3.0, 3.7], grid=False))
    st += HR(after=4)
    rows = [['Incident No.', 'FIU-25-0877', 'Date', '07/29/2025'],
            ['Offense(s)', 'Receiving & concealing stolen property (MCL 750.535); identity theft (MCL 445.65)', '', ''],
            ['Requesting Officer', 'D/Sgt. Alejandro Rodr\u00edguez', 'Badge', '1186'],
            ['Phone', '517-555-0143', 'E-mail', 'RodriguezA7@michigan.gov'],
            ['Subject 1', 'KOWALSKI, Adam Michael', 'DOB', '09/09/1983'],
            ['DL / PID', 'K 425 118 903 774', '', ''],
            ['Subject 2', 'AL-HAKIM, Yusuf Karim', 'DOB', '01/22/1991'],
            ['DL / PID', 'unknown', '', '']]
    ex = [('SPAN', (1, 1), (3, 1)), ('SPAN', (1, 5), (3, 5)), ('SPAN', (1, 7), (3, 7))]
    st.append(TBL(rows, [1.4, 3.0, 0.8, 1.5], size=9.5, bold_first_col=True, extra=ex))
    st.append(SP(6))
    st.append(P('Records requested:  \u2612 Digital image (photo)   \u2612 Driving record   \u2612 Vehicle registrations   '
                '\u2610 Title history', 'Sans', 9.5))
    st.append(P('The requester certifies that the information is needed in the course of a criminal investigation and will be '
                'used only as permitted by MCL 257.208c and 18 U.S.C. 2721(b)(1).', 'Sans', 8.5, 'J'))
    st.append(TBL([[P('Requesting Officer', 'Sans', 8.5, 'L', 0), P('Approved by', 'Sans', 8.5, 'L', 0)],
                   [SIG('A. Rodriguez', width=1.5, seed=26), SIG('K Dombrowski', width=1.4, seed=266)],
                   [P('D/Sgt. Alejandro Rodr\u00edguez', 'Sans', 8.5, 'L', 0),
                    P('F/Lt. Karen Dombrowski, Unit Commander', 'Sans', 8.5, 'L', 0)]], [3.35, 3.35]))
    st.append(P('MSP FIU-14 (Rev. 01/2024)', 'Sans', 7, 'L', 0))
    return st


@doc('bv26')
def bv26():
    """MSP shared mailbox e-mail signed by the D/Sgt; phone photo (JPEG) of a form with requester and approver boxes."""
    src = tmp('bv26_form.pdf')
    build_pdf(src, _msp_form(), margin=0.7, top=0.6)
    jpg = photo_jpeg(src, seed=2626)
    body = (
        "Hello,\n\n"
        "Attached is our signed request form for two subjects in an identity theft / stolen property case. "
        "We need the SOS digital images, driving records, and vehicle registrations. Please return the results "
        "to me at RodriguezA7@michigan.gov - this unit mailbox is checked irregularly.\n\n"
        "Thanks,\n\n"
        "D/Sgt. Alejandro Rodr\u00edguez\n"
        "Michigan State Police | Fraud Investigation Unit\n"
        "7150 Harris Drive, Dimondale, MI 48821\n"
        "517-555-0143 (desk)\n")
    html = (
        "<html><body><p>Hello,</p><p>Attached is our signed request form for two subjects in an identity theft / stolen "
        "property case. We need the SOS digital images, driving records, and vehicle registrations. Please return the "
        "results to me at <a href=\"mailto:RodriguezA7@michigan.gov\">RodriguezA7@michigan.gov</a> &ndash; this unit "
        "mailbox is checked irregularly.</p><p>Thanks,</p><p><b>D/Sgt. Alejandro Rodr&iacute;guez</b><br>Michigan State "
        "Police | Fraud Investigation Unit<br>7150 Harris Drive, Dimondale, MI 48821<br>517-555-0143 (desk)</p>"
        "</body></html>")
    m = make_eml('MSP Fraud Investigation Unit <MSP-FIU@michigan.gov>', 'SOS Record Lookup <SOS-LERecords@michigan.gov>',
                 'Records request - FIU-25-0877', 'Tue, 29 Jul 2025 15:31:40 -0400', '<bv26.7781.fiu@michigan.gov>',
                 body=body, html=html, attachments=[(jpg, 'image', 'jpeg', 'IMG_4471.jpg')])
    write_eml('bv26', m)
    return label('bv26', 'eml', 'state police unit mailbox e-mail signed by D/Sgt; JPEG photo of form with approver box',
                 'state-police', 'Michigan State Police – Fraud Investigation Unit', 'Alejandro Rodríguez',
                 'Detective Sergeant', 'RodriguezA7@michigan.gov', '517-555-0143',
                 [S('Adam Michael Kowalski', '1983-09-09', ('license', 'K425118903774')),
                  S('Yusuf Karim Al-Hakim', '1991-01-22')],
                 ['MCL 750.535', 'MCL 445.65', 'MCL 257.208c', '18 USC 2721'], 'none', None, False,
                 'criminal_investigation', ['photo', 'license', 'vehicle'], 'email')


@doc('bv27')
def bv27():
    """NC sheriff (sheriff printed) investigator's letter + magistrate's arrest warrant."""
    st = []
    st += LH_CENTER(['ALAMANCE COUNTY SHERIFF\u2019S OFFICE', 'Sheriff Clayton W. Barefoot',
                     '109 South Maple Street  \u2022  Graham, North Carolina 27253  \u2022  (336) 555-0150'],
                    font='Serif', sizes=(15, 10.5, 8.5))
    st.append(P('10 April 2025'))
    st.append(P('N.C. Division of Motor Vehicles\nLicense and Theft Bureau \u2013 Records\n3148 Mail Service Center\n'
                'Raleigh, NC 27699-3148', after=10))
    st.append(P('Re:  Outstanding warrant \u2013 LE, Cuong Van \u2013 ACSO case 2025-003318'))
    st.append(P('Sir/Madam,'))
    st.append(P('Enclosed is a copy of a Warrant for Arrest issued on April 8, 2025 charging the above individual with larceny '
                'of a motor vehicle. We have been unable to serve the warrant at his last known address. Under G.S. 20-43(a) '
                'I request his current DMV address of record, his license status and his most recent license photograph so '
                'that the warrant may be served.', align='J'))
    st.append(P('Capt. Jerry Hinshaw, Criminal Investigations Division commander, has asked that the results be returned to '
                'me. My contact information is below.', align='J'))
    st.append(P('Respectfully,', after=0))
    st.append(SIG('Shonda McRae', width=1.7, seed=27))
    st.append(P('Inv. Shonda L. McRae\nCriminal Investigations Division\n(336) 555-0159  \u2022  smcrae@alamance-nc.gov', after=8))
    st.append(P('Enclosure', size=9))
    st.append(PB())
    st.append(TBL([[P('STATE OF NORTH CAROLINA\n\nAlamance County', 'Serif', 9.5, 'L', 0),
                    P('File No. 25CR 051447\n\nIn The General Court Of Justice\nDistrict Court Division', 'Serif', 9.5, 'R', 0)]],
                  [3.35, 3.35], grid=False))
    st.append(P('**STATE VERSUS**', 'Serif', 10, 'L', 2))
    st.append(TBL([['Name And Address Of Defendant\nCUONG VAN LE\n2216 Hanford Road, Apt. 4\nBurlington, NC 27215',
                    'Race: A   Sex: M\nDate Of Birth: 04/30/1990\nDrivers License No. / State: 41225873 / NC'],
                   ['Offense(s): LARCENY OF MOTOR VEHICLE \u2013 G.S. 14-72(a); POSSESSION OF STOLEN GOODS \u2013 G.S. 14-71.1',
                    'Offense Date: 03/22/2025']], [4.0, 2.7], font='Serif', size=9))
    st.append(SP(6))
    st.append(P('**WARRANT FOR ARREST**', 'Serif', 14, 'C', 6))
    st.append(P('I, the undersigned, find that there is probable cause to believe that on or about the date of offense shown '
                'and in the county named above the defendant named above unlawfully, willfully and feloniously did steal, '
                'take and carry away a 2018 Honda Accord, VIN 1HGCV1F34JA109823, the personal property of Heather D. Simmons, '
                'having a value of more than one thousand dollars, in violation of G.S. 14-72(a).', 'Serif', 9.5, 'J'))
    st.append(P('To any officer with authority and jurisdiction to arrest for the above offense(s): I find that the '
                'statement(s) of the complainant(s) listed below, sworn to by the complainant(s), establish probable cause to '
                'believe that the defendant committed the offense(s) as alleged. You are DIRECTED to arrest the defendant and '
                'bring the defendant before a judicial official without unnecessary delay to answer the charge(s) above. '
                'This warrant is issued pursuant to G.S. 15A-304.', 'Serif', 9.5, 'J'))
    st.append(TBL([['Complainant: Inv. S. L. McRae, Alamance Co. Sheriff\u2019s Office', 'Date Issued: 04/08/2025  10:42 AM'],
                   [[SIG('Rhonda K. Tate', width=1.5, seed=271), P('Signature\nRhonda K. Tate', 'Serif', 8.5, 'L', 0)],
                    P('\u2612 Magistrate   \u2610 Deputy CSC   \u2610 Assistant CSC   \u2610 Clerk Of Superior Court   '
                      '\u2610 District Court Judge', 'Serif', 8.5, 'L', 0)]], [3.35, 3.35], font='Serif', size=9))
    st.append(SP(6))
    st.append(P('RETURN OF SERVICE \u2013 I certify that this Warrant was received and served as follows: '
                'Date Received 04/08/2025 \u2022 Date Served ________ \u2022 Time ______ \u2022 \u2610 Warrant not served '
                'because __________________________', 'Serif', 8.5))
    st.append(P('AOC-CR-100, Side One, Rev. 12/23', 'Serif', 7, 'L', 0))
    src = tmp('bv27.pdf')
    build_pdf(src, st, stamps={1: [(6.0, 8.75, ['NCDMV L&T BUREAU', 'APR 14 2025', 'RECEIVED', 'B.W.S.'], -8,
                                    (0.1, 0.1, 0.5))]},
              texts={1: [(4.9, 5.0, 'pls rush \u2013 JH', 'Sans-I', 13, 6, (0.1, 0.1, 0.5))]})
    scan_pdf(src, os.path.join(OUT, 'bv27.pdf'), seed=2727, color=True, quality=42)
    return label('bv27', 'scanned', 'sheriff letterhead, investigator signs, captain named; NC magistrate arrest warrant',
                 'sheriff', 'Alamance County Sheriff’s Office', 'Shonda L. McRae', 'Investigator',
                 'smcrae@alamance-nc.gov', '336-555-0159',
                 [S('Cuong Van Le', '1990-04-30', ('license', '41225873'))],
                 ['NCGS 20-43', 'NCGS 14-72', 'NCGS 14-71.1', 'NCGS 15A-304'], 'judicial_warrant', 'AOC-CR-100', True,
                 'criminal_investigation', ['address', 'license', 'photo'], 'mail')


@doc('bv28')
def bv28():
    """NH State Police sergeant faxes a superior court order; colonel printed; AAG named in small print."""
    st = fax_cover(['NEW HAMPSHIRE STATE POLICE', 'Colonel Nathaniel P. Ames, Director',
                    'Investigative Services Bureau \u2013 Major Crime Unit \u2013 33 Hazen Drive, Concord, NH 03305'],
                   [('TO:', 'NH DHHS \u2013 Division of Economic Stability, Records / Legal'),
                    ('FAX:', '603-555-0196'),
                    ('FROM:', 'Det. Sgt. Derek A. Lacasse'),
                    ('TEL:', '603-555-0170 (desk) \u2022 derek.lacasse@dos.nh.gov'),
                    ('DATE:', '07/14/2025'),
                    ('PAGES:', '3')],
                   'Court order attached (Merrimack Superior Court, 217-2025-CR-00388). Please produce the records listed '
                   'in paragraph 2 of the order to me. AAG Coutu prepared the motion; questions about the order itself can '
                   'go to her, everything else to me.',
                   'CONFIDENTIAL \u2013 This facsimile contains criminal investigative information. If received in error, '
                   'call 603-555-0170 and destroy.')
    st.append(PB())
    st.append(P('THE STATE OF NEW HAMPSHIRE', 'Serif', 12, 'C', 8))
    st.append(TBL([[P('MERRIMACK, SS.', 'Serif', 10.5, 'L', 0), P('SUPERIOR COURT', 'Serif', 10.5, 'R', 0)]], [3.35, 3.35],
                  grid=False))
    st.append(P('Docket No. 217-2025-CR-00388', 'Serif', 10, 'R', 10))
    st.append(P('**In re: Application of the State of New Hampshire for an Order Compelling Production of Records**', 'Serif',
                11, 'C', 10))
    st.append(P('**ORDER**', 'Serif', 12, 'C', 10))
    st.append(P('Upon the State\u2019s ex parte motion, and the Court having reviewed the affidavit of Detective Sergeant Derek A. '
                'Lacasse, the Court finds that there are specific and articulable facts showing reasonable grounds to believe '
                'that the records sought are relevant and material to an ongoing criminal investigation into second degree '
                'assault, RSA 631:2, and witness tampering, RSA 641:5.', align='J', lead=15))
    st.append(P('Accordingly, it is ORDERED that:', lead=15))
    st.append(P('1. This Order is issued notwithstanding the confidentiality provisions of RSA 167:30.\n'
                '2. The New Hampshire Department of Health and Human Services, Division of Economic Stability, shall '
                'produce to the New Hampshire State Police, within ten days, all addresses, telephone numbers and household '
                'composition reported since January 1, 2024, and the dates and amounts of any financial assistance or SNAP '
                'benefits issued, for: JEREMIAH SCOTT DUFRESNE (DOB 02/17/1994) and AMINA HUSSEIN DUALEH (DOB 08/28/1997).\n'
                '3. The Department shall not disclose this Order or the production to the persons named for 90 days.',
                indent=14, lead=15))
    st.append(P('SO ORDERED.', after=10))
    st.append(TBL([[P('July 11, 2025\nDate', 'Serif', 10, 'L', 0),
                    [SIG('Helen K. Marchand', width=1.8, seed=28),
                     P('________________________________\nHelen K. Marchand\nPresiding Justice', 'Serif', 10, 'L', 0)]]],
                  [3.0, 3.7], grid=False))
    st.append(SP(30))
    st.append(P('Prepared by: Sheila R. Coutu, Esq., Assistant Attorney General, NH Department of Justice, Criminal Bureau, '
                '1 Granite Place South, Concord, NH 03301 \u2022 (603) 555-0175', 'Serif', 7, 'L', 0))
    st.append(PB())
    st.append(P('**CLERK\u2019S NOTICE OF DECISION**', 'Serif', 11, 'C', 8))
    st.append(P('The Court has issued the attached order in the above-captioned matter. A true copy attest:', 'Serif', 10))
    st.append(P('~~Cheryl A. Levesque~~\nCheryl A. Levesque, Clerk of Court\nJuly 11, 2025', 'Serif', 10))
    src = tmp('bv28.pdf')
    build_pdf(src, st)
    fax_tiff(src, os.path.join(OUT, 'bv28.tif'), seed=2828,
             headers=fax_header('Jul 14 2025', '13:19', 'NHSP MCU', '603-555-0172'), rot={3: 180})
    return label('bv28', 'fax', 'state police sergeant faxes superior court order; colonel printed; AAG and clerk named',
                 'state-police', 'New Hampshire State Police – Major Crime Unit', 'Derek A. Lacasse',
                 'Detective Sergeant', 'derek.lacasse@dos.nh.gov', '603-555-0170',
                 [S('Jeremiah Scott Dufresne', '1994-02-17'), S('Amina Hussein Dualeh', '1997-08-28')],
                 ['NH RSA 631:2', 'NH RSA 641:5', 'NH RSA 167:30'], 'court_order', None, True,
                 'criminal_investigation', ['address', 'phone', 'benefits', 'other'], 'fax')


@doc('bv29')
def bv29():
    """Vermont deputy state's attorney's subpoena; cover letter signed by a legal assistant "for" the DSA."""
    st = []
    st += LH_CENTER(['OFFICE OF THE CHITTENDEN COUNTY STATE\u2019S ATTORNEY', 'Martin J. Rousseau, State\u2019s Attorney',
                     '32 Cherry Street, Suite 305, Burlington, Vermont 05401  |  (802) 555-0130'], font='Sans',
                    sizes=(12.5, 9.5, 8.5))
    st.append(P('October 14, 2025', 'Sans', 10))
    st.append(P('VIA EMAIL: labor.uirecords@vermont.gov', 'Sans', 9))
    st.append(P('Vermont Department of Labor\nUnemployment Insurance & Wages Division\n5 Green Mountain Drive\nMontpelier, VT 05601',
                'Sans', 10, after=8))
    st.append(P('Re: ~~State v. Noah J. Brigham~~, Docket No. 25-CR-04112', 'Sans', 10))
    st.append(P('Dear Records Custodian:', 'Sans', 10))
    st.append(P('Please find enclosed a subpoena duces tecum for wage and employer records of the defendant in the above '
                'matter. In lieu of appearing, you may provide certified copies with the enclosed certification to Deputy '
                'State\u2019s Attorney Corinne A. Lavall\u00e9e by the date shown. Please contact DSA Lavall\u00e9e at '
                '(802) 555-0135 or corinne.lavallee@vermont.gov with any questions.', 'Sans', 10, 'J'))
    st.append(P('Thank you,', 'Sans', 10, after=0))
    st.append(TBL([[SIG('Hope Nadeau', width=1.3, seed=29), P('for', 'Sans-I', 11, 'L', 0)]], [1.5, 0.5], grid=False,
                  valign='BOTTOM'))
    st.append(P('Corinne A. Lavall\u00e9e\nDeputy State\u2019s Attorney', 'Sans', 10, after=4))
    st.append(P('HN/cal\nEnclosures (2)\ncc: Det. Paul Ricard, South Burlington Police Department', 'Sans', 8))
    st.append(PB())
    st.append(P('STATE OF VERMONT', 'Serif', 11, 'C', 4))
    st.append(TBL([[P('SUPERIOR COURT\nCRIMINAL DIVISION\nChittenden Unit', 'Serif', 10, 'L', 0),
                    P('Docket No. 25-CR-04112', 'Serif', 10, 'R', 0)]], [3.35, 3.35], grid=False))
    st.append(SP(6))
    st.append(P('STATE OF VERMONT\nv.\nNOAH J. BRIGHAM', 'Serif', 11, 'C', 10))
    st.append(P('**SUBPOENA DUCES TECUM**\n(V.R.Cr.P. 17(c))', 'Serif', 12, 'C', 10))
    st.append(P('TO:  Records Custodian, Vermont Department of Labor, Unemployment Insurance & Wages Division'))
    st.append(P('YOU ARE COMMANDED to appear at the Chittenden Unit, Criminal Division, 32 Cherry Street, Burlington, Vermont, '
                'on November 6, 2025 at 8:30 a.m., to testify in the above case on behalf of the State, and to bring with '
                'you the following:', align='J'))
    st.append(P('All quarterly wage records reported for NOAH JAMES BRIGHAM, date of birth 6 June 1989, and the name and '
                'address of each reporting employer, for the period January 1, 2023 through the present.', indent=18,
                align='J'))
    st.append(P('The defendant is charged with retail theft, 13 V.S.A. \u00a7 2577, and the records are relevant to restitution '
                'and to the defendant\u2019s claimed employment on the dates of the offenses. Disclosure is authorized by 21 '
                'V.S.A. \u00a7 1314a. Production of certified copies with a certification complying with V.R.E. 902(11) will '
                'excuse your appearance.', align='J'))
    st.append(P('Dated at Burlington, Vermont, this 14th day of October, 2025.', after=10))
    st.append(P('/s/ Corinne A. Lavall\u00e9e\nCorinne A. Lavall\u00e9e, Deputy State\u2019s Attorney\nAttorney for the State'))
    build_pdf(os.path.join(OUT, 'bv29.pdf'), st)
    return label('bv29', 'born_digital', 'State\'s Attorney cover letter signed "for" the DSA by legal assistant + V.R.Cr.P. 17 subpoena',
                 'district-attorney', 'Office of the Chittenden County State’s Attorney', 'Corinne A. Lavallée',
                 'Deputy State’s Attorney', 'corinne.lavallee@vermont.gov', '802-555-0135',
                 [S('Noah James Brigham', '1989-06-06')],
                 ['VT CrimP 17', '13 VSA 2577', '21 VSA 1314a', 'VT R Evid 902'], 'court_subpoena', None, True,
                 'criminal_investigation', ['wages', 'employment'], 'email')


@doc('bv30')
def bv30():
    """DHS Form I-138 Immigration Enforcement Subpoena; issuing officer vs serving officer on certificate."""
    st = []
    st.append(TBL([[P('DEPARTMENT OF HOMELAND SECURITY\nU.S. Immigration and Customs Enforcement', 'Serif', 9.5, 'L', 0),
                    P('Subpoena No. OMA-25-IES-0071', 'Serif', 8.5, 'R', 0)]], [4.2, 2.5], grid=False))
    st.append(P('**IMMIGRATION ENFORCEMENT SUBPOENA**', 'Serif', 14, 'C', 2))
    st.append(P('To Require Attendance of Witness or Production of Records', 'Serif', 9.5, 'C', 10))
    st.append(TBL([['In the Matter of:', 'CH\u00c1VEZ HUERTA, Ana Luc\u00eda (A 215 908 442) and\nVILLEGAS, \u00d3scar '
                    'Iv\u00e1n (A 214 006 337)'],
                   ['To:', 'Custodian of Records, Iowa Workforce Development\n1000 East Grand Avenue, Des Moines, IA 50319']],
                  [1.5, 5.2], font='Serif', size=9.5))
    st.append(SP(8))
    st.append(P('By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED TO APPEAR before **Jerome K. Aldridge**, an '
                'official of the U.S. Department of Homeland Security, at 1717 Avenue H East, Omaha, Nebraska 68110, on '
                '**May 27, 2025** at **9:00 a.m.**, to give testimony and to produce the following books, papers, and '
                'documents in connection with an investigation or inquiry relating to the enforcement of the immigration '
                'laws, regarding the admissibility and removability of the above-named persons:', 'Serif', 9.5, 'J'))
    st.append(P('All wage records, employer names and addresses, and the residential and mailing addresses on file for the '
                'persons named above (Ch\u00e1vez Huerta, DOB 09/02/1994; Villegas, DOB 12/19/1990) from January 1, 2023 to '
                'the present.', 'Serif', 9.5, 'J', indent=14))
    st.append(P('This subpoena is issued pursuant to section 235(d)(4) of the Immigration and Nationality Act, 8 U.S.C. '
                '1225(d)(4), and 8 C.F.R. 287.4. Production of the records by mail on or before the date above will be '
                'accepted in lieu of appearance.', 'Serif', 9.5, 'J'))
    st.append(P('In case of failure to comply with this subpoena, the Government may apply to a United States District Court '
                'for an order compelling compliance.', 'Serif', 9.5, 'J'))
    st.append(TBL([[P('Date: 05/06/2025\nPlace issued: Omaha, Nebraska', 'Serif', 9.5, 'L', 0),
                    [SIG('Jerome Aldridge', width=1.7, seed=30),
                     P('________________________________\n(Signature of Issuing Officer)\nJerome K. Aldridge\n'
                       'Immigration Officer\n(402) 555-0124', 'Serif', 9, 'L', 0)]]], [3.0, 3.7], grid=False))
    st.append(SP(8))
    st += HR(after=4)
    st.append(P('**CERTIFICATE OF SERVICE**', 'Serif', 10, 'C', 4))
    st.append(P('I certify that on 05/07/2025 I served this subpoena by \u2610 personal delivery  \u2612 certified mail '
                '(7022 0410 0001 4471 0890) upon Iowa Workforce Development.\n'
                'Served by: ~~M. Ortega~~ \u2013 Miguel Ortega, Enforcement and Removal Assistant', 'Serif', 9))
    st.append(P('Form I-138 (Rev. 08/01/07)', 'Serif', 7, 'L', 0))
    src = tmp('bv30.pdf')
    build_pdf(src, st, stamps={1: [(6.6, 0.95, ['IWD \u2013 LEGAL', 'RECEIVED', 'MAY 12 2025', 'dlm'], 3, (0.1, 0.1, 0.1))]})
    scan_pdf(src, os.path.join(OUT, 'bv30.pdf'), seed=3030, color=False, quality=45)
    return label('bv30', 'scanned', 'DHS Form I-138 immigration enforcement subpoena; serving assistant on certificate',
                 'dhs-ice', 'U.S. Immigration and Customs Enforcement, Omaha, Nebraska', 'Jerome K. Aldridge',
                 'Immigration Officer', None, '402-555-0124',
                 [S('Ana Lucía Chávez Huerta', '1994-09-02', ('a_number', 'A215908442')),
                  S('Óscar Iván Villegas', '1990-12-19', ('a_number', 'A214006337'))],
                 ['INA 235', '8 USC 1225', '8 CFR 287.4'], 'administrative_subpoena', 'I-138', True,
                 'civil_immigration', ['wages', 'employment', 'address'], 'mail')


@doc('bv31')
def bv31():
    """I-247A detainer from Border Patrol faxed by a communications assistant for the signing SBPA."""
    st = fax_cover(['U.S. Customs and Border Protection', 'United States Border Patrol',
                    'Swanton Sector \u2013 Richford Station \u2013 1 Border Road, Richford, VT 05476'],
                   [('TO:', 'Vermont DOC \u2013 Northwest State Correctional Facility, Records / Booking'),
                    ('FAX:', '802-555-0183'),
                    ('FROM:', 'Jocelyn Pratt, LECA (Station Communications)\nfor SBPA Ryan M. O\u2019Donnell'),
                    ('CALLBACK:', 'SBPA O\u2019Donnell 802-555-0116 / ryan.odonnell@cbp.dhs.gov'),
                    ('DATE:', '09/09/2025  06:40'),
                    ('PAGES:', '3')],
                   'Immigration detainer (Form I-247A) for inmate PI\u00d1EIRO V\u00c1SQUEZ, Darwin Josu\u00e9, VT DOC '
                   '#417752. Please serve the subject with a copy and fax the signed acknowledgment back to this number.',
                   'WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY. It is to be controlled, handled, '
                   'transmitted, distributed and disposed of in accordance with DHS policy.')
    st.append(PB())
    st.append(TBL([[P('DEPARTMENT OF HOMELAND SECURITY', 'Sans', 10, 'L', 0),
                    P('Subject ID: 412907733\nEvent #: SWB2509000418\nFile No: A219 440 126', 'Sans', 8.5, 'R', 0)]],
                  [4.0, 2.7], grid=False))
    st.append(P('**IMMIGRATION DETAINER \u2013 NOTICE OF ACTION**', 'Sans', 12, 'C', 6))
    st.append(TBL([['TO: (Name and Title of Institution \u2013 OR Any Subsequent Law Enforcement Agency)\nNorthwest State '
                    'Correctional Facility, St. Albans, VT',
                    'FROM: (Department of Homeland Security Office Address)\nUSBP Richford Station\n1 Border Road, Richford, '
                    'VT 05476'],
                   ['Name of Alien: PI\u00d1EIRO V\u00c1SQUEZ, Darwin Josu\u00e9',
                    'Date of Birth: 11/02/1996   Citizenship: Honduras   Sex: M']], [3.35, 3.35], size=8.5))
    st.append(SP(4))
    st.append(P('**1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN.** THIS DETERMINATION '
                'IS BASED ON (complete box 1 or 2):', 'Sans', 8.5, 'J'))
    st.append(P('\u2610 A final order of removal against the alien;\n\u2610 The pendency of ongoing removal proceedings against '
                'the alien;\n\u2612 Biometric confirmation of the alien\u2019s identity and a records check of federal databases '
                'that affirmatively indicate, by themselves or in addition to other reliable information, that the alien '
                'either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; '
                'and/or\n\u2610 Statements made by the alien to an immigration officer and/or other reliable evidence that '
                'affirmatively indicate the alien either lacks immigration status or notwithstanding such status is removable.',
                'Sans', 8, indent=14))
    st.append(P('**2. DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION** \u2610 Upon completion of '
                'the proceeding or investigation for which the alien was transferred to your custody, DHS intends to resume '
                'custody of the alien to complete processing and/or make an admissibility determination.', 'Sans', 8, 'J'))
    st.append(P('**IT IS THEREFORE REQUESTED THAT YOU:**\n\u2022 Notify DHS as early as practicable (at least 48 hours, if '
                'possible) before the alien is released from your custody. Please notify DHS by calling \u2610 U.S. '
                'Immigration and Customs Enforcement (ICE) or \u2612 U.S. Customs and Border Protection (CBP) at '
                '802-555-0116.\n\u2022 Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when '
                'he/she would otherwise have been released from your custody to allow DHS to assume custody.\n'
                '\u2022 Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.\n'
                '\u2022 Notify this office in the event of the alien\u2019s death, hospitalization or transfer to another '
                'institution.', 'Sans', 8, 'J'))
    st.append(P('This detainer arises from DHS authorities and should not impact decisions about the alien\u2019s bail, '
                'rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other '
                'matters. It is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. '
                '\u00a7 287.7.', 'Sans', 7.5, 'J'))
    st.append(TBL([[[SIG("R O'Donnell", width=1.3, seed=31),
                     P('(Signature of Immigration Officer)', 'Sans', 7.5, 'L', 0)],
                    P('Ryan M. O\u2019Donnell, Supervisory Border Patrol Agent\n(Name and Title of Immigration Officer)\n'
                      'Date: 09/09/2025   Time: 06:15', 'Sans', 8, 'L', 0)]], [3.0, 3.7], grid=False))
    st.append(P('DHS Form I-247A (3/17)', 'Sans', 7, 'L', 0))
    st.append(PB())
    st.append(P('**NOTICE TO THE DETAINEE**', 'Sans', 11, 'C', 6))
    st.append(P('The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is '
                'a notice from DHS informing law enforcement agencies that DHS intends to assume custody of you after you '
                'otherwise would be released from custody. DHS has requested that the law enforcement agency which is '
                'currently detaining you maintain custody of you for a period not to exceed 48 hours beyond the time when '
                'you would otherwise have been released.', 'Sans', 9, 'J'))
    st.append(P('If you have a complaint regarding this detainer, or related to violations of civil rights or civil liberties '
                'connected to DHS activities, please contact the ICE Joint Intake Center at 1-877-555-0144.', 'Sans', 9, 'J'))
    st.append(P('**ACKNOWLEDGMENT** \u2013 Served on subject by: ____________________  Date: ________  '
                'Inmate No.: VT DOC #417752', 'Sans', 9))
    src = tmp('bv31.pdf')
    build_pdf(src, st)
    fax_tiff(src, os.path.join(OUT, 'bv31.tif'), seed=3131,
             headers=fax_header('09/09/2025', '06:52', 'USBP RICHFORD STA', '8025550110', '8025550183'))
    return label('bv31', 'fax', 'Border Patrol I-247A faxed by communications assistant for signing SBPA',
                 'dhs-cbp', 'U.S. Customs and Border Protection – United States Border Patrol, Swanton Sector',
                 'Ryan M. O’Donnell', 'Supervisory Border Patrol Agent', 'ryan.odonnell@cbp.dhs.gov', '802-555-0116',
                 [S('Darwin Josué Piñeiro Vásquez', '1996-11-02', ('a_number', 'A219440126'), ('other', '417752'))],
                 ['INA 236', 'INA 287', '8 CFR 287.7'], 'detainer', 'I-247A', False, 'civil_immigration',
                 ['other'], 'fax')


@doc('bv32')
def bv32():
    """Admin assistant e-mails on behalf of a detective corporal; no reason or authority given."""
    body = (
        "Good morning,\n\n"
        "I am sending this on behalf of Detective Corporal Isaiah N. Whitmore of our Criminal Investigation Division. "
        "Det. Cpl. Whitmore is requesting the current address of record and any vehicle registrations for the "
        "following two individuals:\n\n"
        "  GAGNON, Dustin Ray      DOB 04/14/1986   ME DL# 4471092\n"
        "  HIRSI, Faduma Abdi      DOB 10/30/2000\n\n"
        "Please send the results directly to Det. Cpl. Whitmore at iwhitmore@cumberlandcounty.org, or call him at "
        "207-555-0181. He is copied here.\n\n"
        "Thank you!\n\n"
        "Tammy Beaulieu\n"
        "Administrative Assistant, Criminal Investigation Division\n"
        "Cumberland County Sheriff's Office | Sheriff Linwood E. Crocker\n"
        "36 County Way, Portland, ME 04102\n"
        "207-555-0180\n")
    html = (
        "<html><body><div style=\"font-family:Arial;font-size:10pt\"><p>Good morning,</p>"
        "<p>I am sending this on behalf of Detective Corporal Isaiah N. Whitmore of our Criminal Investigation Division. "
        "Det. Cpl. Whitmore is requesting the current address of record and any vehicle registrations for the following "
        "two individuals:</p><ul><li>GAGNON, Dustin Ray &ndash; DOB 04/14/1986 &ndash; ME DL# 4471092</li>"
        "<li>HIRSI, Faduma Abdi &ndash; DOB 10/30/2000</li></ul>"
        "<p>Please send the results directly to Det. Cpl. Whitmore at "
        "<a href=\"mailto:iwhitmore@cumberlandcounty.org\">iwhitmore@cumberlandcounty.org</a>, or call him at "
        "207-555-0181. He is copied here.</p><p>Thank you!</p>"
        "<p><b>Tammy Beaulieu</b><br>Administrative Assistant, Criminal Investigation Division<br>"
        "Cumberland County Sheriff&#39;s Office | Sheriff Linwood E. Crocker<br>36 County Way, Portland, ME 04102<br>"
        "207-555-0180</p></div></body></html>")
    m = make_eml('"Beaulieu, Tammy" <tbeaulieu@cumberlandcounty.org>', 'BMV Records <bmv.records@maine.gov>',
                 'Records request on behalf of Det. Cpl. Whitmore', 'Wed, 19 Nov 2025 09:05:27 -0500',
                 '<bv32.4410.beaulieu@cumberlandcounty.org>',
                 cc='"Whitmore, Isaiah" <iwhitmore@cumberlandcounty.org>', body=body, html=html)
    write_eml('bv32', m)
    return label('bv32', 'eml', 'assistant e-mails for detective corporal (cc); no reason or authority stated',
                 'sheriff', 'Cumberland County Sheriff’s Office', 'Isaiah N. Whitmore', 'Detective Corporal',
                 'iwhitmore@cumberlandcounty.org', '207-555-0181',
                 [S('Dustin Ray Gagnon', '1986-04-14', ('license', '4471092')), S('Faduma Abdi Hirsi', '2000-10-30')],
                 [], 'none', None, False, 'unknown', ['address', 'vehicle'], 'email')


# =========================================================================== main

def main(ids=None):
    os.makedirs(TMP, exist_ok=True)
    for id_ in sorted(ids or DOCS):
        random.seed(hash_seed(id_))
        _SIGN[0] = int(id_[2:]) * 100
        lab = DOCS[id_]()
        write_label(lab)
        print('wrote', id_, lab['format'], lab['legal_process']['type'])


def hash_seed(s):
    return sum((i + 1) * ord(c) for i, c in enumerate(s))


if __name__ == '__main__':
    main(sys.argv[1:] or None)
