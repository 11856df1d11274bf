from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from mayors_dialogue.backup import BackupError, backup_create


class Command(BaseCommand):
    help = "Back up the database (pg_dump, or SQLite's backup API) and the uploaded files."

    def add_arguments(self, parser):
        parser.add_argument(
            "--directory",
            type=Path,
            default=settings.VAR_DIR / "backups",
            help="Where to create the backup folder (default: var/backups).",
        )

    def handle(self, *args, directory, **options):
        try:
            target = backup_create(directory=directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(target))
