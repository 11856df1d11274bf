"""`make bench`: gunicorn (2 workers, production settings) on PostgreSQL seeded by
`seed_scale`, measured from this separate process over loopback. Every page is reported as
a ratio to the median of a trivial view measured in the same run: first views (the caches
emptied, each of several distinct objects requested once), then repeated views of one
object (what the caches give); then a load test.

    python bench/run.py [--reseed] [--requests 200] [--clients 50 --seconds 60] [--small]
"""

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import Target, load, measure, measure_cold, request_once  # noqa: E402

TARGETS = {"html": 5.0, "ics": 5.0, "search": 8.0}
# first views, the caches empty (issue 22)
COLD_TARGETS = {"html": 10.0, "ics": 10.0, "search": 12.0}
COLD_VIEWS = 10
SCALES = {
    "full": ["--cities=1000", "--users=5000", "--meetings=10000", "--proposals=5000", "--documents=50000"],
    "small": ["--cities=60", "--users=300", "--meetings=500", "--proposals=300", "--documents=2000"],
}  # fmt: skip

# What the benchmark needs to know about the seeded data: a city with suggestions, a
# meeting with many invited cities, a theme, a participant with a calendar feed, and session
# cookies for signed-in load.
FIXTURES = """
import json
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.db.models import Count
from cities.models import City, CityMembership, Theme
from meetings.models import CalendarFeed, Meeting

city = City.objects.public().filter(slug__startswith="scale-").order_by("pk").first()
meeting = (Meeting.objects.filter(is_public=True, status="scheduled")
           .annotate(n=Count("invited_cities")).order_by("-n", "pk").first())
theme = Theme.objects.order_by("pk").first()
members = list(CityMembership.objects.filter(city__status="participant")
               .select_related("user").order_by("pk")[:20])
feed, _ = CalendarFeed.objects.get_or_create(user=members[0].user)
cookies = []
for membership in members:
    session = SessionStore()
    session[SESSION_KEY] = str(membership.user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = membership.user.get_session_auth_hash()
    session.create()
    cookies.append(f"{settings.SESSION_COOKIE_NAME}={session.session_key}")
from evidence.models import EvidenceDocument
from partnerships.models import Proposal
cold = {
    "cities": list(City.objects.public().filter(slug__startswith="scale-")
                   .order_by("pk").values_list("slug", flat=True)[10:20]),
    "meetings": list(Meeting.objects.filter(is_public=True).order_by("pk")
                     .values_list("pk", flat=True)[200:210]),
    "proposals": list(Proposal.objects.filter(status="open").order_by("pk")
                      .values_list("pk", flat=True)[50:60]),
    "documents": list(EvidenceDocument.objects.filter(visibility="public").order_by("pk")
                      .values_list("pk", flat=True)[300:310]),
    "themes": list(Theme.objects.order_by("pk").values_list("pk", flat=True)),
    "theme_slugs": list(Theme.objects.order_by("pk").values_list("slug", flat=True)),
}
# other objects, to load each worker's code and templates before the first views
warm = {
    "cities": list(City.objects.public().filter(slug__startswith="scale-")
                   .order_by("pk").values_list("slug", flat=True)[:4]),
    "meetings": list(Meeting.objects.filter(is_public=True).order_by("pk")
                     .values_list("pk", flat=True)[100:104]),
    "proposals": list(Proposal.objects.filter(status="open").order_by("pk")
                      .values_list("pk", flat=True)[30:34]),
    "documents": list(EvidenceDocument.objects.filter(visibility="public").order_by("pk")
                      .values_list("pk", flat=True)[100:104]),
    "themes": list(reversed(cold["themes"])),
    "theme_slugs": list(reversed(cold["theme_slugs"])),
}
print(json.dumps({"city": city.slug, "meeting": meeting.pk, "theme": theme.pk,
                  "theme_slug": theme.slug,
                  "feed": feed.token, "cookies": cookies, "cold": cold, "warm": warm}))
"""

EMPTY_CACHES = (
    "from django.core.cache import caches; caches['pages'].clear(); caches['default'].clear()"
)


def run(args, env, check=True, **kwargs):
    return subprocess.run(args, cwd=ROOT, env=env, check=check, text=True, **kwargs)


def database_ready(database_url: str, reseed: bool, scale, env) -> None:
    """The seeded database: `scale` is a name of SCALES or seed_scale's options."""
    options = SCALES[scale] if isinstance(scale, str) else scale
    name = urllib.parse.urlsplit(database_url).path.lstrip("/")
    maintenance = database_url.rsplit("/", 1)[0] + "/postgres"
    psql = [shutil.which("psql") or "psql", maintenance, "-v", "ON_ERROR_STOP=1", "-Atc"]
    exists = run([*psql, f"SELECT 1 FROM pg_database WHERE datname = '{name}'"], env,
                 capture_output=True).stdout.strip() == "1"  # fmt: skip
    seeded = exists and run(
        [*psql[:1], database_url, *psql[2:],
         # fails (not seeded) where the tables are missing
         "SELECT EXISTS (SELECT 1 FROM cities_city WHERE slug LIKE 'scale-%')"],
        env, capture_output=True, check=False,
    ).stdout.strip() == "t"  # fmt: skip
    if seeded and not reseed:
        print(f"Using the seeded database {name} (--reseed to start again).")
        run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], env)
        # the derived data as this release computes it, as the release step does
        run([sys.executable, "manage.py", "suggestions_rebuild"], env)
        return
    if exists:
        run([*psql, f"DROP DATABASE {name} WITH (FORCE)"], env)
    run([*psql, f"CREATE DATABASE {name}"], env)
    run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], env)
    started = time.monotonic()
    run([sys.executable, "manage.py", "seed_scale", *options], env)
    print(f"seed_scale took {time.monotonic() - started:.0f} s")


def start_gunicorn(env, port: int, log: Path):
    process = subprocess.Popen(
        [str(ROOT / "bin" / "start"), "web"],
        cwd=ROOT,
        env={**env, "BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "2"},
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    import http.client

    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit(f"gunicorn did not start; see {log}")


def pages(data: dict) -> list[tuple[Target, str]]:
    cookie = data["cookies"][0]
    return [
        (Target("trivial view (/ping)", "/ping"), "floor"),
        (Target("home", "/en/"), "html"),
        (Target("cities, filtered by theme", f"/en/cities/?needs={data['theme']}"), "html"),
        (Target("city detail with suggestions", f"/en/cities/{data['city']}/"), "html"),
        (Target("meetings list", "/en/meetings/"), "html"),
        (Target("atlas", "/en/atlas/"), "html"),
        (Target("atlas theme page", f"/en/atlas/themes/{data['theme_slug']}/"), "html"),
        (Target("meeting detail with zone table", f"/en/meetings/{data['meeting']}/"), "html"),
        (Target("my dialogue (city staff)", "/en/me/", cookie), "html"),
        (Target("proposals, filtered (signed in)",
                f"/en/partnerships/proposals/?theme={data['theme']}&status=open", cookie), "html"),
        (Target("evidence search: common word", "/en/evidence/?q=migration"), "search"),
        (Target("evidence search: rare word", "/en/evidence/?q=saltmarsh"), "search"),
        (Target("evidence search: German stem", "/de/evidence/?q=St%C3%A4dte"), "search"),
        (Target("personal .ics feed", f"/en/meetings/feed/{data['feed']}.ics"), "ics"),
    ]  # fmt: skip


WORDS = ["coastal", "housing", "remittances", "skills", "diaspora", "climate", "asylum",
         "labour", "health", "education"]  # fmt: skip
CONTINENTS = ["africa", "europe"]


def warm_up(port: int, kinds: dict[str, list[Target]]) -> None:
    """Each target a few times, so that both workers have imported the code and compiled the
    templates of every kind of page, as a server that has run for a while has: the first
    views then measure data that is not cached, not a process that has just started."""
    for targets in kinds.values():
        for target in targets:
            for _ in range(2):
                request_once(port, target)


def cold_pages(data: dict, objects: str = "cold") -> dict[str, tuple[str, list[Target]]]:
    """The first views: for each kind of page, distinct objects, filters and words (with
    `objects="warm"`, others, for `warm_up`)."""
    cold, cookie = data[objects], data["cookies"][0]
    themes = cold["themes"]
    combos = [
        (themes[n % len(themes)], themes[(n + 3) % len(themes)], CONTINENTS[n % 2])
        for n in range(COLD_VIEWS)
    ]
    pages_k = [(1 + n % 5, n // 5) for n in range(COLD_VIEWS)]  # pages 1–5, in two orders

    def targets(name, paths, with_cookie=""):
        return [Target(f"{name} {n}", path, with_cookie) for n, path in enumerate(paths)]

    return {
        "city page": ("html", targets("city", [f"/en/cities/{s}/" for s in cold["cities"]])),
        "city dossier": ("html", targets("dossier",
                                         [f"/en/cities/{s}/dossier/" for s in cold["cities"]])),
        "proposal page, signed in": ("html", targets(
            "proposal", [f"/en/partnerships/proposals/{pk}/" for pk in cold["proposals"]],
            cookie)),
        "cities filtered (needs × offers × continent)": ("html", targets(
            "cities", [f"/en/cities/?needs={n}&offers={o}&continent={c}" for n, o, c in combos])),
        "meetings list, page k": ("html", targets(
            "meetings", [f"/en/meetings/?when={('upcoming', 'past')[o]}&page={k}"
                         for k, o in pages_k])),
        "proposals list, page k, signed in": ("html", targets(
            "proposals", [f"/en/partnerships/proposals/?sort={('newest', 'relevance')[o]}&page={k}"
                          for k, o in pages_k], cookie)),
        "evidence search, new words": ("search", targets(
            "search", [f"/en/evidence/?q={word}" for word in WORDS])),
        "meeting page": ("html", targets("meeting", [f"/en/meetings/{pk}/" for pk in cold["meetings"]])),
        "meeting .ics": ("ics", targets(
            "ics", [f"/en/meetings/{pk}/calendar.ics" for pk in cold["meetings"]])),
        "atlas (continent × theme)": ("html", targets(
            "atlas", [f"/en/atlas/?continent={CONTINENTS[n % 2]}"
                      f"&theme={cold['theme_slugs'][n % len(cold['theme_slugs'])]}"
                      for n in range(COLD_VIEWS)])),
        "atlas theme page": ("html", targets(
            "atlas theme", [f"/en/atlas/themes/{slug}/" for slug in cold["theme_slugs"]][:COLD_VIEWS])),
        "evidence document page": ("html", targets(
            "document", [f"/en/evidence/{pk}/" for pk in cold["documents"]])),
    }  # fmt: skip


# How first views grow with the dialogue (issue 22): the same density per city at each size
SCALING_SIZES = (100, 1000, 5000)


def scaled(cities: int) -> list[str]:
    return [f"--cities={cities}", f"--users={5 * cities}", f"--meetings={10 * cities}",
            f"--proposals={5 * cities}", f"--documents={10 * cities}"]  # fmt: skip


def scaling_pages(data: dict, objects: str = "cold") -> dict[str, list[Target]]:
    """The pages that must not grow with the number of cities, as first views."""
    cold, cookie = data[objects], data["cookies"][0]
    themes = cold["themes"]

    def targets(name, paths, with_cookie=""):
        return [Target(f"{name} {n}", path, with_cookie) for n, path in enumerate(paths)]

    return {
        "city page": targets("city", [f"/en/cities/{s}/" for s in cold["cities"]]),
        "city page, signed in": targets(
            "city in", [f"/en/cities/{s}/" for s in cold["cities"]], cookie),
        "proposal page, signed in": targets(
            "proposal", [f"/en/partnerships/proposals/{pk}/" for pk in cold["proposals"]], cookie),
        # eight distinct pages that exist at 100 cities too (24 cities a page)
        "directory, page k": targets("directory", [
            *(f"/en/cities/?page={k}" for k in (1, 2, 3, 4)),
            *(f"/en/cities/?continent={c}&page={k}" for c in CONTINENTS for k in (1, 2))]),
        "directory, filtered": targets(
            "filtered", [f"/en/cities/?needs={themes[n % len(themes)]}&continent={CONTINENTS[n % 2]}"
                         for n in range(COLD_VIEWS)]),
    }  # fmt: skip


def scaling(args, env) -> int:
    """`make bench-scale`: first views of the pages above at 100, 1,000 and 5,000 cities,
    each size in a database of its own (seeded once), as a table and in --output."""
    table = {}
    for size in SCALING_SIZES:
        database_url = f"{args.database_url}_scale_{size}"
        size_env = {**env, "DATABASE_URL": database_url}
        database_ready(database_url, args.reseed, scaled(size), size_env)
        data = json.loads(run([sys.executable, "manage.py", "shell", "-c", FIXTURES], size_env,
                              capture_output=True).stdout.strip().splitlines()[-1])  # fmt: skip
        server = start_gunicorn(size_env, args.port, ROOT / "var" / "bench" / "gunicorn.log")
        try:
            floor = measure(args.port, [Target("floor", "/ping")], requests=args.requests)
            warm_up(args.port, scaling_pages(data, "warm"))
            run([sys.executable, "manage.py", "shell", "-c", EMPTY_CACHES], size_env)
            cold = measure_cold(args.port, scaling_pages(data))
        finally:
            server.terminate()
            server.wait(timeout=30)
        floor_ms = floor["floor"]["median_ms"]
        for row in cold.values():
            row["ratio"] = round(row["median_ms"] / floor_ms, 2)
        table[size] = {"floor_ms": floor_ms, "pages": cold}
    print("\nFirst views by the number of cities (median ms, × the trivial view)")
    print(f"{'page':<28}" + "".join(f"{f'{size:,} cities':>22}" for size in SCALING_SIZES))
    for name in scaling_pages(data):
        cells = "".join(
            f"{table[size]['pages'][name]['median_ms']:>12.1f} ms {table[size]['pages'][name]['ratio']:>5.1f}×"
            for size in SCALING_SIZES
        )  # fmt: skip
        print(f"{name:<28}{cells}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({"scaling": table}, indent=2) + "\n")
    print(f"\nWritten to {args.output}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/mayors_dialogue_bench"))  # fmt: skip
    parser.add_argument("--redis-url", default=os.environ.get(
        "BENCH_REDIS_URL", "redis://127.0.0.1:6379/9"))  # fmt: skip
    parser.add_argument("--reseed", action="store_true")
    parser.add_argument("--small", action="store_true", help="a small dialogue, for a quick run")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--port", type=int, default=8077)
    parser.add_argument("--output", type=Path, default=None)
    parser.add_argument(
        "--scaling",
        action="store_true",
        help="first views at 100, 1,000 and 5,000 cities (make bench-scale)",
    )
    args = parser.parse_args()
    default_output = "scaling.json" if args.scaling else "results.json"
    args.output = args.output or ROOT / "bench" / default_output

    work = ROOT / "var" / "bench"
    work.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "mayors_dialogue.settings.production",
        "DJANGO_SECRET_KEY": os.environ.get("BENCH_SECRET_KEY", secrets.token_urlsafe(50)),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": args.database_url,
        "REDIS_URL": args.redis_url,
        "DJANGO_CONN_MAX_AGE": "60",
        "DJANGO_LOG_LEVEL": "WARNING",
        "DJANGO_STATIC_ROOT": str(work / "static"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    if args.scaling:
        return scaling(args, env)
    database_ready(args.database_url, args.reseed, "small" if args.small else "full", env)
    data = json.loads(run([sys.executable, "manage.py", "shell", "-c", FIXTURES], env,
                          capture_output=True).stdout.strip().splitlines()[-1])  # fmt: skip

    server = start_gunicorn(env, args.port, work / "gunicorn.log")
    try:
        floor_first = measure(args.port, [Target("trivial view (/ping)", "/ping")],
                              requests=args.requests)["trivial view (/ping)"]["median_ms"]  # fmt: skip
        warm_up(args.port, {name: targets[-4:] for name, (_kind, targets)
                            in cold_pages(data, "warm").items()})  # fmt: skip
        run([sys.executable, "manage.py", "shell", "-c", EMPTY_CACHES], env)
        kinds = cold_pages(data)
        cold = measure_cold(args.port, {name: targets for name, (_kind, targets) in kinds.items()})
        failures = []
        print(f"\nFirst views, the caches emptied ({COLD_VIEWS} distinct objects each)")
        print(f"{'page':<44} {'median ms':>10} {'p95 ms':>8} {'× floor':>8} {'target':>7}")
        for name, row in cold.items():
            kind = kinds[name][0]
            row["ratio"] = round(row["median_ms"] / floor_first, 2)
            row["target"] = COLD_TARGETS[kind]
            row["within_target"] = row["ratio"] <= row["target"]
            if not row["within_target"]:
                failures.append(f"{name} (first view)")
            target = "≤" + format(row["target"], "g") + "×"
            print(f"{name:<44} {row['median_ms']:>10.2f} {row['p95_ms']:>8.2f} "
                  f"{row['ratio']:>7.2f}× {target:>7}")  # fmt: skip

        print("\nRepeated views")
        measured = measure(args.port, [target for target, _kind in pages(data)],
                           requests=args.requests)  # fmt: skip
        results = {
            target.name: {"path": target.path, "kind": kind, **measured[target.name]}
            for target, kind in pages(data)
        }
        floor = results["trivial view (/ping)"]["median_ms"]
        print(f"\n{'page':<36} {'median ms':>10} {'p95 ms':>8} {'× floor':>8} {'target':>7}")
        for name, row in results.items():
            row["ratio"] = round(row["median_ms"] / floor, 2)
            target = TARGETS.get(row["kind"])
            row["target"] = target
            row["within_target"] = target is None or row["ratio"] <= target
            if not row["within_target"]:
                failures.append(name)
            print(f"{name:<36} {row['median_ms']:>10.2f} {row['p95_ms']:>8.2f} "
                  f"{row['ratio']:>7.2f}× {'' if target is None else f'≤{target:g}×':>7}")  # fmt: skip

        mix = [target for target, kind in pages(data) if kind != "floor"]
        mix += [
            Target(f"signed in {n}", "/en/meetings/mine/", c) for n, c in enumerate(data["cookies"])
        ]
        print(f"\nLoad: {args.clients} clients for {args.seconds:g} s "
              "(the pages above, and signed-in 'My meetings' for 20 people)")  # fmt: skip
        load_result = load(args.port, mix, clients=args.clients, seconds=args.seconds)
        print(json.dumps(load_result, indent=2))
        if load_result["errors"]:
            failures.append("load test errors")
    finally:
        server.terminate()
        server.wait(timeout=30)

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(
        {"floor_ms": floor, "first_views": {"floor_ms": floor_first, "pages": cold},
         "pages": results, "load": load_result,
         "scale": "small" if args.small else "full"}, indent=2) + "\n")  # fmt: skip
    print(f"\nWritten to {args.output}")
    if failures:
        print("Over target: " + ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
