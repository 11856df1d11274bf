from django.db import transaction

from mayors_dialogue.models import User

from .models import City, PartnerOrganisation, ProfileChange


def _form_changes(item: str, label: str, form) -> list[dict]:
    if not form.changed_data:
        return []
    return [{"item": item, "label": label, "action": "changed", "fields": form.changed_data}]


def _formset_changes(item: str, formset) -> list[dict]:
    """What a saved inline formset did, row by row (call after formset.save())."""
    changes = [
        {"item": item, "label": str(obj), "action": "added", "fields": []}
        for obj in formset.new_objects
    ]
    changes += [
        {"item": item, "label": str(obj), "action": "changed", "fields": fields}
        for obj, fields in formset.changed_objects
    ]
    changes += [
        {"item": item, "label": str(obj), "action": "removed", "fields": []}
        for obj in formset.deleted_objects
    ]
    return changes


def city_profile_update(*, city: City, user: User, form, formsets: dict) -> ProfileChange | None:
    """Save a city's profile form and its needs, potentials and good practices formsets
    (all already valid) in one transaction, and record who changed what. Returns the
    history entry, or None when nothing changed."""
    with transaction.atomic():
        city = form.save(commit=False)
        city.full_clean()
        city.save()
        changes = _form_changes("profile", city.name_en, form)
        for item, formset in formsets.items():
            formset.instance = city
            formset.save()
            changes += _formset_changes(item, formset)
        if not changes:
            return None
        return ProfileChange.objects.create(city=city, user=user, changes=changes)


def partner_profile_update(
    *, organisation: PartnerOrganisation, user: User, form
) -> ProfileChange | None:
    """Save a partner organisation's profile form and record who changed what."""
    with transaction.atomic():
        organisation = form.save(commit=False)
        organisation.full_clean()
        organisation.save()
        changes = _form_changes("profile", organisation.name_en, form)
        if not changes:
            return None
        return ProfileChange.objects.create(organisation=organisation, user=user, changes=changes)
