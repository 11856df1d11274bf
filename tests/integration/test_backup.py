"""The backup round trip on PostgreSQL: pg_dump, wipe the database, pg_restore, compare."""

import shutil
import subprocess

import pytest
from django.db import connection

from tests.mayors_dialogue.test_backup import Site, round_trip

pytestmark = pytest.mark.integration

SCRATCH = "mayors_dialogue_backup_drill"


def psql(*args: str) -> None:
    db = connection.settings_dict
    subprocess.run(
        [shutil.which("psql"), "-h", db["HOST"] or "127.0.0.1", "-p", str(db["PORT"] or 5432),
         "-U", db["USER"] or "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", *args],
        check=True, capture_output=True,
    )  # fmt: skip


@pytest.fixture
def scratch_database(db):
    db_settings = connection.settings_dict
    psql("-c", f"DROP DATABASE IF EXISTS {SCRATCH} WITH (FORCE)")
    psql("-c", f"CREATE DATABASE {SCRATCH}")
    yield "postgres://{user}@{host}:{port}/{name}".format(
        user=db_settings["USER"] or "postgres",
        host=db_settings["HOST"] or "127.0.0.1",
        port=db_settings["PORT"] or 5432,
        name=SCRATCH,
    )
    psql("-c", f"DROP DATABASE IF EXISTS {SCRATCH} WITH (FORCE)")


def test_backup_and_restore_round_trip_on_postgresql(scratch_database, tmp_path):
    site = Site(scratch_database, tmp_path)

    def wipe():
        psql("-c", f"DROP DATABASE {SCRATCH} WITH (FORCE)")
        psql("-c", f"CREATE DATABASE {SCRATCH}")
        for path in sorted(site.media.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()

    round_trip(site, wipe)
