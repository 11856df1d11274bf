from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def validate_time_zone(value: str) -> None:
    """An IANA zone of a place, or UTC; legacy names such as "GMT" are refused."""
    from .zones import is_recognised_zone

    if not is_recognised_zone(value):
        raise ValidationError(
            _("“%(value)s” is not a known time zone. Use a name such as Africa/Dakar."),
            code="invalid_time_zone",
            params={"value": value},
        )


IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
IMAGE_MAX_PIXELS = 40_000_000


def image_format(file) -> str:
    """The format Pillow reads from the file's content (never its name), or "" if it is not
    an image Pillow can read. Leaves the file at its start."""
    from PIL import Image, UnidentifiedImageError

    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        with Image.open(file) as image:
            width, height = image.size
            if width * height > IMAGE_MAX_PIXELS:
                return ""
            image.verify()
            return image.format or ""
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return ""
    finally:
        file.seek(position)


def validate_image_upload(value) -> None:
    """Photos and logos: JPEG, PNG or WebP by content, at most IMAGE_UPLOAD_MAX_BYTES. A file
    already stored was checked when it came; it is not read again (nor left open)."""
    if getattr(value, "_committed", False):
        return
    from django.conf import settings
    from django.template.defaultfilters import filesizeformat

    limit = settings.IMAGE_UPLOAD_MAX_BYTES
    if value.size > limit:
        raise ValidationError(
            _("The image is too large: at most %(limit)s."),
            code="image_too_large",
            params={"limit": filesizeformat(limit)},
        )
    if image_format(value.file if hasattr(value, "file") else value) not in IMAGE_FORMATS:
        raise ValidationError(
            _("Upload a JPEG, PNG or WebP image."),
            code="image_format",
        )
