# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client

__all__ = [
    "get_blob",
    "get_blob_async",
    "get_blob_with_response",
    "get_blob_with_response_async",
    "put_blob",
    "put_blob_async",
    "put_blob_with_response",
    "put_blob_with_response_async",
]


_GET_BLOB: _rt.Operation[bytes] = _rt.Operation(
    name="get_blob",
    method="GET",
    path="/blobs/{name}",
    success={"200": _rt.bytes_body},
    errors={},
    security=(),
    idempotent=True,
    accept="application/octet-stream",
)


def _get_blob_parts(*, name: str) -> _rt.RequestParts:
    return _rt.RequestParts(path={"name": name})


def get_blob(
    client: _Client,
    *,
    name: str,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> bytes:
    """GET /blobs/{name}.

    Sends ``GET /blobs/{name}``.
    """
    return client._send(
        _GET_BLOB,
        _get_blob_parts(name=name),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def get_blob_async(
    client: _AsyncClient,
    *,
    name: str,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> bytes:
    """Async form of :func:`get_blob`."""
    response = await client._send(
        _GET_BLOB,
        _get_blob_parts(name=name),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def get_blob_with_response(
    client: _Client,
    *,
    name: str,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[bytes]:
    """Like :func:`get_blob`, but also returns the HTTP status and headers."""
    response = client._send(
        _GET_BLOB,
        _get_blob_parts(name=name),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def get_blob_with_response_async(
    client: _AsyncClient,
    *,
    name: str,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[bytes]:
    """Async form of :func:`get_blob_with_response`."""
    response = await client._send(
        _GET_BLOB,
        _get_blob_parts(name=name),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_PUT_BLOB: _rt.Operation[None] = _rt.Operation(
    name="put_blob",
    method="PUT",
    path="/blobs/{name}",
    success={"204": _rt.no_body},
    errors={},
    security=(),
    idempotent=True,
)


def _put_blob_parts(
    *, name: str, x_request_id2: str, body: bytes, x_request_id: str | _rt.Unset = _rt.UNSET
) -> _rt.RequestParts:
    return _rt.RequestParts(
        path={"name": name},
        query=(("x_request_id", x_request_id, "form", True),),
        headers=(("X-Request-Id", x_request_id2),),
        content=body,
        content_type="application/octet-stream",
    )


def put_blob(
    client: _Client,
    *,
    name: str,
    x_request_id2: str,
    body: bytes,
    x_request_id: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> None:
    """PUT /blobs/{name}.

    Sends ``PUT /blobs/{name}``.
    """
    return client._send(
        _PUT_BLOB,
        _put_blob_parts(
            name=name, x_request_id=x_request_id, x_request_id2=x_request_id2, body=body
        ),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def put_blob_async(
    client: _AsyncClient,
    *,
    name: str,
    x_request_id2: str,
    body: bytes,
    x_request_id: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> None:
    """Async form of :func:`put_blob`."""
    response = await client._send(
        _PUT_BLOB,
        _put_blob_parts(
            name=name, x_request_id=x_request_id, x_request_id2=x_request_id2, body=body
        ),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def put_blob_with_response(
    client: _Client,
    *,
    name: str,
    x_request_id2: str,
    body: bytes,
    x_request_id: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[None]:
    """Like :func:`put_blob`, but also returns the HTTP status and headers."""
    response = client._send(
        _PUT_BLOB,
        _put_blob_parts(
            name=name, x_request_id=x_request_id, x_request_id2=x_request_id2, body=body
        ),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def put_blob_with_response_async(
    client: _AsyncClient,
    *,
    name: str,
    x_request_id2: str,
    body: bytes,
    x_request_id: str | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[None]:
    """Async form of :func:`put_blob_with_response`."""
    response = await client._send(
        _PUT_BLOB,
        _put_blob_parts(
            name=name, x_request_id=x_request_id, x_request_id2=x_request_id2, body=body
        ),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response
