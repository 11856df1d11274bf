import subprocess
from pathlib import Path

import allauth
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

# django-allauth ships European Portuguese as pt_PT, which Django never looks up for "pt".
ALLAUTH_PORTUGUESE = (
    Path(allauth.__file__).parent / "locale" / "pt_PT" / "LC_MESSAGES" / "django.po"
)


class Command(BaseCommand):
    help = "Compile the project's catalogues, and django-allauth's Portuguese as pt."

    def handle(self, *args, **options):
        call_command(
            "compilemessages",
            locale=["de", "fr", "pt"],
            ignore_patterns=[".venv/*", "venv/*", "var/*"],
            verbosity=0,
        )
        target = settings.VAR_DIR / "locale" / "pt" / "LC_MESSAGES" / "django.mo"
        target.parent.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(  # noqa: S603 -- fixed arguments, our own file paths
            ["msgfmt", "--check-format", "-o", str(target), str(ALLAUTH_PORTUGUESE)],  # noqa: S607 -- msgfmt from gettext, as compilemessages uses it
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode:
            raise CommandError(result.stderr)
        self.stdout.write("Translations compiled.")
