"""Real SMTP servers on loopback for tests: one (aiosmtpd) that accepts, refuses or holds
messages, and one that accepts connections and never says a word."""

import asyncio
import socket
import threading
from email import message_from_bytes, policy
from email.message import Message

from aiosmtpd.controller import Controller


class RecordingHandler:
    def __init__(self, refuse: bool = False, hold_after: int | None = None):
        self.refuse = refuse
        self.hold_after = hold_after
        self.holding = 0
        self.messages: list[Message] = []
        self.attempts = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 -- aiosmtpd's hook name
        self.attempts += 1
        if self.refuse:
            return "554 5.7.1 Transaction refused by test server"
        if self.hold_after is not None and len(self.messages) >= self.hold_after:
            # Keep the client waiting for the reply to DATA: the message is not accepted.
            self.holding += 1
            while self.hold_after is not None:
                await asyncio.sleep(0.05)
            self.holding -= 1
            return "451 4.3.0 Try again later"
        self.messages.append(message_from_bytes(envelope.original_content, policy=policy.default))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SMTPServer:
    def __init__(
        self, refuse: bool = False, hold_after: int | None = None, port: int | None = None
    ):
        self.handler = RecordingHandler(refuse=refuse, hold_after=hold_after)
        self.port = port or free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc_info):
        self.controller.stop()

    @property
    def messages(self) -> list[Message]:
        return self.handler.messages


class SilentSMTPServer:
    """Accepts TCP connections and never sends the SMTP greeting."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self):
        while True:
            try:
                connection, _address = self.sock.accept()
            except OSError:
                return
            self.connections.append(connection)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc_info):
        self.sock.close()
        for connection in self.connections:
            connection.close()
