# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client
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


def _get_item_parts(
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
) -> _rt.RequestParts:
    return _rt.RequestParts(
        path={"item-id": item_id},
        query=(
            ("class", class_, "form", True),
            ("Class", class_2, "form", True),
            ("tags", tags, "form", True),
            ("ids", ids, "form", False),
            ("pipes", pipes, "pipeDelimited", False),
            ("filter", filter, "deepObject", True),
            ("limit", limit, "form", True),
        ),
        headers=(("X-Trace", x_trace),),
        cookies=(("session", session),),
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
    return client._send(
        _GET_ITEM,
        _get_item_parts(
            item_id=item_id,
            class_=class_,
            class_2=class_2,
            tags=tags,
            ids=ids,
            pipes=pipes,
            filter=filter,
            limit=limit,
            x_trace=x_trace,
            session=session,
        ),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def get_item_async(
    client: _AsyncClient,
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
    """Async form of :func:`get_item`."""
    response = await client._send(
        _GET_ITEM,
        _get_item_parts(
            item_id=item_id,
            class_=class_,
            class_2=class_2,
            tags=tags,
            ids=ids,
            pipes=pipes,
            filter=filter,
            limit=limit,
            x_trace=x_trace,
            session=session,
        ),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def get_item_with_response(
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
) -> _rt.APIResponse[Item | Pending]:
    """Like :func:`get_item`, but also returns the HTTP status and headers."""
    response = client._send(
        _GET_ITEM,
        _get_item_parts(
            item_id=item_id,
            class_=class_,
            class_2=class_2,
            tags=tags,
            ids=ids,
            pipes=pipes,
            filter=filter,
            limit=limit,
            x_trace=x_trace,
            session=session,
        ),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def get_item_with_response_async(
    client: _AsyncClient,
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
) -> _rt.APIResponse[Item | Pending]:
    """Async form of :func:`get_item_with_response`."""
    response = await client._send(
        _GET_ITEM,
        _get_item_parts(
            item_id=item_id,
            class_=class_,
            class_2=class_2,
            tags=tags,
            ids=ids,
            pipes=pipes,
            filter=filter,
            limit=limit,
            x_trace=x_trace,
            session=session,
        ),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_DELETE_ITEMS_BY_ITEM_ID: _rt.Operation[None] = _rt.Operation(
    name="delete_items_by_item_id",
    method="DELETE",
    path="/items/{item-id}",
    success={"204": _rt.no_body},
    errors={"5XX": _rt.no_body},
    security=(),
    idempotent=True,
)


def _delete_items_by_item_id_parts(
    *, item_id: int, x_trace: str | _rt.Unset = _rt.UNSET
) -> _rt.RequestParts:
    return _rt.RequestParts(path={"item-id": item_id}, headers=(("X-Trace", x_trace),))


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
    return client._send(
        _DELETE_ITEMS_BY_ITEM_ID,
        _delete_items_by_item_id_parts(item_id=item_id, x_trace=x_trace),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def delete_items_by_item_id_async(
    client: _AsyncClient,
    *,
    item_id: int,
    x_trace: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> None:
    """Async form of :func:`delete_items_by_item_id`."""
    response = await client._send(
        _DELETE_ITEMS_BY_ITEM_ID,
        _delete_items_by_item_id_parts(item_id=item_id, x_trace=x_trace),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def delete_items_by_item_id_with_response(
    client: _Client,
    *,
    item_id: int,
    x_trace: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[None]:
    """Like :func:`delete_items_by_item_id`, but also returns the HTTP status and headers."""
    response = client._send(
        _DELETE_ITEMS_BY_ITEM_ID,
        _delete_items_by_item_id_parts(item_id=item_id, x_trace=x_trace),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def delete_items_by_item_id_with_response_async(
    client: _AsyncClient,
    *,
    item_id: int,
    x_trace: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[None]:
    """Async form of :func:`delete_items_by_item_id_with_response`."""
    response = await client._send(
        _DELETE_ITEMS_BY_ITEM_ID,
        _delete_items_by_item_id_parts(item_id=item_id, x_trace=x_trace),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_CREATE_ITEM: _rt.Operation[Item] = _rt.Operation(
    name="create_item",
    method="POST",
    path="/items",
    success={"201": _rt.json_body(Item.from_dict)},
    errors={},
    security=(),
    idempotent=False,
)


def _create_item_parts(*, body: Item) -> _rt.RequestParts:
    return _rt.RequestParts(json=body.to_dict(request=True))


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
    return client._send(
        _CREATE_ITEM,
        _create_item_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def create_item_async(
    client: _AsyncClient,
    *,
    body: Item,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Item:
    """Async form of :func:`create_item`."""
    response = await client._send(
        _CREATE_ITEM,
        _create_item_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def create_item_with_response(
    client: _Client,
    *,
    body: Item,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Item]:
    """Like :func:`create_item`, but also returns the HTTP status and headers."""
    response = client._send(
        _CREATE_ITEM,
        _create_item_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def create_item_with_response_async(
    client: _AsyncClient,
    *,
    body: Item,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Item]:
    """Async form of :func:`create_item_with_response`."""
    response = await client._send(
        _CREATE_ITEM,
        _create_item_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response
