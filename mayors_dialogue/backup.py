"""Backups of the database and the uploaded files: `manage.py backup` and `manage.py restore`
(`make backup`, `make restore BACKUP=...`). PostgreSQL goes through pg_dump/pg_restore, the
embedded SQLite through its online backup API; media is a tar archive of MEDIA_ROOT."""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections
from django.db.migrations.recorder import MigrationRecorder

DB_DUMP = "db.dump"
DB_SQLITE = "db.sqlite3"
MEDIA_ARCHIVE = "media.tar.gz"
MANIFEST = "manifest.json"


class BackupError(Exception):
    pass


def _database():
    return connections["default"].settings_dict


def _is_postgres() -> bool:
    return connections["default"].vendor == "postgresql"


def _pg_env() -> dict[str, str]:
    """libpq variables, so the password never appears in a process list."""
    db = _database()
    values = {
        "PGDATABASE": db["NAME"],
        "PGUSER": db["USER"],
        "PGPASSWORD": db["PASSWORD"],
        "PGHOST": db["HOST"],
        "PGPORT": str(db["PORT"] or ""),
    }
    return {**os.environ, **{key: value for key, value in values.items() if value}}


def _run(args: list[str]) -> None:
    binary = shutil.which(args[0])
    if binary is None:
        raise BackupError(f"{args[0]} is not installed (PostgreSQL client tools are needed).")
    result = subprocess.run(  # noqa: S603 -- fixed arguments, no shell
        [binary, *args[1:]], env=_pg_env(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{args[0]} failed: {result.stderr.strip()}")


def _media_root() -> Path | None:
    """MEDIA_ROOT when uploads are on the local disk; with S3 the bucket keeps its own."""
    return Path(settings.MEDIA_ROOT) if isinstance(default_storage, FileSystemStorage) else None


def backup_create(*, directory: Path) -> Path:
    """Write the database and the media into a new folder under `directory`."""
    target = directory / datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target.mkdir(parents=True, exist_ok=False)
    if _is_postgres():
        _run(["pg_dump", "--format=custom", "--no-owner", "--no-acl", f"--file={target / DB_DUMP}"])
    else:
        connections["default"].close()
        with (
            closing(sqlite3.connect(_database()["NAME"])) as source,
            closing(sqlite3.connect(target / DB_SQLITE)) as copy,
        ):
            source.backup(copy)
    media = _media_root()
    if media is not None:
        with tarfile.open(target / MEDIA_ARCHIVE, "w:gz") as archive:
            if media.exists():
                archive.add(media, arcname=".")
    manifest = {
        "created_at": datetime.now(UTC).isoformat(),
        "database": connections["default"].vendor,
        "media": media is not None,
        "migrations": MigrationRecorder(connections["default"]).migration_qs.count(),
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2))
    return target


def backup_restore(*, source: Path) -> dict:
    """Replace the database and the media with those of a backup folder."""
    manifest_path = source / MANIFEST
    if not manifest_path.exists():
        raise BackupError(f"{source} is not a backup folder: it has no {MANIFEST}.")
    manifest = json.loads(manifest_path.read_text())
    if manifest["database"] != connections["default"].vendor:
        raise BackupError(
            f"The backup is of a {manifest['database']} database; this is "
            f"{connections['default'].vendor}."
        )
    connections["default"].close()
    if _is_postgres():
        _run(
            ["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-acl",
             "--single-transaction", f"--dbname={_database()['NAME']}", str(source / DB_DUMP)]
        )  # fmt: skip
    else:
        with (
            closing(sqlite3.connect(source / DB_SQLITE)) as copy,
            closing(sqlite3.connect(_database()["NAME"])) as live,
        ):
            copy.backup(live)
    media = _media_root()
    if manifest["media"] and media is not None:
        if media.exists():
            shutil.rmtree(media)
        media.mkdir(parents=True)
        with tarfile.open(source / MEDIA_ARCHIVE, "r:gz") as archive:
            archive.extractall(media, filter="data")
    return manifest
