"""CSV that is safe to open in a spreadsheet: every CSV the platform writes goes through
`csv_writer`."""

import csv
import io

# What a spreadsheet reads as the start of a formula (or hides before one).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A text that a spreadsheet would run as a formula, as plain text (a leading ')."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _SafeWriter:
    def __init__(self, stream):
        self._writer = csv.writer(stream)

    def writerow(self, row):
        return self._writer.writerow([spreadsheet_safe(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def csv_writer(stream) -> _SafeWriter:
    return _SafeWriter(stream)


def csv_made_safe(data: bytes) -> bytes:
    """A CSV someone uploaded, with every would-be formula written as text, in its own encoding
    (UTF-8, with its byte-order mark if it had one, else Latin-1) and delimiter. The file stored
    stays as it was uploaded; this is what is handed out."""
    for encoding in ("utf-8-sig", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    try:
        dialect = csv.Sniffer().sniff(text[: 64 * 1024], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        writer.writerow([spreadsheet_safe(value) for value in row])
    if encoding == "utf-8-sig" and data.startswith(b"\xef\xbb\xbf"):
        return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
    return out.getvalue().encode("utf-8" if encoding == "utf-8-sig" else "latin-1", "replace")
