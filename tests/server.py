"""A real HTTP server on localhost for behaviour tests: records requests, answers from a script.

Each response is written with a single ``sendall`` so keep-alive clients do not hit the delayed-ACK
stall on loopback.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Recorded:
    method: str
    path: str  # raw path as sent, without the query
    query: list[tuple[str, str]]
    headers: dict[str, str]  # lower-cased names
    body: bytes
    raw_query: str = ""  # the query as sent, still percent-encoded

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # JSON-encoded unless bytes/str
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    # Sent as HTTP/1.1 chunks, one per item, ``chunk_delay`` seconds apart (a dripping or
    # streaming server); ``body`` is ignored then. The server stops when the client hangs up.
    chunks: list[bytes] | None = None
    chunk_delay: float = 0.0

    def encode(self) -> tuple[bytes, str]:
        if self.body is None:
            return b"", ""
        if isinstance(self.body, bytes):
            return self.body, "application/octet-stream"
        if isinstance(self.body, str):
            return self.body.encode(), "text/plain; charset=utf-8"
        return json.dumps(self.body).encode(), "application/json"


Responder = Callable[[Recorded], Reply]


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        recorded = Recorded(
            method=self.command,
            path=parts.path,
            query=parse_qsl(parts.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            raw_query=parts.query,
        )
        self.server.requests.append(recorded)
        reply = self.server.respond(recorded)
        if reply.delay:
            threading.Event().wait(reply.delay)
        if reply.chunks is not None:
            self._send_chunks(reply)
            return
        payload, content_type = reply.encode()
        head = [f"HTTP/1.1 {reply.status} {self.responses.get(reply.status, ('',))[0]}"]
        headers = {"Content-Length": str(len(payload)), **reply.headers}
        if content_type and "Content-Type" not in headers:
            headers["Content-Type"] = content_type
        head += [f"{k}: {v}" for k, v in headers.items()]
        self.connection.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + payload)

    def _send_chunks(self, reply: Reply) -> None:
        assert reply.chunks is not None
        head = [f"HTTP/1.1 {reply.status} {self.responses.get(reply.status, ('',))[0]}",
                "Transfer-Encoding: chunked", *(f"{k}: {v}" for k, v in reply.headers.items())]
        try:
            self.connection.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
            for chunk in reply.chunks:
                if reply.chunk_delay:
                    threading.Event().wait(reply.chunk_delay)
                self.connection.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.server.chunks_sent += 1
            self.connection.sendall(b"0\r\n\r\n")
        except OSError:  # the client hung up: what a streaming test checks for
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[Recorded] = []
        self.script: list[Reply] = []
        self.responder: Responder | None = None
        self.chunks_sent = 0

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)  # a client hanging up is not news

    def respond(self, recorded: Recorded) -> Reply:
        if self.script:
            return self.script.pop(0)
        if self.responder is not None:
            return self.responder(recorded)
        return Reply(status=500, body={"error": "no reply scripted"})


class LocalServer:
    """Start with ``with LocalServer() as srv``; ``srv.url`` is the base URL."""

    def __init__(self) -> None:
        self._server = _Server()
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def requests(self) -> list[Recorded]:
        return self._server.requests

    @property
    def chunks_sent(self) -> int:
        """How many chunks of ``Reply.chunks`` replies reached the socket."""
        return self._server.chunks_sent

    def reply(self, *replies: Reply) -> None:
        """Queue replies, answered in order before the responder is asked."""
        self._server.script.extend(replies)

    def respond_with(self, responder: Responder) -> None:
        self._server.responder = responder

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
