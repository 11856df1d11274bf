import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from bench.scale import AlreadySeededError, seed_scale


class Command(BaseCommand):
    help = (
        "Fill a fresh database with a dialogue at scale for benchmarks: generated cities, "
        "people, meetings, proposals and evidence (with search vectors on PostgreSQL)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cities", type=int, default=1000)
        parser.add_argument("--users", type=int, default=5000)
        parser.add_argument("--meetings", type=int, default=10000)
        parser.add_argument("--proposals", type=int, default=5000)
        parser.add_argument("--documents", type=int, default=50000)
        parser.add_argument("--seed", type=int, default=2026, help="Random seed (repeatable).")

    def handle(self, *args, cities, users, meetings, proposals, documents, seed, **options):
        started = time.monotonic()
        try:
            counts = seed_scale(
                cities=cities,
                users=users,
                meetings=meetings,
                proposals=proposals,
                documents=documents,
                seed=seed,
            )
        except AlreadySeededError as error:
            raise CommandError(str(error)) from error
        if connection.vendor == "postgresql":
            # statistics for the planner, as autovacuum would gather them after a bulk load
            # (without them, a search for a common word is planned as if it were rare)
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        self.stdout.write(f"Created {summary} in {time.monotonic() - started:.0f} s.")
