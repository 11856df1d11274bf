from django.core.management.base import BaseCommand

from mayors_dialogue.services import email_republish, email_requeue_stale


class Command(BaseCommand):
    help = (
        "Queue again the emails left waiting: those the broker refused, those whose worker "
        "stopped while sending, and those whose task was lost (what Celery beat runs every "
        "minute and every five minutes)."
    )

    def handle(self, *args, **options):
        count = email_republish() + email_requeue_stale()
        self.stdout.write(f"Emails queued again: {count}.")
