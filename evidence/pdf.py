"""A minimal PDF writer for generated documents (the demo library, tests): text lines in
Helvetica with WinAnsi encoding, enough for pypdf to read the text back."""

import textwrap

LINE_WIDTH = 90
LINES_PER_PAGE = 50


def _escape(line: str) -> bytes:
    encoded = line.encode("cp1252", errors="replace")
    return encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_pdf(title: str, body: str) -> bytes:
    lines = [title, ""]
    for paragraph in body.split("\n"):
        lines += textwrap.wrap(paragraph, LINE_WIDTH) or [""]
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)] or [[]]

    objects: list[bytes] = []
    font_id = 3
    page_ids = []
    body_objects = []
    next_id = 4
    for page_lines in pages:
        content = (
            b"BT /F1 11 Tf 14 TL 50 790 Td "
            + b" ".join(b"(" + _escape(line) + b") Tj T*" for line in page_lines)
            + b" ET"
        )
        content_id, page_id = next_id, next_id + 1
        next_id += 2
        body_objects.append(
            (content_id, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        )
        body_objects.append(
            (
                page_id,
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (font_id, content_id),
            )
        )
        page_ids.append(page_id)
    kids = b" ".join(b"%d 0 R" % page_id for page_id in page_ids)
    objects = [
        (1, b"<< /Type /Catalog /Pages 2 0 R >>"),
        (2, b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(page_ids)),
        (
            font_id,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ),
        *body_objects,
    ]
    objects.sort()
    output = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number, content in objects:
        offsets[number] = len(output)
        output += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for number in range(1, len(objects) + 1):
        output += b"%010d 00000 n \n" % offsets[number]
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(output)
