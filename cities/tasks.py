from celery import shared_task

from .services import invitation_reminders_send


@shared_task(name="cities.invitation_send_reminders")
def invitation_send_reminders_task() -> int:
    return invitation_reminders_send()
