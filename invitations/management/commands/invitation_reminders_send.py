from django.core.management.base import BaseCommand

from invitations.services import invitation_reminders_send


class Command(BaseCommand):
    help = (
        "Send the one reminder due for each invitation pending for a week (what beat runs hourly)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Reminders sent: {invitation_reminders_send()}.")
