from django.core.management.base import BaseCommand

from partnerships.suggestions import suggestions_rebuild


class Command(BaseCommand):
    help = (
        "Compute every city's kept suggestions again, from the cities' needs and potentials "
        "(derived data only; run by the release step and nightly by Celery beat)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Suggestions kept: {suggestions_rebuild()}.")
