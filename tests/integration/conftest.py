"""Fixtures that start the platform's real processes (bin/start) against the PostgreSQL
test database and Redis, the way docker-compose runs them."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

BIN_DIR = str(Path(sys.executable).parent)


@pytest.fixture
def process_env(transactional_db):
    """The environment of a production process that shares this test's database."""
    db = connection.settings_dict
    database_url = "postgres://{user}@{host}:{port}/{name}".format(
        user=db["USER"] or "postgres",
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        name=db["NAME"],
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST")}
    env.update(
        PATH=BIN_DIR + os.pathsep + env.get("PATH", ""),
        DJANGO_SETTINGS_MODULE="mayors_dialogue.settings.production",
        DJANGO_SECRET_KEY=settings.SECRET_KEY,  # one key for every process, as deployed
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        REDIS_URL=os.environ["REDIS_URL"],
        SITE_URL="https://dialogue.example.org",
    )
    return env


class Process:
    def __init__(self, args, env, log_path: Path):
        self.log_path = log_path
        self.log = log_path.open("w")
        self.popen = subprocess.Popen(
            args,
            cwd=settings.BASE_DIR,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, which kill() takes down whole
        )

    def output(self) -> str:
        self.log.flush()
        return self.log_path.read_text()

    def wait_for_output(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.output():
                return
            if self.popen.poll() is not None:
                break
            time.sleep(0.2)
        pytest.fail(f"{text!r} did not appear; the process said:\n{self.output()}")

    def kill(self) -> None:
        """SIGKILL to the process and its children at once, like the OOM killer or a crash."""
        os.killpg(self.popen.pid, signal.SIGKILL)
        self.popen.wait(timeout=10)

    def stop(self) -> None:
        if self.popen.poll() is not None:
            self.log.close()
            return
        self.popen.terminate()
        try:
            self.popen.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait()
        self.log.close()


@pytest.fixture
def start_process(process_env, tmp_path):
    """start_process("worker", EMAIL_URL=...) runs bin/start with extra variables."""
    started = []

    def start(name, **extra_env):
        env = {**process_env, **extra_env}
        log = tmp_path / f"{name}-{len(started) + 1}.log"  # two workers keep two logs
        process = Process([str(Path(settings.BASE_DIR) / "bin" / "start"), name], env, log)
        started.append(process)
        return process

    yield start
    for process in started:
        process.stop()


def wait_until(predicate, timeout: float = 30, interval: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()


@pytest.fixture
def own_redis(tmp_path):
    """A Redis server of this test's own, to stop and start at will."""
    from tests.integration.redis_server import RedisServer

    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """collectstatic with production settings once per run, for the gunicorn tests."""
    static_root = tmp_path_factory.mktemp("static")
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST")}
    env.update(
        DJANGO_SETTINGS_MODULE="mayors_dialogue.settings.production",
        DJANGO_SECRET_KEY=settings.SECRET_KEY,  # one key for every process, as deployed
        DJANGO_STATIC_ROOT=str(static_root),
    )
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
    )
    return static_root


@pytest.fixture
def start_web(start_process, collected_static):
    """gunicorn with production settings on a free port; returns an HTTPS-proxied client."""
    from tests.integration.http import WebClient
    from tests.smtp import free_port

    def start(**extra_env):
        port = free_port()
        process = start_process(
            "web", BIND=f"127.0.0.1:{port}", DJANGO_STATIC_ROOT=str(collected_static), **extra_env
        )
        web = WebClient(port, process)
        if not wait_until(lambda: web.get("/healthz").status == 200, timeout=30):
            pytest.fail(f"gunicorn did not answer; it said:\n{process.output()}")
        return web

    return start
