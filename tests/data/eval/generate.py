#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Docket authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the evaluation set of the local engine's classifier (tests/bench/engine/bench_accuracy.cpp).

The documents' texts live in corpus_*.py, each with its expected type (None = no rule should match);
this script renders each one in the format its name ends with and writes labels.json. Form feeds
separate pages in PDF, DOCX and ODT; PNGs are rendered text for OCR. rules.json is written by hand.
The output is reproducible (docgen.py) and committed, so the benchmark needs neither Python nor ImageMagick.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docgen  # noqa: E402
import corpus_contracts  # noqa: E402
import corpus_invoices  # noqa: E402
import corpus_medical  # noqa: E402
import corpus_orders  # noqa: E402
import corpus_other  # noqa: E402

DOCS = (corpus_invoices.DOCS + corpus_contracts.DOCS + corpus_medical.DOCS + corpus_orders.DOCS
        + corpus_other.DOCS)
OUT = os.path.join(HERE, "documents")


def pages_of(text):
    return [[line for line in page.strip("\n").split("\n") if line.strip()] for page in text.split("\f")]


def render(path, text):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        docgen.write_pdf(path, pages_of(text))
    elif ext == ".docx":
        docgen.write_docx(path, pages_of(text))
    elif ext == ".odt":
        docgen.write_odt(path, pages_of(text))
    elif ext == ".png":
        docgen.write_png(path, pages_of(text)[0], width=1100, pointsize=28)
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    labels = {}
    for name, label, text in DOCS:
        if name in labels:
            raise SystemExit("duplicate document name: " + name)
        path = os.path.join(OUT, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        render(path, text)
        labels[name] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    types = sorted({label for label in labels.values() if label})
    print("%d documents, %d types, %d without a matching rule" %
          (len(labels), len(types), sum(1 for label in labels.values() if label is None)))


if __name__ == "__main__":
    main()
