# SPDX-FileCopyrightText: 2026 The Docket authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reproducible writers for the binary fixtures (PDF, DOCX, ODT, PNG, TIFF).

The same input always gives the same bytes: fixed ZIP timestamps, no PDF dates, PNG/TIFF without
time chunks. Used by tests/data/eval/generate.py and tests/data/extract/generate.py.
"""
import os
import subprocess
import tempfile
import zipfile
import zlib
from xml.sax.saxutils import escape

FIXED_DATE = (2026, 1, 1, 0, 0, 0)


def _pdf_escape(line):
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(path, pages, image_pages=None):
    """pages: list of lists of text lines (a text layer per page). image_pages: {index: (w, h, gray bytes)}
    pages whose content is only a picture (a scanned page without text layer)."""
    image_pages = image_pages or {}
    objects = []  # bodies; object n is objects[n-1]

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    pages_obj = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for index, lines in enumerate(pages):
        resources = b"<< /Font << /F1 %d 0 R >> >>" % font
        if index in image_pages:
            w, h, gray = image_pages[index]
            data = zlib.compress(gray, 9)
            image = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(data))
                        + data + b"\nendstream")
            scale_w, scale_h = 500, 500 * h // w
            stream = b"q %d 0 0 %d 50 %d cm /Im1 Do Q" % (scale_w, scale_h, 780 - scale_h)
            resources = b"<< /XObject << /Im1 %d 0 R >> >>" % image
        else:
            parts = ["BT /F1 11 Tf 14 TL 50 790 Td"]
            for line in lines:
                parts.append("(%s) Tj T*" % _pdf_escape(line))
            parts.append("ET")
            stream = "\n".join(parts).encode("cp1252", errors="replace")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>"
                        % (pages_obj, resources, content)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = (b"<< /Type /Pages /Count %d /Kids [%s] >>"
                              % (len(kids), b" ".join(b"%d 0 R" % k for k in kids)))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    with open(path, "wb") as f:
        f.write(out)


def _zip(path, members):
    with zipfile.ZipFile(path, "w") as z:
        for name, data, compress in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def write_docx(path, pages):
    """pages: list of lists of paragraphs; pages are separated by explicit page breaks."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []
    for index, paragraphs in enumerate(pages):
        if index > 0:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        for paragraph in paragraphs:
            cells = paragraph.split("\t")
            runs = '<w:r><w:tab/></w:r>'.join('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(c)
                                              for c in cells)
            body.append("<w:p>%s</w:p>" % runs)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, "".join(body)))
    content_types = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/'
                     'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    _zip(path, [("[Content_Types].xml", content_types, True), ("_rels/.rels", rels, True),
                ("word/document.xml", document, True)])


def write_odt(path, pages):
    """pages: list of lists of paragraphs; the first paragraph of each later page has a style that
    breaks before it. A paragraph starting with '# ' becomes a heading."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    body = []
    for index, paragraphs in enumerate(pages):
        for number, paragraph in enumerate(paragraphs):
            style = ' text:style-name="PageBreak"' if index > 0 and number == 0 else ""
            if paragraph.startswith("# "):
                body.append('<text:h text:outline-level="1"%s>%s</text:h>' % (style, escape(paragraph[2:])))
            else:
                text = escape(paragraph).replace("\t", "<text:tab/>").replace("  ", ' <text:s/>')
                body.append("<text:p%s>%s</text:p>" % (style, text))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:automatic-styles><style:style style:name="PageBreak" style:family="paragraph">'
               '<style:paragraph-properties fo:break-before="page"/></style:style></office:automatic-styles>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (ns, "".join(body)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    _zip(path, [("mimetype", "application/vnd.oasis.opendocument.text", False), ("content.xml", content, True),
                ("META-INF/manifest.xml", manifest, True)])


def _render_args(lines, width, pointsize):
    height = 40 + len(lines) * int(pointsize * 1.6)
    args = ["convert", "-size", "%dx%d" % (width, height), "xc:white", "-font", "DejaVu-Sans",
            "-pointsize", str(pointsize), "-fill", "black"]
    y = 20 + pointsize
    for line in lines:
        args += ["-annotate", "+20+%d" % y, line.replace("%", "%%")]  # ImageMagick escapes
        y += int(pointsize * 1.6)
    return args, height


def write_png(path, lines, width=1000, pointsize=22):
    """A 'scan': black text on white, rendered by ImageMagick, without time chunks."""
    args, _ = _render_args(lines, width, pointsize)
    subprocess.run(args + ["-colorspace", "Gray", "-depth", "8", "-define", "png:exclude-chunks=date,time",
                           "-strip", path], check=True)


def gray_pixels(lines, width=1000, pointsize=22):
    """(width, height, raw 8-bit gray bytes) of rendered text, for image-only PDF pages."""
    args, height = _render_args(lines, width, pointsize)
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "page.gray")
        subprocess.run(args + ["-colorspace", "Gray", "-depth", "8", "gray:" + raw], check=True)
        with open(raw, "rb") as f:
            return width, height, f.read()


def write_tiff(path, pages, width=1000, pointsize=22):
    """A multi-page TIFF, one rendered page per list of lines."""
    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for index, lines in enumerate(pages):
            name = os.path.join(tmp, "p%d.png" % index)
            write_png(name, lines, width, pointsize)
            names.append(name)
        subprocess.run(["convert"] + names + ["-compress", "zip", "+set", "date:create", "+set", "date:modify",
                                              "-define", "tiff:timestamp=false", path], check=True)
