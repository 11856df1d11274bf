import shutil
from functools import partial
from io import StringIO

import pytest
from django.contrib.sites.models import Site
from django.core.cache import cache
from django.core.management import CommandError, call_command

from cities.models import City, PartnerOrganisation, Theme
from cities.reference import REFERENCE_DIR, reference_data_load
from mayors_dialogue.caching import cache_version
from mayors_dialogue.datafiles import DataFileError
from mayors_dialogue.models import LoadedRow
from meetings.models import Meeting
from partnerships.models import Proposal
from tests.factories import CityFactory, PartnerOrganisationFactory


def load() -> str:
    out = StringIO()
    call_command("load_reference_data", stdout=out)
    return out.getvalue()


def snapshot():
    return (
        list(City.objects.order_by("pk").values()),
        list(Theme.objects.order_by("pk").values()),
        list(PartnerOrganisation.objects.order_by("pk").values()),
        list(LoadedRow.objects.order_by("pk").values()),
    )


def test_load_reference_data_creates_the_founding_rows_once(db):
    first = load()
    after_first = snapshot()
    second = load()

    assert first == "Reference data: 10 themes, 18 cities and 4 partners created.\n"
    assert second == "Reference data: 0 themes, 0 cities and 0 partners created.\n"
    assert snapshot() == after_first
    assert (Meeting.objects.count(), Proposal.objects.count()) == (0, 0)
    milan = City.objects.get(slug="milan")
    assert (milan.name_en, milan.name_de, milan.name_fr, milan.name_pt) == (
        "Milan", "Mailand", "Milan", "Milão",
    )  # fmt: skip
    assert (milan.timezone, milan.status, milan.description_en) == ("Europe/Rome", "lead", None)
    assert list(Theme.objects.values_list("slug", flat=True)[:2]) == [
        "labour-migration-skills",
        "inclusion-social-cohesion",
    ]


def test_load_reference_data_never_changes_what_people_edited(db):
    load()
    City.objects.filter(slug="freetown").update(
        name_fr="Freetown (Sierra Leone)", timezone="UTC", status="participant", latitude=1
    )
    Theme.objects.filter(slug="data-evidence").update(name_de="Daten", position=0)
    PartnerOrganisation.objects.filter(slug="odi").update(
        description_fr="Notre texte.", website="https://odi.example.org/"
    )
    edited = snapshot()

    load()

    assert snapshot() == edited


def test_renamed_reslugged_or_deleted_founding_rows_are_left_alone(db):
    load()
    City.objects.filter(slug="dakar").update(slug="ville-de-dakar", name_en="City of Dakar")
    City.objects.filter(slug="agadez").delete()
    Theme.objects.filter(slug="climate-mobility").update(slug="climate", name_en="Climate")
    PartnerOrganisation.objects.filter(slug="odi").delete()
    changed = snapshot()

    assert load() == "Reference data: 0 themes, 0 cities and 0 partners created.\n"

    assert snapshot() == changed
    assert not City.objects.filter(slug__in=["dakar", "agadez"]).exists()


def test_rows_from_before_the_ledger_are_adopted_not_duplicated(db):
    """A database loaded by an earlier release has the founding rows but no ledger."""
    CityFactory(slug="milan", name_en="Milano", country="IT", timezone="Europe/Rome")
    CityFactory(slug="dakar-sn", name_en="Dakar", country="SN", timezone="Africa/Dakar")
    PartnerOrganisationFactory(slug="overseas-development-institute", name_en="ODI")
    kept = snapshot()[0]

    assert load() == "Reference data: 10 themes, 16 cities and 3 partners created.\n"

    assert list(City.objects.filter(pk__in=[c["id"] for c in kept]).order_by("pk").values()) == kept
    assert City.objects.filter(name_en="Dakar").count() == 1
    assert PartnerOrganisation.objects.filter(name_en="ODI").count() == 1
    assert (
        LoadedRow.objects.filter(key__in=["city:milan", "city:dakar", "partner:odi"]).count() == 3
    )


@pytest.fixture
def reference_copy(tmp_path):
    folder = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, folder)
    return folder


def test_a_missing_language_names_the_file_and_entry_and_loads_nothing(db, reference_copy):
    path = reference_copy / "cities.yaml"
    path.write_text(path.read_text().replace("    fr: Lisbonne\n", "", 1))

    with pytest.raises(DataFileError) as error:
        reference_data_load(directory=reference_copy)

    assert str(error.value) == f"{path}, entry 13 (lisbon): 'name' has no 'fr' text"
    assert (Theme.objects.count(), City.objects.count(), LoadedRow.objects.count()) == (0, 0, 0)


def test_an_invalid_value_names_the_field(db, reference_copy):
    path = reference_copy / "cities.yaml"
    path.write_text(path.read_text().replace("timezone: Europe/Zurich", "timezone: Europe/Zürich"))

    with pytest.raises(DataFileError) as error:
        reference_data_load(directory=reference_copy)

    assert str(error.value) == (
        f"{path}, entry 18 (zurich): timezone: “Europe/Zürich” is not a known time zone. "
        "Use a name such as Africa/Dakar."
    )
    assert City.objects.count() == 0


def test_the_command_says_nothing_was_loaded(db, reference_copy, monkeypatch):
    path = reference_copy / "themes.yaml"
    path.write_text("- slug: [unclosed\n")
    monkeypatch.setattr(
        "cities.management.commands.load_reference_data.reference_data_load",
        partial(reference_data_load, directory=reference_copy),
    )

    with pytest.raises(CommandError) as error:
        load()

    assert str(error.value).startswith(f"Nothing was loaded. {path}: while parsing")
    assert Theme.objects.count() == 0


def test_load_reference_data_retires_cached_pages(db, django_capture_on_commit_callbacks):
    before = cache_version("directory")

    with django_capture_on_commit_callbacks(execute=True):
        load()

    assert cache.get("version:directory") != before


def test_the_site_follows_site_url_and_keeps_its_name(db, settings):
    settings.SITE_URL = "https://dialogue.example.org"
    Site.objects.filter(pk=settings.SITE_ID).update(domain="old.example.org", name="Our dialogue")

    load()

    site = Site.objects.get(pk=settings.SITE_ID)
    assert (site.domain, site.name) == ("dialogue.example.org", "Our dialogue")
