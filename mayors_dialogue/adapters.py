from datetime import datetime

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_str
from django.utils.translation import gettext as _

from .emails import sender
from .formats import datetime_in_zone
from .models import User, reader_zone
from .services import email_queue


class AccountAdapter(DefaultAccountAdapter):
    """allauth, the way the dialogue runs it: nobody signs up on their own (accounts come
    from invitations and admins), and every account email is rendered in the recipient's
    language and time zone and delivered through the outbox and Celery."""

    def is_open_for_signup(self, request):
        return False

    def get_login_redirect_url(self, request):
        with translation.override(request.user.language):
            return reverse(settings.LOGIN_REDIRECT_URL)

    def add_message(self, request, level, message_template=None, *args, **kwargs):
        """The welcome after signing in is read on the page the person lands on, which is in
        their own language (`get_login_redirect_url`), whatever the sign-in page's."""
        user = getattr(request, "user", None)
        if message_template == "account/messages/logged_in.txt" and user and user.is_authenticated:
            with translation.override(user.language):
                return super().add_message(request, level, message_template, *args, **kwargs)
        return super().add_message(request, level, message_template, *args, **kwargs)

    def get_from_email(self):
        """The platform's name as sender, in the recipient's language (active)."""
        return sender()

    def format_email_subject(self, subject):
        """The platform's name before the subject, in the recipient's language (active)."""
        return "[{name}] {subject}".format(name=_("Mayors Dialogue"), subject=force_str(subject))

    def send_mail(self, template_prefix, email, context):
        user = context.get("user")
        if not isinstance(user, User):
            user = User.objects.filter(email__iexact=email).first()
        language = user.language if user else translation.get_language()
        request = allauth_context.request
        ctx = {
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
            "site_url": settings.SITE_URL,
            **context,
        }
        # allauth's own templates are overridden in templates/account/email/: the dialogue's
        # greeting, wording and signature, whole in the recipient's language.
        zone = reader_zone(user) if user else None
        with translation.override(language), timezone.override(zone):
            ctx["home_url"] = settings.SITE_URL + reverse("home")
            moments = {
                key: datetime_in_zone(value, zone)
                for key, value in ctx.items()
                if isinstance(value, datetime)
            }
            ctx.update(moments)
            message = self.render_mail(template_prefix, email, ctx)
        # the links that let someone in are kept out of the stored outbox body
        secrets = [ctx[key] for key in ("password_reset_url", "activate_url") if ctx.get(key)]
        email_queue(message=message, language=language, secrets=secrets)
