"""CSV that is safe to open in a spreadsheet: every CSV the platform writes goes through
`csv_writer`."""

import csv

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
