"""Small request documents written on the fly: plain-text letters, born-digital PDFs (reportlab)
and emails, each about people whose names and dates of birth the test knows."""

from __future__ import annotations

import io
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIRST = ["Roberto", "Alicia", "Tomasz", "Mei", "Oluwaseun", "Ingrid", "Rafael", "Siobhan",
         "Dmitri", "Lucia", "Kwame", "Annika"]
LAST = ["Quintanilla", "Marchetti", "Wojcik", "Nakamura", "Adeyemi", "Lindqvist", "Esparza",
        "Gallagher", "Volkov", "Ferreira", "Mensah", "Bergstrom"]


@dataclass(frozen=True)
class Person:
    name: str
    dob_us: str  # as written in the letter
    dob_iso: str


def person(i: int) -> Person:
    month, day, year = i % 12 + 1, i % 27 + 1, 1960 + i % 40
    return Person(f"{FIRST[i % len(FIRST)]} {LAST[(i * 5 + 1) % len(LAST)]}",
                  f"{month:02d}/{day:02d}/{year}", f"{year}-{month:02d}-{day:02d}")


def letter_lines(p: Person, i: int) -> list[str]:
    return [
        "U.S. Department of Homeland Security",
        "U.S. Immigration and Customs Enforcement",
        "Enforcement and Removal Operations, Denver Field Office",
        "",
        "To: Colorado Division of Motor Vehicles, Records Unit",
        f"Re: Request for information, reference {1000 + i}",
        "",
        "Pursuant to 8 U.S.C. 1357, please provide the current address, photograph",
        "and vehicle registration for the following individual:",
        "",
        f"Name: {p.name}",
        f"Date of Birth: {p.dob_us}",
        "",
        "This request is for official use.",
        "",
        "Deportation Officer Karen Hale",
        "karen.hale@ice.dhs.gov",
    ]


def text_letter(p: Person, i: int) -> bytes:
    return ("\n".join(letter_lines(p, i)) + "\n").encode()


def pdf_letter(p: Person, i: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=True)
    y = 720.0
    for line in letter_lines(p, i):
        c.drawString(72, y, line)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def email_letter(p: Person, i: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Karen Hale <karen.hale@ice.dhs.gov>"
    msg["To"] = "records@dmv.example.gov"
    msg["Subject"] = f"Records request {1000 + i}"
    msg["Date"] = "Tue, 03 Mar 2026 09:15:00 -0700"
    msg.set_content("\n".join(letter_lines(p, i)))
    return msg.as_bytes()


def write_batch(folder: Path, count: int, start: int = 0) -> dict[str, Person]:
    """``count`` distinct requests, mixed formats; returns file name -> person asked about."""
    folder.mkdir(parents=True, exist_ok=True)
    makers = [(".txt", text_letter), (".pdf", pdf_letter), (".eml", email_letter)]
    written: dict[str, Person] = {}
    for i in range(start, start + count):
        p = person(i)
        suffix, make = makers[i % len(makers)]
        name = f"request {p.name} {i}{suffix}"  # names in file names, as clerks save them
        (folder / name).write_bytes(make(p, i))
        written[name] = p
    return written
