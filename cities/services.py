from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Max, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from mayors_dialogue.formats import quoted
from mayors_dialogue.models import User
from mayors_dialogue.rows import (
    RowInput,
    RowsApplied,
    many_to_many_assign,
    rows_apply,
    values_assign,
)
from mayors_dialogue.text import name_clean, name_key
from mayors_dialogue.translated import text_in, translated_names
from mayors_dialogue.uploads import file_names, files_replaced_remove_on_commit

from .models import (
    City,
    CityMembership,
    CityNeed,
    CityPotential,
    GoodPractice,
    PartnerOrganisation,
    ProfileChange,
    Theme,
)
from .selectors import theme_uses_describe, themes_with_uses


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


NAME_FIELDS = frozenset(translated_names("name"))


def _profile_save(obj, values: dict) -> list[str]:
    """Save a profile row; a photo or logo it replaces or clears is deleted after commit.
    Names are compared clean, so the same name written differently is no change."""
    values = {
        field: name_clean(value) or None if field in NAME_FIELDS and value else value
        for field, value in values.items()
    }
    old_files = file_names(obj)
    changed, later = values_assign(obj, values)
    obj.full_clean()
    obj.save()
    files_replaced_remove_on_commit(old_names=old_files, new_names=file_names(obj))
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


# The secretariat's catalogues: themes here, meeting series in meetings.services. Both have a
# name in the four languages (English required) and a unique slug.

THEME_SLUG_TAKEN = _(
    "Another theme already has this slug. Choose another one, or leave it empty to make one "
    "from the English name."
)
THEME_NAME_TAKEN = _("There is already a theme called {name}.")


def catalogue_names_set(obj: models.Model, names: dict[str, str]) -> None:
    """Set `obj`'s translated `name` from `names` (language code → text); a language left
    out keeps its text, an empty text clears it (stored as none, like every translation)."""
    unknown = set(names) - set(settings.MODELTRANSLATION_LANGUAGES)
    if unknown:
        raise ValueError(f"not a language of the platform: {sorted(unknown)}")
    for code, text in names.items():
        setattr(obj, f"name_{code}", name_clean(text) or None)


def _others(obj: models.Model) -> models.QuerySet:
    model = type(obj)
    return model.objects.exclude(pk=obj.pk) if obj.pk else model.objects.all()


def catalogue_slug_set(obj: models.Model, slug: str, *, taken: str) -> None:
    """Give `obj` the slug asked for, or, when none is, one made from its English name that no
    other row has ("labour-migration", else "labour-migration-2", ...). A slug asked for that
    another row has is refused with the field error `taken`."""
    others = _others(obj)
    slug = (slug or "").strip()
    if slug:
        if others.filter(slug=slug).exists():
            raise ValidationError({"slug": str(taken)}, code="unique")
        obj.slug = slug
        return
    model = type(obj)
    max_length = model._meta.get_field("slug").max_length
    base = slugify(obj.name_en or "")[:max_length].strip("-") or model._meta.model_name
    candidate, number = base, 2
    while others.filter(slug=candidate).exists():
        suffix = f"-{number}"
        candidate, number = f"{base[: max_length - len(suffix)].rstrip('-')}{suffix}", number + 1
    obj.slug = candidate


def catalogue_save(obj: models.Model, *, name_taken: str, slug_taken: str) -> None:
    """Validate and save a theme or a series. Its English name must be its own, compared by
    `name_key`, so a double click, or a second one of the same name however written, is
    refused (`name_taken`, with `{name}`); a slug
    taken between the check and the save is reported as taken (`slug_taken`), not as a
    server error."""
    key = name_key(obj.name_en)
    taken = next(
        (
            name
            for name in _others(obj).values_list("name_en", flat=True)
            if key and name_key(name) == key
        ),
        None,
    )
    if taken:
        raise ValidationError(
            {"name_en": str(name_taken).format(name=quoted(name_clean(taken)))}, code="unique"
        )
    obj.full_clean()
    try:
        with transaction.atomic():
            obj.save()
    except IntegrityError as error:
        raise ValidationError({"slug": str(slug_taken)}, code="unique") from error


def theme_create(*, names: dict[str, str], slug: str = "", position: int | None = None) -> Theme:
    """A new theme. Without a slug, one is made from the English name; without a position, it
    comes after the last theme. The cached pages that list themes are retired (the
    "directory" domain, by signal)."""
    with transaction.atomic():
        theme = Theme()
        catalogue_names_set(theme, names)
        if position is None:
            last = Theme.objects.aggregate(last=Max("position"))["last"]
            position = min(32767, 0 if last is None else last + 1)
        theme.position = position
        catalogue_slug_set(theme, slug, taken=THEME_SLUG_TAKEN)
        catalogue_save(theme, name_taken=THEME_NAME_TAKEN, slug_taken=THEME_SLUG_TAKEN)
    return theme


def theme_update(
    *, theme: Theme, names: dict[str, str], slug: str = "", position: int | None = None
) -> Theme:
    """Rename a theme, change its slug (none given: made from the English name) or its
    position (none given: kept). Everything that uses it shows the new name; the cached pages
    that list it are retired (signal). The reference data never writes over it: the release
    step (`load_reference_data`) creates only themes its ledger does not know."""
    with transaction.atomic():
        theme = Theme.objects.select_for_update().get(pk=theme.pk)
        catalogue_names_set(theme, names)
        if position is not None:
            theme.position = position
        catalogue_slug_set(theme, slug, taken=THEME_SLUG_TAKEN)
        catalogue_save(theme, name_taken=THEME_NAME_TAKEN, slug_taken=THEME_SLUG_TAKEN)
    return theme


def theme_in_use_message(theme: Theme) -> str:
    """Why a theme counted by `themes_with_uses` cannot be deleted, in the active language:
    “Labour migration” is used by 3 city needs and 1 meeting; it cannot be deleted."""
    return gettext("{theme} is used by {uses}; it cannot be deleted.").format(
        theme=quoted(text_in(theme, "name")[0]), uses=theme_uses_describe(theme.uses)
    )


def theme_delete(*, theme: Theme) -> None:
    """Delete a theme that nothing uses. A theme that any need, potential, good practice,
    proposal, meeting or document (or any other row) uses is refused with a ValidationError
    naming what uses it, counted in the reader's language: deleting it would take it off
    those rows without a word. The theme row is locked while counting, so nothing can start
    using it meanwhile. The reference data's ledger keeps the theme's entry: a release does
    not create a deleted founding theme again. The cached pages that list themes are retired
    (signal)."""
    with transaction.atomic():
        theme = Theme.objects.select_for_update().get(pk=theme.pk)
        (counted,) = themes_with_uses(Theme.objects.filter(pk=theme.pk))
        if counted.in_use:
            raise ValidationError(theme_in_use_message(counted), code="in_use")
        theme.delete()
