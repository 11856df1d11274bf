from email.utils import parseaddr
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

SUBJECT_LENGTH = 255  # Email.subject


def shortened(text: str, length: int) -> str:
    """The text, cut at a word with "…" if it is longer than `length`."""
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[length // 2 :] else cut) + "…"


def sender() -> str:
    """The From address, with the platform's name in the active language (a name set in
    DJANGO_DEFAULT_FROM_EMAIL other than the default is kept as it is)."""
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    if name == "Mayors Dialogue":
        name = _("Mayors Dialogue")
    return f"{name} <{address}>" if name else address


def render_email(
    template: str,
    context: dict,
    *,
    to: str,
    language: str,
    zone: ZoneInfo | None = None,
    reply_to: list[str] | None = None,
) -> EmailMultiAlternatives:
    """Render emails/<template>_subject.txt and _message.txt as plain text (nothing escaped;
    a subject longer than the outbox keeps is shortened) and _message.html where it exists,
    in the recipient's language and time zone. The caller queues the result with
    `email_queue`."""
    with translation.override(language), timezone.override(zone):
        context = {
            **context,
            "site_url": settings.SITE_URL,
            # The platform's address in the recipient's language, for the signature.
            "home_url": settings.SITE_URL + reverse("home"),
            "preferences_url": settings.SITE_URL + reverse("preferences") + "#email",
            "notifications_url": settings.SITE_URL + reverse("notifications:list"),
        }
        subject = " ".join(
            render_to_string(f"emails/{template}_subject.txt", context, using="text").split()
        )
        message = EmailMultiAlternatives(
            subject=shortened(subject, SUBJECT_LENGTH),
            body=render_to_string(f"emails/{template}_message.txt", context, using="text"),
            from_email=sender(),
            to=[to],
            reply_to=reply_to or settings.EMAIL_REPLY_TO,
        )
        try:
            html = render_to_string(f"emails/{template}_message.html", context)
        except TemplateDoesNotExist:
            html = None
        if html:
            message.attach_alternative(html, "text/html")
    return message
