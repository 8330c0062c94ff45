# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client
from ..models.everything import Everything

__all__ = [
    "get_everything",
    "get_everything_async",
    "get_everything_with_response",
    "get_everything_with_response_async",
]


_GET_EVERYTHING: _rt.Operation[Everything] = _rt.Operation(
    name="get_everything",
    method="GET",
    path="/everything",
    success={"200": _rt.json_body(Everything.from_dict)},
    errors={},
    security=(),
    idempotent=True,
)


def _get_everything_parts() -> _rt.RequestParts:
    return _rt.RequestParts()


def get_everything(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Everything:
    """GET /everything.

    Sends ``GET /everything``.
    """
    return client._send(
        _GET_EVERYTHING,
        _get_everything_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def get_everything_async(
    client: _AsyncClient,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Everything:
    """Async form of :func:`get_everything`."""
    response = await client._send(
        _GET_EVERYTHING,
        _get_everything_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def get_everything_with_response(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Everything]:
    """Like :func:`get_everything`, but also returns the HTTP status and headers."""
    response = client._send(
        _GET_EVERYTHING,
        _get_everything_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def get_everything_with_response_async(
    client: _AsyncClient,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Everything]:
    """Async form of :func:`get_everything_with_response`."""
    response = await client._send(
        _GET_EVERYTHING,
        _get_everything_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response
