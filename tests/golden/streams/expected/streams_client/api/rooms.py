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
from ..models.room import Room
from ..models.room_list import RoomList

__all__ = [
    "list_rooms",
    "list_rooms_async",
    "list_rooms_pages",
    "list_rooms_pages_async",
    "list_rooms_with_response",
    "list_rooms_with_response_async",
]


_LIST_ROOMS: _rt.Operation[RoomList] = _rt.Operation(
    name="list_rooms",
    method="GET",
    path="/rooms",
    success={"200": _rt.json_body(RoomList.from_dict)},
    errors={},
    security=(("bearer",),),
    idempotent=True,
)
_LIST_ROOMS_PAGING: _rt.Paging[Room] = _rt.Paging(
    scheme="next_url",
    items=("rooms",),
    next=("meta", "next_page_url"),
    query={"PageSize": "page_size", "Page": "page", "PageToken": "page_token"},
)


def list_rooms(
    client: _Client,
    *,
    page_size: int | _rt.Unset = _rt.UNSET,
    page: int | _rt.Unset = _rt.UNSET,
    page_token: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> RoomList:
    """List (listRooms).

    Sends ``GET /rooms``.
    """
    parts = _rt.RequestParts(
        query=(("PageSize", page_size), ("Page", page), ("PageToken", page_token))
    )
    return client._call(_LIST_ROOMS, parts, extra_headers, extra_query, timeout, max_retries)


list_rooms_async = _async_form(list_rooms)
"""Async form of :func:`list_rooms`."""
list_rooms_with_response = _with_response(list_rooms)
"""Like :func:`list_rooms`, but also returns the HTTP status and headers."""
list_rooms_with_response_async = _async_form(list_rooms_with_response)
"""Async form of :func:`list_rooms_with_response`."""
list_rooms_pages = _paged(list_rooms, _LIST_ROOMS_PAGING)
"""Like :func:`list_rooms`, but iterating the result walks the items of every page."""
list_rooms_pages_async = _paged_async(list_rooms, _LIST_ROOMS_PAGING)
"""Async form of :func:`list_rooms_pages`: ``async for`` walks every page."""
