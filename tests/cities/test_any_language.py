"""Item 1 of "equal languages": a city writes in its own language only, and every page in
every language shows its text, marked with the language it is in."""

import re

import pytest
from django.core import mail
from django.utils import translation

from cities.models import City, CityNeed
from mayors_dialogue.translated import reading_order, text_in
from partnerships.models import Proposal
from tests.factories import CityFactory

from .conftest import profile_post_data

PASSWORD = "a-long-new-password-9"
LINK = re.compile(r"https?://[^\s\"<]+/invitations/accept/([A-Za-z0-9_\-]+)/")

NOUAKCHOTT = {
    "city_name": "Nouakchott",
    "country": "MR",
    "continent": "africa",
    "timezone": "Africa/Nouakchott",
    "name": "Aminetou Mint Ahmed",
    "email": "aminetou@nouakchott.example.org",
    "language": "fr",
}


@pytest.fixture
def nouakchott_staff(client, admin_user, django_capture_on_commit_callbacks):
    """A francophone city invited in French, whose first contact has accepted."""
    client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/en/invitations/city/", NOUAKCHOTT).status_code == 302
    client.logout()
    token = LINK.search(mail.outbox[0].body).group(1)
    response = client.post(
        f"/fr/invitations/accept/{token}/",
        {"display_name": "Aminetou", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response["Location"] == "/fr/cities/nouakchott/edit/"
    return City.objects.get(slug="nouakchott")


def test_a_francophone_city_completes_its_profile_in_french_only(
    client, nouakchott_staff, theme_jobs
):
    city = nouakchott_staff
    assert (city.name_fr, city.original_language, city.working_language) == (
        "Nouakchott",
        "fr",
        "fr",
    )
    assert not city.name_en
    editor = client.get("/fr/cities/nouakchott/edit/").text
    # The form opens in French, the city's working language; English is one option among four.
    assert re.search(r'<legend><span lang="fr">Français</span></legend>', editor)
    assert "(requis)" not in editor
    assert "Requis dans au moins une langue." in editor
    data = profile_post_data(city)
    data.update(
        description_fr="Capitale au bord de l’Atlantique, ville d’accueil et de transit.",
        population="1315000",
        **{
            "needs-TOTAL_FORMS": "1",
            "needs-0-theme": theme_jobs.pk,
            "needs-0-description_fr": "Formation professionnelle des jeunes arrivants.",
        },
    )

    response = client.post("/fr/cities/nouakchott/edit/", data)

    assert response.status_code == 302, response.context["form"].errors
    city.refresh_from_db()
    assert (city.description_fr, city.population) == (
        "Capitale au bord de l’Atlantique, ville d’accueil et de transit.",
        1315000,
    )
    assert not city.description_en
    need = CityNeed.objects.get(city=city)
    assert (need.description_fr, need.original_language) == (
        "Formation professionnelle des jeunes arrivants.",
        "fr",
    )
    assert not need.description_en
    city.status = "participant"
    city.save()
    english = client.get("/en/cities/nouakchott/").text
    assert (
        '<span lang="fr">Capitale au bord de l’Atlantique, ville d’accueil et de transit.</span>'
        in english
    )
    assert '<span lang="fr">Formation professionnelle des jeunes arrivants.</span>' in english
    french = client.get("/fr/cities/nouakchott/").text
    assert "<p>Capitale au bord de l’Atlantique" in french or ">Capitale au bord" in french
    assert '<span lang="fr">Capitale' not in french
    # The panel suggests translations; it does not count them as missing.
    panel = client.get("/en/cities/nouakchott/").context["completeness"]
    assert "Name" not in [str(label) for label in panel.translation_suggestions.get("en", [])]
    assert "Short description" in [str(x) for x in panel.translation_suggestions["en"]]


def test_a_text_in_no_language_at_all_is_refused_on_the_working_language(client, nouakchott_staff):
    data = profile_post_data(nouakchott_staff)
    data["name_fr"] = ""

    response = client.post("/fr/cities/nouakchott/edit/", data)

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["name_fr"] == ["Écrivez ce texte dans au moins une des quatre langues."]
    assert errors["description_fr"] == ["Écrivez ce texte dans au moins une des quatre langues."]
    nouakchott_staff.refresh_from_db()
    assert nouakchott_staff.name_fr == "Nouakchott"


def test_reading_order_is_the_readers_then_the_original_then_the_others():
    assert reading_order("de", "pt") == ["de", "pt", "en", "fr"]
    assert reading_order("fr", "fr") == ["fr", "en", "de", "pt"]
    assert reading_order("xx", "") == ["en", "de", "fr", "pt"]


def test_a_text_only_in_portuguese_shows_on_every_page_in_every_language(client, make_meeting):
    city = CityFactory(name_en="", name_pt="Maputo", slug="maputo-pt")
    meeting = make_meeting(
        title_en="", title_pt="Reunião sobre mobilidade", cities=[city], is_public=True
    )
    proposal = Proposal.objects.create(
        city=city,
        title_en="",
        title_pt="Parceria de formação",
        summary_pt="Resumo",
        kind="joint_project",
        status="agreed",
    )
    assert (city.original_language, meeting.original_language) == ("pt", "pt")
    for language in ["en", "de", "fr", "pt"]:
        for obj, text in [
            (city, "Maputo"),
            (meeting, "Reunião sobre mobilidade"),
            (proposal, "Parceria de formação"),
        ]:
            with translation.override(language):
                url = obj.get_absolute_url()
            page = client.get(url).text
            marked = f'<span lang="pt">{text}</span>'
            if language == "pt":
                assert text in page, url
                assert marked not in page, url
            else:
                assert marked in page, url
            assert not re.search(r"<h1[^>]*>\s*</h1>", page), url
    with translation.override("de"):
        assert text_in(meeting, "title") == ("Reunião sobre mobilidade", "pt")
        assert str(meeting) == "Reunião sobre mobilidade"


@pytest.mark.django_db
def test_the_original_language_comes_before_english_for_another_reader():
    city = CityFactory(
        name_en="Lisbon", name_pt="Lisboa", description_en="", description_pt="Cidade."
    )
    city.original_language = "pt"
    city.save()
    with translation.override("de"):
        assert text_in(city, "name") == ("Lisboa", "pt")
    city.name_pt = ""
    city.description_pt = ""
    city.description_en = "City."
    city.save()
    # Its original text is gone: it now counts as written in English.
    assert city.original_language == "en"


def test_the_citys_working_language_opens_its_forms_for_everyone(client, staff_a, city_a):
    city_a.working_language = "pt"
    city_a.save()
    client.force_login(staff_a)  # who reads English

    editor = client.get(f"/en/cities/{city_a.slug}/edit/").text

    assert re.search(r'<legend><span lang="pt">Português</span></legend>', editor)
    assert ">Each person’s own language</option>" in editor


def test_an_organisation_sets_its_working_language(client, partner_staff):
    organisation = partner_staff.partner_memberships.get().organisation
    client.force_login(partner_staff)
    data = {
        f"{base}_{code}": getattr(organisation, f"{base}_{code}") or ""
        for base in ("name", "description")
        for code in ("en", "de", "fr", "pt")
    }
    data.update(working_language="de", acronym="", website="")

    response = client.post(f"/en/partners/{organisation.slug}/edit/", data)

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.working_language == "de"
    editor = client.get(f"/en/partners/{organisation.slug}/edit/").text
    assert re.search(r'<legend><span lang="de">Deutsch</span></legend>', editor)
