"""The embedded default for development and `make run`: DEBUG on unless DJANGO_DEBUG says off."""

import os

os.environ.setdefault("DJANGO_DEBUG", "true")
os.environ.setdefault("DJANGO_LOG_FORMAT", "plain")

from .base import *  # noqa: F403 -- settings modules extend the base on purpose
from .base import VAR_DIR

VAR_DIR.mkdir(exist_ok=True)
WHITENOISE_AUTOREFRESH = True
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
