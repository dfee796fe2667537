#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Docket authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small fixtures of tests/engine/tst_extractor.cpp. Run from anywhere; the output is
reproducible and committed, so the tests never need Python or ImageMagick."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "eval"))
import docgen  # noqa: E402


def out(name):
    return os.path.join(HERE, name)


def write(name, data):
    with open(out(name), "wb") as f:
        f.write(data)


write("plain.txt", "Café receipt\nTotal: 12,50 €\n".encode("utf-8"))
write("latin1.txt", "Größe und Maße für Café\n".encode("latin-1"))
write("utf16.txt", "\ufeffDelivery note 77 – ünïcödé\n".encode("utf-16-le"))
write("pages.txt", b"first page text\n\fsecond page text\n\fthird page text\n\f")
write("notes.md", b"# Meeting notes\n\n* Budget approved\n* **Next** meeting: Friday\n")
write("table.csv", b'Item;Quantity;"Price; EUR"\r\n"Blue ""Pro"" widget";2;10\r\nGasket;;3\r\n')
write("data.json", json.dumps({"invoice_number": "INV-9", "lines": [{"item": "bolt", "qty": 4}], "paid": False},
                              indent=1).encode())
write("broken.json", b'{"invoice_number": "INV-9", "lines": [')
write("data.xml", b'<?xml version="1.0"?>\n<order id="7"><buyer>ACME GmbH</buyer><item qty="2">Pump '
      b'<b>housing</b></item><![CDATA[rush & fragile]]></order>\n')
write("broken.xml", b"<order><buyer>ACME</order>")
write("page.html", b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kept title</title>'
      b'<style>p { color: red }</style></head><body><script>var hidden = "secret";</script>'
      b'<h1>Lab&nbsp;results</h1><p>Glucose &amp; HbA1c &lt;normal&gt; &#233;t&#xE9;</p><!-- comment -->'
      b'<table><tr><td>Sodium</td><td>140</td></tr></table></body></html>')
write("latin1.html", "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Stra\u00dfe &amp; Caf\u00e9</p>"
      "</body></html>".encode("latin-1"))
write("mm.txt", b"MMXXVI annual report of the rowing club\n")
write("empty.txt", b"")
write("binary.txt", bytes(range(256)) * 8)
write("notes.xyz", b"some text in a file type nobody reads")

docgen.write_pdf(out("three-pages.pdf"), [["Alpha page one", "second line"], ["Bravo page two"],
                                          ["Charlie third page"]])
docgen.write_pdf(out("scanned.pdf"), [["Typed cover page"], []],
                 image_pages={1: docgen.gray_pixels(["SCANNED DELIVERY RECEIPT", "Parcel 5521 signed"],
                                                    width=900, pointsize=40)})
docgen.write_pdf(out("locked.pdf"), [["Secret salary review"]], user_password="opensesame")
with open(out("three-pages.pdf"), "rb") as f:
    pdf = f.read()
write("corrupt.pdf", pdf[:9] + bytes(b ^ 0x5A for b in pdf[9:200]))

docgen.write_docx(out("pages.docx"), [["Employment agreement", "Salary:\t5000"], ["Signed by both parties"]])
with open(out("pages.docx"), "rb") as f:
    docx = f.read()
write("truncated.docx", docx[: len(docx) // 2])
docgen.write_odt(out("letter.odt"), [["# Cover letter", "Dear  hiring manager"], ["Kind regards", "Ana"]])
docgen.write_png(out("scan.png"), ["PURCHASE ORDER 8812", "Deliver to warehouse"], width=900, pointsize=40)
subprocess.run(["convert", out("scan.png"), "-strip", "-quality", "80", out("scan.jpg")], check=True)
docgen.write_tiff(out("pages.tif"), [["FIRST PAGE INVOICE"], ["SECOND PAGE RECEIPT"]], width=900, pointsize=40)


def tiff_pages(pages):
    """A little-endian multi-page TIFF, one Deflate strip per page. pages: (width, height, bits, raw
    bytes) with bits 1 (0 = white) or 8 (grey). Written by hand: ImageMagick's policy refuses the
    large blank pages these fixtures need, and they compress to a few KB."""
    import struct
    import zlib
    data = bytearray(b"II*\x00\x00\x00\x00\x00")
    previous_next = 4
    for width, height, bits, raw in pages:
        strip = zlib.compress(raw, 9)
        strip_at = len(data)
        data += strip
        if len(data) % 2:
            data += b"\x00"
        ifd_at = len(data)
        struct.pack_into("<I", data, previous_next, ifd_at)
        entries = [(256, 4, width), (257, 4, height), (258, 3, bits), (259, 3, 8), (262, 3, 0 if bits == 1 else 1),
                   (273, 4, strip_at), (277, 3, 1), (278, 4, height), (279, 4, len(strip))]
        data += struct.pack("<H", len(entries))
        for tag, kind, value in entries:
            data += struct.pack("<HHI", tag, kind, 1) + (struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value))
        previous_next = len(data)
        data += b"\x00\x00\x00\x00"
    return bytes(data)


def blank_page(width, height):
    return (width, height, 1, bytes(((width + 7) // 8) * height))


# Page 1 readable, page 2 over Extractor::MaxImagePixels (64 MP): only decoded when selected.
first = subprocess.run(["convert", out("pages.tif") + "[0]", "-depth", "8", "gray:-"], check=True,
                       capture_output=True).stdout
write("huge-second-page.tif", tiff_pages([(900, 104, 8, first), blank_page(8000, 8000)]))
# 20 pages of 56 MP: each page fits, all of them together are over Extractor::MaxTotalImagePixels.
write("many-large-pages.tif", tiff_pages([blank_page(7000, 8000)] * 20))
