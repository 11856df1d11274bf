import pytest
from django.core.mail import EmailMultiAlternatives

from mayors_dialogue import celery_app
from mayors_dialogue.enums import EmailStatus
from mayors_dialogue.models import Email
from mayors_dialogue.services import email_queue
from tests.integration.conftest import wait_until
from tests.smtp import SMTPServer

pytestmark = pytest.mark.integration


@pytest.fixture
def real_broker():
    """Publish to Redis instead of running tasks in this process."""
    celery_app.conf.task_always_eager = False
    yield
    celery_app.conf.task_always_eager = True


def test_worker_takes_the_task_from_redis_and_delivers_to_smtp(start_process, real_broker):
    with SMTPServer() as smtp:
        worker = start_process("worker", EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}")
        worker.wait_for_output("ready.", timeout=60)
        message = EmailMultiAlternatives(
            "Bem-vindo ao diálogo", "Olá", "dialogue@example.org", ["ana@example.org"]
        )

        (email,) = email_queue(message=message, language="pt")

        delivered = wait_until(lambda: smtp.messages, timeout=30)
        assert [(m["Subject"], m["To"], m["Content-Language"]) for m in delivered] == [
            ("Bem-vindo ao diálogo", "ana@example.org", "pt")
        ]
        email.refresh_from_db()
        assert wait_until(
            lambda: Email.objects.get(pk=email.pk).status == EmailStatus.SENT, timeout=10
        )
        assert "mayors_dialogue.email_send" in worker.output()
        assert "succeeded" in worker.output()
