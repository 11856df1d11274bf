"""Every view of the platform under every role, GET and POST, against an explicit expected
status. A view without an entry here fails the test (allauth's account pages and the Django
admin are the libraries' own and are left out).

Codes: 200 shown, 302 redirect (to the login page for anonymous visitors, or after an
action), 403 may see but not do, 404 may not even see, 405 method not allowed. POSTs send no
data; each request runs in a transaction that is rolled back, so none changes the next.
"""

from datetime import UTC, datetime

import pytest
from django.core import signals
from django.core.files.base import ContentFile
from django.db import close_old_connections, transaction
from django.http import FileResponse
from django.urls import URLResolver, get_resolver, reverse
from django.utils import translation

from evidence.models import EvidenceDocument
from evidence.pdf import text_pdf
from invitations.models import InvitationBatch
from invitations.services import invitation_create, outreach_request
from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email
from mayors_dialogue.services import email_message
from meetings.models import CalendarFeed, Meeting, Series
from meetings.services import rsvp_set
from partnerships.models import Proposal
from tests.factories import CityFactory, ThemeFactory

ROLES = ["anon", "staff_a", "staff_b", "mayor_a", "partner", "admin"]
OUR_APPS = {
    "mayors_dialogue", "cities", "notifications", "invitations", "meetings", "partnerships",
    "evidence", "pages", "atlas", "secretariat",
}  # fmt: skip


def expect(anon, staff_a, staff_b, mayor_a, partner, admin):
    return dict(zip(ROLES, (anon, staff_a, staff_b, mayor_a, partner, admin), strict=True))


ALL = lambda code: expect(*[code] * 6)  # noqa: E731 -- a short table helper
SIGNED_IN = expect(302, 200, 200, 200, 200, 200)
ADMINS = expect(302, 403, 403, 403, 403, 200)
CITY_A_EDITORS = expect(302, 200, 403, 200, 403, 200)
PARTNER_AND_ADMINS = expect(302, 403, 403, 403, 200, 200)

# name: (GET, POST)
MATRIX = {
    "home": (ALL(200), ALL(405)),
    "health": (ALL(200), ALL(200)),
    "readiness": (ALL(200), ALL(405)),
    "ping": (ALL(200), ALL(200)),
    "set_language": (ALL(405), ALL(302)),
    "public_media": (ALL(404), ALL(404)),
    "preferences": (SIGNED_IN, SIGNED_IN),
    "me": (SIGNED_IN, SIGNED_IN | dict.fromkeys(ROLES[1:], 405)),
    "email_resend": (
        SIGNED_IN | dict.fromkeys(ROLES[1:], 405),
        ADMINS | {"admin": 302},
    ),
    "notifications:list": (SIGNED_IN, SIGNED_IN | dict.fromkeys(ROLES[1:], 405)),
    # a partner's notification: everyone else is told it does not exist
    "notifications:open": (
        expect(302, 404, 404, 404, 302, 404),
        SIGNED_IN | dict.fromkeys(ROLES[1:], 405),
    ),
    "notifications:read_all": (
        SIGNED_IN | dict.fromkeys(ROLES[1:], 405),
        SIGNED_IN | dict.fromkeys(ROLES[1:], 302),
    ),
    "cities:list": (ALL(200), ALL(405)),
    "cities:export": (ADMINS, ADMINS | {"admin": 405}),
    "cities:detail": (ALL(200), ALL(405)),
    "cities:dossier": (ALL(200), ALL(405)),
    "cities:edit": (CITY_A_EDITORS, CITY_A_EDITORS),
    "cities:invite": (expect(302, 200, 403, 403, 403, 200), expect(302, 200, 403, 403, 403, 200)),
    "partners:list": (ALL(200), ALL(405)),
    "partners:detail": (ALL(200), ALL(405)),
    "partners:edit": (PARTNER_AND_ADMINS, PARTNER_AND_ADMINS),
    "partners:invite": (PARTNER_AND_ADMINS, PARTNER_AND_ADMINS),
    "invitations:dashboard": (ADMINS, ADMINS | {"admin": 405}),
    "invitations:invite_city": (ADMINS, ADMINS),
    "invitations:resend": (ADMINS | {"admin": 405}, ADMINS | {"admin": 302}),
    "invitations:revoke": (ADMINS | {"admin": 405}, ADMINS | {"admin": 302}),
    "invitations:outreach_done": (ADMINS | {"admin": 405}, ADMINS | {"admin": 302}),
    "invitations:accept": (ALL(200), ALL(200)),
    "invitations:fresh_link": (ALL(405), ALL(200)),
    "meetings:index": (ALL(200), ALL(405)),
    "meetings:mine": (SIGNED_IN, SIGNED_IN | dict.fromkeys(ROLES[1:], 405)),
    "meetings:feed_reset": (
        SIGNED_IN | dict.fromkeys(ROLES[1:], 405),
        SIGNED_IN | dict.fromkeys(ROLES[1:], 302),
    ),
    "meetings:summit": (ALL(200), ALL(405)),
    "meetings:create": (PARTNER_AND_ADMINS, PARTNER_AND_ADMINS),
    "meetings:grid": (PARTNER_AND_ADMINS, PARTNER_AND_ADMINS | {"partner": 405, "admin": 405}),
    "meetings:feed": (ALL(200), ALL(405)),
    "meetings:detail": (ALL(200), ALL(405)),
    "meetings:edit": (PARTNER_AND_ADMINS, PARTNER_AND_ADMINS),
    "meetings:cancel": (
        PARTNER_AND_ADMINS | {"partner": 405, "admin": 405},
        PARTNER_AND_ADMINS | {"partner": 302, "admin": 302},
    ),
    # outcomes are optional, so an empty POST saves and redirects
    "meetings:outcomes": (PARTNER_AND_ADMINS, PARTNER_AND_ADMINS | {"partner": 302, "admin": 302}),
    "meetings:rsvp": (expect(302, 405, 403, 405, 403, 405), expect(302, 302, 403, 302, 403, 302)),
    "meetings:calendar": (ALL(200), ALL(405)),
    "meetings:attendance_export": (
        PARTNER_AND_ADMINS,
        PARTNER_AND_ADMINS | {"partner": 405, "admin": 405},
    ),
    "partnerships:index": (ALL(200), ALL(405)),
    "partnerships:proposals": (SIGNED_IN, SIGNED_IN | dict.fromkeys(ROLES[1:], 405)),
    "partnerships:create": (
        expect(302, 200, 200, 200, 403, 200),
        expect(302, 200, 200, 200, 403, 200),
    ),
    "partnerships:detail": (
        expect(404, 200, 200, 200, 200, 200),
        expect(404, 405, 405, 405, 405, 405),
    ),
    "partnerships:edit": (
        expect(404, 200, 403, 200, 403, 200),
        expect(404, 200, 403, 200, 403, 200),
    ),
    "partnerships:transition": (
        expect(404, 405, 403, 405, 403, 405),
        expect(404, 302, 403, 302, 403, 302),
    ),
    "partnerships:confirm": (
        expect(404, 405, 403, 405, 403, 405),
        expect(404, 302, 403, 302, 403, 302),
    ),
    "partnerships:interest": (
        expect(404, 403, 405, 403, 403, 405),
        expect(404, 403, 302, 403, 403, 302),
    ),
    "partnerships:comment": (
        expect(404, 405, 403, 405, 403, 405),
        expect(404, 302, 403, 302, 403, 302),
    ),
    "partnerships:support_welcome": (
        expect(404, 405, 403, 405, 403, 405),
        expect(404, 302, 403, 302, 403, 302),
    ),
    "partnerships:support": (
        expect(404, 403, 403, 403, 405, 405),
        expect(404, 403, 403, 403, 302, 302),
    ),
    "atlas:index": (ALL(200), ALL(405)),
    "atlas:csv": (ALL(200), ALL(405)),
    "atlas:brief": (ALL(200), ALL(405)),
    "atlas:theme": (ALL(200), ALL(405)),
    "atlas:theme_csv": (ALL(200), ALL(405)),
    "atlas:theme_brief": (ALL(200), ALL(405)),
    "secretariat:overview": (ADMINS, ADMINS | {"admin": 405}),
    "secretariat:chart_csv": (ADMINS, ADMINS | {"admin": 405}),
    "secretariat:emails": (ADMINS, ADMINS | {"admin": 405}),
    "secretariat:email_resend": (ADMINS | {"admin": 405}, ADMINS | {"admin": 302}),
    "secretariat:email_resend_all": (ADMINS | {"admin": 405}, ADMINS | {"admin": 302}),
    "secretariat:bulk": (ADMINS, ADMINS),
    "secretariat:bulk_detail": (ADMINS, ADMINS | {"admin": 405}),
    "secretariat:bulk_confirm": (ADMINS | {"admin": 405}, ADMINS | {"admin": 302}),
    # the forms: an empty POST shows its errors; deleting the unused theme redirects
    "secretariat:series": (ADMINS, ADMINS | {"admin": 405}),
    "secretariat:series_create": (ADMINS, ADMINS),
    "secretariat:series_edit": (ADMINS, ADMINS),
    "secretariat:themes": (ADMINS, ADMINS | {"admin": 405}),
    "secretariat:theme_create": (ADMINS, ADMINS),
    "secretariat:theme_edit": (ADMINS, ADMINS),
    "secretariat:theme_delete": (ADMINS, ADMINS | {"admin": 302}),
    "evidence:index": (ALL(200), ALL(405)),
    "evidence:create": (expect(302, 200, 200, 200, 200, 200), expect(302, 200, 200, 200, 200, 200)),
    "evidence:detail": (expect(404, 200, 200, 200, 200, 200), expect(404, 405, 405, 405, 405, 405)),
    "evidence:edit": (expect(404, 403, 403, 403, 200, 200), expect(404, 403, 403, 403, 200, 200)),
    "evidence:delete": (expect(404, 403, 403, 403, 405, 405), expect(404, 403, 403, 403, 302, 302)),
    "evidence:download": (
        expect(404, 200, 200, 200, 200, 200),
        expect(404, 405, 405, 405, 405, 405),
    ),
}


def our_view_names() -> set[str]:
    def walk(resolver, namespace=""):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(
                    pattern, namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
                )
            elif pattern.callback.__module__.split(".")[0] in OUR_APPS:
                yield namespace + pattern.name

    return set(walk(get_resolver()))


@pytest.fixture
def world(roles, city_a, staff_a, partner_staff):
    organisation = partner_staff.partner_memberships.get().organisation
    meeting = Meeting.objects.create(
        title_en="Matrix meeting", format="virtual", video_link="https://meet.example.org/m",
        start=datetime(2031, 1, 14, 13, tzinfo=UTC), end=datetime(2031, 1, 14, 15, tzinfo=UTC),
        timezone="Europe/Berlin", organiser=organisation,
    )  # fmt: skip
    meeting.invited_cities.add(city_a)
    proposal = Proposal.objects.create(
        city=city_a, title_en="Matrix proposal", summary_en="x", kind="peer_learning", status="open"
    )
    document = EvidenceDocument.objects.create(
        title_en="Matrix document", doc_type="policy_brief", publication_date=datetime(2021, 1, 1, tzinfo=UTC).date(),
        languages="en", visibility="participants", external_url="https://example.org/doc",
        uploaded_by=partner_staff, file_type="pdf",
    )  # fmt: skip
    document.file.save("m.pdf", ContentFile(text_pdf("Matrix", "Text.")))
    invitation = invitation_create(
        invited_by=staff_a,
        email="new@example.org",
        name="New",
        language="en",
        role="city_staff",
        city=city_a,
    )
    token = email_message(invitation.last_email).body.split("/invitations/accept/")[1].split("/")[0]
    feed = CalendarFeed.objects.create(user=staff_a)
    unreached = CityFactory(slug="zz-unused")
    outreach = outreach_request(reason="meeting", requested_by=None, city=unreached)
    failed = Email.objects.create(
        recipient="x@example.org", subject="x", body_text="x", from_email="x@example.org",
        language="en", status=EmailStatus.FAILED,
    )  # fmt: skip
    rsvp_set(meeting=meeting, city=city_a, user=staff_a, response="attending", attendees=[])
    notification = partner_staff.notifications.get()
    theme = ThemeFactory(slug="matrix-theme")
    series = Series.objects.create(name_en="Matrix series", slug="matrix-series")
    unused_theme = ThemeFactory(slug="matrix-unused-theme")
    return {
        "email_resend": {"pk": failed.pk},
        "secretariat:email_resend": {"pk": failed.pk},
        "secretariat:chart_csv": {"chart": "attendance"},
        "notifications:open": {"pk": notification.pk},
        "cities:detail": {"slug": city_a.slug},
        "cities:dossier": {"slug": city_a.slug},
        "cities:edit": {"slug": city_a.slug},
        "cities:invite": {"slug": city_a.slug},
        "partners:detail": {"slug": organisation.slug},
        "partners:edit": {"slug": organisation.slug},
        "partners:invite": {"slug": organisation.slug},
        "invitations:resend": {"pk": invitation.pk},
        "invitations:revoke": {"pk": invitation.pk},
        "invitations:outreach_done": {"pk": outreach.pk},
        "invitations:accept": {"token": token},
        **{name: {"pk": InvitationBatch.objects.create(created_by=staff_a).pk} for name in [
            "secretariat:bulk_detail", "secretariat:bulk_confirm",
        ]},
        "secretariat:series_edit": {"pk": series.pk},
        "secretariat:theme_edit": {"pk": unused_theme.pk},
        "secretariat:theme_delete": {"pk": unused_theme.pk},
        "meetings:feed": {"token": feed.token},
        **{name: {"slug": theme.slug} for name in ["atlas:theme", "atlas:theme_csv", "atlas:theme_brief"]},
        "public_media": {"path": "public/cities/missing.png"},
        **{name: {"pk": meeting.pk} for name in [
            "meetings:detail", "meetings:edit", "meetings:cancel", "meetings:outcomes",
            "meetings:rsvp", "meetings:calendar", "meetings:attendance_export",
        ]},
        **{name: {"pk": proposal.pk} for name in [
            "partnerships:detail", "partnerships:edit", "partnerships:transition", "partnerships:confirm",
            "partnerships:interest", "partnerships:comment", "partnerships:support",
            "partnerships:support_welcome",
        ]},
        **{name: {"pk": document.pk} for name in [
            "evidence:detail", "evidence:edit", "evidence:delete", "evidence:download",
        ]},
    }  # fmt: skip


def close_file(response):
    """Close a file response without its request_finished signal, on which Django would
    close the test's own database connection."""
    signals.request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        signals.request_finished.connect(close_old_connections)


def test_every_view_has_an_entry():
    assert our_view_names() == set(MATRIX)


def test_every_view_answers_every_role_as_expected(client, roles, world):
    users = {"anon": None, "partner": roles["partner_staff"], **roles}
    outcomes, expected = {}, {}
    for name, (get_codes, post_codes) in MATRIX.items():
        with translation.override("en"):
            url = reverse(name, kwargs=world.get(name, {}))
        for role in ROLES:
            client.logout()
            if users[role] is not None:
                client.force_login(users[role])
            for method, codes in (("GET", get_codes), ("POST", post_codes)):
                with transaction.atomic():
                    response = getattr(client, method.lower())(url)
                    transaction.set_rollback(True)
                if isinstance(response, FileResponse):
                    close_file(response)
                outcomes[(name, method, role)] = response.status_code
                expected[(name, method, role)] = codes[role]
    differences = {
        key: (outcomes[key], code) for key, code in expected.items() if outcomes[key] != code
    }
    assert differences == {}
