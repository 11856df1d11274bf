from celery import shared_task

from .services import comment_digests_send


@shared_task(name="partnerships.send_comment_digests")
def send_comment_digests_task() -> int:
    return comment_digests_send()
