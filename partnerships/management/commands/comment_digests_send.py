from django.core.management.base import BaseCommand

from partnerships.services import comment_digests_send


class Command(BaseCommand):
    help = "Send the comment digests that are due (what Celery beat runs every 10 minutes)."

    def handle(self, *args, **options):
        self.stdout.write(f"Comment digests queued: {comment_digests_send()}.")
