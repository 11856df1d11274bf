from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import timezone, translation


def render_email(
    template: str,
    context: dict,
    *,
    to: str,
    language: str,
    zone: ZoneInfo | None = None,
    reply_to: list[str] | None = None,
) -> EmailMultiAlternatives:
    """Render emails/<template>_subject.txt and _message.txt (and _message.html where it
    exists) in the recipient's language and time zone. The caller queues the result with
    `email_queue`."""
    with translation.override(language), timezone.override(zone):
        context = {**context, "site_url": settings.SITE_URL}
        subject = " ".join(render_to_string(f"emails/{template}_subject.txt", context).split())
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string(f"emails/{template}_message.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
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
