"""Who may do what with meetings.

- Everyone sees public meetings (title, date, format, outcomes), never the video link.
- The staff and mayors of invited cities and the staff of invited organisations see the
  meeting and its link; the invited cities' staff and mayors answer for their city.
- Partner staff schedule meetings for their organisation and edit, cancel and close them;
  admins do everything.
"""

import rules

from cities.rules import has_active_account, is_admin, is_participant

from .enums import MeetingStatus


@rules.predicate
def is_partner_staff(user):
    return has_active_account(user) and user.partner_memberships.exists()


@rules.predicate
def is_public_meeting(user, meeting):
    return meeting is not None and meeting.is_public and meeting.status != MeetingStatus.DRAFT


@rules.predicate
def is_invited(user, meeting):
    return (
        meeting is not None
        and has_active_account(user)
        and (
            meeting.invited_cities.filter(memberships__user=user).exists()
            or meeting.invited_organisations.filter(memberships__user=user).exists()
        )
    )


@rules.predicate
def is_organiser(user, meeting):
    return (
        meeting is not None
        and meeting.organiser_id is not None
        and has_active_account(user)
        and user.partner_memberships.filter(organisation_id=meeting.organiser_id).exists()
    )


@rules.predicate
def answers_for_an_invited_city(user, meeting):
    return (
        meeting is not None
        and has_active_account(user)
        and meeting.invited_cities.filter(memberships__user=user).exists()
    )


rules.add_perm("meetings.add_meeting", is_partner_staff | is_admin)
rules.add_perm("meetings.view_meeting", is_public_meeting | is_invited | is_organiser | is_admin)
rules.add_perm("meetings.view_join_link", is_invited | is_organiser | is_admin)
# Who attends, by name: for signed-in participants, not the public.
rules.add_perm("meetings.view_attendees", is_participant | is_admin)
rules.add_perm("meetings.change_meeting", is_organiser | is_admin)
rules.add_perm("meetings.rsvp_meeting", answers_for_an_invited_city)
