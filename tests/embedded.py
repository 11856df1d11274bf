"""The embedded default as a person runs it: a SQLite database of its own, migrated and seeded
with the demo, served by `manage.py runserver` (what `make run` starts) or by gunicorn with
production settings (`bin/start web`), with no Redis: tasks run in the web process."""

import os
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from django.conf import settings

from tests.integration.http import WebClient

SECRET_KEY = "embedded-site-test-key-not-for-production-0123456789"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class EmbeddedSite:
    def __init__(self, folder: Path):
        self.folder = folder
        self.database = folder / "db.sqlite3"
        self.processes: list[subprocess.Popen] = []
        self.logs: list[Path] = []
        self._log_files = []
        self.env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST")}
        for name in (
            "DATABASE_URL",
            "REDIS_URL",
            "EMAIL_URL",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_DEBUG",
            "DJANGO_SECRET_KEY",
        ):
            self.env.pop(name, None)
        self.env.update(
            DATABASE_URL=f"sqlite:///{self.database}",
            EMAIL_URL="consolemail://",
            DJANGO_MEDIA_ROOT=str(folder / "media"),
            DJANGO_SECRET_KEY=SECRET_KEY,
        )

    def manage(self, *command, **env) -> None:
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=settings.BASE_DIR,
            env={**self.env, **env},
            check=True,
            capture_output=True,
        )

    def prepare(self) -> "EmbeddedSite":
        self.manage("migrate", "--noinput")
        self.manage("seed_demo", DJANGO_DEBUG="true")
        return self

    def start(self, server: str, **env) -> WebClient:
        """runserver with the local settings, or gunicorn (two workers) with production ones;
        a client once it answers."""
        port = free_port()
        env = {**self.env, **env}
        if server == "runserver":
            command = [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"]
        else:
            static_root = self.folder / "static"
            production = {
                "DJANGO_SETTINGS_MODULE": "mayors_dialogue.settings.production",
                "DJANGO_STATIC_ROOT": str(static_root),
                "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
                "SITE_URL": "https://dialogue.example.org",
            }
            env.update(production)
            if not static_root.exists():
                self.manage("collectstatic", "--noinput", "-v0", **production)
            env.update(BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY="2")
            env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
            command = [str(Path(settings.BASE_DIR) / "bin" / "start"), "web"]
        log = self.folder / f"{server}-{len(self.logs)}.log"
        self.logs.append(log)
        self._log_files.append(log.open("w"))
        self.processes.append(
            subprocess.Popen(
                command,
                cwd=settings.BASE_DIR,
                env=env,
                stdout=self._log_files[-1],
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
        client = WebClient(port)
        deadline = time.monotonic() + 60
        while client.get("/en/").status != 200:
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        return client

    def sign_in(self, client: WebClient, email: str) -> None:
        response = client.post_form(
            "/en/accounts/login/", {"login": email, "password": "dialogue-demo-2021"}
        )
        assert response.status == 302, response.text[-2000:]

    def rows(self, sql: str, *params) -> list[tuple]:
        with closing(sqlite3.connect(self.database, timeout=30)) as connection:
            return connection.execute(sql, params).fetchall()

    def output(self) -> str:
        return "\n".join(log.read_text() for log in self.logs)

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, 15)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, 9)
                    process.wait(timeout=10)
        for log_file in self._log_files:
            log_file.close()
