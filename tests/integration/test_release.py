"""The release step (`bin/start release`, what docker-compose runs before every start) on the
real PostgreSQL: what people wrote survives any number of releases."""

import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from cities.models import City, CityNeed, Mayor, PartnerOrganisation, Theme
from meetings.models import Meeting
from partnerships.models import Proposal

pytestmark = pytest.mark.integration


def release(env) -> str:
    done = subprocess.run(
        [str(Path(settings.BASE_DIR) / "bin" / "start"), "release"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_releases_keep_every_edit_and_load_no_demo_content(process_env):
    release(process_env)
    freetown = City.objects.get(slug="freetown")
    freetown.description_en = "Freetown, as its own staff describe it."
    freetown.description_fr = "Freetown, telle que son équipe la décrit."
    freetown.population = 1_300_000
    freetown.save()
    need = CityNeed.objects.create(
        city=freetown,
        theme=Theme.objects.get(slug="climate-mobility"),
        description_en="Early warning for hillside settlements.",
    )
    mayor = Mayor.objects.create(city=freetown, name="A. N. Other", title="mayor", gender="f")
    odi = PartnerOrganisation.objects.get(slug="odi")
    odi.description_en = "ODI, in its own words."
    odi.website = "https://odi.example.org/"
    odi.save()
    edited = (
        list(City.objects.order_by("pk").values()),
        list(CityNeed.objects.order_by("pk").values()),
        list(Mayor.objects.order_by("pk").values()),
        list(PartnerOrganisation.objects.order_by("pk").values()),
        list(Theme.objects.order_by("pk").values()),
    )

    release(process_env)
    release(process_env)

    assert (
        list(City.objects.order_by("pk").values()),
        list(CityNeed.objects.order_by("pk").values()),
        list(Mayor.objects.order_by("pk").values()),
        list(PartnerOrganisation.objects.order_by("pk").values()),
        list(Theme.objects.order_by("pk").values()),
    ) == edited
    assert (
        CityNeed.objects.get(pk=need.pk).description_en == "Early warning for hillside settlements."
    )
    assert list(Mayor.objects.filter(city=freetown).values_list("pk", flat=True)) == [mayor.pk]
    assert (Meeting.objects.count(), Proposal.objects.count()) == (0, 0)
