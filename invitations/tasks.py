from celery import shared_task

from .services import invitation_reminders_send


@shared_task(name="invitations.invitation_reminders_send")
def invitation_reminders_send_task() -> int:
    return invitation_reminders_send()
