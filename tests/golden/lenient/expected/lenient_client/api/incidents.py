# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client
from ..models.incident import Incident

__all__ = [
    "list_incidents",
    "list_incidents_async",
    "list_incidents_with_response",
    "list_incidents_with_response_async",
]


_LIST_INCIDENTS: _rt.Operation[list[Incident]] = _rt.Operation(
    name="list_incidents",
    method="GET",
    path="/incidents",
    success={"200": _rt.json_body(lambda _v0: [Incident.from_dict(_v1) for _v1 in _v0])},
    errors={},
    security=(),
    idempotent=True,
)


def _list_incidents_parts(*, limit: int = 25) -> _rt.RequestParts:
    return _rt.RequestParts(query=(("limit", limit, "form", True),))


def list_incidents(
    client: _Client,
    *,
    limit: int = 25,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> list[Incident]:
    """GET /incidents.

    Sends ``GET /incidents``.
    """
    return client._send(
        _LIST_INCIDENTS,
        _list_incidents_parts(limit=limit),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def list_incidents_async(
    client: _AsyncClient,
    *,
    limit: int = 25,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> list[Incident]:
    """Async form of :func:`list_incidents`."""
    response = await client._send(
        _LIST_INCIDENTS,
        _list_incidents_parts(limit=limit),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def list_incidents_with_response(
    client: _Client,
    *,
    limit: int = 25,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[list[Incident]]:
    """Like :func:`list_incidents`, but also returns the HTTP status and headers."""
    response = client._send(
        _LIST_INCIDENTS,
        _list_incidents_parts(limit=limit),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def list_incidents_with_response_async(
    client: _AsyncClient,
    *,
    limit: int = 25,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[list[Incident]]:
    """Async form of :func:`list_incidents_with_response`."""
    response = await client._send(
        _LIST_INCIDENTS,
        _list_incidents_parts(limit=limit),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response
