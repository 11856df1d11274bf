from django.apps import AppConfig


class BenchConfig(AppConfig):
    """`seed_scale` and the benchmark that measures the pages on what it writes."""

    name = "bench"
