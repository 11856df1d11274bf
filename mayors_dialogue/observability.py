"""Structured logs: every line carries the request id, the user id and the Celery task id it
belongs to, so one request can be followed from the web process into the worker."""

import json
import logging
import re
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

from celery.signals import before_task_publish, task_postrun, task_prerun
from django.core.signals import request_started

request_id_var: ContextVar[str] = ContextVar("request_id", default="")
user_id_var: ContextVar[str] = ContextVar("user_id", default="")
task_id_var: ContextVar[str] = ContextVar("task_id", default="")

CONTEXT = {"request_id": request_id_var, "user_id": user_id_var, "task_id": task_id_var}
INCOMING_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class ContextFilter(logging.Filter):
    """Puts the current request, user and task ids on every record."""

    def filter(self, record):
        for name, var in CONTEXT.items():
            if not getattr(record, name, ""):
                setattr(record, name, var.get())
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for log collectors."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in CONTEXT:
            value = getattr(record, name, "")
            if value:
                entry[name] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class RequestContextMiddleware:
    """After authentication: names the request (the proxy's X-Request-ID if it sent a sane
    one, else a new id), returns that id in the response, and logs under it. The ids stay
    set until the next request starts, so Django's own log line for a 4xx or 5xx response,
    written after the middleware returns, carries them too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request.request_id = incoming if INCOMING_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        user = getattr(request, "user", None)
        request_id_var.set(request.request_id)
        user_id_var.set(str(user.pk) if user is not None and user.is_authenticated else "")
        response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        return response


@request_started.connect
def _forget_the_previous_request(**kwargs):
    request_id_var.set("")
    user_id_var.set("")


@before_task_publish.connect
def _pass_request_id_to_task(headers=None, **kwargs):
    if headers is not None and request_id_var.get():
        headers.setdefault("request_id", request_id_var.get())


@task_prerun.connect
def _enter_task(task_id=None, task=None, **kwargs):
    """In a worker the request id comes from the message; run eagerly, the task keeps the
    request's."""
    request_id = getattr(task.request, "request_id", None) or request_id_var.get()
    task.request.log_context = (task_id_var.set(task_id or ""), request_id_var.set(request_id))


@task_postrun.connect
def _leave_task(task=None, **kwargs):
    tokens = getattr(task.request, "log_context", None)
    if tokens:
        task_id_var.reset(tokens[0])
        request_id_var.reset(tokens[1])
