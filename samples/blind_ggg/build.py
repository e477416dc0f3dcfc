#!/usr/bin/env python
import sys; sys.dont_write_bytecode = True
"""Build the blind_ggg sample set (32 documents + expected labels). Deterministic (seed 20261122)."""
import os, sys, random, datetime
from email.message import EmailMessage
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import *
from docs import DOCS

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261122)


def make_eml(path, d):
    e = d["eml"]
    m = EmailMessage()
    m["From"] = e["from"]; m["To"] = e["to"]
    if e.get("cc"): m["Cc"] = e["cc"]
    m["Subject"] = e["subject"]
    m["Date"] = format_datetime(datetime.datetime(*e["date"], tzinfo=datetime.timezone(datetime.timedelta(hours=e.get("tz", -6)))))
    m["Message-ID"] = "<%s.%s@%s>" % (d["id"], e["date"][2], e["from"].split("@")[-1].rstrip(">"))
    kind = e.get("kind", "plain")
    if kind == "plain":
        m.set_content(e["body"])
    elif kind == "html":
        m.set_content(e["html"], subtype="html")
    elif kind == "alt":
        m.set_content(e["body"]); m.add_alternative(e["html"], subtype="html")
    elif kind == "fwd":
        m.set_content(e["body"])
        inner = EmailMessage()
        f = e["fwd"]
        inner["From"] = f["from"]; inner["To"] = f["to"]; inner["Subject"] = f["subject"]
        inner["Date"] = format_datetime(datetime.datetime(*f["date"], tzinfo=datetime.timezone(datetime.timedelta(hours=-7))))
        inner.set_content(f["body"])
        m.add_attachment(inner)
    for att in e.get("attach", []):
        if att["type"] == "pdf":
            m.add_attachment(pdf_bytes(att["pages"], font=att.get("font", "serif")), maintype="application", subtype="pdf", filename=att["name"])
        else:
            fmt = "JPEG" if att["type"] == "jpeg" else "PNG"
            for i, b in enumerate(scan_image_bytes(att["pages"], rng, fmt=fmt, dpi=att.get("dpi", 150))):
                nm = att["name"] if i == 0 else att["name"].replace(".", "_%d." % (i + 1))
                m.add_attachment(b, maintype="image", subtype=fmt.lower(), filename=nm)
    for k, part in enumerate(m.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_ggg_%s_%d_b0undary" % (d["id"], k))
    with open(path, "wb") as fh:
        fh.write(bytes(m))


for d in DOCS:
    i = d["id"]; fmt = d["format"]
    if fmt == "born_digital":
        p = os.path.join(OUT, i + ".pdf"); render_pdf(p, d["pages"], font=d.get("font", "serif"))
    elif fmt == "scanned":
        p = os.path.join(OUT, i + ".pdf")
        make_scanned(p, d["pages"], rng, dpi=d.get("dpi", 200), rots=d.get("rots"), stamp_text=d.get("stamp"),
                     notes=d.get("notes"), font=d.get("font", "serif"))
    elif fmt == "fax":
        p = os.path.join(OUT, i + ".tif"); make_fax(p, d["pages"], rng, header=d.get("faxhdr"), notes=d.get("notes"))
    elif fmt == "eml":
        p = os.path.join(OUT, i + ".eml"); make_eml(p, d)
    elif fmt == "txt":
        p = os.path.join(OUT, i + ".txt")
        with open(p, "w", encoding="utf-8") as fh: fh.write(d["text"])
    lab = dict(id=i, family="blind-ggg", format=fmt, template=d["template"])
    lab.update(d["label"])
    write_json(os.path.join(OUT, i + ".expected.json"), lab)
    print(i, fmt, os.path.getsize(p))
