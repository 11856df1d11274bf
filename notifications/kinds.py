"""The kinds of notification, registered by the apps that own what they are about (from
their `AppConfig.ready()`), so this app never imports them."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Model, QuerySet

from .models import Notification


@dataclass(frozen=True)
class Kind:
    name: str
    topic: str
    # The text in the active language, from the notification and the object it is about
    # (None for a kind about nothing in particular).
    describe: Callable[[Notification, Model | None], str]
    # What the reader may still open: the objects of `model` (None: the kind is about no
    # object, and `allowed(user)` says whether the reader may still see it).
    model: type[Model] | None = None
    visible: Callable[..., QuerySet] | None = None
    allowed: Callable[..., bool] | None = None
    # Where it is done; by default the object's page.
    url: Callable[[Notification, Model | None], str] | None = None

    def url_for(self, notification: Notification, target: Model | None) -> str:
        if self.url is not None:
            return self.url(notification, target)
        return target.get_absolute_url() if target is not None else ""


KINDS: dict[str, Kind] = {}


def notification_kind_register(name: str, **options) -> Kind:
    kind = Kind(name=name, **options)
    KINDS[name] = kind
    return kind


def kind_for(name: str) -> Kind:
    return KINDS[name]
