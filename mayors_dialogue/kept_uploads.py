"""A file chosen in a form survives a validation error elsewhere in that form: it waits under
kept/ (never served: media are only served from public/), named by a signed token that the
form sends back with the next submission. A token opens its file only for the person and the
form field it was kept for, and only once. A beat task deletes what was abandoned."""

import mimetypes
import posixpath
import uuid
from datetime import timedelta

from django.core import signing
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django.utils.text import get_valid_filename

KEPT_DIR = "kept"
KEPT_FOR = timedelta(hours=24)
SALT = "mayors_dialogue.kept_upload"


def _salt(*, user, purpose: str) -> str:
    return f"{SALT}:{purpose}:{user.pk}"


def kept_upload_store(upload, *, user, purpose: str) -> str:
    """Keep a valid upload for the next submission of its form by `user`; the token names it.
    `purpose` names the form and its field: the token opens nothing elsewhere."""
    name = get_valid_filename(posixpath.basename(upload.name or "file"))[-100:] or "file"
    upload.seek(0)
    path = default_storage.save(f"{KEPT_DIR}/{uuid.uuid4().hex}/{name}", upload)
    upload.seek(0)
    return signing.dumps(path, salt=_salt(user=user, purpose=purpose))


def kept_upload_open(token: str, *, user, purpose: str) -> SimpleUploadedFile | None:
    """The kept upload a token names, as an upload again, taken out of kept/ (a form that
    fails again keeps it under a new token). None if the token is forged, another person's
    or another form's, older than KEPT_FOR, or already used."""
    try:
        path = signing.loads(token, salt=_salt(user=user, purpose=purpose), max_age=KEPT_FOR)
    except signing.BadSignature:
        return None
    if not isinstance(path, str) or not path.startswith(f"{KEPT_DIR}/"):
        return None
    if not default_storage.exists(path):
        return None
    with default_storage.open(path) as handle:
        content = handle.read()  # within the upload limits; no handle left open
    default_storage.delete(path)
    name = posixpath.basename(path)
    return SimpleUploadedFile(name, content, content_type=mimetypes.guess_type(name)[0])


def kept_uploads_remove_abandoned(*, now=None) -> int:
    """Delete kept uploads older than KEPT_FOR (their tokens no longer open them); the
    number of files deleted."""
    cutoff = (now or timezone.now()) - KEPT_FOR
    if not default_storage.exists(KEPT_DIR):
        return 0
    removed = 0
    folders, _files = default_storage.listdir(KEPT_DIR)
    for folder in folders:
        for name in default_storage.listdir(f"{KEPT_DIR}/{folder}")[1]:
            path = f"{KEPT_DIR}/{folder}/{name}"
            if default_storage.get_modified_time(path) < cutoff:
                default_storage.delete(path)
                removed += 1
        if hasattr(default_storage, "path") and not any(
            default_storage.listdir(f"{KEPT_DIR}/{folder}")
        ):
            default_storage.delete(f"{KEPT_DIR}/{folder}")
    return removed
