# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms.

Each operation is written once, as its synchronous function; the other forms are derived from it
(``_async_form``, ``_with_response``), so they take exactly the same parameters.
"""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

import httpx as _httpx

from .. import _runtime as _rt
from .._client import Client as _Client
from .._client import async_form as _async_form
from .._client import paged as _paged
from .._client import paged_async as _paged_async
from .._client import with_response as _with_response
from ..models.commit import Commit

__all__ = [
    "ListCommitsResponse",
    "list_commits",
    "list_commits_async",
    "list_commits_pages",
    "list_commits_pages_async",
    "list_commits_with_response",
    "list_commits_with_response_async",
]


class ListCommitsResponse(_rt.APIResponse[list[Commit]]):
    """The result of :func:`list_commits_with_response`.

    The decoded body, and the response headers its API description declares as typed
    attributes.
    """

    __slots__ = ("link",)

    link: str | None
    """RFC 8288 links to the other pages."""

    def _read_headers(self, headers: _httpx.Headers) -> None:
        self.link = self._header(headers, "Link", str)


_LIST_COMMITS: _rt.Operation[list[Commit]] = _rt.Operation(
    name="list_commits",
    method="GET",
    path="/commits",
    success={"200": _rt.json_body(lambda _v0: _rt.list_of(_v0, Commit.from_dict))},
    errors={},
    security=(("bearer",),),
    idempotent=True,
)
_LIST_COMMITS_PAGING: _rt.Paging[Commit] = _rt.Paging(
    scheme="link", query={"per_page": "per_page", "page": "page"}
)


def list_commits(
    client: _Client,
    *,
    per_page: int | _rt.Unset = _rt.UNSET,
    page: int | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> list[Commit]:
    """List (listCommits).

    Sends ``GET /commits``.
    """
    parts = _rt.RequestParts(query=(("per_page", per_page), ("page", page)))
    return client._call(_LIST_COMMITS, parts, extra_headers, extra_query, timeout, max_retries)


list_commits_async = _async_form(list_commits)
"""Async form of :func:`list_commits`."""
list_commits_with_response = _with_response(list_commits, ListCommitsResponse)
"""Like :func:`list_commits`, but also returns the HTTP status and headers."""
list_commits_with_response_async = _async_form(list_commits_with_response)
"""Async form of :func:`list_commits_with_response`."""
list_commits_pages = _paged(list_commits, _LIST_COMMITS_PAGING)
"""Like :func:`list_commits`, but iterating the result walks the items of every page."""
list_commits_pages_async = _paged_async(list_commits, _LIST_COMMITS_PAGING)
"""Async form of :func:`list_commits_pages`: ``async for`` walks every page."""
