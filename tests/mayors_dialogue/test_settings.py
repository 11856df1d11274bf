import json
import os
import subprocess
import sys

import pytest
from django.conf import settings

PRINT_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "ENGINE": settings.DATABASES["default"]["ENGINE"],
    "DB_NAME": str(settings.DATABASES["default"]["NAME"]),
    "BROKER": settings.CELERY_BROKER_URL,
    "EAGER": settings.CELERY_TASK_ALWAYS_EAGER,
    "EMAIL_BACKEND": settings.EMAIL_BACKEND,
    "EMAIL_HOST": getattr(settings, "EMAIL_HOST", ""),
    "EMAIL_PORT": getattr(settings, "EMAIL_PORT", 0),
    "CACHE": settings.CACHES["default"]["BACKEND"],
    "SITE_URL": settings.SITE_URL,
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
}))
"""

CONFIG_VARIABLES = [
    "DATABASE_URL",
    "REDIS_URL",
    "EMAIL_URL",
    "DJANGO_SECRET_KEY",
    "DJANGO_DEBUG",
    "DJANGO_ALLOWED_HOSTS",
    "SITE_URL",
    "DJANGO_SETTINGS_MODULE",
]


def run_settings(module, **variables):
    env = {key: value for key, value in os.environ.items() if key not in CONFIG_VARIABLES}
    env.update(DJANGO_SETTINGS_MODULE=module, **variables)
    return subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_local_settings_without_environment_use_the_embedded_default():
    result = run_settings("mayors_dialogue.settings.local")

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "DEBUG": True,
        "ENGINE": "django.db.backends.sqlite3",
        "DB_NAME": str(settings.BASE_DIR / "var" / "db.sqlite3"),
        "BROKER": "memory://",
        "EAGER": True,
        "EMAIL_BACKEND": "mayors_dialogue.mail.ConsoleAndFileBackend",
        "EMAIL_HOST": "localhost",
        "EMAIL_PORT": 25,
        "CACHE": "django.core.cache.backends.db.DatabaseCache",
        "SITE_URL": "http://127.0.0.1:8000",
        "ALLOWED_HOSTS": ["127.0.0.1", "localhost"],
    }


def test_environment_switches_on_postgres_redis_and_smtp():
    result = run_settings(
        "mayors_dialogue.settings.production",
        DJANGO_SECRET_KEY="a-real-secret-for-this-test-only-0123456789",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/dialogue",
        REDIS_URL="redis://127.0.0.1:6379/3",
        EMAIL_URL="smtp://127.0.0.1:1025",
        DJANGO_ALLOWED_HOSTS="dialogue.example.org,www.dialogue.example.org",
        SITE_URL="https://dialogue.example.org/",
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "DEBUG": False,
        "ENGINE": "django.db.backends.postgresql",
        "DB_NAME": "dialogue",
        "BROKER": "redis://127.0.0.1:6379/3",
        "EAGER": False,
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": 1025,
        "CACHE": "django.core.cache.backends.db.DatabaseCache",
        "SITE_URL": "https://dialogue.example.org",
        "ALLOWED_HOSTS": ["dialogue.example.org", "www.dialogue.example.org"],
    }


def test_production_refuses_to_start_without_a_secret_key():
    result = run_settings("mayors_dialogue.settings.production")

    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: DJANGO_SECRET_KEY must be set in production."
    )


@pytest.mark.parametrize(
    "module", ["mayors_dialogue.settings.local", "mayors_dialogue.settings.production"]
)
def test_debug_off_refuses_the_default_secret_key(module):
    result = run_settings(
        module, DJANGO_DEBUG="false", DJANGO_SECRET_KEY="django-insecure-mayors-dialogue-local-only"
    )

    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: "
        "DJANGO_SECRET_KEY must be set to a secret value when DJANGO_DEBUG is off."
    )
