import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cities.models import CityNeed, ProfileChange
from tests.factories import GoodPracticeFactory

from .conftest import png_bytes, profile_post_data


@pytest.fixture
def described_city(city_a):
    city_a.description_en = "A city on the lake."
    city_a.save()
    return city_a


def edit_url(city):
    return f"/en/cities/{city.slug}/edit/"


def test_staff_edit_a_need_and_its_french_text_and_see_the_history(
    client, staff_a, described_city, need_a, potential_a
):
    client.force_login(staff_a)
    data = profile_post_data(described_city, needs=[need_a], potentials=[potential_a])
    data["needs-0-description_en"] = "Vocational training for newcomers."
    data["needs-0-description_fr"] = "Formation professionnelle pour les nouveaux arrivants."

    response = client.post(edit_url(described_city), data)

    assert response.status_code == 302
    assert response["Location"] == f"/en/cities/{described_city.slug}/"
    need_a.refresh_from_db()
    assert (need_a.description_en, need_a.description_fr) == (
        "Vocational training for newcomers.",
        "Formation professionnelle pour les nouveaux arrivants.",
    )
    change = ProfileChange.objects.get()
    assert (change.city, change.user) == (described_city, staff_a)
    assert change.changes == [
        {
            "item": "need",
            "label": "Labour migration and skills",
            "action": "changed",
            "fields": ["description_en", "description_fr"],
        }
    ]
    page = client.get(f"/en/cities/{described_city.slug}/").text
    assert "Vocational training for newcomers." in page
    assert (
        "Need “Labour migration and skills” changed: What the city needs (English), "
        "What the city needs (Français)"
    ) in page
    french = client.get(f"/fr/cities/{described_city.slug}/").text
    assert "Formation professionnelle pour les nouveaux arrivants." in french


def test_adding_a_potential_and_removing_a_need(
    client, mayor_a, described_city, need_a, theme_data
):
    client.force_login(mayor_a)
    data = profile_post_data(described_city, needs=[need_a])
    data["needs-0-DELETE"] = "on"
    data.update(
        {
            "potentials-TOTAL_FORMS": "1",
            "potentials-0-theme": theme_data.pk,
            "potentials-0-description_en": "Open data on mobility.",
        }
    )

    response = client.post(edit_url(described_city), data)

    assert response.status_code == 302
    assert list(described_city.needs.all()) == []
    assert [(p.theme, p.description_en) for p in described_city.potentials.all()] == [
        (theme_data, "Open data on mobility.")
    ]
    assert [(e["item"], e["action"]) for e in ProfileChange.objects.get().changes] == [
        ("need", "removed"),
        ("potential", "added"),
    ]


def test_saving_without_changes_records_nothing(client, staff_a, described_city, need_a):
    client.force_login(staff_a)

    response = client.post(
        edit_url(described_city), profile_post_data(described_city, needs=[need_a])
    )

    assert response.status_code == 302
    assert ProfileChange.objects.count() == 0


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "Write this in at least one of the four languages."),
        ("de", "Schreiben Sie diesen Text in mindestens einer der vier Sprachen."),
        ("fr", "Écrivez ce texte dans au moins une des quatre langues."),
        ("pt", "Escreva este texto em pelo menos uma das quatro línguas."),
    ],
)
def test_a_description_in_no_language_is_a_field_error_and_nothing_is_saved(
    client, staff_a, described_city, need_a, language, message
):
    """English is not required: any one language is. The error lands on the field of the
    working language (the city's, else the person's: English for staff_a)."""
    client.force_login(staff_a)
    data = profile_post_data(described_city, needs=[need_a], description_en="")
    data["needs-0-description_fr"] = "Ne doit pas être enregistré."

    response = client.post(f"/{language}/cities/{described_city.slug}/edit/", data)

    assert response.status_code == 200
    assert response.context["form"].errors == {"description_en": [message]}
    need_a.refresh_from_db()
    assert need_a.description_fr in ("", None)
    assert ProfileChange.objects.count() == 0


def test_invalid_formset_row_saves_nothing_at_all(client, staff_a, described_city, need_a):
    client.force_login(staff_a)
    data = profile_post_data(described_city, needs=[need_a], description_en="Changed text.")
    data["needs-0-description_en"] = ""

    response = client.post(edit_url(described_city), data)

    assert response.status_code == 200
    assert response.context["formsets"]["need"].errors == [
        {"description_en": ["Write this in at least one of the four languages."]}
    ]
    described_city.refresh_from_db()
    assert described_city.description_en == "A city on the lake."


def test_the_same_theme_twice_is_refused(client, staff_a, described_city, need_a):
    client.force_login(staff_a)
    data = profile_post_data(described_city, needs=[need_a])
    data.update(
        {
            "needs-TOTAL_FORMS": "2",
            "needs-1-theme": need_a.theme_id,
            "needs-1-description_en": "Again.",
        }
    )

    response = client.post(edit_url(described_city), data)

    assert response.status_code == 200
    assert response.context["formsets"]["need"].non_form_errors() == [
        "Please correct the duplicate data for theme."
    ]
    assert CityNeed.objects.count() == 1


def test_good_practice_years_must_be_in_order(client, staff_a, described_city):
    practice = GoodPracticeFactory(city=described_city, start_year=2019)
    client.force_login(staff_a)
    data = profile_post_data(described_city, practices=[practice])
    data["practices-0-end_year"] = "2015"

    response = client.post(edit_url(described_city), data)

    assert response.status_code == 200
    assert response.context["formsets"]["good_practice"].errors == [
        {"end_year": ["The end year cannot be before the start year."]}
    ]


def test_a_real_image_is_stored_under_a_random_name_and_served(client, staff_a, described_city):
    client.force_login(staff_a)
    data = profile_post_data(described_city)
    data["image"] = SimpleUploadedFile(
        "../../my photo.png", png_bytes(), "application/octet-stream"
    )

    response = client.post(edit_url(described_city), data)

    assert response.status_code == 302
    described_city.refresh_from_db()
    name = described_city.image.name
    assert name.startswith("public/cities/")
    assert name.endswith(".png")
    assert len(name) == len("public/cities/") + 32 + len(".png")
    served = client.get(described_city.image.url)
    assert (served.status_code, served["Content-Type"]) == (200, "image/png")
    assert served["X-Content-Type-Options"] == "nosniff"
    assert b"".join(served.streaming_content) == png_bytes()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("photo.png", b"MZ\x90\x00 this is an executable", "image/png"),
            "Upload a valid image. The file you uploaded was either not an image or a corrupted image.",
        ),
        (
            SimpleUploadedFile("photo.png", b"", "image/png"),
            "The submitted file is empty.",
        ),
    ],
)
def test_bad_images_are_refused_with_a_clear_message(
    client, staff_a, described_city, upload, message
):
    client.force_login(staff_a)
    data = profile_post_data(described_city)
    data["image"] = upload

    response = client.post(edit_url(described_city), data)

    assert response.status_code == 200
    assert response.context["form"].errors == {"image": [message]}
    described_city.refresh_from_db()
    assert not described_city.image


def test_oversized_image_is_refused(client, staff_a, described_city, settings):
    settings.IMAGE_UPLOAD_MAX_BYTES = 100
    client.force_login(staff_a)
    data = profile_post_data(described_city)
    data["image"] = SimpleUploadedFile("big.png", png_bytes((64, 64)), "image/png")

    response = client.post(edit_url(described_city), data)

    assert response.context["form"].errors == {
        "image": ["The image is too large: at most 100\xa0bytes."]
    }


def test_gif_is_not_an_accepted_format(client, staff_a, described_city):
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, format="GIF")
    client.force_login(staff_a)
    data = profile_post_data(described_city)
    data["image"] = SimpleUploadedFile("anim.gif", buffer.getvalue(), "image/gif")

    response = client.post(edit_url(described_city), data)

    assert response.context["form"].errors == {"image": ["Upload a JPEG, PNG or WebP image."]}


@pytest.mark.parametrize("path", ["private/x.png", "public/../secret.png", "public/cities/x.exe"])
def test_only_public_images_are_served(client, db, path):
    assert client.get(f"/media/{path}").status_code == 404


def test_partner_staff_edit_their_organisation_and_it_is_recorded(client, partner_staff):
    organisation = partner_staff.partner_memberships.get().organisation
    client.force_login(partner_staff)

    response = client.post(
        f"/de/partners/{organisation.slug}/edit/",
        {
            "name_en": organisation.name_en,
            "description_en": "Research on migration.",
            "description_de": "Forschung zu Migration.",
            "acronym": "",
            "website": "odi.org",
        },
    )

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert (organisation.description_de, organisation.website) == (
        "Forschung zu Migration.",
        "https://odi.org",
    )
    assert organisation.changes.get().changes[0]["fields"] == [
        "description_en",
        "description_de",
        "website",
    ]


def test_translated_inputs_say_their_language_and_labels_stay_in_the_page_language(
    client, staff_a, described_city
):
    client.force_login(staff_a)

    html = client.get(f"/de/cities/{described_city.slug}/edit/").text

    assert 'name="description_fr"' in html
    assert re.search(r'<textarea name="description_fr"[^>]*lang="fr"', html)
    assert '<label for="id_description_fr">Kurzbeschreibung</label>' in html
    assert re.search(r'<summary>\s*<span lang="fr">Français</span>', html)
