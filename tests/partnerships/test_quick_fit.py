"""The personal home's "proposals that fit your city", ranked by the database, agree with the
matchmaking computed over every city's profile."""

import pytest

from partnerships.matching import proposals_fitting_city, proposals_fitting_city_quickly
from partnerships.models import Proposal
from tests.factories import CityFactory, CityNeedFactory, CityPotentialFactory, ThemeFactory


@pytest.mark.django_db
def test_the_quick_ranking_is_the_full_one(django_assert_max_num_queries):
    themes = ThemeFactory.create_batch(4)
    viewer = CityFactory(continent="africa")
    CityPotentialFactory(city=viewer, theme=themes[0])
    CityPotentialFactory(city=viewer, theme=themes[1])
    CityNeedFactory(city=viewer, theme=themes[2])
    proposals = []
    for number, (continent, proposal_themes, offers) in enumerate(
        [
            ("europe", [0], []),  # fits one theme, across continents
            ("africa", [0, 1], []),  # fits two themes
            ("europe", [3], [2]),  # offers what the viewer needs
            ("africa", [3], []),  # does not fit
            ("europe", [0, 1], [2]),  # fits everything
        ]
    ):
        city = CityFactory(continent=continent)
        for index in offers:
            CityPotentialFactory(city=city, theme=themes[index])
        proposal = Proposal.objects.create(
            city=city, title_en=f"P{number}", summary_en="x", kind="peer_learning", status="open"
        )
        proposal.themes.set([themes[index] for index in proposal_themes])
        proposals.append(proposal)
    Proposal.objects.create(
        city=viewer, title_en="Own", summary_en="x", kind="peer_learning", status="open"
    ).themes.set([themes[0]])

    full = proposals_fitting_city(
        viewer,
        Proposal.objects.filter(status="open").select_related("city").prefetch_related("themes"),
        limit=3,
    )
    # the viewer's needs and potentials, who has the themes it offers, who offers what it
    # needs, the open proposals' ids and cities, the first three with their themes, and the
    # viewer's and their cities' profiles
    with django_assert_max_num_queries(9):
        quick = proposals_fitting_city_quickly(viewer, limit=3)

    assert [(p.title_en, score, reasons) for p, score, reasons in quick] == [
        (p.title_en, score, reasons) for p, score, reasons in full
    ]
    # 2×3 + 1 across continents; 2×2; then 2×1 + 1, the newest of a tie first
    assert [p.title_en for p, _score, _reasons in quick] == ["P4", "P1", "P2"]
