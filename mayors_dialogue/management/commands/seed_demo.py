from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sites.models import Site
from django.core.management.base import BaseCommand, CommandError

from cities.demo import demo_directory_load, demo_profiles_load
from evidence.demo import demo_evidence_load
from mayors_dialogue.demo import demo_accounts_load, demo_invitations_load
from meetings.demo import demo_meetings_load
from partnerships.demo import demo_proposals_load


class Command(BaseCommand):
    help = (
        "Load the dialogue's real cities and partners and the demo accounts. "
        "Safe to run again: existing rows are updated, nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Create the demo accounts even when DJANGO_DEBUG is off.",
        )
        parser.add_argument(
            "--without-accounts",
            action="store_true",
            help="Load only the cities and partners (for production).",
        )

    def handle(self, *args, force=False, without_accounts=False, **options):
        if not without_accounts and not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to create demo accounts with DJANGO_DEBUG off. "
                "Use --without-accounts to load only the directory, or --force."
            )
        domain = urlsplit(settings.SITE_URL).netloc
        Site.objects.update_or_create(
            pk=settings.SITE_ID, defaults={"domain": domain, "name": "Mayors Dialogue"}
        )
        cities, partners = demo_directory_load()
        self.stdout.write(f"Cities: {cities} created. Partners: {partners} created.")
        profiles = demo_profiles_load()
        self.stdout.write(f"Themes and profile entries: {profiles} created.")
        meetings = demo_meetings_load()
        self.stdout.write(f"Meetings: {meetings} created.")
        if not without_accounts:
            accounts = demo_accounts_load()
            self.stdout.write(f"Demo accounts: {accounts} created.")
            invitations = demo_invitations_load()
            self.stdout.write(f"Demo invitations: {invitations} created.")
            proposals = demo_proposals_load()
            self.stdout.write(f"Partnership proposals: {proposals} created.")
            documents = demo_evidence_load()
            self.stdout.write(f"Evidence documents: {documents} created.")
