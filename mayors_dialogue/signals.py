"""Which model changes make which cached domain stale (see caching.py). Bulk updates that
bypass signals call cache_invalidate themselves."""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save

from .caching import cache_invalidate

DOMAIN_MODELS = {
    "directory": [
        "cities.City",
        "cities.CityNeed",
        "cities.CityPotential",
        "cities.GoodPractice",
        "cities.Mayor",
        "cities.Theme",
        "cities.PartnerOrganisation",
    ],
    "library": ["evidence.EvidenceDocument"],
    "proposals": [
        "partnerships.Proposal",
        "partnerships.Transition",
        "partnerships.Interest",
        "partnerships.Confirmation",
        "partnerships.Comment",
        "partnerships.Support",
    ],
    # What a personal calendar feed holds: the meetings, and whose city or organisation
    # a person belongs to.
    "meetings": [
        "meetings.Meeting",
        "meetings.AgendaItem",
        "meetings.RSVP",
        "meetings.Series",
        "cities.CityMembership",
        "cities.PartnerMembership",
    ],
    # Who works where: what a signed-in person's cached pages are made for.
    "people": ["cities.CityMembership", "cities.PartnerMembership"],
}


def cache_invalidate_all() -> None:
    """Retire every domain: after bulk writes that bypass signals (seed_scale) and after the
    data loaders, which write to most domains at once."""
    cache_invalidate(*DOMAIN_MODELS)


def _invalidator(domain: str):
    def invalidate(sender, **kwargs):
        cache_invalidate(domain)

    return invalidate


def connect() -> None:
    for domain, labels in DOMAIN_MODELS.items():
        receiver = _invalidator(domain)
        for label in labels:
            model = apps.get_model(label)
            uid = f"cache-{domain}-{label}"
            post_save.connect(receiver, sender=model, weak=False, dispatch_uid=f"{uid}-save")
            post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=f"{uid}-delete")
            for field in model._meta.many_to_many:
                m2m_changed.connect(
                    receiver, sender=field.remote_field.through, weak=False,
                    dispatch_uid=f"{uid}-{field.name}",
                )  # fmt: skip
