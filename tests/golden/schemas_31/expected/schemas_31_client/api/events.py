# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client
from ..models.created import Created
from ..models.deleted import Deleted

__all__ = [
    "list_events",
    "list_events_async",
    "list_events_with_response",
    "list_events_with_response_async",
]


_LIST_EVENTS: _rt.Operation[list[Created | Deleted]] = _rt.Operation(
    name="list_events",
    method="GET",
    path="/events",
    success={
        "200": _rt.json_body(
            lambda _v0: [
                _rt.decode_discriminated(
                    _v1,
                    "type",
                    {"created": Created.from_dict, "deleted": Deleted.from_dict},
                    (("object", Created.from_dict), ("object", Deleted.from_dict)),
                )
                for _v1 in _v0
            ]
        )
    },
    errors={},
    security=(),
    idempotent=True,
)


def _list_events_parts() -> _rt.RequestParts:
    return _rt.RequestParts()


def list_events(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> list[Created | Deleted]:
    """GET /events.

    Sends ``GET /events``.
    """
    return client._send(
        _LIST_EVENTS,
        _list_events_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def list_events_async(
    client: _AsyncClient,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> list[Created | Deleted]:
    """Async form of :func:`list_events`."""
    response = await client._send(
        _LIST_EVENTS,
        _list_events_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def list_events_with_response(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[list[Created | Deleted]]:
    """Like :func:`list_events`, but also returns the HTTP status and headers."""
    response = client._send(
        _LIST_EVENTS,
        _list_events_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def list_events_with_response_async(
    client: _AsyncClient,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[list[Created | Deleted]]:
    """Async form of :func:`list_events_with_response`."""
    response = await client._send(
        _LIST_EVENTS,
        _list_events_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response
