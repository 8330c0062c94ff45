# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client
from ..models.create_management_key_body import CreateManagementKeyBody
from ..models.created_management_key import CreatedManagementKey
from ..models.error import Error

__all__ = [
    "create_management_key",
    "create_management_key_async",
    "create_management_key_with_response",
    "create_management_key_with_response_async",
]


_CREATE_MANAGEMENT_KEY: _rt.Operation[CreatedManagementKey] = _rt.Operation(
    name="create_management_key",
    method="POST",
    path="/account/management-keys",
    success={"201": _rt.json_body(CreatedManagementKey.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


def _create_management_key_parts(*, body: CreateManagementKeyBody) -> _rt.RequestParts:
    return _rt.RequestParts(json=body.to_dict(request=True))


def create_management_key(
    client: _Client,
    *,
    body: CreateManagementKeyBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> CreatedManagementKey:
    """Create management key.

    Generates a new management API key (rmk_...). The raw key is returned once in the key field — store it immediately. Use it as a Bearer token on any /v1 route.

    Sends ``POST /account/management-keys``.
    """
    return client._send(
        _CREATE_MANAGEMENT_KEY,
        _create_management_key_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def create_management_key_async(
    client: _AsyncClient,
    *,
    body: CreateManagementKeyBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> CreatedManagementKey:
    """Async form of :func:`create_management_key`."""
    response = await client._send(
        _CREATE_MANAGEMENT_KEY,
        _create_management_key_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def create_management_key_with_response(
    client: _Client,
    *,
    body: CreateManagementKeyBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[CreatedManagementKey]:
    """Like :func:`create_management_key`, but also returns the HTTP status and headers."""
    response = client._send(
        _CREATE_MANAGEMENT_KEY,
        _create_management_key_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def create_management_key_with_response_async(
    client: _AsyncClient,
    *,
    body: CreateManagementKeyBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[CreatedManagementKey]:
    """Async form of :func:`create_management_key_with_response`."""
    response = await client._send(
        _CREATE_MANAGEMENT_KEY,
        _create_management_key_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response
