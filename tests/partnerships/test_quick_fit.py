"""The "proposals that fit" a city (its page, its people's home), as kept in the database,
agree with the matchmaking computed over every city's profile, and stay so through every kind
of change, each refreshed by the task its signals enqueue on commit."""

import random

import pytest

from cities.models import City, CityNeed, CityPotential
from partnerships.fitting import fitting_kept
from partnerships.matching import proposals_fitting_city
from partnerships.models import FittingProposal, Proposal
from partnerships.suggestions import suggestions_rebuild
from tests.factories import CityFactory, CityNeedFactory, CityPotentialFactory, ThemeFactory


@pytest.mark.django_db
def test_the_kept_ranking_is_the_full_one(django_assert_max_num_queries):
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
    suggestions_rebuild()
    # its kept rows, those proposals with their themes, and the viewer's and their cities'
    # needs and potentials
    with django_assert_max_num_queries(5):
        quick = fitting_kept(viewer, limit=3)

    assert [(p.title_en, score, reasons) for p, score, reasons in quick] == [
        (p.title_en, score, reasons) for p, score, reasons in full
    ]
    # 2×3 + 1 across continents; 2×2; then 2×1 + 1, the newest of a tie first
    assert [p.title_en for p, _score, _reasons in quick] == ["P4", "P1", "P2"]


def as_rows(found):
    return [(proposal.pk, score, reasons) for proposal, score, reasons in found]


def full(city):
    open_proposals = Proposal.objects.filter(status="open").select_related("city")
    return proposals_fitting_city(city, open_proposals.prefetch_related("themes"), limit=5)


def stored():
    return set(FittingProposal.objects.values_list("city_id", "position", "proposal_id", "score"))


def test_each_change_refreshed_by_its_task_keeps_the_full_ranking(
    directory, django_capture_on_commit_callbacks
):
    cities, themes = directory
    rng = random.Random(23)  # noqa: S311 -- repeatable test data
    proposals = []
    for number in range(30):
        proposal = Proposal.objects.create(
            city=rng.choice(cities), title_en=f"P{number}", summary_en="x",
            kind="peer_learning", status=rng.choice(["open", "open", "discussion"]),
        )  # fmt: skip
        proposal.themes.set(rng.sample(themes, rng.randint(1, 3)))
        proposals.append(proposal)
    suggestions_rebuild()

    for _ in range(60):
        kind = rng.choice(["status", "themes", "new", "delete", "offer", "need", "continent"])
        with django_capture_on_commit_callbacks(execute=True):
            if kind == "status":
                proposal = rng.choice(proposals)
                proposal.status = "open" if proposal.status != "open" else "agreed"
                proposal.save()
            elif kind == "themes":
                rng.choice(proposals).themes.set(rng.sample(themes, rng.randint(1, 3)))
            elif kind == "new":
                proposal = Proposal.objects.create(
                    city=rng.choice(cities), title_en="New", summary_en="x",
                    kind="peer_learning", status="open",
                )  # fmt: skip
                proposal.themes.set(rng.sample(themes, 2))
                proposals.append(proposal)
            elif kind == "delete" and len(proposals) > 5:
                proposals.pop(rng.randrange(len(proposals))).delete()
            elif kind in ("offer", "need"):
                model = CityPotential if kind == "offer" else CityNeed
                city, theme = rng.choice(cities), rng.choice(themes)
                row = model.objects.filter(city=city, theme=theme).first()
                row.delete() if row else model.objects.create(city=city, theme=theme)
            elif kind == "continent":
                city = rng.choice(cities)
                city.continent = "europe" if city.continent == "africa" else "africa"
                city.save()
        refreshed = stored()
        suggestions_rebuild()
        assert refreshed == stored(), kind

    for city in City.objects.all():
        assert as_rows(fitting_kept(city)) == as_rows(full(city)), city
