from io import StringIO

from django.core.cache import cache
from django.core.management import call_command

from mayors_dialogue.caching import cache_version

DOMAINS = ["directory", "meetings", "proposals", "library", "people"]


def test_seed_scale_retires_every_cached_domain(db, django_capture_on_commit_callbacks):
    call_command("load_reference_data", stdout=StringIO())
    before = {domain: cache_version(domain) for domain in DOMAINS}

    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "seed_scale", "--cities=40", "--users=40", "--meetings=40", "--proposals=40",
            "--documents=40", stdout=StringIO(),
        )  # fmt: skip

    assert {
        domain for domain in DOMAINS if cache.get(f"version:{domain}") == before[domain]
    } == set()
