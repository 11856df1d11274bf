"""The same name typed differently is the same name (issue 34, finding 9): composed or
decomposed accents (Zürich, Zu\u0308rich), invisible characters pasted with it (Dakar\u200b),
spaces around it. Names are stored clean (NFC, no zero-width characters, single spaces) and
compared without case; existing rows are compared the same way, never rewritten."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cities.models import City, ProfileChange, Theme
from invitations.models import Invitation, InvitationBatch
from tests.cities.conftest import profile_post_data
from tests.factories import CityFactory, CityMembershipFactory, PartnerOrganisationFactory

HEADER = "city,country,continent,time zone,contact name,email,language,message"
CLEAN = [
    "Zürich,CH,europe,Europe/Zurich,Anna Meier,anna@zurich.example.org,de,",
    "Lomé,TG,africa,Africa/Lome,Afi Mensah,afi@lome.example.org,fr,",
    "Dakar,SN,africa,Africa/Dakar,Awa Diop,awa@dakar.example.org,fr,",
]
# The three names of the report, as they came: a decomposed ü and é, a zero-width space.
VARIANTS = [
    "Zu\u0308rich,CH,europe,Europe/Zurich,Beat Keller,beat@zurich.example.org,de,",
    "Lome\u0301,TG,africa,Africa/Lome,Kofi Agbo,kofi@lome.example.org,fr,",
    "Dakar\u200b,SN,africa,Africa/Dakar,Moussa Sow,moussa@dakar.example.org,fr,",
]


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def preview(admin_client, lines) -> InvitationBatch:
    text = "\n".join([HEADER, *lines])
    upload = SimpleUploadedFile("cities.csv", text.encode(), content_type="text/csv")
    response = admin_client.post("/en/secretariat/invitations/", {"file": upload})
    assert response.status_code == 302
    return InvitationBatch.objects.latest("pk")


def problems(admin_client, batch) -> list:
    page = admin_client.get(f"/en/secretariat/invitations/{batch.pk}/")
    return [(row["line"], row["problems"]) for row in page.context["with_problems"]]


def confirm(admin_client, batch, capture) -> None:
    with capture(execute=True):
        admin_client.post(f"/en/secretariat/invitations/{batch.pk}/confirm/")


@pytest.mark.parametrize(
    ("value", "clean", "key"),
    [
        ("Zu\u0308rich", "Zürich", "zürich"),
        ("Lome\u0301", "Lomé", "lomé"),
        ("Dakar\u200b", "Dakar", "dakar"),
        ("\ufeff Saint\u00a0 Louis\u2060 \u200c", "Saint Louis", "saint louis"),
        ("\u200dKUMASI\u200d", "KUMASI", "kumasi"),
    ],
)
def test_a_name_is_stored_clean_and_compared_without_case(value, clean, key):
    from mayors_dialogue.text import name_clean, name_key

    assert (name_clean(value), name_key(value)) == (clean, key)


def test_accents_still_tell_names_apart_as_before():
    from mayors_dialogue.text import name_key

    assert name_key("Zurich") != name_key("Zürich")


def test_the_same_city_written_differently_in_one_file_is_flagged_and_sent_once(
    admin_client, django_capture_on_commit_callbacks
):
    batch = preview(admin_client, [*CLEAN, *VARIANTS])

    assert problems(admin_client, batch) == [
        (5, ["The same city appears in row 2."]),
        (6, ["The same city appears in row 3."]),
        (7, ["The same city appears in row 4."]),
    ]
    confirm(admin_client, batch, django_capture_on_commit_callbacks)
    cities = City.objects.order_by("slug")
    assert [city.slug for city in cities] == ["dakar", "lome", "zurich"]
    assert [city.name for city in cities] == ["Dakar", "Lomé", "Zürich"]
    assert Invitation.objects.count() == 3


def test_a_city_already_in_the_dialogue_written_differently_is_flagged(
    admin_client, django_capture_on_commit_callbacks
):
    for name, country, slug in [
        ("Zürich", "CH", "zurich"),
        ("Lomé", "TG", "lome"),
        ("Dakar", "SN", "dakar"),
    ]:
        CityFactory(name_en=name, country=country, slug=slug)

    batch = preview(admin_client, VARIANTS)

    existing = ["This city is already in the dialogue or invited."]
    assert problems(admin_client, batch) == [(2, existing), (3, existing), (4, existing)]
    confirm(admin_client, batch, django_capture_on_commit_callbacks)
    assert (City.objects.count(), Invitation.objects.count()) == (3, 0)


def test_an_old_row_stored_with_invisible_characters_still_counts(admin_client):
    CityFactory(name_fr="Lome\u0301\u200b ", country="TG", slug="lome")

    batch = preview(admin_client, [CLEAN[1]])

    assert problems(admin_client, batch) == [
        (2, ["This city is already in the dialogue or invited."])
    ]
    assert City.objects.get().name_fr == "Lome\u0301\u200b "  # compared, not rewritten


def city_invitation(name: str, email: str) -> dict:
    return {
        "city_name": name,
        "country": "CH",
        "continent": "europe",
        "timezone": "Europe/Zurich",
        "name": "Beat Keller",
        "email": email,
        "language": "de",
        "message": "",
    }


def test_the_single_invitation_stores_a_clean_name_and_slug(
    admin_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            "/en/invitations/city/", city_invitation(" Zu\u0308rich\u200b ", "b@zurich.example.org")
        )

    assert response.status_code == 302
    city = City.objects.get()
    assert (city.name_de, city.slug) == ("Zürich", "zurich")


def test_the_single_invitation_refuses_a_city_already_there_written_differently(admin_client):
    CityFactory(name_en="Zürich", country="CH", slug="zurich")

    response = admin_client.post(
        "/en/invitations/city/", city_invitation("zu\u0308rich\u200b", "b@zurich.example.org")
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "city_name": [
            "“Zürich” is already in the dialogue or invited. Invite a colleague from its page."
        ]
    }
    assert (City.objects.count(), Invitation.objects.count()) == (1, 0)


def test_a_city_cannot_take_the_name_of_another_city_of_its_country(client, db):
    CityFactory(name_en="Dakar", country="SN", slug="dakar")
    staff = CityMembershipFactory(city__name_en="Rufisque", city__country="SN").user
    city = staff.city_memberships.get().city
    client.force_login(staff)
    data = profile_post_data(city, name_en="DAKAR\u200b", description_en="A city by the sea.")

    response = client.post(f"/en/cities/{city.slug}/edit/", data)

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "name_en": ["There is already a city called “Dakar” in this country."]
    }
    city.refresh_from_db()
    assert city.name_en == "Rufisque"


def test_a_city_writing_its_own_name_differently_changes_nothing(client, db):
    staff = CityMembershipFactory(
        city__name_fr="Lomé", city__country="TG", city__description_en="The capital."
    ).user
    city = staff.city_memberships.get().city
    client.force_login(staff)
    data = profile_post_data(city, name_fr=" Lome\u0301\u200b")

    response = client.post(f"/en/cities/{city.slug}/edit/", data)

    assert response.status_code == 302
    city.refresh_from_db()
    assert city.name_fr == "Lomé"
    assert ProfileChange.objects.count() == 0


def test_an_organisation_cannot_take_the_name_of_another(client, partner_staff):
    PartnerOrganisationFactory(name_en="Overseas Development Institute")
    organisation = partner_staff.partner_memberships.get().organisation
    client.force_login(partner_staff)

    response = client.post(
        f"/en/partners/{organisation.slug}/edit/",
        {"name_en": "overseas\u200b development  institute", "acronym": "", "website": ""},
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "name_en": ["There is already an organisation called “Overseas Development Institute”."]
    }


def test_an_organisation_name_is_stored_clean(client, partner_staff):
    organisation = partner_staff.partner_memberships.get().organisation
    client.force_login(partner_staff)

    response = client.post(
        f"/en/partners/{organisation.slug}/edit/",
        {"name_en": "\ufeffInstituto  Lusófono\u200b", "acronym": "", "website": ""},
    )

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.name_en == "Instituto Lusófono"


def test_a_theme_written_differently_is_refused_and_names_are_stored_clean(admin_client):
    admin_client.post(
        "/en/secretariat/themes/new/", {"name_en": "Zu\u0308rich talks\u200b", "position": "1"}
    )

    again = admin_client.post(
        "/en/secretariat/themes/new/", {"name_en": "ZÜRICH  TALKS", "position": "2"}
    )

    theme = Theme.objects.get()
    assert (theme.name_en, theme.slug) == ("Zürich talks", "zurich-talks")
    assert again.context["form"].errors == {
        "name_en": ["There is already a theme called “Zürich talks”."]
    }
