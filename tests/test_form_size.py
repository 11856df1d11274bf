"""Forms stay small however large the dialogue grows: a form that chooses among documents or
cities shows the chosen ones and a search, never the whole library or directory. Each form is
measured on the demo grown twice; its size and its queries must not grow with the library."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from cities.enums import CityStatus
from cities.models import City
from evidence.models import EvidenceDocument
from meetings.models import AgendaItem, Meeting
from partnerships.models import Proposal

PASSWORD = "dialogue-demo-2021"
FORM_AT_MOST = 200 * 1024


def grow(start: int, documents: int, cities: int) -> None:
    EvidenceDocument.objects.bulk_create(
        EvidenceDocument(
            title_en=f"Grown report {number} on labour mobility and remittances",
            doc_type="research_report",
            publication_date=date(2019, 1, 1),
            languages="en",
            external_url=f"https://example.org/reports/{number}",
        )
        for number in range(start, start + documents)
    )
    City.objects.bulk_create(
        City(
            name_en=f"Grown city {number}",
            slug=f"grown-city-{number}",
            country="SN",
            continent="africa",
            timezone="Africa/Dakar",
            status=CityStatus.PARTICIPANT,
        )
        for number in range(start, start + cities)
    )


@pytest.fixture
def demo(db, settings):
    settings.DEBUG = True  # the demo accounts
    call_command("seed_demo", stdout=StringIO())
    grow(0, documents=60, cities=60)
    documents = list(EvidenceDocument.objects.order_by("pk")[:10])
    cities = list(City.objects.public().order_by("pk")[:3])
    meeting = Meeting.objects.filter(organiser__slug="odi", status="scheduled").first()
    AgendaItem.objects.filter(meeting=meeting).delete()
    for position in range(5):
        item = AgendaItem.objects.create(
            meeting=meeting, position=position + 1, title_en=f"Item {position + 1}"
        )
        item.documents.set(documents[position * 2 : position * 2 + 2])
    proposal = Proposal.objects.filter(city__slug="freetown").first()
    proposal.evidence.set(documents[:3])
    proposal.preferred_cities.set(cities)
    document = EvidenceDocument.objects.filter(title_en__startswith="Grown").first()
    document.cities.set(cities)
    return {"meeting": meeting, "proposal": proposal, "document": document}


def forms(demo):
    return [
        ("partner.odi", "/en/meetings/new/"),
        ("partner.odi", f"/en/meetings/{demo['meeting'].pk}/edit/"),
        ("staff.freetown", "/en/partnerships/proposals/new/"),
        ("staff.freetown", f"/en/partnerships/proposals/{demo['proposal'].pk}/edit/"),
        ("admin", "/en/partnerships/proposals/new/"),
        ("partner.odi", "/en/evidence/new/"),
        ("admin", f"/en/evidence/{demo['document'].pk}/edit/"),
    ]


def measure(client, account, path):
    client.logout()
    assert client.login(email=f"{account}@example.org", password=PASSWORD)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(response.content), len(queries)


def test_forms_neither_grow_nor_query_more_with_the_library_and_the_directory(client, demo):
    small = {(a, p): measure(client, a, p) for a, p in forms(demo)}
    grow(1000, documents=400, cities=200)
    large = {(a, p): measure(client, a, p) for a, p in forms(demo)}

    for page, (size, queries) in large.items():
        small_size, small_queries = small[page]
        assert queries == small_queries, page
        assert size - small_size < 100, page  # the same HTML, another CSRF token
        assert size < FORM_AT_MOST, page


def test_a_meeting_edit_shows_the_chosen_documents_only(client, demo):
    assert client.login(email="partner.odi@example.org", password=PASSWORD)

    response = client.get(f"/en/meetings/{demo['meeting'].pk}/edit/")

    chosen = {
        document.title_en
        for item in AgendaItem.objects.filter(meeting=demo["meeting"])
        for document in item.documents.all()
    }
    shown = {
        document.title_en
        for document in EvidenceDocument.objects.all()
        if f"> {escape(document.title_en)}</label>" in response.text
    }
    assert shown == chosen
    assert response.text.count('type="search" name="agenda-') == 7  # 5 items, 1 new, 1 template
