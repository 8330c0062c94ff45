"""A response whose body has not been read: for downloads too large to hold in memory.

The ``_streaming`` form of an endpoint returns one once the status line and headers are in; the
body is read only as the caller iterates it (or writes it to a file), so memory stays flat
whatever the size. Not bounded by ``max_response_size``, which is for buffered bodies.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Self

import httpx


class StreamedResponse:
    """Status, headers and an unread body; close it (or use ``with``) when done."""

    __slots__ = ("http_response",)

    def __init__(self, http_response: httpx.Response) -> None:
        self.http_response = http_response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def __repr__(self) -> str:
        return f"<StreamedResponse [{self.status_code}]>"

    # -- sync -------------------------------------------------------------------------------
    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body, decompressed, in chunks as they arrive."""
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def write_to_file(self, path: str | os.PathLike[str]) -> int:
        """Stream the body into ``path``; returns the number of bytes written."""
        written = 0
        with open(path, "wb") as file:
            for chunk in self.http_response.iter_bytes():
                file.write(chunk)
                written += len(chunk)
        return written

    def read(self) -> bytes:
        """The whole body at once (unbounded: prefer the iterators for large bodies)."""
        return self.http_response.read()

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- async ------------------------------------------------------------------------------
    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def aiter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return self.http_response.aiter_text(chunk_size)

    def aiter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def awrite_to_file(self, path: str | os.PathLike[str]) -> int:
        """Async ``write_to_file``: the file is opened and written in a worker thread."""
        import asyncio

        written = 0
        file = await asyncio.to_thread(open, path, "wb")
        try:
            async for chunk in self.http_response.aiter_bytes():
                await asyncio.to_thread(file.write, chunk)
                written += len(chunk)
        finally:
            await asyncio.to_thread(file.close)
        return written

    async def aread(self) -> bytes:
        return await self.http_response.aread()

    async def aclose(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
