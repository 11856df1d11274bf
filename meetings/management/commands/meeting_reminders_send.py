from django.core.management.base import BaseCommand

from meetings.services import meeting_reminders_send


class Command(BaseCommand):
    help = "Send the meeting reminders that are due (what Celery beat runs every 10 minutes)."

    def handle(self, *args, **options):
        self.stdout.write(f"Meeting reminders queued: {meeting_reminders_send()}.")
