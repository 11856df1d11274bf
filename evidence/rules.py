"""Who may do what in the evidence library.

- Public documents are for everyone; participants-only documents for signed-in participants
  (others get a 404, for the page and the file alike).
- Partner staff and admins upload any kind of document; a city's staff and mayor upload good
  practice for their own city. Whoever uploaded a document, their organisation's staff and
  admins edit or delete it.
"""

import rules

from cities.rules import has_active_account, is_admin, is_participant

from .enums import Visibility


@rules.predicate
def is_public_document(user, document):
    return document is not None and document.visibility == Visibility.PUBLIC


@rules.predicate
def is_partner_staff(user):
    return has_active_account(user) and user.partner_memberships.exists()


@rules.predicate
def works_for_a_city(user):
    return has_active_account(user) and user.city_memberships.exists()


@rules.predicate
def uploaded_it(user, document):
    return document is not None and document.uploaded_by_id == user.pk and is_participant(user)


@rules.predicate
def publisher_staff(user, document):
    return (
        document is not None
        and document.publisher_id is not None
        and has_active_account(user)
        and user.partner_memberships.filter(organisation_id=document.publisher_id).exists()
    )


rules.add_perm("evidence.view_document", is_public_document | is_participant)
rules.add_perm("evidence.add_document", is_partner_staff | works_for_a_city | is_admin)
rules.add_perm("evidence.change_document", uploaded_it | publisher_staff | is_admin)
