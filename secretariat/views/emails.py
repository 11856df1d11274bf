"""Email health: the outbox's failed and waiting emails with a readable reason, its recent
delivery rate, and sending failed emails again, one or all."""

from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import TemplateView

from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email
from mayors_dialogue.services import email_link_lost, email_resend_all

from .. import selectors
from .base import SecretariatMixin

PER_PAGE = 50

# What the outbox stores as `last_error` (the repr of an SMTP or socket error, or our own
# sentence), matched in this order to a reason people can act on.
LINK_LOST_MARK = "Its hidden link cannot be read"
REASONS = [
    (
        ("SMTPRecipientsRefused", "5.1.1", "User unknown", "does not exist", "No such user",
         "mailbox unavailable", "Recipient address rejected"),
        "address",
    ),
    (("SMTPAuthenticationError", "535", "Authentication"), "login"),
    (("SMTPSenderRefused", "Sender address rejected"), "sender"),
    (("SSLError", "STARTTLS", "certificate", "TLS"), "tls"),
    (("552", "too large", "size limit", "Message size"), "size"),
    (("554", "spam", "blocked", "policy", "rejected"), "spam"),
    (("421", "450", "451", "452", "try again", "Try again", "temporarily"), "later"),
    (
        ("SMTPServerDisconnected", "SMTPConnectError", "ConnectionRefused", "Connection refused",
         "timed out", "TimeoutError", "gaierror", "Name or service not known",
         "Network is unreachable", "OSError"),
        "unreachable",
    ),
]  # fmt: skip


def reason_text(kind: str) -> str:
    return {
        "link": _(
            "Its link can no longer be read (the site’s secret key changed), so sending it "
            "again would fail again. Send a fresh invitation instead."
        ),
        "address": _(
            "The recipient’s mail server does not know this address: check it for typos or "
            "ask for another one."
        ),
        "login": _("Our mail server refused the platform’s sign-in: check EMAIL_URL."),
        "sender": _("The mail server refused the platform’s sender address."),
        "tls": _("A secure connection to the mail server could not be set up: check EMAIL_URL."),
        "size": _("The message was too large for the recipient’s mail server."),
        "spam": _("The recipient’s mail server rejected the message (spam filter or policy)."),
        "later": _("The recipient’s mail server was busy and asked to try again later."),
        "unreachable": _(
            "Our mail server could not be reached: it was down, or EMAIL_URL points elsewhere."
        ),
        "none": _("No reason was recorded."),
        "other": _("An error we do not recognise: see the details."),
    }[kind]


def failure_reason(last_error: str, *, link_lost: bool = False) -> str:
    """`last_error` as a short reason in the reader's language."""
    if link_lost or last_error.startswith(LINK_LOST_MARK):
        return reason_text("link")
    if not last_error.strip():
        return reason_text("none")
    for marks, kind in REASONS:
        if any(mark in last_error for mark in marks):
            return reason_text(kind)
    return reason_text("other")


@dataclass
class FailedRow:
    email: Email
    reason: str
    link_lost: bool


@dataclass
class WaitingRow:
    email: Email
    stale: bool

    @property
    def being_sent(self) -> bool:
        return self.email.status == EmailStatus.SENDING

    @property
    def waiting_for_broker(self) -> bool:
        return self.email.status == EmailStatus.QUEUED and self.email.publish_next_at is not None

    @property
    def next_try(self):
        """When it is handed to the broker again, or (without one) delivered again."""
        if self.email.status != EmailStatus.QUEUED:
            return None
        return self.email.publish_next_at or self.email.retry_at


def page_href(request, name: str, number: int) -> str:
    query = request.GET.copy()
    query[name] = number
    return "?" + urlencode(sorted(query.items()))


def page_links(request, page, name: str) -> dict:
    return {
        "page": page,
        "previous": page_href(request, name, page.previous_page_number())
        if page.has_previous()
        else "",
        "next": page_href(request, name, page.next_page_number()) if page.has_next() else "",
    }


class EmailHealthView(SecretariatMixin, TemplateView):
    """Fixed queries at any size: the figures (one), and per list its count and its page."""

    template_name = "secretariat/emails.html"

    def get_context_data(self, **kwargs):
        now = timezone.now()
        stale_after = settings.EMAIL_STALE_AFTER_MINUTES
        cutoff = now - timedelta(minutes=stale_after)
        failed = Paginator(selectors.emails_failed(), PER_PAGE).get_page(
            self.request.GET.get("failed")
        )
        waiting = Paginator(selectors.emails_waiting(), PER_PAGE).get_page(
            self.request.GET.get("waiting")
        )
        failed_rows = []
        for email in failed:
            lost = email_link_lost(email)
            failed_rows.append(
                FailedRow(
                    email=email,
                    reason=failure_reason(email.last_error, link_lost=lost),
                    link_lost=lost,
                )
            )
        waiting_rows = [
            WaitingRow(email=email, stale=email.updated_at < cutoff) for email in waiting
        ]
        health = selectors.email_health(now=now)
        return super().get_context_data(
            health=health,
            rates=[(_("Last 24 hours"), health.day), (_("Last 7 days"), health.week)],
            failed=page_links(self.request, failed, "failed"),
            failed_rows=failed_rows,
            waiting=page_links(self.request, waiting, "waiting"),
            waiting_rows=waiting_rows,
            stale_after=stale_after,
            now=now,
            **kwargs,
        )


def back_to_list(request):
    return redirect(reverse("secretariat:emails") + "?" + request.GET.urlencode()
                    if request.GET else reverse("secretariat:emails"))  # fmt: skip


class EmailResendView(SecretariatMixin, View):
    """Send one failed email again (POST); one whose link is lost is left failed, and the
    admin is told what to do instead."""

    http_method_names = ["post"]

    def post(self, request, pk):
        email = get_object_or_404(Email.objects.only("pk", "recipient", "status"), pk=pk)
        result = email_resend_all(ids=[email.pk])
        if result.queued:
            messages.success(
                request,
                _("The email to {recipient} is queued again.").format(recipient=email.recipient),
            )
        elif result.link_lost:
            messages.warning(
                request,
                _(
                    "The email to {recipient} was not sent again: its link can no longer be "
                    "read. Send a fresh invitation from the invitations dashboard."
                ).format(recipient=email.recipient),
            )
        else:
            messages.info(request, _("This email is no longer waiting to be sent again."))
        return back_to_list(request)


class EmailResendAllView(SecretariatMixin, View):
    """Send every failed email again (POST), except those whose link is lost."""

    http_method_names = ["post"]

    def post(self, request):
        result = email_resend_all()
        if result.queued:
            messages.success(
                request,
                ngettext(
                    "{count} email is queued again.",
                    "{count} emails are queued again.",
                    result.queued,
                ).format(count=result.queued),
            )
        if result.link_lost and result.queued:
            lost = ngettext(
                "{count} could not be: its link is lost; send a fresh invitation from the "
                "invitations dashboard.",
                "{count} could not be: their links are lost; send fresh invitations from the "
                "invitations dashboard.",
                result.link_lost,
            )
        elif result.link_lost:
            lost = ngettext(
                "{count} failed email could not be sent again: its link is lost; send a fresh "
                "invitation from the invitations dashboard.",
                "{count} failed emails could not be sent again: their links are lost; send "
                "fresh invitations from the invitations dashboard.",
                result.link_lost,
            )
        if result.link_lost:
            messages.warning(request, lost.format(count=result.link_lost))
        if not result.queued and not result.link_lost:
            messages.info(request, _("No failed email was waiting to be sent again."))
        return back_to_list(request)
