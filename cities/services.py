from django.db import transaction
from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from mayors_dialogue.models import User
from mayors_dialogue.rows import (
    RowInput,
    RowsApplied,
    many_to_many_assign,
    rows_apply,
    values_assign,
)

from .models import (
    City,
    CityMembership,
    CityNeed,
    CityPotential,
    GoodPractice,
    PartnerOrganisation,
    ProfileChange,
)


def city_timezones_refresh(users) -> None:
    """Store on each of these users (a queryset) the zone of the first city they work for,
    or nothing; called whenever memberships or a city's zone change (signals.py)."""
    first_city_zone = CityMembership.objects.filter(user=OuterRef("pk")).order_by("pk")
    users.update(
        city_timezone=Coalesce(Subquery(first_city_zone.values("city__timezone")[:1]), Value(""))
    )


PROFILE_ROWS = {"need": CityNeed, "potential": CityPotential, "good_practice": GoodPractice}


def _history(item: str, applied: RowsApplied) -> list[dict]:
    """A ProfileChange's entries for what `rows_apply` did to one kind of row."""
    return [
        *(
            {"item": item, "label": str(obj), "action": "added", "fields": []}
            for obj in applied.added
        ),
        *(
            {"item": item, "label": str(obj), "action": "changed", "fields": fields}
            for obj, fields in applied.changed
        ),
        *(
            {"item": item, "label": label, "action": "removed", "fields": []}
            for label in applied.removed
        ),
    ]


def _profile_save(obj, values: dict) -> list[str]:
    changed, later = values_assign(obj, values)
    obj.full_clean()
    obj.save()
    return changed + many_to_many_assign(obj, later)


def city_profile_update(
    *, city: City, user: User, values: dict, rows: dict[str, list[RowInput]]
) -> ProfileChange | None:
    """Save a city's profile and its needs, potentials and good practices ("need",
    "potential", "good_practice" in `rows`) in one transaction, and record who changed what.
    Returns the history entry, or None when nothing changed."""
    with transaction.atomic():
        city = City.objects.select_for_update().get(pk=city.pk)
        changed = _profile_save(city, values)
        changes = (
            [{"item": "profile", "label": city.name_en, "action": "changed", "fields": changed}]
            if changed
            else []
        )
        for item, item_rows in rows.items():
            changes += _history(
                item, rows_apply(PROFILE_ROWS[item], item_rows, parent={"city": city})
            )
        if not changes:
            return None
        return ProfileChange.objects.create(city=city, user=user, changes=changes)


def partner_profile_update(
    *, organisation: PartnerOrganisation, user: User, values: dict
) -> ProfileChange | None:
    """Save a partner organisation's profile and record who changed what."""
    with transaction.atomic():
        organisation = PartnerOrganisation.objects.select_for_update().get(pk=organisation.pk)
        changed = _profile_save(organisation, values)
        if not changed:
            return None
        return ProfileChange.objects.create(
            organisation=organisation,
            user=user,
            changes=[
                {
                    "item": "profile",
                    "label": organisation.name_en,
                    "action": "changed",
                    "fields": changed,
                }
            ],
        )
