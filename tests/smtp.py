"""A real SMTP server on 127.0.0.1 (aiosmtpd) whose answers a test can steer."""

from __future__ import annotations

import asyncio
import email
import socket
import threading
from dataclasses import dataclass, field
from email import policy

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Received:
    sender: str
    recipients: list[str]
    message: email.message.EmailMessage
    raw: bytes = b""  # as it came over the wire (after DATA's dot-unstuffing)


@dataclass
class Handler:
    messages: list[Received] = field(default_factory=list)
    connections: int = 0
    refuse: dict[str, str] = field(default_factory=dict)  # address -> "550 ..." / "451 ..."
    data_answer: dict[str, str] = field(default_factory=dict)  # address -> answer to DATA
    disconnect_after: int | None = None  # drop the connection at the DATA of message n+1
    mail_from_answer: str | None = None  # e.g. "530 5.7.0 Authentication required"
    after_data: object = None  # called with the message count once a message is stored
    # Once this many messages are stored, MAIL FROM gets no answer (for up to 10 s): a server
    # that accepts a connection and then goes silent. None: answer.
    silent_after: int | None = None
    hang_up_at_mail: bool = False  # close the connection at MAIL FROM, without an answer
    mail_commands: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        with self.lock:
            self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        with self.lock:
            self.mail_commands += 1
        if self.hang_up_at_mail:
            server.transport.close()
            return "421 closing"
        if self.silent_after is not None and len(self.messages) >= self.silent_after:
            for _ in range(200):  # the client gives up on its timeout long before
                await asyncio.sleep(0.05)
                if self.silent_after is None:
                    break
            server.transport.close()
            return "421 closing"
        if self.mail_from_answer:
            return self.mail_from_answer
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.disconnect_after is not None and len(self.messages) >= self.disconnect_after:
                self.disconnect_after = None
                server.transport.close()
                return "421 closing"
        for address in envelope.rcpt_tos:
            if address in self.data_answer:
                return self.data_answer[address]
        parsed = email.message_from_bytes(envelope.content, policy=policy.default)
        with self.lock:
            self.messages.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), parsed, envelope.content)
            )
            count = len(self.messages)
        if self.after_data is not None:
            self.after_data(count)  # e.g. kill the sender before it hears "250"
        return "250 Message accepted"

    def to(self, address: str) -> list[Received]:
        return [m for m in self.messages if address in m.recipients]


class SMTPServer:
    """Start and stop aiosmtpd on a free loopback port."""

    def __init__(self):
        self.handler = Handler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()


class GreetingRefuser:
    """Answers every connection with one line (e.g. "554 no service") and hangs up."""

    def __init__(self, greeting: str = "554 5.3.2 no service here"):
        self.greeting = greeting.encode() + b"\r\n"
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self):
        try:
            while True:
                conn, _ = self.sock.accept()
                self.connections += 1
                with conn:
                    conn.sendall(self.greeting)
        except OSError:
            return

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.sock.close()


class SilentServer:
    """Accepts connections and never answers: the client must give up on its timeout."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.port = self.sock.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self):
        try:
            while True:
                conn, _ = self.sock.accept()
                self.accepted.append(conn)
        except OSError:
            return

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        for conn in self.accepted:
            conn.close()
        self.sock.close()
