import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mayors_dialogue.settings.local")

app = Celery("mayors_dialogue")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
