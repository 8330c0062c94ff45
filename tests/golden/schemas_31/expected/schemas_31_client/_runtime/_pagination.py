"""Auto-pagination: a list operation's pages, and its items across pages, for sync and async.

Each paginated operation has a ``Paging`` (chosen by the generator from the API description, or
configured) naming the scheme and where its pieces are. A ``Page`` calls the endpoint function
again with the next page's arguments, so every parameter, credential, retry and error of the
endpoint applies to every page.
"""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, Literal, TypeVar, cast

from ._client import APIResponse
from ._types import UNSET

T = TypeVar("T")

Scheme = Literal["cursor", "has_more", "next_url", "offset", "page", "link"]
_LINK = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,]+)*)")


def link_next(header: str) -> str | None:
    """The target of the ``rel="next"`` link of an RFC 8288 ``Link`` header."""
    for match in _LINK.finditer(header):
        for param in match.group(2).split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "rel" and "next" in value.strip().strip('"').lower().split():
                return match.group(1)
    return None


_NO_QUERY: Mapping[str, str] = {}


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Paging(Generic[T]):
    """Where one operation keeps its pages: attribute paths are Python names on the decoded body.

    - ``cursor``: ``next`` is the cursor to send as ``param``; stop when it is empty.
    - ``has_more``: ``next`` is a boolean; the last item's ``item_id`` (or ``cursor_field``) is
      sent as ``param``.
    - ``next_url``: ``next`` is a URL; its query parameters become the next call's arguments.
    - ``offset``: ``param`` advances by the number of items; ``total`` (if any) says when to stop.
    - ``page``: ``param`` advances by one from ``start``; ``total`` (if any) is the page count.
    - ``link``: the next URL is the response's ``Link: <...>; rel="next"`` header.
    """

    scheme: Scheme
    items: tuple[str, ...] = ()  # () when the body itself is the list
    param: str = ""
    next: tuple[str, ...] = ()
    total: tuple[str, ...] = ()
    item_id: str = "id"
    cursor_field: tuple[str, ...] = ()
    start: int = 0
    query: Mapping[str, str] = dataclasses.field(default_factory=lambda: _NO_QUERY)  # wire → Python


def _get(value: Any, path: Sequence[str]) -> Any:
    """The attribute (or, in an untyped body, the key) at ``path``; ``None`` when absent."""
    found: Any = value
    for name in path:
        if found is None or found is UNSET:
            return None
        if isinstance(found, dict):
            found = cast("dict[str, Any]", found).get(name)
        else:
            found = getattr(found, name, None)
    return None if found is UNSET else found


def _items(paging: Paging[T], parsed: Any) -> list[T]:
    found = _get(parsed, paging.items) if paging.items else parsed
    return list(cast("list[T]", found)) if isinstance(found, list) else []


def _from_url(paging: Paging[Any], url: str) -> dict[str, Any] | None:
    """The next call's arguments from a next-page URL (its query, mapped to parameter names)."""
    query: list[tuple[str, str]] = urllib.parse.parse_qsl(
        urllib.parse.urlsplit(url).query, keep_blank_values=True
    )
    changed: dict[str, Any] = {}
    for wire, value in query:
        name = paging.query.get(wire)
        if name is not None:
            changed[name] = value
    return changed or None


def next_arguments(
    paging: Paging[Any], kwargs: Mapping[str, Any], response: APIResponse[Any]
) -> dict[str, Any] | None:
    """The keyword arguments of the next page's call, or ``None`` after the last page."""
    parsed = response.parsed
    items = _items(paging, parsed)
    scheme = paging.scheme
    changed: dict[str, Any] | None = None
    if scheme == "cursor":
        cursor = _get(parsed, paging.next)
        changed = {paging.param: cursor} if cursor not in (None, "") else None
    elif scheme == "has_more":
        if _get(parsed, paging.next) is True and items:
            cursor = (
                _get(parsed, paging.cursor_field)
                if paging.cursor_field
                else _get(items[-1], (paging.item_id,))
            )
            changed = {paging.param: cursor} if cursor not in (None, "") else None
    elif scheme == "next_url":
        url = _get(parsed, paging.next)
        changed = _from_url(paging, url) if isinstance(url, str) and url else None
    elif scheme == "link":
        target = link_next(response.headers.get("link", ""))
        changed = _from_url(paging, target) if target else None
    elif items:
        current = kwargs.get(paging.param, UNSET)
        position = current if isinstance(current, int) else paging.start
        total = _get(parsed, paging.total)
        position += len(items) if scheme == "offset" else 1
        # ``total`` counts items (offset) or pages (page), from ``start`` (0- or 1-based).
        done = isinstance(total, int) and position - paging.start >= total
        changed = None if done else {paging.param: position}
    if changed is None or all(kwargs.get(k, UNSET) == v for k, v in changed.items()):
        return None  # no next page, or one that would repeat this page
    return {**kwargs, **changed}


class Page(Generic[T]):
    """One page of a list operation; iterating it yields the items of this and every later page."""

    def __init__(
        self,
        fetch: Callable[..., APIResponse[Any]],
        paging: Paging[T],
        kwargs: dict[str, Any],
        response: APIResponse[Any],
    ) -> None:
        self._fetch, self._paging, self._kwargs = fetch, paging, kwargs
        self.response = response
        self.items: list[T] = _items(paging, response.parsed)
        self._next = next_arguments(paging, kwargs, response)

    @property
    def parsed(self) -> Any:
        """This page's whole decoded body."""
        return self.response.parsed

    def has_next_page(self) -> bool:
        return self._next is not None

    def next_page(self) -> Page[T]:
        if self._next is None:
            raise StopIteration("this is the last page")
        return Page(self._fetch, self._paging, self._next, self._fetch(**self._next))

    def iter_pages(self) -> Iterator[Page[T]]:
        page: Page[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items

    def __repr__(self) -> str:
        return f"<Page of {len(self.items)} items, has_next_page={self.has_next_page()}>"


class AsyncPage(Generic[T]):
    """``Page`` for an ``AsyncClient``: ``await page.next_page()``, ``async for item in page``."""

    def __init__(
        self,
        fetch: Callable[..., Awaitable[APIResponse[Any]]],
        paging: Paging[T],
        kwargs: dict[str, Any],
        response: APIResponse[Any],
    ) -> None:
        self._fetch, self._paging, self._kwargs = fetch, paging, kwargs
        self.response = response
        self.items: list[T] = _items(paging, response.parsed)
        self._next = next_arguments(paging, kwargs, response)

    @property
    def parsed(self) -> Any:
        return self.response.parsed

    def has_next_page(self) -> bool:
        return self._next is not None

    async def next_page(self) -> AsyncPage[T]:
        if self._next is None:
            raise StopAsyncIteration("this is the last page")
        response = await self._fetch(**self._next)
        return AsyncPage(self._fetch, self._paging, self._next, response)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    def __repr__(self) -> str:
        return f"<AsyncPage of {len(self.items)} items, has_next_page={self.has_next_page()}>"
