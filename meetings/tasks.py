from celery import shared_task

from .services import meeting_reminders_send


@shared_task(name="meetings.meeting_reminders_send")
def meeting_reminders_send_task() -> int:
    return meeting_reminders_send()
