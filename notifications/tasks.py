from celery import shared_task

from .services import notification_digests_send


@shared_task(name="notifications.notification_digests_send")
def notification_digests_send_task() -> int:
    return notification_digests_send()
