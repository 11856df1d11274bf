import os
from pathlib import Path

import allauth
import polib
from django.conf import settings
from django.core.management.base import BaseCommand

LANGUAGES = ["de", "fr", "pt"]
# django-allauth ships European Portuguese as pt_PT, which Django never looks up for "pt".
ALLAUTH_PORTUGUESE = (
    Path(allauth.__file__).parent / "locale" / "pt_PT" / "LC_MESSAGES" / "django.po"
)


class Command(BaseCommand):
    help = (
        "Compile the project's catalogues, and django-allauth's Portuguese as pt, to .mo files. "
        "Pure Python (polib), so `make run` and `make test` need no gettext tools."
    )

    def handle(self, *args, **options):
        locale_dir = Path(settings.BASE_DIR) / "locale"
        for language in LANGUAGES:
            source = locale_dir / language / "LC_MESSAGES" / "django.po"
            self.compile(source, source.with_suffix(".mo"))
        bridge = settings.VAR_DIR / "locale" / "pt" / "LC_MESSAGES" / "django.mo"
        self.compile(ALLAUTH_PORTUGUESE, bridge)
        self.stdout.write("Translations compiled.")

    def compile(self, source: Path, target: Path) -> None:
        """Written beside the target and moved into place only if it differs, so a process
        reading the catalogues meanwhile (another test run) never sees half a file."""
        target.parent.mkdir(parents=True, exist_ok=True)
        written = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        # Fuzzy and untranslated entries are left out, as msgfmt does.
        polib.pofile(str(source)).save_as_mofile(str(written))
        if target.exists() and target.read_bytes() == written.read_bytes():
            written.unlink()
        else:
            written.replace(target)
