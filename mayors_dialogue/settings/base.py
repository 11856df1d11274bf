"""Settings shared by every environment. Everything deployment-specific comes from the
environment (see .env.example); with nothing set, the embedded default runs: SQLite under
var/, Celery tasks executed eagerly in-process, email to the console and var/mail/."""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

INSECURE_SECRET_KEY = "django-insecure-mayors-dialogue-local-only"  # noqa: S105 -- refused below unless DEBUG

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("DJANGO_SECRET_KEY", default=INSECURE_SECRET_KEY)
if not DEBUG and SECRET_KEY == INSECURE_SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be set to a secret value when DJANGO_DEBUG is off."
    )
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[SITE_URL])

INSTALLED_APPS = [
    "modeltranslation",  # must come before the admin
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sites",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_countries",
    "django_filters",
    "rules.apps.AutodiscoverRulesConfig",
    "mayors_dialogue",
    "cities",
    "notifications",
    "invitations",
    "meetings",
    "partnerships",
    "evidence",
    "pages",
    "atlas",
    "secretariat",
    "bench",
]

MIDDLEWARE = [
    # Before anything reads the client's address or scheme (the HTTPS redirect, the limits)
    "mayors_dialogue.middleware.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Outside everything that can refuse a request (a Host we do not serve, a NUL), so that
    # every response, a 400 too, carries the frame and content-security headers.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "mayors_dialogue.middleware.RefuseNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "mayors_dialogue.observability.RequestContextMiddleware",
    "mayors_dialogue.middleware.UserTimezoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

# No inline scripts or styles anywhere, so the policy can forbid them.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True

ROOT_URLCONF = "mayors_dialogue.urls"
WSGI_APPLICATION = "mayors_dialogue.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.tz",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
    # Plain text (email subjects and text bodies): nothing is HTML-escaped.
    {
        "NAME": "text",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"autoescape": False},
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=0)
# A persistent connection that the database dropped is replaced before the request uses it.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compilation: it pays off for long reports, not for a page's short queries,
    # where compiling a plan took longer (about 30 ms) than running it.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"]["options"] = "-c jit=off"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default under a small team's use: readers never wait for the writer (WAL);
    # a writer waits up to 20 s for another instead of failing at once; and a transaction takes
    # the write lock when it begins (IMMEDIATE), so it never fails half-way when a read lock
    # cannot be upgraded, which a busy timeout cannot help.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        timeout=20,
        transaction_mode="IMMEDIATE",
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")
# The default cache lives in the database, not in Redis: allauth's login rate limits use it,
# and signing in must keep working (and stay rate-limited) while Redis is down. It also holds
# the versions of the cached domains (mayors_dialogue/caching.py), which every process must
# share. The cached pages and fragments have a cache of their own, so that they can never
# push a security counter out: Redis when REDIS_URL is set (each process's memory while
# Redis cannot be reached), else a table of their own.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "django_cache",
        "OPTIONS": {"MAX_ENTRIES": 50_000},
    },
    "pages": (
        {
            "BACKEND": "mayors_dialogue.cache_backends.RedisCacheWithFallback",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "pages",
        }
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_cache_pages",
            # room for the pages of every language and filter
            "OPTIONS": {"MAX_ENTRIES": 50_000},
        }
    ),
}

AUTH_USER_MODEL = "mayors_dialogue.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "me"

# django-allauth: email is the login, nobody signs up on their own.
ACCOUNT_ADAPTER = "mayors_dialogue.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_CHANGE_EMAIL = False
ACCOUNT_REAUTHENTICATION_REQUIRED = True
# Three reset emails an hour per address, ten per client (mayors_dialogue/limits.py).
ACCOUNT_FORMS = {"reset_password": "mayors_dialogue.forms.PasswordResetForm"}
# Optional two-factor sign-in with an authenticator app, offered to admins and partner staff.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Mayors Dialogue"
# allauth's default limits stay on (e.g. five failed logins per address in five minutes).
# The proxies whose X-Forwarded-For and X-Forwarded-Proto count (addresses or networks): a
# proxy on this host by default. TrustedProxyMiddleware puts the client's address in
# REMOTE_ADDR, so allauth counts by it and needs no proxy count of its own.
TRUSTED_PROXIES = env.list("DJANGO_TRUSTED_PROXIES", default=["127.0.0.1", "::1"])
ALLAUTH_TRUSTED_PROXY_COUNT = 0

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("de", _("German")),
    ("fr", _("French")),
    ("pt", _("Portuguese")),
]
LOCALE_PATHS = [
    BASE_DIR / "locale",
    # django-allauth ships Portuguese only as pt_PT; `compiletranslations` builds it as pt here.
    VAR_DIR / "locale",
]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
# Dates and times per language (mayors_dialogue/locale_formats/): day before month, month
# names, 24-hour times; never a US numeric date.
FORMAT_MODULE_PATH = ["mayors_dialogue.locale_formats"]
MODELTRANSLATION_LANGUAGES = ("en", "de", "fr", "pt")
# A text may be written in any one language; models show it rather than nothing (the
# `translated` tag and `text_in` also put the text's original language second).
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en", "fr", "pt", "de")

STATIC_URL = "/static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=str(BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=str(VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Email: EMAIL_URL (smtp://host:port, smtp+tls://user:pass@host:587, consolemail://) or the
# embedded default, which prints every message and keeps a copy under var/mail/.
EMAIL_URL = env("EMAIL_URL", default="")
if EMAIL_URL:
    vars().update(env.email_url_config(EMAIL_URL))
else:
    EMAIL_BACKEND = "mayors_dialogue.mail.ConsoleAndFileBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = env(
    "DJANGO_DEFAULT_FROM_EMAIL", default="Mayors Dialogue <noreply@mayors-dialogue.example.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_REPLY_TO = env.list(
    "DJANGO_EMAIL_REPLY_TO", default=["secretariat@mayors-dialogue.example.org"]
)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)

# Celery: Redis as broker when REDIS_URL is set; otherwise the same task code runs eagerly.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
# Like a worker: a failing task is logged and retried, it does not break the request.
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
# A task whose worker dies (SIGKILL, OOM) goes back to the queue; sending is idempotent per
# email, so a task that runs again sends nothing twice.
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# A task taken by a worker that then died is handed out again after this many seconds.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600),
    "socket_connect_timeout": 5,
}
# Workers log through LOGGING below (structured, with task ids), not Celery's own format.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 60
CELERY_TASK_TIME_LIMIT = 90
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Fail fast when the broker is down: the outbox keeps the email, marks it as waiting for the
# broker, and beat's email_republish hands it over once the broker is back.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 1,
}
CELERY_BEAT_SCHEDULE = {
    # emails whose delivery task the broker refused (it was down), and those whose worker died
    "email-republish": {
        "task": "mayors_dialogue.email_republish",
        "schedule": crontab(),
    },
    # the safety net: emails handed to the broker whose task never ran
    "email-requeue-stale": {
        "task": "mayors_dialogue.email_requeue_stale",
        "schedule": crontab(minute="*/5"),
    },
    "invitation-reminders": {
        "task": "invitations.invitation_reminders_send",
        "schedule": crontab(minute=17),
    },
    # a list of cities being invited whose task was lost (broker down, worker stopped)
    "invitation-batches-resume": {
        "task": "invitations.invitation_batches_resume",
        "schedule": crontab(minute="*/5"),
    },
    "meeting-reminders": {
        "task": "meetings.meeting_reminders_send",
        "schedule": crontab(minute="*/10"),
    },
    "notification-digests": {
        "task": "notifications.notification_digests_send",
        "schedule": crontab(minute="*/15"),
    },
    "kept-uploads-cleanup": {
        "task": "mayors_dialogue.kept_uploads_remove_abandoned",
        "schedule": crontab(minute=41),
    },
    "limit-counters-purge": {
        "task": "mayors_dialogue.limit_counters_purge",
        "schedule": crontab(minute=43),
    },
    "comment-digests": {
        "task": "partnerships.comment_digests_send",
        "schedule": crontab(minute="*/10"),
    },
    # the safety net of the refresh enqueued on each change (a refresh lost to a broker outage)
    "suggestions-rebuild": {
        "task": "partnerships.suggestions_rebuild",
        "schedule": crontab(hour=3, minute=23),
    },
}
EMAIL_STALE_AFTER_MINUTES = 10
# A worker sending an email holds it this long at most; past it the worker is taken for dead
# and the email is queued again. Longer than a task may run (CELERY_TASK_TIME_LIMIT), so a
# worker that is merely slow is never overtaken.
EMAIL_LEASE_SECONDS = env.int("EMAIL_LEASE_SECONDS", default=CELERY_TASK_TIME_LIMIT + 30)
EMAIL_PUBLISH_BACKOFF_MAX_SECONDS = 15 * 60
EMAIL_RETRY_BACKOFF_SECONDS = env.int("EMAIL_RETRY_BACKOFF_SECONDS", default=30)
EMAIL_MAX_ATTEMPTS = 5
# Without a broker, email is sent by a thread of the web process, after the response and with
# retries (mayors_dialogue/local_outbox.py); with one, by the Celery workers.
EMAIL_DELIVERY_THREAD = env.bool("EMAIL_DELIVERY_THREAD", default=not REDIS_URL)

# Logs: one JSON object per line with request, user and task ids (DJANGO_LOG_FORMAT=json, the
# default), or plain lines for reading in a terminal (`plain`, the default of `make run`).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"context": {"()": "mayors_dialogue.observability.ContextFilter"}},
    "formatters": {
        "json": {"()": "mayors_dialogue.observability.JsonFormatter"},
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": env("DJANGO_LOG_FORMAT", default="json"),
            "filters": ["context"],
        }
    },
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
}

# Error reports go to Sentry only when SENTRY_DSN is set; nothing personal is sent.
SENTRY_DSN = env("SENTRY_DSN", default="")
if SENTRY_DSN:
    import sentry_sdk
    from sentry_sdk.integrations.celery import CeleryIntegration
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env("SENTRY_ENVIRONMENT", default="production"),
        release=env("SENTRY_RELEASE", default=None),
        integrations=[DjangoIntegration(), CeleryIntegration()],
        traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
        send_default_pii=False,
    )

IMAGE_UPLOAD_MAX_BYTES = env.int("IMAGE_UPLOAD_MAX_BYTES", default=2 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Django 6.0's default now: bare addresses typed into URL fields mean https.
FORMS_URLFIELD_ASSUME_HTTPS = True

INVITATION_EXPIRY_DAYS = env.int("INVITATION_EXPIRY_DAYS", default=14)
INVITATION_REMINDER_AFTER_DAYS = env.int("INVITATION_REMINDER_AFTER_DAYS", default=7)

EVIDENCE_MAX_UPLOAD_BYTES = env.int("EVIDENCE_MAX_UPLOAD_BYTES", default=25 * 1024 * 1024)
# Files over the largest limit are dropped as they stream in (mayors_dialogue.upload_limits).
FILE_UPLOAD_HANDLERS = [
    "mayors_dialogue.upload_limits.SizeLimitUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

# S3-compatible storage for uploads when a bucket is configured (django-storages).
if env("AWS_STORAGE_BUCKET_NAME", default=""):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
            "region_name": env("AWS_S3_REGION_NAME", default=None),
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
