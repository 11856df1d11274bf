"""Which model changes make which cached domain stale (see caching.py). Each app registers
its models from its AppConfig.ready(); bulk updates that bypass signals call
cache_invalidate themselves."""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save

from .caching import cache_invalidate

# domain -> the labels of the models whose changes retire it
DOMAIN_MODELS: dict[str, list[str]] = {}


def cache_domain_register(domain: str, labels: list[str]) -> None:
    """A change to any of these models (a save, a delete, a change of its many-to-many
    relations) retires the domain's cached pages."""
    DOMAIN_MODELS.setdefault(domain, [])
    receiver = _invalidator(domain)
    for label in labels:
        if label in DOMAIN_MODELS[domain]:
            continue
        DOMAIN_MODELS[domain].append(label)
        model = apps.get_model(label)
        uid = f"cache-{domain}-{label}"
        post_save.connect(receiver, sender=model, weak=False, dispatch_uid=f"{uid}-save")
        post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=f"{uid}-delete")
        for field in model._meta.many_to_many:
            m2m_changed.connect(
                receiver, sender=field.remote_field.through, weak=False,
                dispatch_uid=f"{uid}-{field.name}",
            )  # fmt: skip


def cache_invalidate_all() -> None:
    """Retire every domain: after bulk writes that bypass signals (seed_scale) and after the
    data loaders, which write to most domains at once."""
    cache_invalidate(*DOMAIN_MODELS)


def _invalidator(domain: str):
    def invalidate(sender, **kwargs):
        cache_invalidate(domain)

    return invalidate
