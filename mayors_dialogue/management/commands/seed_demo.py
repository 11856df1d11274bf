from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from mayors_dialogue.datafiles import DataFileError, demo_loaders
from mayors_dialogue.enums import DataOrigin
from mayors_dialogue.models import LoadedRow, User
from mayors_dialogue.signals import cache_invalidate_all

REFUSE_WITHOUT_DEBUG = (
    "Refusing to load the demo with DJANGO_DEBUG off: it creates accounts with a published "
    "password and invented content. Load it into a development or staging database, or "
    "pass --force if this really is one. The release step runs load_reference_data instead."
)
REFUSE_REAL_DATA = (
    "Refusing to load the demo: this database holds accounts that seed_demo did not create "
    "({count}), and the demo was never loaded into it, so it holds real data. seed_demo adds "
    "demo content only to an empty database or to one it seeded before. Nothing was changed."
)


class Command(BaseCommand):
    help = (
        "Load the demo: the reference data, then city profiles, accounts, meetings dated from "
        "today, proposals, evidence and an invitation. Only creates what it has not created "
        "before; never changes what exists."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load the demo even when DJANGO_DEBUG is off (a staging database).",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(REFUSE_WITHOUT_DEBUG)
        if not LoadedRow.objects.filter(origin=DataOrigin.DEMO).exists():
            accounts = User.objects.count()
            if accounts:
                raise CommandError(REFUSE_REAL_DATA.format(count=accounts))
        today = timezone.localdate()
        try:
            with transaction.atomic():
                call_command("load_reference_data", stdout=self.stdout)
                for loader in demo_loaders():
                    created = loader.load(today=today)
                    self.stdout.write(f"{loader.label}: {created} created.")
                transaction.on_commit(cache_invalidate_all)
        except DataFileError as error:
            raise CommandError(f"Nothing was loaded. {error}") from error
