from django.core.management.base import BaseCommand, CommandError

from cities.reference import reference_data_load
from mayors_dialogue.datafiles import DataFileError
from mayors_dialogue.services import site_configure


class Command(BaseCommand):
    help = (
        "Create the themes, founding cities and partner organisations that are missing "
        "(cities/data/reference/). Never changes or deletes a row that exists: this is what "
        "the release step runs before every start."
    )

    def handle(self, *args, **options):
        try:
            created = reference_data_load()
        except DataFileError as error:
            raise CommandError(f"Nothing was loaded. {error}") from error
        site_configure()
        self.stdout.write(
            "Reference data: {themes} themes, {cities} cities and {partners} partners "
            "created.".format(**created)
        )
