"""Latency and load measurement over loopback, with the standard library only: sequential
timing of pages taking turns, and an asyncio crowd of clients for a fixed time."""

import asyncio
import http.client
import random
import statistics
import time
from dataclasses import dataclass, field


@dataclass
class Target:
    name: str
    path: str
    cookie: str = ""


def request_once(port: int, target: Target) -> tuple[int, float, int]:
    headers = {"X-Forwarded-Proto": "https"}
    if target.cookie:
        headers["Cookie"] = target.cookie
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", target.path, headers=headers)
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    return response.status, time.perf_counter() - started, len(body)


def _checked(port: int, target: Target) -> tuple[float, int]:
    status, elapsed, size = request_once(port, target)
    if status != 200:
        raise RuntimeError(f"{target.path} answered {status}")
    return elapsed * 1000, size


def measure(
    port: int, targets: list[Target], *, requests: int, rounds: int = 10, warmup: int = 10
) -> dict:
    """Median and p95 latency (ms) of `requests` sequential GETs of each target, after a
    warm-up. The targets take turns in `rounds` rounds, a run of requests each, so that a
    machine getting faster or slower during the measurement (other tenants, the database's
    own maintenance) weighs on every page alike and the ratios between them stay fair."""
    for target in targets:
        for _ in range(warmup):
            _checked(port, target)
    timings = {target.name: [] for target in targets}
    sizes = {}
    for _ in range(rounds):
        for target in targets:
            for _ in range(max(1, requests // rounds)):
                elapsed, sizes[target.name] = _checked(port, target)
                timings[target.name].append(elapsed)
    results = {}
    for name, values in timings.items():
        values.sort()
        results[name] = {
            "median_ms": round(statistics.median(values), 2),
            "p95_ms": round(values[int(len(values) * 0.95) - 1], 2),
            "bytes": sizes[name],
        }
    return results


def measure_cold(port: int, kinds: dict[str, list[Target]]) -> dict:
    """Median and p95 latency (ms) of first views: each target requested once, the kinds
    taking turns, right after the caches were emptied; every target a distinct object, so
    that no view reuses what another kept."""
    empty = [kind for kind, targets in kinds.items() if not targets]
    if empty:
        raise RuntimeError("no objects to measure for: " + ", ".join(empty))
    timings = {kind: [] for kind in kinds}
    sizes = {}
    for position in range(max(len(targets) for targets in kinds.values())):
        for kind, targets in kinds.items():
            if position < len(targets):
                elapsed, sizes[kind] = _checked(port, targets[position])
                timings[kind].append(elapsed)
    results = {}
    for kind, values in timings.items():
        values.sort()
        results[kind] = {
            "median_ms": round(statistics.median(values), 2),
            "p95_ms": round(values[max(0, int(len(values) * 0.95) - 1)], 2),
            "views": len(values),
            "bytes": sizes[kind],
        }
    return results


@dataclass
class LoadResult:
    requests: int = 0
    errors: list[str] = field(default_factory=list)
    timings: list[float] = field(default_factory=list)

    def summary(self, seconds: float) -> dict:
        timings = sorted(self.timings)
        return {
            "requests": self.requests,
            "errors": len(self.errors),
            "first_errors": self.errors[:5],
            "requests_per_second": round(self.requests / seconds, 1),
            "median_ms": round(statistics.median(timings), 2) if timings else None,
            "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 2) if timings else None,
        }


async def _get(port: int, target: Target) -> tuple[int, float]:
    started = time.perf_counter()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    lines = [
        f"GET {target.path} HTTP/1.1",
        f"Host: 127.0.0.1:{port}",
        "X-Forwarded-Proto: https",
        "Connection: close",
    ]
    if target.cookie:
        lines.append(f"Cookie: {target.cookie}")
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
    await writer.drain()
    data = await reader.read()
    writer.close()
    await writer.wait_closed()
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status, (time.perf_counter() - started) * 1000


async def _client(port, targets, deadline, result, rng):
    while time.monotonic() < deadline:
        target = rng.choice(targets)
        try:
            status, elapsed = await asyncio.wait_for(_get(port, target), timeout=30)
        except (OSError, TimeoutError, ValueError, IndexError) as error:
            result.errors.append(f"{target.path}: {error!r}")
            continue
        result.requests += 1
        result.timings.append(elapsed)
        if status != 200:
            result.errors.append(f"{target.path}: HTTP {status}")


def load(port: int, targets: list[Target], *, clients: int, seconds: float, seed: int = 1) -> dict:
    """`clients` concurrent clients, each requesting a random target after the other until
    `seconds` have passed. Every answer but 200 counts as an error."""
    result = LoadResult()
    deadline = time.monotonic() + seconds

    async def crowd():
        await asyncio.gather(
            *(
                _client(port, targets, deadline, result, random.Random(seed + n))  # noqa: S311 -- load mix, not secrets
                for n in range(clients)
            )
        )

    started = time.monotonic()
    asyncio.run(crowd())
    return result.summary(time.monotonic() - started)
