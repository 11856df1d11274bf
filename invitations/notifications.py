"""The notifications for the secretariat: someone asked for a fresh invitation link."""

from django.urls import reverse
from django.utils.translation import gettext as _

from notifications.enums import Topic
from notifications.kinds import notification_kind_register

LINK_REQUEST = "link_request"


def register() -> None:
    notification_kind_register(
        LINK_REQUEST,
        topic=Topic.SECRETARIAT,
        describe=lambda n, target: _("{email} asked for a fresh invitation link.").format(
            email=n.detail
        ),
        allowed=lambda user: user.is_staff,
        url=lambda n, target: reverse("invitations:dashboard") + "?state=pending",
    )
