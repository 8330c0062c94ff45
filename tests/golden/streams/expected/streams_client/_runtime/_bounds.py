"""Bounds on one call: the size of a buffered body and the wall-clock time of the whole call.

A per-phase ``timeout`` bounds each read, not the call: a server that sends a byte just inside the
read timeout keeps a call alive for ever, and a ``Retry-After`` header can ask for a long sleep.
A ``Deadline`` covers connecting, every read, every retry and every backoff sleep. The size cap is
counted on decoded bytes, so a small compressed body that expands without bound stops early.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable, Iterator

import httpx

from ._errors import APIResponseValidationError, APITimeoutError, ResponseTooLargeError

DEFAULT_MAX_RESPONSE_SIZE = 256 * 1024 * 1024
"""The largest body (after decompression) read into memory; streaming forms are not bounded."""

_PHASES = ("connect", "read", "write", "pool")


class Deadline:
    """A point in time after which a call gives up, or no bound (``seconds is None``)."""

    __slots__ = ("_clock", "_end", "seconds")

    def __init__(self, seconds: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._end = None if seconds is None else clock() + seconds

    def remaining(self) -> float | None:
        """Seconds left (never negative), or ``None`` without a deadline."""
        if self._end is None:
            return None
        return max(self._end - self._clock(), 0.0)

    def allows(self, delay: float) -> bool:
        """Whether sleeping ``delay`` seconds still leaves time for another attempt."""
        left = self.remaining()
        return left is None or delay < left

    def check(self, what: str, request: httpx.Request) -> None:
        """Raise ``APITimeoutError`` if the deadline has passed."""
        if self._end is not None and self._clock() >= self._end:
            raise APITimeoutError(
                f"{what} did not finish within its deadline of {self.seconds:g}s", request=request
            )

    def cap(self, request: httpx.Request) -> None:
        """Shorten every phase timeout of ``request`` to what is left of the deadline."""
        left = self.remaining()
        if left is None:
            return
        current: dict[str, float | None] = request.extensions.get("timeout") or {}
        capped: dict[str, float] = {}
        for phase in _PHASES:
            value = current.get(phase)
            capped[phase] = left if value is None else min(value, left)
        request.extensions["timeout"] = capped


def _too_large(what: str, response: httpx.Response, limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"{what} returned a body larger than max_response_size ({limit:,} bytes); "
        "raise the limit or use the streaming form",
        response=response,
        limit=limit,
    )


def _declared_too_large(response: httpx.Response, limit: int) -> bool:
    """A Content-Length over the limit (of an unencoded body) is refused before reading."""
    if response.headers.get("content-encoding", "identity") != "identity":
        return False
    length = response.headers.get("content-length", "")
    return length.isdigit() and int(length) > limit


_CHUNK = 64 * 1024


class _Decompressor:
    """Incremental gzip/deflate decoding that never yields more than ``_CHUNK`` bytes at once.

    httpx decodes each network chunk whole, and 64 KiB of a compression bomb expands to 64 MiB
    before any cap can look at it; here the output is produced, and counted, a piece at a time.
    """

    def __init__(self, encoding: str) -> None:
        self._deflate = encoding == "deflate"
        self._obj = zlib.decompressobj(zlib.MAX_WBITS | (0 if self._deflate else 16))
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._deflate and not self._started:
            self._started = True
            try:  # "deflate" is meant to be zlib-wrapped; some servers send it raw
                zlib.decompressobj().decompress(data[:2])
            except zlib.error:
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
        while data:
            piece = self._obj.decompress(data, _CHUNK)
            data = self._obj.unconsumed_tail
            if piece:
                yield piece

    def flush(self) -> bytes:
        return self._obj.flush()


def _decoder(response: httpx.Response) -> _Decompressor | None:
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        return _Decompressor("deflate" if encoding == "deflate" else "gzip")
    return None


class _Collector:
    """Counts and keeps the decoded body, raising as soon as a bound is crossed."""

    def __init__(
        self, response: httpx.Response, limit: int | None, deadline: Deadline, what: str
    ) -> None:
        self.response, self.limit, self.deadline, self.what = response, limit, deadline, what
        self.chunks: list[bytes] = []
        self.size = 0
        self.decompressor = _decoder(response)

    def add(self, data: bytes) -> None:
        try:
            for piece in self.decompressor.feed(data) if self.decompressor else (data,):
                self._keep(piece)
        except zlib.error as exc:
            raise self._corrupt(exc) from exc
        self.deadline.check(self.what, self.response.request)

    def finish(self) -> None:
        if self.decompressor:
            try:
                self._keep(self.decompressor.flush())
            except zlib.error as exc:
                raise self._corrupt(exc) from exc
        # What httpx's own read() does once the stream is consumed: the body is then available
        # as .content, .text and .json() like any buffered response.
        self.response._content = b"".join(self.chunks)  # pyright: ignore[reportPrivateUsage]

    def _keep(self, piece: bytes) -> None:
        self.size += len(piece)
        if self.limit is not None and self.size > self.limit:
            raise _too_large(self.what, self.response, self.limit)
        self.chunks.append(piece)

    def _corrupt(self, exc: zlib.error) -> APIResponseValidationError:
        encoding = self.response.headers.get("content-encoding", "")
        return APIResponseValidationError(
            f"{self.what} returned a {encoding} body that does not decompress: {exc}",
            response=self.response,
        )


def read_bounded(
    response: httpx.Response, limit: int | None, deadline: Deadline, what: str
) -> None:
    """Read a streamed response's body into ``response.content``, within the bounds."""
    try:
        if limit is not None and _declared_too_large(response, limit):
            raise _too_large(what, response, limit)
        collector = _Collector(response, limit, deadline, what)
        stream = response.iter_raw() if collector.decompressor else response.iter_bytes()
        for data in stream:
            collector.add(data)
        collector.finish()
    finally:
        response.close()


async def aread_bounded(
    response: httpx.Response, limit: int | None, deadline: Deadline, what: str
) -> None:
    """Async ``read_bounded``."""
    try:
        if limit is not None and _declared_too_large(response, limit):
            raise _too_large(what, response, limit)
        collector = _Collector(response, limit, deadline, what)
        stream = response.aiter_raw() if collector.decompressor else response.aiter_bytes()
        async for data in stream:
            collector.add(data)
        collector.finish()
    finally:
        await response.aclose()
