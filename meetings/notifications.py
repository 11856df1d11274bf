"""The notifications about meetings: what the invited are told, and the answers their
organisers are told about."""

from django.utils.translation import gettext as _

from mayors_dialogue.translated import text_in
from notifications.enums import Topic
from notifications.kinds import notification_kind_register

from .enums import MeetingStatus, NoticeKind, RSVPResponse
from .models import Meeting

ANSWER = "meeting_answer"


def kind_name(notice_kind: str) -> str:
    return f"meeting_{notice_kind}"


def _visible(user):
    return Meeting.objects.visible_to(user).exclude(status=MeetingStatus.DRAFT)


def _title(meeting: Meeting) -> str:
    return text_in(meeting, "title")[0]


def _answer_label(code: str) -> str:
    return str(RSVPResponse(code).label) if code in RSVPResponse.values else code


TEXTS = {
    NoticeKind.INVITATION: lambda n, m: _(
        "Your city or organisation is invited to “{meeting}”."
    ).format(meeting=_title(m)),
    NoticeKind.UPDATE: lambda n, m: _("“{meeting}” has changed: see its new time or place.").format(
        meeting=_title(m)
    ),
    NoticeKind.CANCELLATION: lambda n, m: _("“{meeting}” is cancelled.").format(meeting=_title(m)),
    NoticeKind.REMINDER: lambda n, m: _("“{meeting}” starts soon.").format(meeting=_title(m)),
}


def _describe_answer(notification, meeting) -> str:
    return _("{city} answered “{meeting}”: {answer}.").format(
        city=notification.city.name if notification.city else _("A city"),
        meeting=_title(meeting),
        answer=_answer_label(notification.detail),
    )


def register() -> None:
    for notice_kind, describe in TEXTS.items():
        notification_kind_register(
            kind_name(notice_kind),
            topic=Topic.MEETINGS,
            describe=describe,
            model=Meeting,
            visible=_visible,
            # an invitation is answered at the foot of the meeting's page
            url=(lambda n, meeting: meeting.get_absolute_url() + "#answer-title")
            if notice_kind == NoticeKind.INVITATION
            else None,
        )
    notification_kind_register(
        ANSWER,
        topic=Topic.ANSWERS,
        describe=_describe_answer,
        model=Meeting,
        visible=_visible,
        url=lambda n, meeting: meeting.get_absolute_url() + "#answers",
    )
