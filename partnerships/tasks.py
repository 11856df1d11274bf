from celery import shared_task

from .services import comment_digests_send


@shared_task(name="partnerships.comment_digests_send")
def comment_digests_send_task() -> int:
    return comment_digests_send()
