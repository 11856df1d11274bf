"""A real SMTP server on loopback (aiosmtpd) for tests: it accepts or refuses messages."""

import socket
from email import message_from_bytes, policy
from email.message import Message

from aiosmtpd.controller import Controller


class RecordingHandler:
    def __init__(self, refuse: bool = False):
        self.refuse = refuse
        self.messages: list[Message] = []
        self.attempts = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 -- aiosmtpd's hook name
        self.attempts += 1
        if self.refuse:
            return "554 5.7.1 Transaction refused by test server"
        self.messages.append(message_from_bytes(envelope.original_content, policy=policy.default))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SMTPServer:
    def __init__(self, refuse: bool = False):
        self.handler = RecordingHandler(refuse=refuse)
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc_info):
        self.controller.stop()

    @property
    def messages(self) -> list[Message]:
        return self.handler.messages
