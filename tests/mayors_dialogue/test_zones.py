"""Time zones as people recognise them: a place and an offset in the reader's language."""

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from mayors_dialogue.forms import PreferencesForm
from mayors_dialogue.validators import validate_time_zone
from mayors_dialogue.zones import listed_zones, zone_choices, zone_label, zone_offset, zone_time
from tests.factories import UserFactory

WINTER = datetime(2027, 1, 14, 12, tzinfo=UTC)
SUMMER = datetime(2027, 7, 14, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "lisbon", "berlin"),
    [
        ("en", "Lisbon (UTC+0)", "Berlin time (UTC+1)"),
        ("de", "Lissabon (UTC+0)", "Ortszeit Berlin (UTC+1)"),
        ("fr", "Lisbonne (UTC+0)", "Berlin, heure locale (UTC+1)"),
        ("pt", "Lisboa (UTC+0)", "Berlim, hora local (UTC+1)"),
    ],
)
def test_a_zone_is_a_place_and_an_offset_in_the_readers_language(language, lisbon, berlin):
    with translation.override(language):
        assert zone_label("Europe/Lisbon", WINTER) == lisbon
        assert zone_time(ZoneInfo("Europe/Berlin"), WINTER) == berlin


def test_offsets_follow_summer_time_half_hours_and_the_west():
    assert zone_offset(ZoneInfo("Europe/Berlin"), SUMMER) == "UTC+2"
    assert zone_offset(ZoneInfo("Asia/Kolkata"), WINTER) == "UTC+5:30"
    assert zone_offset(ZoneInfo("America/Sao_Paulo"), WINTER) == "UTC−3"
    assert zone_offset(ZoneInfo("Africa/Banjul"), WINTER) == "UTC+0"


@pytest.mark.parametrize("name", ["GMT", "CET", "US/Eastern", "Etc/GMT+1", "Mars/Olympus", ""])
def test_legacy_and_unknown_names_are_refused(name):
    with pytest.raises(ValidationError):
        validate_time_zone(name)


@pytest.mark.parametrize("name", ["UTC", "Africa/Dakar", "Europe/Kiev", "America/Argentina/Salta"])
def test_zones_of_places_are_accepted_also_in_older_spellings(name):
    validate_time_zone(name)


def test_the_list_is_grouped_by_region_in_the_readers_language():
    assert len(listed_zones()) > 300
    with translation.override("de"):
        choices = zone_choices()
        groups = {str(label): options for label, options in choices[1:]}
    assert choices[0] == ("UTC", "UTC")
    assert list(groups)[:2] == ["Afrika", "Europa"]
    assert ("Europe/Lisbon", zone_label("Europe/Lisbon", language="de")) in groups["Europa"]
    assert all(not name.startswith("Etc/") for name, _label in groups["Europa"])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "“GMT” is not the time zone of a place. Choose one from the list."),
        ("fr", "« GMT » n’est pas le fuseau horaire d’un lieu. Choisissez-en un dans la liste."),
    ],
)
def test_a_legacy_zone_is_a_field_error_in_the_readers_language(client, language, message):
    user = UserFactory(timezone="Europe/Rome")
    client.force_login(user)

    response = client.post(
        f"/{language}/accounts/preferences/",
        {"display_name": "", "language": "en", "timezone": "GMT"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {"timezone": [message]}
    user.refresh_from_db()
    assert user.timezone == "Europe/Rome"


@pytest.mark.django_db
def test_the_zone_input_is_a_grouped_choice_that_works_without_javascript(client):
    user = UserFactory(timezone="Africa/Dakar")
    client.force_login(user)

    html = client.get("/fr/accounts/preferences/").text

    assert re.search(r'<select [^>]*name="timezone"', html)
    assert '<optgroup label="Afrique">' in html
    assert '<option value="Africa/Dakar" selected>Dakar (UTC+0)</option>' in html
    assert '<option value="">Le fuseau horaire de ma ville</option>' in html
    assert "datalist" not in html


@pytest.mark.django_db
def test_an_older_spelling_stays_valid_in_the_form():
    user = UserFactory(timezone="Europe/Kiev")
    form = PreferencesForm({"language": "en", "timezone": "Europe/Kiev"}, user=user)
    assert form.is_valid(), form.errors
