# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client
from ..models.get_shape_response_option_1 import GetShapeResponseOption1
from ..models.get_shape_response_option_2 import GetShapeResponseOption2

__all__ = [
    "get_shape",
    "get_shape_async",
    "get_shape_with_response",
    "get_shape_with_response_async",
]


_GET_SHAPE: _rt.Operation[GetShapeResponseOption1 | GetShapeResponseOption2 | str] = _rt.Operation(
    name="get_shape",
    method="GET",
    path="/shapes",
    success={
        "200": _rt.json_body(
            lambda _v0: _rt.decode_union(
                _v0,
                (
                    ("object", GetShapeResponseOption1.from_dict),
                    ("object", GetShapeResponseOption2.from_dict),
                    ("str", _rt.identity),
                ),
            )
        )
    },
    errors={},
    security=(),
    idempotent=True,
)


def _get_shape_parts() -> _rt.RequestParts:
    return _rt.RequestParts()


def get_shape(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> GetShapeResponseOption1 | GetShapeResponseOption2 | str:
    """GET /shapes.

    Sends ``GET /shapes``.
    """
    return client._send(
        _GET_SHAPE,
        _get_shape_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def get_shape_async(
    client: _AsyncClient,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> GetShapeResponseOption1 | GetShapeResponseOption2 | str:
    """Async form of :func:`get_shape`."""
    response = await client._send(
        _GET_SHAPE,
        _get_shape_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def get_shape_with_response(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[GetShapeResponseOption1 | GetShapeResponseOption2 | str]:
    """Like :func:`get_shape`, but also returns the HTTP status and headers."""
    response = client._send(
        _GET_SHAPE,
        _get_shape_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def get_shape_with_response_async(
    client: _AsyncClient,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[GetShapeResponseOption1 | GetShapeResponseOption2 | str]:
    """Async form of :func:`get_shape_with_response`."""
    response = await client._send(
        _GET_SHAPE,
        _get_shape_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response
