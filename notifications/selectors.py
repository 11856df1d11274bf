from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Model
from django.utils.translation import gettext as _

from .enums import Topic, default_delivery
from .kinds import KINDS
from .models import Notification, NotificationPreference

PAGE_SIZE = 50


def deliveries_for(*, users, topic: str) -> dict[int, str]:
    """How each person wants to hear about the topic by email (one query)."""
    chosen = dict(
        NotificationPreference.objects.filter(user__in=users, topic=topic).values_list(
            "user_id", "delivery"
        )
    )
    return {user.pk: chosen.get(user.pk, default_delivery(topic)) for user in users}


def preferences_for(user) -> dict[str, str]:
    chosen = dict(user.notification_preferences.values_list("topic", "delivery"))
    return {topic: chosen.get(topic, default_delivery(topic)) for topic in Topic.values}


def notifications_for(*, user):
    return Notification.objects.filter(user=user).select_related("city")


@dataclass(frozen=True)
class Entry:
    notification: Notification
    text: str
    url: str
    gone: bool

    @property
    def full_url(self) -> str:
        return settings.SITE_URL + self.url if self.url else ""


def notification_entries(notifications, *, user) -> list[Entry]:
    """Each notification with its text in the active language and the link to where it is
    done, or marked gone when the reader may no longer open what it is about (then neither
    its title nor its link are shown). One query per kind of object, whatever the count."""
    notifications = list(notifications)
    wanted = defaultdict(set)
    for notification in notifications:
        kind = KINDS.get(notification.kind)
        if kind is not None and kind.model is not None and notification.target_id:
            wanted[kind.model].add(notification.target_id)
    targets: dict[tuple[type[Model], int], Model] = {}
    for model, ids in wanted.items():
        visible = next(k.visible for k in KINDS.values() if k.model is model)
        for obj in visible(user).filter(pk__in=ids):
            targets[(model, obj.pk)] = obj
    entries = []
    for notification in notifications:
        kind = KINDS.get(notification.kind)
        target = None
        if kind is None:
            gone = True
        elif kind.model is not None:
            target = targets.get((kind.model, notification.target_id))
            gone = target is None
        else:
            gone = kind.allowed is not None and not kind.allowed(user)
        if gone:
            entries.append(
                Entry(
                    notification,
                    _("This is about something you can no longer open."),
                    "",
                    True,
                )
            )
        else:
            entries.append(
                Entry(
                    notification,
                    kind.describe(notification, target),
                    kind.url_for(notification, target),
                    False,
                )
            )
    return entries


def people_told(target, *, kind: str) -> int:
    """How many people were told of `kind` about `target` in the product (one query)."""
    meta = target._meta
    return (
        Notification.objects.filter(
            target_type__app_label=meta.app_label,
            target_type__model=meta.model_name,
            target_id=target.pk,
            kind=kind,
        )
        .values("user")
        .distinct()
        .count()
    )
