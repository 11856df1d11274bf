"""The issue's acceptance journey on the real demo data."""

import re

import pytest
from django.core.management import call_command

from cities.models import City, ProfileChange

from .conftest import profile_post_data


@pytest.fixture
def demo(db, settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=None)


def test_freetown_staff_edit_their_profile_and_are_refused_milan(client, demo):
    assert client.login(email="staff.freetown@example.org", password="dialogue-demo-2021")
    freetown = City.objects.get(slug="freetown")
    needs = list(freetown.needs.all())
    data = profile_post_data(
        freetown,
        needs=needs,
        potentials=list(freetown.potentials.all()),
        practices=list(freetown.good_practices.all()),
        description_fr="Capitale de la Sierra Leone, sur la péninsule atlantique.",
    )
    data["needs-0-description_en"] = "Planning support for informal settlements on the hillsides."

    assert client.get("/en/cities/freetown/edit/").status_code == 200
    response = client.post("/en/cities/freetown/edit/", data)

    assert response.status_code == 302
    page = client.get("/en/cities/freetown/").text
    assert "Planning support for informal settlements on the hillsides." in page
    french = client.get("/fr/cities/freetown/").text
    assert "Capitale de la Sierra Leone, sur la péninsule atlantique." in french
    change = ProfileChange.objects.get(city=freetown)
    assert change.user.email == "staff.freetown@example.org"
    assert [(entry["item"], entry["fields"]) for entry in change.changes] == [
        ("profile", ["description_fr"]),
        ("need", ["description_en"]),
    ]
    assert "Profil « Freetown » modifié : Description courte (Français)" in french
    assert client.get("/en/cities/milan/edit/").status_code == 403
    assert client.post("/en/cities/milan/edit/", data).status_code == 403


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Mailand"),
        ("fr", "Milan"),
        ("pt", "Milão"),
    ],
)
def test_profiles_show_translated_texts(client, demo, language, text):
    html = client.get(f"/{language}/cities/milan/").text
    milan = City.objects.get(slug="milan")

    assert f'<h1 id="page-title">{text}</h1>' in html
    assert getattr(milan, f"description_{language}") in html
    main = html.split("<main")[1].split("</main>")[0]
    assert 'lang="en"' not in main


def test_map_places_agadez_inland_and_kampala_east(client, demo):
    html = client.get("/en/cities/").text
    points = {
        name: (float(x), float(y))
        for x, y, name in re.findall(
            r'<circle cx="([\d.]+)" cy="([\d.]+)" r="6" />\s*<text [^>]*>([^<]+)</text>', html
        )
    }

    assert len(points) == 18
    assert points["Dakar"][0] < points["Agadez"][0] < points["Kampala"][0]
    assert points["Agadez"][1] < points["Kampala"][1] < points["Maputo"][1]
    assert points["Milan"][1] < points["Tunis"][1]
