from celery import shared_task

from .bulk import BULK_ROWS_PER_TASK, invitation_batch_send, invitation_batches_resume
from .services import invitation_reminders_send


@shared_task(name="invitations.invitation_reminders_send")
def invitation_reminders_send_task() -> int:
    return invitation_reminders_send()


@shared_task(name="invitations.invitation_batch_send")
def invitation_batch_send_task(*, batch_id: int) -> int:
    """Send the next rows of a confirmed batch; the service queues the next run while rows
    are left, and skips rows already done, so a run repeated does no harm."""
    return invitation_batch_send(batch_id=batch_id, limit=BULK_ROWS_PER_TASK)


@shared_task(name="invitations.invitation_batches_resume")
def invitation_batches_resume_task() -> int:
    return invitation_batches_resume()
