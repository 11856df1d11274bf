"""Tests: the same settings as the embedded default, with DATABASE_URL and REDIS_URL honoured
so the suite runs again on PostgreSQL and Redis in CI."""

import os

os.environ.setdefault("DJANGO_DEBUG", "false")
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-for-production")

from .base import *  # noqa: F403 -- settings modules extend the base on purpose
from .base import EMAIL_URL

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
if not EMAIL_URL:
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# The suite runs tasks in-process; tests marked `integration` switch this off and use a real
# worker on Redis.
CELERY_TASK_ALWAYS_EAGER = True
# Emails are delivered inside the test's own request, so a test reads them at once; the
# delivery thread of the embedded default has tests of its own.
EMAIL_DELIVERY_THREAD = False
WHITENOISE_AUTOREFRESH = True
# An in-process cache that each test clears; the processes the integration tests start (gunicorn,
# workers) use the database cache of base.py.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
