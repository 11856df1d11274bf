"""Who may do what with cities and partner organisations.

- Everyone sees the public directory: participating and lead cities, and partners.
- Signed-in participants (admins, and the people of a city or partner organisation) also
  see contact details, partners' staff, and what a city wrote about a need it keeps for
  participants.
- A city's staff and its mayor edit that city's profile; admins edit every city.
- A partner organisation's staff edit their organisation; admins edit every one.
- The CSV export is for admins (the secretariat).
- Invitations: see the end of this module.
"""

import rules
from django.contrib.auth import get_user_model
from django.db.models import Exists, Q

from .enums import CityRole, CityStatus
from .models import CityMembership, PartnerMembership


@rules.predicate
def is_admin(user):
    return user.is_authenticated and user.is_active and user.is_staff


@rules.predicate
def has_active_account(user):
    """Signed in to an active account: with one of their memberships checked next, as the
    predicates of a city's or an organisation's people do, a participant."""
    return user.is_authenticated and user.is_active


@rules.predicate
def is_participant(user):
    """Signed in to an active account that is an admin's or belongs to a city or a partner
    organisation: someone removed from their last one is a participant no longer. Asked once
    per user object, which for the signed-in person is once per request."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_staff:
        return True
    known = getattr(user, "_is_participant", None)  # the user itself, not a lazy wrapper
    if known is None:
        known = user._is_participant = (
            get_user_model()
            .objects.filter(pk=user.pk)
            .filter(
                Q(pk__in=CityMembership.objects.values("user_id"))
                | Q(pk__in=PartnerMembership.objects.values("user_id"))
            )
            .exists()
        )
    return known


def takes_part(user) -> Q:
    """`is_participant` of a signed-in person who is not an admin, as a condition of a query
    (`visible_to`): no query of its own."""
    return Q(Exists(CityMembership.objects.filter(user_id=user.pk))) | Q(
        Exists(PartnerMembership.objects.filter(user_id=user.pk))
    )


@rules.predicate
def is_staff_of_city(user, city):
    return (
        city is not None
        and has_active_account(user)
        and user.city_memberships.filter(city=city, role=CityRole.STAFF).exists()
    )


@rules.predicate
def is_mayor_of_city(user, city):
    return (
        city is not None
        and has_active_account(user)
        and user.city_memberships.filter(city=city, role=CityRole.MAYOR).exists()
    )


@rules.predicate
def is_public_city(user, city):
    return city is not None and city.status in (CityStatus.PARTICIPANT, CityStatus.LEAD)


@rules.predicate
def is_staff_of_organisation(user, organisation):
    return (
        organisation is not None
        and has_active_account(user)
        and user.partner_memberships.filter(organisation=organisation).exists()
    )


works_for_city = is_staff_of_city | is_mayor_of_city

rules.add_perm("cities.view_city", is_public_city | works_for_city | is_admin)
rules.add_perm("cities.change_city_profile", works_for_city | is_admin)
rules.add_perm("cities.view_contact_details", is_participant)
# What a city wrote about a need it marked "participants only" (its theme is public).
rules.add_perm("cities.view_participant_needs", is_participant)
rules.add_perm("cities.export_cities", is_admin)
# Where a city sits on the map is the secretariat's to set.
rules.add_perm("cities.place_city", is_admin)
rules.add_perm("cities.change_partner_profile", is_staff_of_organisation | is_admin)

# Invitations: admins invite cities and run the dashboard; a city's staff invite colleagues
# to their own city; partner staff invite colleagues to their own organisation.
rules.add_perm("cities.invite_city", is_admin)
rules.add_perm("cities.manage_invitations", is_admin)
rules.add_perm("cities.invite_city_colleague", is_staff_of_city | is_admin)
rules.add_perm("cities.invite_partner_colleague", is_staff_of_organisation | is_admin)
