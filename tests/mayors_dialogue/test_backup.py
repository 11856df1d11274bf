"""`make backup` and `make restore`: a round trip restores every row and every uploaded file.
SQLite here; the same round trip on PostgreSQL (pg_dump, pg_restore) is in
tests/integration/test_backup.py."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings


def files_by_hash(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


class Site:
    """manage.py against its own database and media folder, in subprocesses."""

    def __init__(self, database_url: str, root: Path):
        self.root = root
        self.media = root / "media"
        self.env = {
            **{key: value for key, value in os.environ.items() if not key.startswith("PYTEST")},
            "DJANGO_SETTINGS_MODULE": "mayors_dialogue.settings.local",
            "DJANGO_DEBUG": "true",
            "DATABASE_URL": database_url,
            "DJANGO_MEDIA_ROOT": str(self.media),
            "REDIS_URL": "",
        }

    def manage(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    def snapshot(self) -> tuple[str, dict[str, str]]:
        data = self.manage("dumpdata", "--natural-foreign", "--indent=0", "-e", "sessions")
        return data, files_by_hash(self.media)


def round_trip(site: Site, wipe) -> None:
    site.manage("migrate", "--noinput", "-v0")
    site.manage("seed_demo")
    before = site.snapshot()
    assert len(before[1]) == 12, "the demo's evidence PDFs are in the media folder"
    assert '"model": "cities.city"' in before[0]

    backup = Path(site.manage("backup", f"--directory={site.root / 'backups'}").strip())
    wipe()

    site.manage("restore", str(backup), "--noinput")

    after = site.snapshot()
    assert after[0] == before[0]
    assert after[1] == before[1]


def test_backup_and_restore_round_trip_on_sqlite(tmp_path):
    database = tmp_path / "db.sqlite3"
    site = Site(f"sqlite:///{database}", tmp_path)

    def wipe():
        database.unlink()
        for path in sorted(site.media.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        site.manage("migrate", "--noinput", "-v0")

    round_trip(site, wipe)


def test_restore_refuses_a_folder_that_is_not_a_backup(tmp_path):
    site = Site(f"sqlite:///{tmp_path / 'db.sqlite3'}", tmp_path)
    result = subprocess.run(
        [sys.executable, "manage.py", "restore", str(tmp_path), "--noinput"],
        cwd=settings.BASE_DIR,
        env=site.env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert f"{tmp_path} is not a backup folder: it has no manifest.json." in result.stderr
