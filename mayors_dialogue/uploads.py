"""upload_to functions: random names under public/, with the extension taken from the image's
real format (already validated), never from the name the browser sent. And what becomes of a
file that a save replaces or clears: it is deleted once the save is committed."""

import uuid
from collections.abc import Iterable

from django.apps import apps
from django.core.files.storage import default_storage
from django.db import models, transaction

from .validators import IMAGE_FORMATS, image_format


def _public_name(folder: str, field_file) -> str:
    extension = IMAGE_FORMATS.get(image_format(field_file.file), "bin")
    return f"public/{folder}/{uuid.uuid4().hex}.{extension}"


def city_image_path(instance, filename: str) -> str:
    return _public_name("cities", instance.image)


def mayor_photo_path(instance, filename: str) -> str:
    return _public_name("mayors", instance.photo)


def partner_logo_path(instance, filename: str) -> str:
    return _public_name("partners", instance.logo)


def _file_fields(model) -> list[str]:
    return [f.attname for f in model._meta.concrete_fields if isinstance(f, models.FileField)]


def file_names(obj: models.Model) -> set[str]:
    """The names of the files a row holds in its file fields (as saved: read it before
    assigning new values, or after saving)."""
    return {getattr(obj, field).name for field in _file_fields(type(obj)) if getattr(obj, field)}


def _file_still_named(name: str) -> bool:
    return any(
        model._base_manager.filter(**{field: name}).exists()
        for model in apps.get_models()
        for field in _file_fields(model)
    )


def files_replaced_remove_on_commit(*, old_names: Iterable[str], new_names: Iterable[str]) -> None:
    """Within a save's transaction: once it is committed, delete the files of `old_names`
    that are not in `new_names` and that no row (of any model) names any more, so a replaced
    or cleared photo is no longer served. A rollback deletes nothing."""
    gone = {name for name in old_names if name} - set(new_names)
    if not gone:
        return

    def remove():
        for name in sorted(gone):
            if not _file_still_named(name):
                default_storage.delete(name)

    transaction.on_commit(remove, robust=True)
