# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms.

Each operation is written once, as its synchronous function; the other forms are derived from it
(``_async_form``, ``_with_response``), so they take exactly the same parameters.
"""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import Client as _Client
from .._client import async_form as _async_form
from .._client import paged as _paged
from .._client import paged_async as _paged_async
from .._client import with_response as _with_response
from ..models.tag import Tag
from ..models.tag_list import TagList

__all__ = [
    "list_tags",
    "list_tags_async",
    "list_tags_pages",
    "list_tags_pages_async",
    "list_tags_with_response",
    "list_tags_with_response_async",
]


_LIST_TAGS: _rt.Operation[TagList] = _rt.Operation(
    name="list_tags",
    method="GET",
    path="/tags",
    success={"200": _rt.json_body(TagList.from_dict)},
    errors={},
    security=(("bearer",),),
    idempotent=True,
)
_LIST_TAGS_PAGING: _rt.Paging[Tag] = _rt.Paging(
    scheme="page", items=("results",), param="page", total=("total_pages",), start=1
)


def list_tags(
    client: _Client,
    *,
    page: int | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> TagList:
    """List (listTags).

    Sends ``GET /tags``.
    """
    parts = _rt.RequestParts(query=(("page", page),))
    return client._call(_LIST_TAGS, parts, extra_headers, extra_query, timeout, max_retries)


list_tags_async = _async_form(list_tags)
"""Async form of :func:`list_tags`."""
list_tags_with_response = _with_response(list_tags)
"""Like :func:`list_tags`, but also returns the HTTP status and headers."""
list_tags_with_response_async = _async_form(list_tags_with_response)
"""Async form of :func:`list_tags_with_response`."""
list_tags_pages = _paged(list_tags, _LIST_TAGS_PAGING)
"""Like :func:`list_tags`, but iterating the result walks the items of every page."""
list_tags_pages_async = _paged_async(list_tags, _LIST_TAGS_PAGING)
"""Async form of :func:`list_tags_pages`: ``async for`` walks every page."""
