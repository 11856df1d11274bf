"""upload_to functions: random names under public/, with the extension taken from the image's
real format (already validated), never from the name the browser sent."""

import uuid

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
