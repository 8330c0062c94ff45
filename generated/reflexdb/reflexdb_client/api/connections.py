# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms.

Each operation is written once, as its synchronous function; the other forms are derived from it
(``_async_form``, ``_with_response``), so they take exactly the same parameters.
"""

from __future__ import annotations

import typing as _t
import uuid as _uuid
from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import Client as _Client
from .._client import async_form as _async_form
from .._client import with_response as _with_response
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
    success={"201": _rt.json_body(_rt.json_object)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


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

    Creates a new source MySQL connection. Optionally creates a first database instance in
    the same request via the instance field.

    Sends ``POST /connections``.

    Args:
        body: Parameters for creating a new source database connection
    """
    parts = _rt.RequestParts(json=body.to_dict(request=True))
    return client._call(_CREATE_CONNECTION, parts, extra_headers, extra_query, timeout, max_retries)


create_connection_async = _async_form(create_connection)
"""Async form of :func:`create_connection`."""
create_connection_with_response = _with_response(create_connection)
"""Like :func:`create_connection`, but also returns the HTTP status and headers."""
create_connection_with_response_async = _async_form(create_connection_with_response)
"""Async form of :func:`create_connection_with_response`."""


_VERIFY_CONNECTION_CREDENTIALS: _rt.Operation[TestConnectionResult] = _rt.Operation(
    name="verify_connection_credentials",
    method="POST",
    path="/connections/test-connection",
    success={"200": _rt.json_body(TestConnectionResult.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


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

    Verifies connectivity to a MySQL server using credentials provided in the request body.
    Also discovers available schemas. Use this before creating a connection.

    Sends ``POST /connections/test-connection``.

    Args:
        body: Raw credentials for testing a database connection before saving it
    """
    parts = _rt.RequestParts(json=body.to_dict(request=True))
    return client._call(
        _VERIFY_CONNECTION_CREDENTIALS, parts, extra_headers, extra_query, timeout, max_retries
    )


verify_connection_credentials_async = _async_form(verify_connection_credentials)
"""Async form of :func:`verify_connection_credentials`."""
verify_connection_credentials_with_response = _with_response(verify_connection_credentials)
"""Like :func:`verify_connection_credentials`, but also returns the HTTP status and headers."""
verify_connection_credentials_with_response_async = _async_form(
    verify_connection_credentials_with_response
)
"""Async form of :func:`verify_connection_credentials_with_response`."""


_GET_CONNECTION: _rt.Operation[ConnectionWithDatabases] = _rt.Operation(
    name="get_connection",
    method="GET",
    path="/connections/{id}",
    success={"200": _rt.json_body(ConnectionWithDatabases.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=True,
)


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
    parts = _rt.RequestParts(path={"id": id})
    return client._call(_GET_CONNECTION, parts, extra_headers, extra_query, timeout, max_retries)


get_connection_async = _async_form(get_connection)
"""Async form of :func:`get_connection`."""
get_connection_with_response = _with_response(get_connection)
"""Like :func:`get_connection`, but also returns the HTTP status and headers."""
get_connection_with_response_async = _async_form(get_connection_with_response)
"""Async form of :func:`get_connection_with_response`."""


_UPDATE_CONNECTION: _rt.Operation[Connection] = _rt.Operation(
    name="update_connection",
    method="PATCH",
    path="/connections/{id}",
    success={"200": _rt.json_body(Connection.from_dict)},
    errors={"409": _rt.json_body(Error.from_dict), "default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


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

    Partially updates connection settings. Removing a schema that is in use by an instance
    returns 409. The updated credentials will be picked up on the next provision, rebuild,
    or unpause.

    Sends ``PATCH /connections/{id}``.

    Args:
        id: Connection ID
        body: Partial connection update. Removing a schema that is in use by an instance
            returns 409.
    """
    parts = _rt.RequestParts(path={"id": id}, json=body.to_dict(request=True))
    return client._call(_UPDATE_CONNECTION, parts, extra_headers, extra_query, timeout, max_retries)


update_connection_async = _async_form(update_connection)
"""Async form of :func:`update_connection`."""
update_connection_with_response = _with_response(update_connection)
"""Like :func:`update_connection`, but also returns the HTTP status and headers."""
update_connection_with_response_async = _async_form(update_connection_with_response)
"""Async form of :func:`update_connection_with_response`."""


_VERIFY_CONNECTION: _rt.Operation[TestConnectionResult] = _rt.Operation(
    name="verify_connection",
    method="POST",
    path="/connections/{id}/test-connection",
    success={"200": _rt.json_body(TestConnectionResult.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


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

    Verifies connectivity using the password stored in SSM Parameter Store for this
    connection.

    Sends ``POST /connections/{id}/test-connection``.

    Args:
        id: Connection ID
    """
    parts = _rt.RequestParts(path={"id": id})
    return client._call(_VERIFY_CONNECTION, parts, extra_headers, extra_query, timeout, max_retries)


verify_connection_async = _async_form(verify_connection)
"""Async form of :func:`verify_connection`."""
verify_connection_with_response = _with_response(verify_connection)
"""Like :func:`verify_connection`, but also returns the HTTP status and headers."""
verify_connection_with_response_async = _async_form(verify_connection_with_response)
"""Async form of :func:`verify_connection_with_response`."""
