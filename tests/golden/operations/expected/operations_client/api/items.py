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
from .._client import with_response as _with_response
from ..models.item import Item
from ..models.pending import Pending
from ..models.problem import Problem

__all__ = [
    "create_item",
    "create_item_async",
    "create_item_with_response",
    "create_item_with_response_async",
    "delete_items_by_item_id",
    "delete_items_by_item_id_async",
    "delete_items_by_item_id_with_response",
    "delete_items_by_item_id_with_response_async",
    "get_item",
    "get_item_async",
    "get_item_with_response",
    "get_item_with_response_async",
]


_GET_ITEM: _rt.Operation[Item | Pending] = _rt.Operation(
    name="get_item",
    method="GET",
    path="/items/{item-id}",
    success={"200": _rt.json_body(Item.from_dict), "202": _rt.json_body(Pending.from_dict)},
    errors={"4XX": _rt.json_body(Problem.from_dict), "default": _rt.json_body(Problem.from_dict)},
    security=(),
    idempotent=True,
    accept="application/vnd.example+json, application/json",
)


def get_item(
    client: _Client,
    *,
    item_id: int,
    class_: str | _rt.Unset = _rt.UNSET,
    class_2: str | _rt.Unset = _rt.UNSET,
    tags: list[str] | _rt.Unset = _rt.UNSET,
    ids: list[int] | _rt.Unset = _rt.UNSET,
    pipes: list[str] | _rt.Unset = _rt.UNSET,
    filter: dict[str, str] | _rt.Unset = _rt.UNSET,
    limit: int = 10,
    x_trace: str | _rt.Unset = _rt.UNSET,
    session: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Item | Pending:
    """GET /items/{item-id}.

    Sends ``GET /items/{item-id}``.
    """
    parts = _rt.RequestParts(
        path={"item-id": item_id},
        query=(
            ("class", class_),
            ("Class", class_2),
            ("tags", tags),
            ("ids", _rt.Styled(ids, "form", False)),
            ("pipes", _rt.Styled(pipes, "pipeDelimited", False)),
            ("filter", _rt.Styled(filter, "deepObject", True)),
            ("limit", limit),
        ),
        headers=(("X-Trace", x_trace),),
        cookies=(("session", session),),
    )
    return client._call(_GET_ITEM, parts, extra_headers, extra_query, timeout, max_retries)


get_item_async = _async_form(get_item)
"""Async form of :func:`get_item`."""
get_item_with_response = _with_response(get_item)
"""Like :func:`get_item`, but also returns the HTTP status and headers."""
get_item_with_response_async = _async_form(get_item_with_response)
"""Async form of :func:`get_item_with_response`."""


_DELETE_ITEMS_BY_ITEM_ID: _rt.Operation[None] = _rt.Operation(
    name="delete_items_by_item_id",
    method="DELETE",
    path="/items/{item-id}",
    success={"204": _rt.no_body},
    errors={"5XX": _rt.no_body},
    security=(),
    idempotent=True,
)


def delete_items_by_item_id(
    client: _Client,
    *,
    item_id: int,
    x_trace: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> None:
    """DELETE /items/{item-id}.

    .. deprecated:: This operation is deprecated in the API description.

    Sends ``DELETE /items/{item-id}``.
    """
    parts = _rt.RequestParts(path={"item-id": item_id}, headers=(("X-Trace", x_trace),))
    return client._call(
        _DELETE_ITEMS_BY_ITEM_ID, parts, extra_headers, extra_query, timeout, max_retries
    )


delete_items_by_item_id_async = _async_form(delete_items_by_item_id)
"""Async form of :func:`delete_items_by_item_id`."""
delete_items_by_item_id_with_response = _with_response(delete_items_by_item_id)
"""Like :func:`delete_items_by_item_id`, but also returns the HTTP status and headers."""
delete_items_by_item_id_with_response_async = _async_form(delete_items_by_item_id_with_response)
"""Async form of :func:`delete_items_by_item_id_with_response`."""


_CREATE_ITEM: _rt.Operation[Item] = _rt.Operation(
    name="create_item",
    method="POST",
    path="/items",
    success={"201": _rt.json_body(Item.from_dict)},
    errors={},
    security=(),
    idempotent=False,
)


def create_item(
    client: _Client,
    *,
    body: Item,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Item:
    """POST /items.

    Sends ``POST /items``.
    """
    parts = _rt.RequestParts(json=body.to_dict(request=True))
    return client._call(_CREATE_ITEM, parts, extra_headers, extra_query, timeout, max_retries)


create_item_async = _async_form(create_item)
"""Async form of :func:`create_item`."""
create_item_with_response = _with_response(create_item)
"""Like :func:`create_item`, but also returns the HTTP status and headers."""
create_item_with_response_async = _async_form(create_item_with_response)
"""Async form of :func:`create_item_with_response`."""
