"""Fuzzing the city and partner profiles, the invitations and accepting them."""

from datetime import timedelta

from django.forms.models import model_to_dict
from django.test import Client
from django.utils import timezone, translation
from django.utils.html import escape
from hypothesis import given

from cities.forms import (
    CityProfileForm,
    GoodPracticeFormSet,
    NeedFormSet,
    PartnerProfileForm,
    PotentialFormSet,
)
from cities.models import (
    City,
    CityMembership,
    CityNeed,
    CityPotential,
    GoodPractice,
    PartnerOrganisation,
    ProfileChange,
)
from invitations.enums import InvitationRole, InvitationStatus
from invitations.forms import (
    AcceptInvitationForm,
    CityInvitationForm,
    ColleagueInvitationForm,
    FreshLinkForm,
    InvitationFields,
)
from invitations.models import Invitation, new_token
from mayors_dialogue.models import User
from mayors_dialogue.text import name_clean
from tests.cities.conftest import profile_post_data
from tests.factories import CityNeedFactory, GoodPracticeFactory

from .checks import (
    Outcomes,
    assert_errors_localised,
    assert_escaped,
    assert_formset_errors_localised,
    counts,
    has_markup,
    rolled_back,
    submitted,
)
from .conftest import FUZZ
from .payloads import IDS, NUMBERS, ZONES, fuzz_fields, language, twice

URLS = ["https://example.org/", "javascript:alert(1)", "http://", "ftp://x", "https://例え.jp/"]
EMAILS = ["a@b", "x@例え.jp", "a@@b.org", "<script>@x.org", "\x00@example.org", "A@EXAMPLE.ORG"]
LANGUAGE_CHOICES = ["xx", "EN", "en-gb", "\x00"]
ALREADY_INVITED = "This address already has an open invitation. Resend it from the dashboard."
FORMSET_NUMBERS = ["-1", "99999999999999999999999", "abc", ""]

PROFILE_FORMSETS = {
    "needs": NeedFormSet,
    "potentials": PotentialFormSet,
    "practices": GoodPracticeFormSet,
}


def stored(name: str, value):
    """What a profile keeps of a cleaned value: names as read (mayors_dialogue.text)."""
    if name.startswith("name_") and value:
        return name_clean(value) or None
    return value


def _saved_rows(queryset, formset, fields):
    """The rows a valid formset should leave: the kept forms' cleaned values."""
    rows = []
    for form in formset.forms:
        if not form.has_changed() and not form.instance.pk:
            continue
        if form.cleaned_data.get("DELETE"):
            continue
        rows.append(tuple(_plain(form.cleaned_data.get(name)) for name in fields))
    expected = sorted(rows, key=repr)
    actual = sorted(
        (tuple(_plain(getattr(row, name)) for name in fields) for row in queryset), key=repr
    )
    return expected, actual


def _plain(value):
    """Comparable: a model as its pk; an empty translation ("" in the form) as None, which
    is how modeltranslation stores it."""
    return None if value == "" else getattr(value, "pk", value)


def test_city_profile_with_its_formsets(client, staff_a, city_a, themes):
    need = CityNeedFactory(city=city_a, theme=themes[0])
    practice = GoodPracticeFactory(city=city_a, start_year=2018, end_year=2020)
    practice.themes.set([themes[1]])
    city_a.description_en = "A city on the lake."
    city_a.save()
    valid = profile_post_data(city_a, needs=[need], practices=[practice])
    valid.update(
        {
            "population": "250000",
            "website": "https://alphaville.example.org/",
            "potentials-TOTAL_FORMS": "1",
            "potentials-0-theme": str(themes[1].pk),
            "potentials-0-description_en": "Open data on mobility.",
            "needs-0-DELETE": "",
        }
    )
    valid = {name: str(value) if isinstance(value, int) else value for name, value in valid.items()}
    models = (City, CityNeed, CityPotential, GoodPractice, ProfileChange)
    client.force_login(staff_a)

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        data=fuzz_fields(
            valid,
            population=NUMBERS,
            latitude=NUMBERS,
            longitude=NUMBERS,
            website=URLS,
            contact_email=EMAILS,
            **{f"needs-0-{name}": IDS for name in ("id", "theme", "city")},
            **{"potentials-0-theme": IDS, "practices-0-themes": [*IDS, ["1", "1", "abc"]]},
            **{f"practices-0-{name}": NUMBERS for name in ("start_year", "end_year")},
            **{f"{prefix}-TOTAL_FORMS": FORMSET_NUMBERS for prefix in PROFILE_FORMSETS},
            **{f"{prefix}-INITIAL_FORMS": FORMSET_NUMBERS for prefix in PROFILE_FORMSETS},
            **{"practices-0-link": URLS, "needs-0-DELETE": ["on"]},
        ),
    )
    def submit(language, data):
        with rolled_back(client):
            before = counts(*models)
            row_before = model_to_dict(City.objects.get(pk=city_a.pk), exclude=["image"])
            with translation.override("en"):
                english = CityProfileForm(submitted(data), instance=City.objects.get(pk=city_a.pk))
                english_sets = {
                    prefix: formset(submitted(data), instance=english.instance, prefix=prefix)
                    for prefix, formset in PROFILE_FORMSETS.items()
                }
                english_valid = english.is_valid() and all(
                    formset.is_valid() for formset in english_sets.values()
                )

            response = client.post(f"/{language}/cities/{city_a.slug}/edit/", data)

            outcomes.saw(accepted=response.status_code == 302)
            if response.status_code == 302:
                assert english_valid
                assert response["Location"] == f"/{language}/cities/{city_a.slug}/"
                city = City.objects.get(pk=city_a.pk)
                for name, value in english.cleaned_data.items():
                    if name != "image":
                        assert getattr(city, name) == stored(name, value), name
                for prefix, fields in [
                    ("needs", ["theme", "description_en", "description_fr"]),
                    ("potentials", ["theme", "description_en", "description_pt"]),
                    ("practices", ["title_en", "link", "start_year", "end_year"]),
                ]:
                    queryset = getattr(city, {"practices": "good_practices"}.get(prefix, prefix))
                    expected, actual = _saved_rows(queryset.all(), english_sets[prefix], fields)
                    assert expected == actual, prefix
                if has_markup(data):
                    assert_escaped(client.get(response["Location"]), data)
                return
            assert response.status_code == 200, response.status_code
            assert not english_valid
            html = assert_escaped(response, data)
            assert counts(*models) == before
            assert model_to_dict(City.objects.get(pk=city_a.pk), exclude=["image"]) == row_before
            shown = assert_errors_localised(html, language, response.context["form"], english)
            formsets = response.context["formsets"]
            for item, prefix in [
                ("need", "needs"),
                ("potential", "potentials"),
                ("good_practice", "practices"),
            ]:
                shown += assert_formset_errors_localised(
                    html, language, formsets[item], english_sets[prefix]
                )
            assert shown > 0, "refused without an error on the page"

    submit()
    outcomes.assert_both_seen()


def test_partner_profile(client, partner_staff, organisation):
    valid = {
        "name_en": "Overseas Development Institute",
        "name_de": "",
        "name_fr": "",
        "name_pt": "Instituto",
        "description_en": "Research on migration.",
        "description_de": "",
        "description_fr": "Recherche.",
        "description_pt": "",
        "acronym": "ODI",
        "website": "https://odi.example.org/",
    }
    client.force_login(partner_staff)

    outcomes = Outcomes()

    @FUZZ
    @given(language=language, data=fuzz_fields(valid, website=URLS, acronym=NUMBERS))
    def submit(language, data):
        with rolled_back(client):
            before = counts(PartnerOrganisation, ProfileChange)
            row_before = model_to_dict(PartnerOrganisation.objects.get(pk=organisation.pk))
            with translation.override("en"):
                english = PartnerProfileForm(
                    data, instance=PartnerOrganisation.objects.get(pk=organisation.pk)
                )
                english_valid = english.is_valid()

            response = client.post(f"/{language}/partners/{organisation.slug}/edit/", data)

            outcomes.saw(accepted=response.status_code == 302)
            if response.status_code == 302:
                assert english_valid
                assert response["Location"] == f"/{language}/partners/{organisation.slug}/"
                saved = PartnerOrganisation.objects.get(pk=organisation.pk)
                for name, value in english.cleaned_data.items():
                    if name != "logo":
                        assert getattr(saved, name) == stored(name, value), name
                if has_markup(data):
                    assert_escaped(client.get(response["Location"]), data)
                return
            assert response.status_code == 200
            assert not english_valid
            html = assert_escaped(response, data)
            assert counts(PartnerOrganisation, ProfileChange) == before
            assert model_to_dict(PartnerOrganisation.objects.get(pk=organisation.pk)) == row_before
            assert assert_errors_localised(html, language, response.context["form"], english) > 0

    submit()
    outcomes.assert_both_seen()


def _invitation_check(client, url, data, language, form_class, success_location, twice):
    """Post an invitation (twice when `twice`); refused posts change nothing and show
    their errors in the page's language; accepted ones save exactly the cleaned data, once."""
    models = (Invitation, City, User)
    before = counts(*models)
    with translation.override("en"):
        english = form_class(submitted(data))
        english_valid = english.is_valid()

    response = client.post(f"/{language}{url}", data)

    if response.status_code == 302:
        assert english_valid
        assert response["Location"] == f"/{language}{success_location()}"
        invitation = Invitation.objects.latest("pk")
        cleaned = english.cleaned_data
        assert (invitation.email, invitation.name, invitation.language, invitation.message) == (
            User.objects.normalize_email(cleaned["email"]).lower(),
            cleaned["name"],
            cleaned["language"],
            cleaned["message"],
        )
        assert counts(*models)["Invitation"] == before["Invitation"] + 1
        if twice:
            again = client.post(f"/{language}{url}", data)
            assert again.status_code == 200
            html = assert_escaped(again, data)
            assert counts(*models)["Invitation"] == before["Invitation"] + 1
            errors = again.context["form"].errors
            assert list(errors) == ["email"], errors
            with translation.override(language):
                message, expected = str(errors["email"][0]), translation.gettext(ALREADY_INVITED)
            assert message == expected != ALREADY_INVITED
            assert escape(message) in html
        return invitation, cleaned
    assert response.status_code == 200
    assert not english_valid
    html = assert_escaped(response, data)
    assert counts(*models) == before
    assert assert_errors_localised(html, language, response.context["form"], english) > 0
    return None, None


def test_city_invitation(client, admin_user):
    valid = {
        "city_name": "Kumasi",
        "country": "GH",
        "continent": "africa",
        "timezone": "Africa/Accra",
        "name": "Ama Mensah",
        "email": "ama@kumasi.example.org",
        "language": "fr",
        "message": "Welcome to the dialogue.",
    }
    client.force_login(admin_user)

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        twice=twice,
        data=fuzz_fields(
            valid,
            country=["XX", "gh", "EU", "\x00"],
            continent=["mars", "Africa", "\x00"],
            timezone=ZONES,
            email=EMAILS,
            language=LANGUAGE_CHOICES,
        ),
    )
    def submit(language, twice, data):
        with rolled_back(client):
            invitation, cleaned = _invitation_check(
                client,
                "/invitations/city/",
                data,
                language,
                CityInvitationForm,
                lambda: "/invitations/",
                twice,
            )
            outcomes.saw(accepted=invitation is not None)
            if invitation is not None:
                city = invitation.city
                # The name is written in the invitation's language.
                name = getattr(city, f"name_{cleaned['language']}")
                assert (name, city.country.code, city.continent, city.timezone) == (
                    cleaned["city_name"],
                    cleaned["country"],
                    cleaned["continent"],
                    cleaned["timezone"],
                )
                assert (
                    City.objects.filter(
                        **{f"name_{cleaned['language']}": cleaned["city_name"]}
                    ).count()
                    == 1
                )
                if has_markup(data):
                    assert_escaped(client.get(f"/{language}/invitations/"), data)

    submit()
    outcomes.assert_both_seen()


def test_colleague_invitation(client, staff_a, city_a):
    valid = {
        "name": "Grace Achieng",
        "email": "grace@alphaville.example.org",
        "role": "mayor",
        "language": "pt",
        "message": "",
    }
    client.force_login(staff_a)

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        twice=twice,
        data=fuzz_fields(
            valid,
            role=["admin", "partner_staff", "city_staff\x00", "staff"],
            email=[*EMAILS, staff_a.email],
            language=LANGUAGE_CHOICES,
        ),
    )
    def submit(language, twice, data):
        with rolled_back(client):
            invitation, cleaned = _invitation_check(
                client,
                f"/cities/{city_a.slug}/invite/",
                data,
                language,
                ColleagueInvitationForm,
                lambda: f"/cities/{city_a.slug}/",
                twice,
            )
            outcomes.saw(accepted=invitation is not None)
            if invitation is not None:
                assert (invitation.city, invitation.role) == (city_a, cleaned["role"])

    submit()
    outcomes.assert_both_seen()


def test_partner_colleague_invitation(client, partner_staff, organisation):
    valid = {
        "name": "Lena Vogel",
        "email": "lena@odi.example.org",
        "language": "de",
        "message": "Bis bald.",
    }
    client.force_login(partner_staff)

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        twice=twice,
        data=fuzz_fields(valid, email=EMAILS, language=LANGUAGE_CHOICES),
    )
    def submit(language, twice, data):
        with rolled_back(client):
            invitation, _cleaned = _invitation_check(
                client,
                f"/partners/{organisation.slug}/invite/",
                data,
                language,
                InvitationFields,
                lambda: f"/partners/{organisation.slug}/",
                twice,
            )
            outcomes.saw(accepted=invitation is not None)
            if invitation is not None:
                assert (invitation.organisation, invitation.role) == (
                    organisation,
                    InvitationRole.PARTNER_STAFF,
                )

    submit()
    outcomes.assert_both_seen()


def test_accept_invitation(db, city_a, admin_user):
    valid = {
        "display_name": "Amina Diallo",
        "password1": "a-long-new-password-42",
        "password2": "a-long-new-password-42",
    }

    outcomes = Outcomes()

    @FUZZ
    @given(
        language=language,
        twice=twice,
        data=fuzz_fields(
            valid,
            password1=["short", "password", "12345678901", "amina diallo"],
            password2=["a-long-new-password-43", "a-long-new-password-42\x00"],
        ),
    )
    def submit(language, twice, data):
        client = Client()
        with rolled_back():
            token, token_hash = new_token()
            invitation = Invitation.objects.create(
                email="amina@alphaville.example.org", name="Amina", language=language,
                role=InvitationRole.CITY_STAFF, city=city_a, invited_by=admin_user,
                token_hash=token_hash, expires_at=timezone.now() + timedelta(days=7),
            )  # fmt: skip
            before = counts(User, CityMembership)
            with translation.override("en"):
                english = AcceptInvitationForm(submitted(data), email=invitation.email)
                english_valid = english.is_valid()
            # The page is in the invitation's language, whatever the address says.
            url = f"/en/invitations/accept/{token}/"

            response = client.post(url, data)

            assert response["Content-Language"] == language
            outcomes.saw(accepted=response.status_code == 302)
            if response.status_code == 302:
                assert english_valid
                user = User.objects.get(email=invitation.email)
                assert user.display_name == english.cleaned_data["display_name"]
                assert user.check_password(english.cleaned_data["password1"])
                assert CityMembership.objects.filter(user=user, city=city_a).count() == 1
                invitation.refresh_from_db()
                assert invitation.status == InvitationStatus.ACCEPTED
                if twice:
                    again = Client().post(url, data)
                    assert again.status_code == 410
                    assert_escaped(again, data)
                    assert counts(User, CityMembership) == {
                        "User": before["User"] + 1,
                        "CityMembership": before["CityMembership"] + 1,
                    }
                return
            assert response.status_code == 200
            assert not english_valid
            html = assert_escaped(response, data)
            assert counts(User, CityMembership) == before
            assert assert_errors_localised(html, language, response.context["form"], english) > 0

    submit()
    outcomes.assert_both_seen()


def test_fresh_link(client, city_a, admin_user):
    valid = {"email": "amina@alphaville.example.org", "token": "an-old-token"}

    outcomes = Outcomes()

    @FUZZ
    @given(language=language, data=fuzz_fields(valid, email=EMAILS))
    def submit(language, data):
        with rolled_back(client):
            before = counts(Invitation, User)
            with translation.override("en"):
                english = FreshLinkForm(submitted(data))
                english_valid = english.is_valid()

            response = client.post(f"/{language}/invitations/fresh-link/", data)

            assert counts(Invitation, User) == before
            outcomes.saw(accepted=response.status_code == 302)
            if response.status_code == 302:
                assert english_valid
                assert response["Location"] == f"/{language}/"
                return
            assert response.status_code == 200
            assert not english_valid
            html = assert_escaped(response, data)
            assert assert_errors_localised(html, language, response.context["form"], english) > 0

    submit()
    outcomes.assert_both_seen()
