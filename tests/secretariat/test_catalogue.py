"""Meeting series and themes in the secretariat's workspace: creating and editing them in four
languages, refusing bad input, deleting only a theme that nothing uses, and the reference
data leaving an edited theme alone."""

from datetime import UTC, date, datetime
from io import StringIO

import pytest
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cities.models import Theme
from cities.services import theme_delete, theme_update
from evidence.models import EvidenceDocument
from mayors_dialogue.caching import cache_version
from meetings.models import Meeting, Series
from meetings.services import series_create
from partnerships.models import Proposal
from secretariat.forms import SLUG_INVALID
from tests.factories import (
    CityFactory,
    CityNeedFactory,
    CityPotentialFactory,
    GoodPracticeFactory,
    PartnerOrganisationFactory,
    ThemeFactory,
)

NAMES = {
    "name_en": "Labour migration",
    "name_de": "Arbeitsmigration",
    "name_fr": "Migration de travail",
    "name_pt": "Migração laboral",
}


def flashed(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def names_of(obj) -> tuple:
    return (obj.name_en, obj.name_de, obj.name_fr, obj.name_pt)


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def organisation(db):
    return PartnerOrganisationFactory()


def new_meeting(organiser, number=0, **fields):
    return Meeting.objects.create(
        title_en=f"Meeting {number}", format="virtual", video_link="https://meet.example.org/m",
        start=datetime(2031, 1, 14, 13, tzinfo=UTC), end=datetime(2031, 1, 14, 15, tzinfo=UTC),
        timezone="Europe/Berlin", organiser=organiser, **fields,
    )  # fmt: skip


def new_proposal(city, number=0):
    return Proposal.objects.create(
        city=city, title_en=f"Proposal {number}", summary_en="x", kind="peer_learning",
        status="open",
    )  # fmt: skip


def new_document(number=0):
    return EvidenceDocument.objects.create(
        title_en=f"Document {number}", doc_type="policy_brief", publication_date=date(2021, 1, 1),
        languages="en", visibility="public", external_url="https://example.org/doc",
    )  # fmt: skip


# Themes: create and edit


def test_theme_create_saves_four_languages_and_goes_after_the_last(admin_client):
    ThemeFactory(slug="older", position=7)

    page = admin_client.get("/en/secretariat/themes/new/")
    response = admin_client.post(
        "/en/secretariat/themes/new/", {**NAMES, "slug": "", "position": "8"}
    )

    assert page.context["form"]["position"].value() == 8
    assert response.status_code == 302
    assert response["Location"] == "/en/secretariat/themes/"
    theme = Theme.objects.get(slug="labour-migration")
    assert names_of(theme) == tuple(NAMES.values())
    assert theme.position == 8
    assert flashed(response) == ["The theme “Labour migration” is saved."]


def test_theme_edit_changes_names_slug_and_position(admin_client):
    theme = ThemeFactory(slug="jobs", name_en="Jobs", name_fr="Emploi", position=3)

    page = admin_client.get(f"/en/secretariat/themes/{theme.pk}/")
    response = admin_client.post(
        f"/fr/secretariat/themes/{theme.pk}/",
        {**NAMES, "name_pt": "", "slug": "labour", "position": "0"},
    )

    assert page.context["form"].initial["name_fr"] == "Emploi"
    assert response.status_code == 302
    assert response["Location"] == "/fr/secretariat/themes/"
    theme.refresh_from_db()
    assert names_of(theme) == ("Labour migration", "Arbeitsmigration", "Migration de travail", None)
    assert (theme.slug, theme.position) == ("labour", 0)


def test_theme_list_shows_the_readers_language_and_marks_a_fallback(admin_client):
    jobs = ThemeFactory(slug="jobs", name_en="Jobs", name_fr="Emploi", position=1)
    data = ThemeFactory(slug="data", name_en="Data", position=2)

    response = admin_client.get("/fr/secretariat/themes/")

    html = response.text
    assert [theme.slug for theme in response.context["themes"]] == ["jobs", "data"]
    assert f'<a href="/fr/secretariat/themes/{jobs.pk}/">Emploi</a>' in html
    assert f'<a href="/fr/secretariat/themes/{data.pk}/"><span lang="en">Data</span></a>' in html


def test_renaming_a_theme_retires_the_cached_pages_that_show_it(
    db, django_capture_on_commit_callbacks
):
    theme = ThemeFactory(slug="jobs", name_en="Jobs")
    before = cache_version("directory")

    with django_capture_on_commit_callbacks(execute=True):
        theme_update(theme=theme, names={"en": "Work"}, slug="jobs", position=1)

    assert cache.get("version:directory") != before


# Series: create and edit


def test_series_create_saves_four_languages(admin_client):
    response = admin_client.post(
        "/en/secretariat/series/new/",
        {
            "name_en": "Summit 2027",
            "name_de": "Gipfeltreffen 2027",
            "name_fr": "Sommet 2027",
            "name_pt": "Cimeira 2027",
            "slug": "",
            "is_summit": "on",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == "/en/secretariat/series/"
    series = Series.objects.get()
    assert names_of(series) == ("Summit 2027", "Gipfeltreffen 2027", "Sommet 2027", "Cimeira 2027")
    assert (series.slug, series.is_summit) == ("summit-2027", True)
    assert flashed(response) == ["The series “Summit 2027” is saved."]


def test_series_edit_changes_names_and_summit(admin_client):
    series = Series.objects.create(name_en="Meetings 2026", slug="meetings-2026")

    response = admin_client.post(
        f"/en/secretariat/series/{series.pk}/",
        {"name_en": "Dialogue meetings 2026", "name_fr": "Réunions 2026", "slug": "dialogue-2026"},
    )

    assert response.status_code == 302
    series.refresh_from_db()
    assert names_of(series) == ("Dialogue meetings 2026", None, "Réunions 2026", None)
    assert (series.slug, series.is_summit) == ("dialogue-2026", False)


def test_several_series_can_make_up_the_summit_page(db, client, organisation):
    held = series_create(names={"en": "Summit 2021"}, is_summit=True)
    coming = series_create(names={"en": "Summit 2027"}, is_summit=True)
    new_meeting(organisation, 1, series=held, status="held", is_public=True)
    new_meeting(organisation, 2, series=coming, status="scheduled", is_public=True)

    response = client.get("/en/meetings/summit/")

    assert Series.objects.filter(is_summit=True).count() == 2
    assert {meeting.series for meeting in response.context["meetings"]} == {held, coming}


def test_a_generated_slug_avoids_the_slugs_taken(db):
    Series.objects.create(name_en="Other", slug="summit")

    series = series_create(names={"en": "Summit"})
    arabic = series_create(names={"en": "مدينة"})

    assert (series.slug, arabic.slug) == ("summit-2", "series")


def test_series_list_counts_meetings(admin_client, organisation):
    series = Series.objects.create(name_en="Meetings 2026", slug="meetings-2026", is_summit=True)
    new_meeting(organisation, 1, series=series)
    new_meeting(organisation, 2, series=series)
    Series.objects.create(name_en="Empty", slug="empty", name_fr="Vide")

    response = admin_client.get("/fr/secretariat/series/")

    counts = {item.slug: item.meeting_count for item in response.context["series_list"]}
    assert counts == {"meetings-2026": 2, "empty": 0}
    assert '<span lang="en">Meetings 2026</span>' in response.text


# Bad input


def test_a_duplicate_slug_is_a_field_error_and_nothing_is_saved(admin_client):
    ThemeFactory(slug="jobs", name_en="Jobs")
    Series.objects.create(name_en="Summit", slug="summit")

    theme = admin_client.post(
        "/en/secretariat/themes/new/", {**NAMES, "slug": "jobs", "position": "1"}
    )
    series = admin_client.post(
        "/en/secretariat/series/new/", {"name_en": "Summit 2030", "slug": "summit"}
    )

    assert theme.status_code == series.status_code == 200
    assert theme.context["form"].errors == {
        "slug": [
            "Another theme already has this slug. Choose another one, or leave it empty to make "
            "one from the English name."
        ]
    }
    assert series.context["form"].errors == {
        "slug": [
            "Another series already has this slug. Choose another one, or leave it empty to "
            "make one from the English name."
        ]
    }
    assert (Theme.objects.count(), Series.objects.count()) == (1, 1)
    assert "The theme was not saved." in theme.text


def test_a_second_theme_of_the_same_english_name_is_refused(admin_client):
    admin_client.post("/en/secretariat/themes/new/", {**NAMES, "position": "1"})

    again = admin_client.post("/en/secretariat/themes/new/", {**NAMES, "position": "1"})

    assert again.status_code == 200
    assert again.context["form"].errors == {
        "name_en": ["There is already a theme called “Labour migration”."]
    }
    assert Theme.objects.count() == 1


def test_the_english_name_is_required_and_errors_are_in_the_readers_language(admin_client):
    theme = ThemeFactory(slug="jobs", name_en="Jobs", position=4)

    response = admin_client.post(
        f"/fr/secretariat/themes/{theme.pk}/",
        {"name_en": "", "name_fr": "x" * 121, "slug": "pas un slug", "position": "-1"},
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    with translation.override("fr"):
        assert errors == {
            "name_en": ["Ce champ est obligatoire."],
            "name_fr": [
                "Assurez-vous que cette valeur comporte au plus 120 caractères (actuellement 121)."
            ],
            "slug": [translation.gettext(SLUG_INVALID)],
            "position": ["Assurez-vous que cette valeur est supérieure ou égale à 0."],
        }
    # Django's French catalogue puts a no-break space before the colon
    assert '<a href="#id_name_en">Nom (English)\xa0: Ce champ est obligatoire.</a>' in response.text
    theme.refresh_from_db()
    assert (theme.name_en, theme.slug, theme.position) == ("Jobs", "jobs", 4)


def test_a_missing_theme_or_series_is_not_found(admin_client):
    assert admin_client.get("/en/secretariat/themes/999/").status_code == 404
    assert admin_client.get("/en/secretariat/themes/999/delete/").status_code == 404
    assert admin_client.post("/en/secretariat/series/999/").status_code == 404


# Deleting a theme


@pytest.fixture
def used_theme(db, organisation):
    theme = ThemeFactory(slug="jobs", name_en="Labour migration", name_fr="Migration de travail")
    city, other = CityFactory(), CityFactory()
    CityNeedFactory(city=city, theme=theme)
    CityNeedFactory(city=other, theme=theme)
    CityPotentialFactory(city=city, theme=theme)
    new_proposal(city).themes.add(theme)
    new_meeting(organisation).themes.add(theme)
    new_document().themes.add(theme)
    return theme


USED_MESSAGE = (
    "“Labour migration” is used by 2 city needs, 1 potential, 1 proposal, 1 meeting and "
    "1 evidence document; it cannot be deleted."
)


def test_a_theme_in_use_is_not_deleted_and_the_message_names_the_uses(db, used_theme):
    with pytest.raises(ValidationError) as refused:
        theme_delete(theme=used_theme)

    assert refused.value.messages == [USED_MESSAGE]
    assert Theme.objects.filter(pk=used_theme.pk).exists()


def test_the_delete_page_explains_why_a_theme_in_use_cannot_go(admin_client, used_theme):
    page = admin_client.get(f"/en/secretariat/themes/{used_theme.pk}/delete/")
    response = admin_client.post(f"/en/secretariat/themes/{used_theme.pk}/delete/")

    assert page.context["refusal"] == USED_MESSAGE
    assert 'type="submit"' not in page.text.split('<main id="main"')[1]
    assert response.status_code == 200
    assert response.context["refusal"] == USED_MESSAGE
    assert Theme.objects.filter(pk=used_theme.pk).exists()


def test_a_theme_of_a_good_practice_only_is_in_use_too(db):
    theme = ThemeFactory(slug="jobs", name_en="Jobs")
    GoodPracticeFactory().themes.add(theme)

    with pytest.raises(ValidationError) as refused:
        theme_delete(theme=theme)

    assert refused.value.messages == ["“Jobs” is used by 1 good practice; it cannot be deleted."]


def test_the_uses_are_counted_in_the_same_number_of_queries_for_any_number(db, organisation):
    small, large = ThemeFactory(name_en="Small"), ThemeFactory(name_en="Large")
    for theme, size in ((small, 1), (large, 12)):
        for number in range(size):
            CityNeedFactory(theme=theme)
            new_meeting(organisation, number).themes.add(theme)

    statements = []
    for theme in (small, large):
        with CaptureQueriesContext(connection) as captured, pytest.raises(ValidationError):
            theme_delete(theme=theme)
        statements.append(
            [query["sql"].split()[0] for query in captured if "SAVEPOINT" not in query["sql"]]
        )

    # lock the theme, count its uses (one subquery per kind)
    assert statements == [["SELECT", "SELECT"], ["SELECT", "SELECT"]]


def test_an_unused_theme_is_deleted(admin_client):
    theme = ThemeFactory(slug="jobs", name_en="Jobs", name_fr="Emploi")

    page = admin_client.get(f"/fr/secretariat/themes/{theme.pk}/delete/")
    response = admin_client.post(f"/en/secretariat/themes/{theme.pk}/delete/")

    assert page.context["refusal"] == ""
    assert response.status_code == 302
    assert response["Location"] == "/en/secretariat/themes/"
    assert flashed(response) == ["The theme “Jobs” is deleted."]
    assert not Theme.objects.filter(pk=theme.pk).exists()


# The reference data (the release step) and what the secretariat edited


def release() -> None:
    """What `bin/start release` runs after the migrations."""
    call_command("load_reference_data", stdout=StringIO())
    call_command("suggestions_rebuild", stdout=StringIO())


def test_the_release_step_leaves_an_edited_or_deleted_theme_as_it_is(admin_client):
    release()
    theme = Theme.objects.get(slug="labour-migration-skills")
    gone = Theme.objects.get(slug="data-evidence")
    count = Theme.objects.count()
    admin_client.post(
        f"/en/secretariat/themes/{theme.pk}/",
        {**NAMES, "slug": "labour", "position": "42"},
    )
    admin_client.post(f"/en/secretariat/themes/{gone.pk}/delete/")

    release()

    theme.refresh_from_db()
    assert names_of(theme) == tuple(NAMES.values())
    assert (theme.slug, theme.position) == ("labour", 42)
    assert not Theme.objects.filter(slug="data-evidence").exists()
    assert Theme.objects.count() == count - 1


# Who may use these pages


PAGES = [
    "/en/secretariat/series/",
    "/en/secretariat/series/new/",
    "/en/secretariat/series/{series}/",
    "/en/secretariat/themes/",
    "/en/secretariat/themes/new/",
    "/en/secretariat/themes/{theme}/",
    "/en/secretariat/themes/{theme}/delete/",
]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("role", ["staff_a", "mayor_a", "partner_staff"])
def test_other_roles_are_refused_and_nothing_changes(client, roles, role, path):
    theme = ThemeFactory(slug="jobs", name_en="Jobs")
    series = Series.objects.create(name_en="Summit", slug="summit")
    url = path.format(theme=theme.pk, series=series.pk)
    client.force_login(roles[role])

    get = client.get(url)
    post = client.post(url, {**NAMES, "slug": "x", "position": "1"})

    assert (get.status_code, post.status_code) == (403, 403)
    assert list(Theme.objects.values_list("name_en", flat=True)) == ["Jobs"]
    assert list(Series.objects.values_list("name_en", flat=True)) == ["Summit"]


@pytest.mark.parametrize("path", PAGES)
def test_anonymous_visitors_are_sent_to_sign_in(client, db, path):
    theme = ThemeFactory(slug="jobs", name_en="Jobs")
    series = Series.objects.create(name_en="Summit", slug="summit")
    url = path.format(theme=theme.pk, series=series.pk)

    get = client.get(url)
    post = client.post(url)

    assert get.status_code == post.status_code == 302
    assert get["Location"].startswith("/en/accounts/login/?next=")
    assert Theme.objects.filter(pk=theme.pk).exists()


# Every list runs the same number of queries for 3 rows as for 30


def queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


def test_the_theme_list_runs_a_fixed_number_of_queries(admin_client, organisation):
    def grow(size):
        for number in range(size):
            theme = ThemeFactory()
            CityNeedFactory(theme=theme)
            CityPotentialFactory(theme=theme)
            new_proposal(CityFactory(), number).themes.add(theme)
            new_meeting(organisation, number).themes.add(theme)
            new_document(number).themes.add(theme)

    grow(3)
    small = queries(admin_client, "/en/secretariat/themes/")
    grow(27)
    large = queries(admin_client, "/en/secretariat/themes/")

    # session, user, the themes with their uses
    assert small == large == 3


def test_the_series_list_runs_a_fixed_number_of_queries(admin_client, organisation):
    def grow(size):
        for number in range(size):
            series = Series.objects.create(name_en=f"Series {number}", slug=f"s-{number}-{size}")
            new_meeting(organisation, number, series=series)

    grow(3)
    small = queries(admin_client, "/en/secretariat/series/")
    grow(27)
    large = queries(admin_client, "/en/secretariat/series/")

    # session, user, the series with their meetings counted
    assert small == large == 3


@pytest.mark.parametrize("action", ["delete", "edit"])
def test_a_theme_another_admin_deleted_meanwhile_is_not_found(admin_client, monkeypatch, action):
    """The page was loaded, then another admin deleted the theme before this one's POST
    reached the service: 404, not a server error."""
    from secretariat.views import catalogue

    theme = ThemeFactory(slug="gone", name_en="Gone")
    name = "theme_delete" if action == "delete" else "theme_update"
    service = getattr(catalogue, name)

    def deleted_first(**kwargs):
        Theme.objects.filter(pk=theme.pk).delete()
        return service(**kwargs)

    monkeypatch.setattr(catalogue, name, deleted_first)
    url = f"/en/secretariat/themes/{theme.pk}/" + ("delete/" if action == "delete" else "")
    data = {} if action == "delete" else {"name_en": "Renamed", "slug": "gone", "position": "1"}

    assert admin_client.post(url, data).status_code == 404
