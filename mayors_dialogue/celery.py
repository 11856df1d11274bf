import logging
import os

from celery import Celery, bootsteps

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mayors_dialogue.settings.local")

logger = logging.getLogger(__name__)

app = Celery("mayors_dialogue")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


class RepublishOnConnect(bootsteps.StartStopStep):
    """Each time a worker (re)connects to the broker, it asks for every email that could not
    be handed to the broker while it was away, backoff or not, so they leave within seconds
    of its return rather than at beat's next minute."""

    requires = {"celery.worker.consumer.tasks:Tasks"}

    def start(self, consumer):
        try:
            consumer.app.send_task("mayors_dialogue.email_republish", kwargs={"all_waiting": True})
        except Exception as exc:  # the broker went away again: beat's run will do it
            logger.warning("Could not ask for the emails waiting for the broker: %r", exc)


app.steps["consumer"].add(RepublishOnConnect)
