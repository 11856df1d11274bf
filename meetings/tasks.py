from celery import shared_task

from .services import meeting_reminders_send


@shared_task(name="meetings.send_reminders")
def send_reminders_task() -> int:
    return meeting_reminders_send()
