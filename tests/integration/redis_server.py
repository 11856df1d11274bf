"""A Redis server of the test's own on a free port, which a drill may stop and start again
without touching the machine's shared Redis."""

import shutil
import subprocess
import time
from pathlib import Path

import pytest
import redis

from tests.smtp import free_port


class RedisServer:
    def __init__(self, directory: Path):
        self.directory = directory
        self.port = free_port()
        self.popen = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def ping(self) -> bool:
        client = redis.Redis(port=self.port, socket_connect_timeout=0.5)
        try:
            return bool(client.ping())
        except redis.ConnectionError:
            return False
        finally:
            client.close()

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail("redis-server is not installed; the Redis drills need it")
        arguments = f"--bind 127.0.0.1 --port {self.port} --appendonly no --dir {self.directory}"
        with (self.directory / "redis.log").open("a") as log:
            self.popen = subprocess.Popen(
                [binary, *arguments.split(), "--save", ""], stdout=log, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + 10
        while not self.ping():
            if time.monotonic() > deadline or self.popen.poll() is not None:
                pytest.fail(f"redis-server did not start on port {self.port}")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.popen is not None and self.popen.poll() is None:
            self.popen.terminate()
            self.popen.wait(timeout=10)
        self.popen = None
