"""Choosing documents and cities among many: a search that works without JavaScript, shows at
most a page of matches, keeps everything entered, saves nothing, and finds only what the form
may choose."""

import re
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cities.enums import CityStatus
from cities.models import City, PartnerOrganisation
from evidence.models import EvidenceDocument
from meetings.models import AgendaItem, Meeting
from partnerships.models import Proposal
from tests.evidence.conftest import text_pdf, upload_data
from tests.factories import CityFactory, PartnerMembershipFactory
from tests.meetings.conftest import meeting_post_data


@pytest.fixture
def library(db):
    return EvidenceDocument.objects.bulk_create(
        EvidenceDocument(
            title_en=f"Remittance corridors {number}",
            doc_type="research_report",
            publication_date=date(2000 + number % 20, 1, 1),
            languages="en",
            external_url=f"https://example.org/{number}",
        )
        for number in range(60)
    )


@pytest.fixture
def directory(db):
    cities = City.objects.bulk_create(
        City(
            name_en=f"Harbour town {number}",
            slug=f"harbour-town-{number}",
            country="SN",
            continent="africa",
            timezone="Africa/Dakar",
            status=CityStatus.PARTICIPANT,
        )
        for number in range(50)
    )
    CityFactory(name_en="Harbour town invited", status=CityStatus.INVITED)
    return cities


@pytest.fixture
def odi_staff(db):
    return PartnerMembershipFactory(organisation__slug="odi").user


def agenda_row(**fields) -> dict:
    data = {
        "agenda-TOTAL_FORMS": "1",
        "agenda-INITIAL_FORMS": "0",
        "agenda-0-position": "1",
        "agenda-0-title_en": "Corridors",
    }
    data.update({f"agenda-0-{name}": value for name, value in fields.items()})
    for code in ["de", "fr", "pt"]:
        data[f"agenda-0-title_{code}"] = ""
    return data


def labels(html: str, name: str) -> list[str]:
    """The options of a chooser as shown: the label text of each checkbox or radio."""
    pattern = rf'<input type="(?:checkbox|radio)" name="{re.escape(name)}" value="[^"]*" id="[^"]+"( checked)?> ([^<]+)</label>'
    return [label for _checked, label in re.findall(pattern, html)]


def test_a_search_shows_a_page_of_matches_keeps_the_form_and_saves_nothing(
    client, odi_staff, library
):
    client.force_login(odi_staff)
    data = meeting_post_data(
        title_en="Corridors of remittances",
        organiser=odi_staff.partner_memberships.get().organisation.pk,
        **agenda_row(**{"documents-search": "corridors 4"}),
        _choose="agenda-0-documents",
    )
    data["day"] = ""  # not valid yet: a search does not say so

    response = client.post("/en/meetings/new/", data)

    assert response.status_code == 200
    assert not Meeting.objects.exists()
    assert 'value="Corridors of remittances"' in response.text
    assert "The meeting was not saved" not in response.text
    newest_first = sorted(library, key=lambda d: (d.publication_date, d.pk), reverse=True)
    assert labels(response.text, "agenda-0-documents") == [
        document.title_en for document in newest_first if "4" in document.title_en
    ]  # every word matched, the newest first
    assert 'value="corridors 4"' in response.text
    assert "Tick the ones to add, then save." in response.text


def test_more_matches_than_a_page_say_so(client, odi_staff, library):
    client.force_login(odi_staff)
    data = meeting_post_data(**agenda_row(**{"documents-search": "remittance"}))
    data["_choose"] = "agenda-0-documents"

    response = client.post("/en/meetings/new/", data)

    assert len(labels(response.text, "agenda-0-documents")) == 20
    assert "Only the first 20 matches are shown" in response.text


def test_a_document_found_and_ticked_is_saved(client, odi_staff, library):
    client.force_login(odi_staff)
    wanted = library[17]
    data = meeting_post_data(
        organiser=odi_staff.partner_memberships.get().organisation.pk,
        **agenda_row(documents=[wanted.pk]),
    )

    response = client.post("/en/meetings/new/", data)

    assert response.status_code == 302
    assert list(AgendaItem.objects.get().documents.all()) == [wanted]


def test_chosen_documents_stay_chosen_and_out_of_the_results(client, odi_staff, library):
    client.force_login(odi_staff)
    data = meeting_post_data(
        **agenda_row(documents=[library[19].pk], **{"documents-search": "corridors 19"})
    )
    data["_choose"] = "agenda-0-documents"

    response = client.post("/en/meetings/new/", data)

    assert labels(response.text, "agenda-0-documents") == ["Remittance corridors 19"]
    assert f'value="{library[19].pk}" id="id_agenda-0-documents_0" checked>' in (response.text)
    assert "Nothing matches “corridors 19”." in response.text


def test_search_words_are_taken_literally_and_cut_to_100_characters(client, odi_staff, library):
    client.force_login(odi_staff)
    for query in ["%", "_", "corridors" + "x" * 5000, "\u200b", "' OR 1=1 --"]:
        data = meeting_post_data(**agenda_row(**{"documents-search": query}))
        data["_choose"] = "agenda-0-documents"

        response = client.post("/en/meetings/new/", data)

        assert response.status_code == 200
        assert labels(response.text, "agenda-0-documents") == []
    assert 'maxlength="100"' in response.text


def test_a_tampered_document_id_is_a_field_error(client, odi_staff, library):
    client.force_login(odi_staff)
    data = meeting_post_data(
        organiser=odi_staff.partner_memberships.get().organisation.pk,
        **agenda_row(documents=["99999999999999999999999", "x"]),
    )

    response = client.post("/en/meetings/new/", data)

    assert response.status_code == 200
    assert response.context["agenda"].forms[0].errors["documents"]
    assert not Meeting.objects.exists()


def test_the_host_city_is_one_choice_found_by_name_in_any_language(client, odi_staff, directory):
    City.objects.filter(slug="harbour-town-7").update(name_fr="Port-sept")
    client.force_login(odi_staff)
    data = meeting_post_data(
        format="in_person", video_link="", venue="Town hall", _choose="host_city"
    )
    data["host_city-search"] = "port-sept"

    response = client.post("/en/meetings/new/", data)

    assert labels(response.text, "host_city") == ["No host city", "Harbour town 7"]
    assert '<input type="radio" name="host_city" value="" id="id_host_city_none" checked>' in (
        response.text
    )


def test_preferred_cities_are_searched_among_participating_cities_only(client, staff_a, directory):
    client.force_login(staff_a)
    data = {"title_en": "Ports", "_choose": "preferred_cities"}
    data["preferred_cities-search"] = "harbour town"

    response = client.post("/en/partnerships/proposals/new/", data)

    shown = labels(response.text, "preferred_cities")
    assert len(shown) == 20
    assert "Harbour town invited" not in shown
    assert not Proposal.objects.exists()
    assert 'value="Ports"' in response.text


def test_own_city_is_chosen_already_when_there_is_one(client, staff_a, city_a):
    client.force_login(staff_a)

    response = client.get("/en/partnerships/proposals/new/")

    assert f'name="city" value="{city_a.pk}" id="id_city_0" checked>' in response.text


def test_short_lists_are_shown_whole(client, odi_staff):
    PartnerOrganisation.objects.bulk_create(
        PartnerOrganisation(name_en=f"Network {n}", slug=f"network-{n}") for n in range(5)
    )
    client.force_login(odi_staff)

    response = client.get("/en/meetings/new/")

    assert (
        len(labels(response.text, "invited_organisations")) == PartnerOrganisation.objects.count()
    )
    assert 'name="invited_organisations-search"' not in response.text


def test_a_file_chosen_before_a_search_is_kept(client, partner_staff, directory):
    client.force_login(partner_staff)
    data = upload_data(title_en="Harbour note", _choose="cities")
    data["cities-search"] = "harbour town 37"
    data["file"] = SimpleUploadedFile(
        "note.pdf", text_pdf("Harbour note", "Words."), content_type="application/pdf"
    )

    response = client.post("/en/evidence/new/", data)

    assert response.status_code == 200
    assert "File kept: <strong>note.pdf</strong>" in response.text
    assert labels(response.text, "cities") == ["Harbour town 37"]
    assert not EvidenceDocument.objects.exists()


def test_the_search_speaks_the_readers_language(client, odi_staff, library):
    client.force_login(odi_staff)
    data = meeting_post_data(**agenda_row(**{"documents-search": "zzz"}))
    data["_choose"] = "agenda-0-documents"

    response = client.post("/fr/meetings/new/", data)

    assert "Rien ne correspond à « zzz »." in response.text
    assert ">Rechercher</button>" in response.text
    assert "Trouver un document par son titre" in response.text
