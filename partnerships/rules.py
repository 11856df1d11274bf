"""Who may do what with partnership proposals.

- Agreed, active and completed partnerships are public; other proposals are for signed-in
  participants; drafts only for the proposing city's people and admins.
- A city's staff and mayor propose for their city, edit its proposals, and move their status.
- The staff and mayors of other cities express interest for their city; the cities named as
  partners confirm an agreement for their side.
- The cities involved, and the staff of supporting partners that the proposing city (or an
  admin) welcomed, take part in the discussion.
- Partner staff mark their organisation's support; that alone opens no discussion.
- A withdrawn or completed proposal takes no more interest, support or comments: the
  services refuse them saying why, and the page offers none.
"""

import rules

from cities.enums import CityRole
from cities.rules import has_active_account, is_admin, is_participant

from .enums import PUBLIC_STATUSES, ProposalStatus


@rules.predicate
def works_for_a_city(user):
    return has_active_account(user) and user.city_memberships.exists()


@rules.predicate
def is_partner_staff(user):
    return has_active_account(user) and user.partner_memberships.exists()


@rules.predicate
def works_for_proposing_city(user, proposal):
    return (
        proposal is not None
        and has_active_account(user)
        and user.city_memberships.filter(
            city_id=proposal.city_id, role__in=[CityRole.STAFF, CityRole.MAYOR]
        ).exists()
    )


@rules.predicate
def works_for_partner_city(user, proposal):
    return (
        proposal is not None
        and has_active_account(user)
        and user.city_memberships.filter(city__in=proposal.partner_cities.all()).exists()
    )


@rules.predicate
def works_for_another_city(user, proposal):
    return (
        proposal is not None
        and has_active_account(user)
        and user.city_memberships.exclude(city_id=proposal.city_id).exists()
    )


@rules.predicate
def supports_it(user, proposal):
    return (
        proposal is not None
        and has_active_account(user)
        and proposal.supports.filter(
            organisation__memberships__user=user, welcomed_at__isnull=False
        ).exists()
    )


@rules.predicate
def is_public_partnership(user, proposal):
    return proposal is not None and proposal.status in PUBLIC_STATUSES


@rules.predicate
def is_not_draft(user, proposal):
    return proposal is not None and proposal.status != ProposalStatus.DRAFT


rules.add_perm("partnerships.add_proposal", works_for_a_city)
rules.add_perm(
    "partnerships.view_proposal",
    is_public_partnership | (is_participant & is_not_draft) | works_for_proposing_city | is_admin,
)
rules.add_perm("partnerships.change_proposal", works_for_proposing_city | is_admin)
# Who may; whether the proposal's status still allows it is the services' to say, in words
# (a withdrawn proposal takes no interest, no support, no comment: enums.OPEN_TO).
rules.add_perm("partnerships.express_interest", works_for_another_city & is_not_draft)
rules.add_perm("partnerships.confirm_agreement", works_for_proposing_city | works_for_partner_city)
rules.add_perm(
    "partnerships.discuss_proposal",
    works_for_proposing_city | works_for_partner_city | supports_it | is_admin,
)
rules.add_perm("partnerships.support_proposal", is_partner_staff & is_not_draft)
