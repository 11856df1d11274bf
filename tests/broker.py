"""Point this test process's Celery at a real broker instead of running tasks in-process."""

from contextlib import contextmanager

from mayors_dialogue import celery_app
from mayors_dialogue.services import broker_breaker_reset


@contextmanager
def publishing_to(url: str):
    """Tasks are published to the broker at `url` (which may be down); afterwards they run
    in-process again and the outbox forgets any refusal it saw."""
    real_url = celery_app.conf.broker_url
    celery_app.conf.task_always_eager = False
    point_broker_at(url)
    try:
        yield
    finally:
        point_broker_at(real_url)
        celery_app.conf.task_always_eager = True
        broker_breaker_reset()


def point_broker_at(url: str) -> None:
    celery_app.conf.broker_url = url
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
