"""Server-sent events: the WHATWG ``text/event-stream`` parser and a typed stream over a response.

The parser follows the HTML specification's "interpreting an event stream" (line endings CR, LF or
CRLF, possibly split across network chunks; ``data`` lines joined with newlines; ``id`` kept
across events; ``retry`` only when all digits; comments ignored; an unterminated last event
discarded), so a stream decodes the same whatever the chunk boundaries.
"""

# The iterators read their stream's parser and decoder, which the stream keeps to itself.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import codecs
import dataclasses
import json
import re
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any, Generic, Self, TypeVar

import httpx

from ._errors import APIResponseValidationError

T = TypeVar("T")

# Only these end a line (str.splitlines would also split on form feeds and U+2028).
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclasses.dataclass(frozen=True, slots=True)
class ServerSentEvent:
    """One dispatched event."""

    data: str
    event: str = "message"
    id: str = ""
    retry: int | None = None

    def json(self) -> Any:
        return json.loads(self.data)


class EventParser:
    """Feed it chunks of bytes; it yields each event as soon as its blank line arrives."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending = ""  # text after the last line break
        self._skip_lf = False  # the last chunk ended in CR: a leading LF belongs to it
        self._first = True
        self._data: list[str] = []
        self._event = ""
        self.last_event_id = ""
        self.retry: int | None = None

    def feed(self, chunk: bytes) -> Iterator[ServerSentEvent]:
        text = self._decoder.decode(chunk)
        if self._first and text:
            self._first = False
            text = text.removeprefix("\ufeff")
        if self._skip_lf and text:
            self._skip_lf = False
            text = text.removeprefix("\n")
        text = self._pending + text
        start = 0
        for match in _LINE_END.finditer(text):
            event = self._line(text[start : match.start()])
            start = match.end()
            if event is not None:
                yield event
        self._pending = text[start:]
        self._skip_lf = start == len(text) and text.endswith("\r")

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self.last_event_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self.retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        data, event = self._data, self._event
        self._data, self._event = [], ""
        if not data:
            return None
        return ServerSentEvent(
            data="\n".join(data),
            event=event or "message",
            id=self.last_event_id,
            retry=self.retry,
        )


def parse_events(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    """Every event of a complete stream."""
    parser = EventParser()
    for chunk in chunks:
        yield from parser.feed(chunk)


class EventStream(Generic[T]):
    """The events of a streamed response, each decoded as the API description says.

    Iterate it (``for`` with a ``Client``, ``async for`` with an ``AsyncClient``); the connection
    is closed when the stream ends, when the loop is left early, or on leaving a ``with`` block.
    ``last_event_id`` and ``retry`` keep what a reconnection needs.
    """

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[ServerSentEvent], T],
        *,
        terminator: str | None = None,
        what: str = "",
    ) -> None:
        self.response = response
        self._decode = decode
        self._terminator = terminator
        self._what = what or f"{response.request.method} {response.request.url.path}"
        self._parser = EventParser()

    @property
    def last_event_id(self) -> str:
        return self._parser.last_event_id

    @property
    def retry(self) -> int | None:
        """The reconnection time the server asked for, in milliseconds."""
        return self._parser.retry

    def _value(self, event: ServerSentEvent) -> T:
        try:
            return self._decode(event)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise APIResponseValidationError(
                f"{self._what} streamed an event that does not match the API description: "
                f"{type(exc).__name__}: {exc}",
                response=self.response,
            ) from exc

    # -- sync -------------------------------------------------------------------------------
    def __iter__(self) -> Iterator[T]:
        try:
            for chunk in self.response.iter_bytes():
                for event in self._parser.feed(chunk):
                    if self._terminator is not None and event.data == self._terminator:
                        return
                    yield self._value(event)
        finally:
            self.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- async ------------------------------------------------------------------------------
    def __aiter__(self) -> AsyncIterator[T]:
        return _AsyncEvents(self)

    async def aclose(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class _AsyncEvents(Generic[T]):
    """``async for`` over an ``EventStream``: closes the response on the end, errors and cancellation.

    A class rather than an async generator: an abandoned async generator is only finalised when the
    event loop gets round to it, a cancelled ``__anext__`` here closes the connection at once.
    """

    def __init__(self, stream: EventStream[T]) -> None:
        self._stream = stream
        self._chunks = stream.response.aiter_bytes()
        self._ready: list[ServerSentEvent] = []

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        stream = self._stream
        try:
            while not self._ready:
                try:
                    chunk = await self._chunks.__anext__()
                except StopAsyncIteration:
                    await stream.aclose()
                    raise
                self._ready.extend(stream._parser.feed(chunk))
            event = self._ready.pop(0)
            if stream._terminator is not None and event.data == stream._terminator:
                await stream.aclose()
                raise StopAsyncIteration
            return stream._value(event)
        except BaseException:
            await stream.aclose()
            raise


def json_events(decode: Callable[[Any], T]) -> Callable[[ServerSentEvent], T]:
    """Decode each event's data as JSON, then with a generated ``from_dict``-style callable."""

    def decoder(event: ServerSentEvent) -> T:
        return decode(event.json())

    return decoder


def text_events(event: ServerSentEvent) -> str:
    return event.data


def event_stream(
    decode: Callable[[ServerSentEvent], T], *, terminator: str | None = None
) -> Callable[[httpx.Response], EventStream[T]]:
    """A response decoder for a ``text/event-stream`` success: the unread response as a stream."""

    def decoder(response: httpx.Response) -> EventStream[T]:
        return EventStream(response, decode, terminator=terminator)

    return decoder
