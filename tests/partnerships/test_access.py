import pytest

from partnerships.models import Proposal


@pytest.mark.parametrize(
    ("role", "status"),
    [("staff_a", 200), ("mayor_a", 200), ("partner_staff", 403), ("admin", 200)],
)
def test_proposing_is_for_people_of_a_city_and_admins(client, roles, role, status):
    client.force_login(roles[role])

    assert client.get("/en/partnerships/proposals/new/").status_code == status


def test_staff_propose_for_their_own_city_only(client, staff_a, city_a, city_b):
    client.force_login(staff_a)
    data = {
        "title_en": "Data partnership",
        "summary_en": "Sharing what works.",
        "city": city_b.pk,
        "status": "open",
        "kind": "peer_learning",
        "themes": [],
    }

    response = client.post("/en/partnerships/proposals/new/", data)

    assert response.status_code == 200
    assert "city" in response.context["form"].errors
    assert not Proposal.objects.exists()


def test_public_partnerships_page_shows_only_agreed_ones(client, city_a, city_b):
    Proposal.objects.create(
        city=city_a, title_en="Agreed one", summary_en="x", kind="joint_project", status="agreed"
    )
    Proposal.objects.create(
        city=city_b, title_en="Still open", summary_en="x", kind="joint_project", status="open"
    )

    html = client.get("/en/partnerships/").text

    assert "Agreed one" in html
    assert "Still open" not in html


@pytest.mark.parametrize("size", [3, 20])
def test_public_partnerships_page_runs_a_fixed_number_of_queries(
    client, city_a, city_b, django_assert_num_queries, size
):
    for number in range(size):
        proposal = Proposal.objects.create(
            city=city_a,
            title_en=f"P{number}",
            summary_en="x",
            kind="joint_project",
            status="agreed",
        )
        proposal.partner_cities.add(city_b)

    # count (20 to a page), proposals, their partner cities, their themes
    with django_assert_num_queries(4):
        response = client.get("/en/partnerships/")

    assert response.text.count('<li class="card">') == size
