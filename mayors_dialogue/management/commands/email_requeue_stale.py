from django.core.management.base import BaseCommand

from mayors_dialogue.services import email_requeue_stale


class Command(BaseCommand):
    help = "Queue again the emails left waiting (what Celery beat runs every five minutes)."

    def handle(self, *args, **options):
        count = email_requeue_stale()
        self.stdout.write(f"Emails queued again: {count}.")
