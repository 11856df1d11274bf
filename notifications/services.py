from datetime import datetime, time
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F, Model
from django.utils import timezone, translation

from mayors_dialogue.emails import render_email
from mayors_dialogue.models import User
from mayors_dialogue.services import email_queue

from .enums import Delivery, Topic
from .kinds import kind_for
from .models import DigestSent, Notification, NotificationPreference
from .selectors import deliveries_for, notification_entries

# The digest goes out in the person's morning, in their zone (UTC without one).
MORNING = (time(7), time(12))


def notify(
    *,
    users,
    kind: str,
    target: Model | None = None,
    city=None,
    detail: str = "",
    coalesce: bool = False,
) -> set[int]:
    """Tell each person in the product (the bell), and return the ids of those who want an
    email about it now; the caller sends that email. Those who chose the daily digest get it
    the next morning. With `coalesce`, an unread notice of the same kind, about the same
    thing and city, that no email has carried yet is brought up to date instead of adding
    another (a city changing its answer twice is one notice)."""
    users = list(users)
    if not users:
        return set()
    topic = kind_for(kind).topic
    deliveries = deliveries_for(users=users, topic=topic)
    target_type = ContentType.objects.get_for_model(target) if target is not None else None
    about = {
        "kind": kind,
        "target_type": target_type,
        "target_id": target.pk if target is not None else None,
        "city": city,
    }
    now = timezone.now()
    added = []
    with transaction.atomic():
        refreshed = set()
        if coalesce:
            waiting = Notification.objects.filter(
                user__in=users, read_at=None, digested_at=None, **about
            ).exclude(delivery=Delivery.IMMEDIATELY)
            refreshed = set(waiting.values_list("user_id", flat=True))
            waiting.update(detail=detail, created_at=now)
        for user in users:
            if user.pk in refreshed:
                continue
            added.append(
                Notification(
                    user=user,
                    topic=topic,
                    detail=detail,
                    delivery=deliveries[user.pk],
                    created_at=now,
                    **about,
                )
            )
        Notification.objects.bulk_create(added)
        User.objects.filter(pk__in=[n.user_id for n in added]).update(
            notifications_unread=F("notifications_unread") + 1
        )
    return {n.user_id for n in added if n.delivery == Delivery.IMMEDIATELY}


def notification_read(*, user: User, notification_id: int) -> None:
    """Mark one of the person's notifications read (again: nothing changes)."""
    with transaction.atomic():
        if Notification.objects.filter(pk=notification_id, user=user, read_at=None).update(
            read_at=timezone.now()
        ):
            _unread_recount(user)


def notifications_read_all(*, user: User) -> int:
    with transaction.atomic():
        marked = Notification.objects.filter(user=user, read_at=None).update(read_at=timezone.now())
        _unread_recount(user)
    return marked


def _unread_recount(user: User) -> None:
    user.notifications_unread = Notification.objects.filter(user=user, read_at=None).count()
    User.objects.filter(pk=user.pk).update(notifications_unread=user.notifications_unread)


def notification_preferences_set(*, user: User, deliveries: dict[str, str]) -> None:
    """Save how the person wants to hear about each topic (a topic left out keeps its
    choice). Notices already waiting for a digest keep the choice they were made with."""
    with transaction.atomic():
        for topic, delivery in deliveries.items():
            Topic(topic), Delivery(delivery)  # a code outside the choices is a bug: raise
            NotificationPreference.objects.update_or_create(
                user=user, topic=topic, defaults={"delivery": delivery}
            )


def in_morning(moment: datetime, zone: ZoneInfo) -> bool:
    local = moment.astimezone(zone).time()
    return MORNING[0] <= local < MORNING[1]


def notification_digests_send(*, now: datetime | None = None) -> int:
    """The daily digest sweep (beat, every quarter hour): each person with notices waiting
    for a digest, whose morning it is in their zone, gets one email with all of them, in
    their language. At most one a day: the ledger row (person, local day) is written in the
    transaction that queues the email, and its unique constraint stops a second sweep or a
    parallel beat. Nothing new, no email. Returns how many digests were queued."""
    now = now or timezone.now()
    sent = 0
    waiting = Notification.objects.filter(delivery=Delivery.DAILY, digested_at=None)
    for user in User.objects.filter(pk__in=waiting.values("user"), is_active=True):
        zone = user.zone() or ZoneInfo("UTC")
        if not in_morning(now, zone):
            continue
        day = now.astimezone(zone).date()
        try:
            with transaction.atomic():
                sent += _digest_send(user=user, day=day, now=now)
        except IntegrityError:
            continue  # another sweep has sent today's digest
    return sent


def _digest_send(*, user: User, day, now: datetime) -> int:
    ledger = DigestSent.objects.create(user=user, day=day)
    pending = list(
        Notification.objects.select_for_update(skip_locked=True, of=("self",))
        .filter(user=user, delivery=Delivery.DAILY, digested_at=None)
        .select_related("city")
        .order_by("created_at", "pk")
    )
    if not pending:
        transaction.set_rollback(True)  # no ledger row: a digest may still go out today
        return 0
    Notification.objects.filter(pk__in=[n.pk for n in pending]).update(digested_at=now)
    with translation.override(user.language), timezone.override(user.zone()):
        entries = [entry for entry in notification_entries(pending, user=user) if not entry.gone]
    if not entries:
        return 0  # only things they may no longer see: marked, and no email
    message = render_email(
        "digest",
        {"recipient": user, "entries": entries},
        to=user.email,
        language=user.language,
        zone=user.zone(),
    )
    (ledger.email,) = email_queue(message=message, language=user.language)
    ledger.save(update_fields=["email"])
    return 1
