# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

import typing as _t
import uuid as _uuid
from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client
from ..models.connection import Connection
from ..models.connection_with_databases import ConnectionWithDatabases
from ..models.create_connection_body import CreateConnectionBody
from ..models.error import Error
from ..models.test_connection_body import TestConnectionBody
from ..models.test_connection_result import TestConnectionResult
from ..models.update_connection_body import UpdateConnectionBody

__all__ = [
    "create_connection",
    "create_connection_async",
    "create_connection_with_response",
    "create_connection_with_response_async",
    "get_connection",
    "get_connection_async",
    "get_connection_with_response",
    "get_connection_with_response_async",
    "update_connection",
    "update_connection_async",
    "update_connection_with_response",
    "update_connection_with_response_async",
    "verify_connection",
    "verify_connection_async",
    "verify_connection_credentials",
    "verify_connection_credentials_async",
    "verify_connection_credentials_with_response",
    "verify_connection_credentials_with_response_async",
    "verify_connection_with_response",
    "verify_connection_with_response_async",
]


_CREATE_CONNECTION: _rt.Operation[dict[str, _t.Any]] = _rt.Operation(
    name="create_connection",
    method="POST",
    path="/connections",
    success={"201": _rt.json_body(_rt.identity)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


def _create_connection_parts(*, body: CreateConnectionBody) -> _rt.RequestParts:
    return _rt.RequestParts(json=body.to_dict(request=True))


def create_connection(
    client: _Client,
    *,
    body: CreateConnectionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> dict[str, _t.Any]:
    """Create connection.

    Creates a new source MySQL connection. Optionally creates a first database instance in the same request via the instance field.

    Sends ``POST /connections``.
    """
    return client._send(
        _CREATE_CONNECTION,
        _create_connection_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def create_connection_async(
    client: _AsyncClient,
    *,
    body: CreateConnectionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> dict[str, _t.Any]:
    """Async form of :func:`create_connection`."""
    response = await client._send(
        _CREATE_CONNECTION,
        _create_connection_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def create_connection_with_response(
    client: _Client,
    *,
    body: CreateConnectionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[dict[str, _t.Any]]:
    """Like :func:`create_connection`, but also returns the HTTP status and headers."""
    response = client._send(
        _CREATE_CONNECTION,
        _create_connection_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def create_connection_with_response_async(
    client: _AsyncClient,
    *,
    body: CreateConnectionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[dict[str, _t.Any]]:
    """Async form of :func:`create_connection_with_response`."""
    response = await client._send(
        _CREATE_CONNECTION,
        _create_connection_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_VERIFY_CONNECTION_CREDENTIALS: _rt.Operation[TestConnectionResult] = _rt.Operation(
    name="verify_connection_credentials",
    method="POST",
    path="/connections/test-connection",
    success={"200": _rt.json_body(TestConnectionResult.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


def _verify_connection_credentials_parts(*, body: TestConnectionBody) -> _rt.RequestParts:
    return _rt.RequestParts(json=body.to_dict(request=True))


def verify_connection_credentials(
    client: _Client,
    *,
    body: TestConnectionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> TestConnectionResult:
    """Test MySQL connection (raw credentials).

    Verifies connectivity to a MySQL server using credentials provided in the request body. Also discovers available schemas. Use this before creating a connection.

    Sends ``POST /connections/test-connection``.
    """
    return client._send(
        _VERIFY_CONNECTION_CREDENTIALS,
        _verify_connection_credentials_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def verify_connection_credentials_async(
    client: _AsyncClient,
    *,
    body: TestConnectionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> TestConnectionResult:
    """Async form of :func:`verify_connection_credentials`."""
    response = await client._send(
        _VERIFY_CONNECTION_CREDENTIALS,
        _verify_connection_credentials_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def verify_connection_credentials_with_response(
    client: _Client,
    *,
    body: TestConnectionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[TestConnectionResult]:
    """Like :func:`verify_connection_credentials`, but also returns the HTTP status and headers."""
    response = client._send(
        _VERIFY_CONNECTION_CREDENTIALS,
        _verify_connection_credentials_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def verify_connection_credentials_with_response_async(
    client: _AsyncClient,
    *,
    body: TestConnectionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[TestConnectionResult]:
    """Async form of :func:`verify_connection_credentials_with_response`."""
    response = await client._send(
        _VERIFY_CONNECTION_CREDENTIALS,
        _verify_connection_credentials_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_GET_CONNECTION: _rt.Operation[ConnectionWithDatabases] = _rt.Operation(
    name="get_connection",
    method="GET",
    path="/connections/{id}",
    success={"200": _rt.json_body(ConnectionWithDatabases.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=True,
)


def _get_connection_parts(*, id: _uuid.UUID) -> _rt.RequestParts:
    return _rt.RequestParts(path={"id": id})


def get_connection(
    client: _Client,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> ConnectionWithDatabases:
    """Get connection.

    Sends ``GET /connections/{id}``.

    Args:
        id: Connection ID
    """
    return client._send(
        _GET_CONNECTION,
        _get_connection_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def get_connection_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> ConnectionWithDatabases:
    """Async form of :func:`get_connection`."""
    response = await client._send(
        _GET_CONNECTION,
        _get_connection_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def get_connection_with_response(
    client: _Client,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[ConnectionWithDatabases]:
    """Like :func:`get_connection`, but also returns the HTTP status and headers."""
    response = client._send(
        _GET_CONNECTION,
        _get_connection_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def get_connection_with_response_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[ConnectionWithDatabases]:
    """Async form of :func:`get_connection_with_response`."""
    response = await client._send(
        _GET_CONNECTION,
        _get_connection_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_UPDATE_CONNECTION: _rt.Operation[Connection] = _rt.Operation(
    name="update_connection",
    method="PATCH",
    path="/connections/{id}",
    success={"200": _rt.json_body(Connection.from_dict)},
    errors={"409": _rt.json_body(Error.from_dict), "default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


def _update_connection_parts(*, id: _uuid.UUID, body: UpdateConnectionBody) -> _rt.RequestParts:
    return _rt.RequestParts(path={"id": id}, json=body.to_dict(request=True))


def update_connection(
    client: _Client,
    *,
    id: _uuid.UUID,
    body: UpdateConnectionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Connection:
    """Update connection.

    Partially updates connection settings. Removing a schema that is in use by an instance returns 409. The updated credentials will be picked up on the next provision, rebuild, or unpause.

    Sends ``PATCH /connections/{id}``.

    Args:
        id: Connection ID
    """
    return client._send(
        _UPDATE_CONNECTION,
        _update_connection_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def update_connection_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    body: UpdateConnectionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Connection:
    """Async form of :func:`update_connection`."""
    response = await client._send(
        _UPDATE_CONNECTION,
        _update_connection_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def update_connection_with_response(
    client: _Client,
    *,
    id: _uuid.UUID,
    body: UpdateConnectionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Connection]:
    """Like :func:`update_connection`, but also returns the HTTP status and headers."""
    response = client._send(
        _UPDATE_CONNECTION,
        _update_connection_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def update_connection_with_response_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    body: UpdateConnectionBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Connection]:
    """Async form of :func:`update_connection_with_response`."""
    response = await client._send(
        _UPDATE_CONNECTION,
        _update_connection_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_VERIFY_CONNECTION: _rt.Operation[TestConnectionResult] = _rt.Operation(
    name="verify_connection",
    method="POST",
    path="/connections/{id}/test-connection",
    success={"200": _rt.json_body(TestConnectionResult.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


def _verify_connection_parts(*, id: _uuid.UUID) -> _rt.RequestParts:
    return _rt.RequestParts(path={"id": id})


def verify_connection(
    client: _Client,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> TestConnectionResult:
    """Test MySQL connection (stored credentials).

    Verifies connectivity using the password stored in SSM Parameter Store for this connection.

    Sends ``POST /connections/{id}/test-connection``.

    Args:
        id: Connection ID
    """
    return client._send(
        _VERIFY_CONNECTION,
        _verify_connection_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def verify_connection_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> TestConnectionResult:
    """Async form of :func:`verify_connection`."""
    response = await client._send(
        _VERIFY_CONNECTION,
        _verify_connection_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def verify_connection_with_response(
    client: _Client,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[TestConnectionResult]:
    """Like :func:`verify_connection`, but also returns the HTTP status and headers."""
    response = client._send(
        _VERIFY_CONNECTION,
        _verify_connection_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def verify_connection_with_response_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[TestConnectionResult]:
    """Async form of :func:`verify_connection_with_response`."""
    response = await client._send(
        _VERIFY_CONNECTION,
        _verify_connection_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response
