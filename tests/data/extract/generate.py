#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Docket authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small fixtures of tests/engine/tst_extractor.cpp. Run from anywhere; the output is
reproducible and committed, so the tests never need Python or ImageMagick."""
import json
import os
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
write("empty.txt", b"")
write("binary.txt", bytes(range(256)) * 8)
write("notes.xyz", b"some text in a file type nobody reads")

docgen.write_pdf(out("three-pages.pdf"), [["Alpha page one", "second line"], ["Bravo page two"],
                                          ["Charlie third page"]])
docgen.write_pdf(out("scanned.pdf"), [["Typed cover page"], []],
                 image_pages={1: docgen.gray_pixels(["SCANNED DELIVERY RECEIPT", "Parcel 5521 signed"],
                                                    width=900, pointsize=40)})
with open(out("three-pages.pdf"), "rb") as f:
    pdf = f.read()
write("corrupt.pdf", pdf[:9] + bytes(b ^ 0x5A for b in pdf[9:200]))

docgen.write_docx(out("pages.docx"), [["Employment agreement", "Salary:\t5000"], ["Signed by both parties"]])
with open(out("pages.docx"), "rb") as f:
    docx = f.read()
write("truncated.docx", docx[: len(docx) // 2])
docgen.write_odt(out("letter.odt"), [["# Cover letter", "Dear  hiring manager"], ["Kind regards", "Ana"]])
docgen.write_png(out("scan.png"), ["PURCHASE ORDER 8812", "Deliver to warehouse"], width=900, pointsize=40)
docgen.write_tiff(out("pages.tif"), [["FIRST PAGE INVOICE"], ["SECOND PAGE RECEIPT"]], width=900, pointsize=40)
