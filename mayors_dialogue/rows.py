"""Plain data for services that save a row with its many-to-many relations and its inline
rows (a city's needs, a meeting's agenda): the values, not the forms, so a command, a task or
a test can call the same service as a view."""

from dataclasses import dataclass, field

from django.db import models


@dataclass
class RowInput:
    """One inline row as submitted: `pk` None for a new row, `delete` for one to remove."""

    pk: int | None
    values: dict = field(default_factory=dict)
    delete: bool = False


@dataclass
class RowsApplied:
    """What `rows_apply` did: the rows added, those changed with the names of their changed
    fields, and the labels of those removed."""

    added: list[models.Model] = field(default_factory=list)
    changed: list[tuple[models.Model, list[str]]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def values_assign(obj: models.Model, values: dict) -> tuple[list[str], dict]:
    """Set the values of the row's own fields as a model form would (files last, "False"
    clears a file). Returns the names of the fields whose value changed, and the
    many-to-many values, to be set with `many_to_many_assign` once the row is saved."""
    fields = {f.name: f for f in obj._meta.get_fields() if f.concrete or f.many_to_many}
    later, changed = {}, set()
    ordered = sorted(values, key=lambda name: isinstance(fields[name], models.FileField))
    for name in ordered:
        model_field = fields[name]
        if model_field.many_to_many:
            later[name] = values[name]
            continue
        before = model_field.value_from_object(obj)
        model_field.save_form_data(obj, values[name])
        if _comparable(model_field.value_from_object(obj)) != _comparable(before):
            changed.add(name)
    return [name for name in values if name in changed], later


def _comparable(value):
    """An empty text is the same as none, as a form sees it (translations are nullable)."""
    return "" if value is None else value


def many_to_many_assign(obj: models.Model, values: dict) -> list[str]:
    """Set the many-to-many values of a saved row; returns the names of those that changed."""
    changed = []
    for name, value in values.items():
        model_field = obj._meta.get_field(name)
        before = {related.pk for related in model_field.value_from_object(obj)}
        model_field.save_form_data(obj, value)
        if {related.pk for related in value} != before:
            changed.append(name)
    return changed


def rows_apply(model: type[models.Model], rows: list[RowInput], *, parent: dict) -> RowsApplied:
    """Add, change and remove the inline rows of one parent (`{"city": city}`), each
    validated; a row of another parent is not found (404 by the caller's transaction)."""
    applied = RowsApplied()
    for row in rows:
        obj = model.objects.get(pk=row.pk, **parent) if row.pk else model(**parent)
        if row.delete:
            if row.pk:
                applied.removed.append(str(obj))
                obj.delete()
            continue
        changed, later = values_assign(obj, row.values)
        obj.full_clean()
        obj.save()
        changed += many_to_many_assign(obj, later)
        if not row.pk:
            applied.added.append(obj)
        elif changed:
            applied.changed.append((obj, changed))
    return applied
