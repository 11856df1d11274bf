"""What a city's and a partner's pages list from the other apps: evidence, partnerships as
proposer or partner, meetings coming up and held; only what the reader may open."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from evidence.models import EvidenceDocument
from meetings.models import Meeting
from partnerships.models import Proposal, Support


def document(title, *, visibility="public", **fields):
    return EvidenceDocument.objects.create(
        title_en=title, doc_type="policy_brief", publication_date=date(2025, 5, 1),
        languages="en", visibility=visibility, external_url="https://example.org/d", **fields,
    )  # fmt: skip


def meeting(title, *, days, **fields):
    start = timezone.now() + timedelta(days=days)
    return Meeting.objects.create(
        title_en=title, format="virtual", start=start, end=start + timedelta(hours=2),
        timezone="Africa/Dakar", video_link="https://meet.example.org/m", **fields,
    )  # fmt: skip


@pytest.fixture
def world(city_a, city_b, partner_staff):
    organisation = partner_staff.partner_memberships.get().organisation
    document("Public study", publisher=organisation).cities.add(city_a)
    document(
        "Brief for participants", visibility="participants", publisher=organisation
    ).cities.add(city_a)
    meeting("Next exchange", days=5, organiser=organisation).invited_cities.add(city_a)
    meeting("Last exchange", days=-30, organiser=organisation, status="held").invited_cities.add(
        city_a
    )
    meeting("Closed circle", days=6, organiser=organisation, is_public=False).invited_cities.add(
        city_a
    )
    own = Proposal.objects.create(
        city=city_a, title_en="Our own idea", summary_en="x", kind="peer_learning", status="open"
    )
    Proposal.objects.create(
        city=city_a, title_en="Unfinished draft", summary_en="x", kind="peer_learning",
        status="draft",
    )  # fmt: skip
    partnership = Proposal.objects.create(
        city=city_b, title_en="Shared coast", summary_en="x", kind="joint_project",
        status="agreed",
    )  # fmt: skip
    partnership.partner_cities.add(city_a)
    Support.objects.create(proposal=partnership, organisation=organisation, kind="funding")
    Support.objects.create(proposal=own, organisation=organisation, kind="evidence")
    return organisation


SEEN = {
    # reader: what Alphaville's page lists
    "anon": {"Public study", "Next exchange", "Last exchange", "Shared coast"},
    "staff_b": {
        "Public study", "Brief for participants", "Next exchange", "Last exchange",
        "Shared coast", "Our own idea",
    },
    "staff_a": {
        "Public study", "Brief for participants", "Next exchange", "Last exchange",
        "Closed circle", "Shared coast", "Our own idea", "Unfinished draft",
    },
}  # fmt: skip
EVERYTHING = set().union(*SEEN.values())


@pytest.mark.django_db
@pytest.mark.parametrize("reader", list(SEEN))
def test_a_city_page_lists_only_what_the_reader_may_open(client, roles, world, city_a, reader):
    if reader != "anon":
        client.force_login(roles[reader])

    html = client.get(f"/en/cities/{city_a.slug}/").text

    assert {title for title in EVERYTHING if title in html} == SEEN[reader]


@pytest.mark.django_db
def test_a_city_page_says_how_it_takes_part_and_links_to_the_full_lists(client, world, city_a):
    html = client.get(f"/en/cities/{city_a.slug}/").text

    assert "partner of Betatown" in html
    assert "No evidence yet." not in html
    # everything is shown: no link to a longer list
    assert f'href="/en/evidence/?city={city_a.pk}"' not in html
    assert f'href="/en/meetings/?city={city_a.pk}"' not in html
    coming = html.split("<h3>Coming up</h3>")[1].split("</ul>")[0]
    held = html.split("<h3>Held</h3>")[1].split("</ul>")[0]
    assert "Next exchange" in coming
    assert "Last exchange" in held


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("reader", "seen"),
    [
        ("anon", {"Public study", "Next exchange", "Last exchange", "Shared coast"}),
        ("staff_b", {
            "Public study", "Brief for participants", "Next exchange", "Last exchange",
            "Shared coast", "Our own idea",
        }),
    ],
)  # fmt: skip
def test_a_partner_page_lists_its_publications_meetings_and_support(
    client, roles, world, reader, seen
):
    if reader != "anon":
        client.force_login(roles[reader])

    html = client.get(f"/en/partners/{world.slug}/").text

    assert {title for title in EVERYTHING if title in html} == seen


@pytest.mark.django_db
def test_a_city_with_many_documents_shows_the_latest_few_and_the_count(client, city_a):
    for number in range(12):
        document(f"Study {number:02d}").cities.add(city_a)

    html = client.get(f"/en/cities/{city_a.slug}/").text

    assert "Study 11" in html
    assert "Study 06" not in html
    assert "All 12 documents about the city" in html
    assert f'href="/en/evidence/?city={city_a.pk}"' in html


@pytest.mark.django_db
def test_a_city_with_many_meetings_shows_the_next_and_latest_few_and_the_count(client, city_a):
    for number in range(1, 6):
        meeting(f"Ahead {number}", days=number).invited_cities.add(city_a)
        meeting(f"Behind {number}", days=-number, status="held").invited_cities.add(city_a)

    html = client.get(f"/en/cities/{city_a.slug}/").text

    assert [f"Ahead {n}" in html for n in range(1, 6)] == [True] * 3 + [False] * 2
    assert [f"Behind {n}" in html for n in range(1, 6)] == [True] * 3 + [False] * 2
    assert "All 10 of the city’s meetings" in html
    assert f'href="/en/meetings/?city={city_a.pk}"' in html


@pytest.mark.django_db
def test_the_dossier_lists_the_same_in_the_readers_language(client, world, city_a):
    html = client.get(f"/fr/cities/{city_a.slug}/dossier/").text

    assert "Public study" in html
    assert 'partenaire de <span lang="en">Betatown</span>' in html  # a name written in English
