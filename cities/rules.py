"""Who may do what with cities and partner organisations.

- Everyone sees the public directory: participating and lead cities, and partners.
- Signed-in participants also see contact details, partners' staff, and what a city wrote
  about a need it keeps for participants.
- A city's staff and its mayor edit that city's profile; admins edit every city.
- A partner organisation's staff edit their organisation; admins edit every one.
- The CSV export is for admins (the secretariat).
- Invitations: see the end of this module.
"""

import rules

from .enums import CityRole, CityStatus


@rules.predicate
def is_admin(user):
    return user.is_authenticated and user.is_active and user.is_staff


@rules.predicate
def is_participant(user):
    return user.is_authenticated and user.is_active


@rules.predicate
def is_staff_of_city(user, city):
    return (
        city is not None
        and is_participant(user)
        and user.city_memberships.filter(city=city, role=CityRole.STAFF).exists()
    )


@rules.predicate
def is_mayor_of_city(user, city):
    return (
        city is not None
        and is_participant(user)
        and user.city_memberships.filter(city=city, role=CityRole.MAYOR).exists()
    )


@rules.predicate
def is_public_city(user, city):
    return city is not None and city.status in (CityStatus.PARTICIPANT, CityStatus.LEAD)


@rules.predicate
def is_staff_of_organisation(user, organisation):
    return (
        organisation is not None
        and is_participant(user)
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
