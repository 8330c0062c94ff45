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
from ..models.user import User
from ..models.user_list import UserList

__all__ = [
    "list_users",
    "list_users_async",
    "list_users_pages",
    "list_users_pages_async",
    "list_users_with_response",
    "list_users_with_response_async",
]


_LIST_USERS: _rt.Operation[UserList] = _rt.Operation(
    name="list_users",
    method="GET",
    path="/users",
    success={"200": _rt.json_body(UserList.from_dict)},
    errors={},
    security=(("bearer",),),
    idempotent=True,
)
_LIST_USERS_PAGING: _rt.Paging[User] = _rt.Paging(
    scheme="offset", items=("resources",), param="start_index", total=("total_results",), start=1
)


def list_users(
    client: _Client,
    *,
    start_index: int | _rt.Unset = _rt.UNSET,
    count: int | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> UserList:
    """List (listUsers).

    Sends ``GET /users``.
    """
    parts = _rt.RequestParts(query=(("startIndex", start_index), ("count", count)))
    return client._call(_LIST_USERS, parts, extra_headers, extra_query, timeout, max_retries)


list_users_async = _async_form(list_users)
"""Async form of :func:`list_users`."""
list_users_with_response = _with_response(list_users)
"""Like :func:`list_users`, but also returns the HTTP status and headers."""
list_users_with_response_async = _async_form(list_users_with_response)
"""Async form of :func:`list_users_with_response`."""
list_users_pages = _paged(list_users, _LIST_USERS_PAGING)
"""Like :func:`list_users`, but iterating the result walks the items of every page."""
list_users_pages_async = _paged_async(list_users, _LIST_USERS_PAGING)
"""Async form of :func:`list_users_pages`: ``async for`` walks every page."""
