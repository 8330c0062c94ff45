# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms."""

from __future__ import annotations

import typing as _t
import uuid as _uuid
from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import AsyncClient as _AsyncClient
from .._client import Client as _Client
from ..models.build_history import BuildHistory
from ..models.create_database_body import CreateDatabaseBody
from ..models.database import Database
from ..models.error import Error
from ..models.instance_status_response import InstanceStatusResponse
from ..models.pause_replication_response import PauseReplicationResponse
from ..models.redeploy_database_body import RedeployDatabaseBody
from ..models.redeploy_response import RedeployResponse
from ..models.terminate_response import TerminateResponse
from ..models.update_database_body import UpdateDatabaseBody

__all__ = [
    "create_database",
    "create_database_async",
    "create_database_with_response",
    "create_database_with_response_async",
    "get_instance_status",
    "get_instance_status_async",
    "get_instance_status_with_response",
    "get_instance_status_with_response_async",
    "list_builds",
    "list_builds_async",
    "list_builds_with_response",
    "list_builds_with_response_async",
    "list_databases",
    "list_databases_async",
    "list_databases_with_response",
    "list_databases_with_response_async",
    "pause_replication",
    "pause_replication_async",
    "pause_replication_with_response",
    "pause_replication_with_response_async",
    "redeploy_database",
    "redeploy_database_async",
    "redeploy_database_with_response",
    "redeploy_database_with_response_async",
    "terminate_instance",
    "terminate_instance_async",
    "terminate_instance_with_response",
    "terminate_instance_with_response_async",
    "update_database",
    "update_database_async",
    "update_database_with_response",
    "update_database_with_response_async",
]


_LIST_DATABASES: _rt.Operation[list[Database]] = _rt.Operation(
    name="list_databases",
    method="GET",
    path="/databases",
    success={"200": _rt.json_body(lambda _v0: [Database.from_dict(_v1) for _v1 in _v0])},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=True,
)


def _list_databases_parts() -> _rt.RequestParts:
    return _rt.RequestParts()


def list_databases(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> list[Database]:
    """List databases.

    Returns all non-deleted databases for the authenticated account, each enriched with the latest instance endpoint URL and health status.

    Sends ``GET /databases``.
    """
    return client._send(
        _LIST_DATABASES,
        _list_databases_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def list_databases_async(
    client: _AsyncClient,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> list[Database]:
    """Async form of :func:`list_databases`."""
    response = await client._send(
        _LIST_DATABASES,
        _list_databases_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def list_databases_with_response(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[list[Database]]:
    """Like :func:`list_databases`, but also returns the HTTP status and headers."""
    response = client._send(
        _LIST_DATABASES,
        _list_databases_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def list_databases_with_response_async(
    client: _AsyncClient,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[list[Database]]:
    """Async form of :func:`list_databases_with_response`."""
    response = await client._send(
        _LIST_DATABASES,
        _list_databases_parts(),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_CREATE_DATABASE: _rt.Operation[Database] = _rt.Operation(
    name="create_database",
    method="POST",
    path="/databases",
    success={"201": _rt.json_body(Database.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


def _create_database_parts(*, body: CreateDatabaseBody) -> _rt.RequestParts:
    return _rt.RequestParts(json=body.to_dict(request=True))


def create_database(
    client: _Client,
    *,
    body: CreateDatabaseBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Database:
    """Register database.

    Registers a new database connection. The MySQL password is stored in SSM Parameter Store and never written to the database. Status begins as registered — call /provision to build and deploy.

    Sends ``POST /databases``.
    """
    return client._send(
        _CREATE_DATABASE,
        _create_database_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def create_database_async(
    client: _AsyncClient,
    *,
    body: CreateDatabaseBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> Database:
    """Async form of :func:`create_database`."""
    response = await client._send(
        _CREATE_DATABASE,
        _create_database_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def create_database_with_response(
    client: _Client,
    *,
    body: CreateDatabaseBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Database]:
    """Like :func:`create_database`, but also returns the HTTP status and headers."""
    response = client._send(
        _CREATE_DATABASE,
        _create_database_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def create_database_with_response_async(
    client: _AsyncClient,
    *,
    body: CreateDatabaseBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[Database]:
    """Async form of :func:`create_database_with_response`."""
    response = await client._send(
        _CREATE_DATABASE,
        _create_database_parts(body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_UPDATE_DATABASE: _rt.Operation[dict[str, _t.Any]] = _rt.Operation(
    name="update_database",
    method="PATCH",
    path="/databases/{id}",
    success={"200": _rt.json_body(_rt.identity)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


def _update_database_parts(*, id: _uuid.UUID, body: UpdateDatabaseBody) -> _rt.RequestParts:
    return _rt.RequestParts(path={"id": id}, json=body.to_dict(request=True))


def update_database(
    client: _Client,
    *,
    id: _uuid.UUID,
    body: UpdateDatabaseBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> dict[str, _t.Any]:
    """Update database.

    Partially updates database settings. Connection parameters (host, port, db, user, password) may only be changed when the instance is not provisioned (status: registered, failed, or stopped).

    Sends ``PATCH /databases/{id}``.

    Args:
        id: Database ID
    """
    return client._send(
        _UPDATE_DATABASE,
        _update_database_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def update_database_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    body: UpdateDatabaseBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> dict[str, _t.Any]:
    """Async form of :func:`update_database`."""
    response = await client._send(
        _UPDATE_DATABASE,
        _update_database_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def update_database_with_response(
    client: _Client,
    *,
    id: _uuid.UUID,
    body: UpdateDatabaseBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[dict[str, _t.Any]]:
    """Like :func:`update_database`, but also returns the HTTP status and headers."""
    response = client._send(
        _UPDATE_DATABASE,
        _update_database_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def update_database_with_response_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    body: UpdateDatabaseBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[dict[str, _t.Any]]:
    """Async form of :func:`update_database_with_response`."""
    response = await client._send(
        _UPDATE_DATABASE,
        _update_database_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_GET_INSTANCE_STATUS: _rt.Operation[InstanceStatusResponse] = _rt.Operation(
    name="get_instance_status",
    method="GET",
    path="/databases/{id}/instance",
    success={"200": _rt.json_body(InstanceStatusResponse.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=True,
)


def _get_instance_status_parts(*, id: _uuid.UUID) -> _rt.RequestParts:
    return _rt.RequestParts(path={"id": id})


def get_instance_status(
    client: _Client,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> InstanceStatusResponse:
    """Get instance status.

    Returns the database record, current instance health, and latest build in a single response. This is the primary polling endpoint for the dashboard.

    Sends ``GET /databases/{id}/instance``.

    Args:
        id: Database ID
    """
    return client._send(
        _GET_INSTANCE_STATUS,
        _get_instance_status_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def get_instance_status_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> InstanceStatusResponse:
    """Async form of :func:`get_instance_status`."""
    response = await client._send(
        _GET_INSTANCE_STATUS,
        _get_instance_status_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def get_instance_status_with_response(
    client: _Client,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[InstanceStatusResponse]:
    """Like :func:`get_instance_status`, but also returns the HTTP status and headers."""
    response = client._send(
        _GET_INSTANCE_STATUS,
        _get_instance_status_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def get_instance_status_with_response_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[InstanceStatusResponse]:
    """Async form of :func:`get_instance_status_with_response`."""
    response = await client._send(
        _GET_INSTANCE_STATUS,
        _get_instance_status_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_REDEPLOY_DATABASE: _rt.Operation[RedeployResponse] = _rt.Operation(
    name="redeploy_database",
    method="POST",
    path="/databases/{id}/redeploy",
    success={"200": _rt.json_body(RedeployResponse.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


def _redeploy_database_parts(*, id: _uuid.UUID, body: RedeployDatabaseBody) -> _rt.RequestParts:
    return _rt.RequestParts(path={"id": id}, json=body.to_dict(request=True))


def redeploy_database(
    client: _Client,
    *,
    id: _uuid.UUID,
    body: RedeployDatabaseBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> RedeployResponse:
    """Redeploy from a past build.

    Re-runs terraform apply with the image from a specific past build, without triggering a new CodeBuild run. Useful for rollbacks or sidecar updates. Only allowed from: running, paused, failed.

    Sends ``POST /databases/{id}/redeploy``.

    Args:
        id: Database ID
    """
    return client._send(
        _REDEPLOY_DATABASE,
        _redeploy_database_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def redeploy_database_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    body: RedeployDatabaseBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> RedeployResponse:
    """Async form of :func:`redeploy_database`."""
    response = await client._send(
        _REDEPLOY_DATABASE,
        _redeploy_database_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def redeploy_database_with_response(
    client: _Client,
    *,
    id: _uuid.UUID,
    body: RedeployDatabaseBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[RedeployResponse]:
    """Like :func:`redeploy_database`, but also returns the HTTP status and headers."""
    response = client._send(
        _REDEPLOY_DATABASE,
        _redeploy_database_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def redeploy_database_with_response_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    body: RedeployDatabaseBody,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[RedeployResponse]:
    """Async form of :func:`redeploy_database_with_response`."""
    response = await client._send(
        _REDEPLOY_DATABASE,
        _redeploy_database_parts(id=id, body=body),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_PAUSE_REPLICATION: _rt.Operation[PauseReplicationResponse] = _rt.Operation(
    name="pause_replication",
    method="POST",
    path="/databases/{id}/pause-replication",
    success={"200": _rt.json_body(PauseReplicationResponse.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


def _pause_replication_parts(*, id: _uuid.UUID) -> _rt.RequestParts:
    return _rt.RequestParts(path={"id": id})


def pause_replication(
    client: _Client,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> PauseReplicationResponse:
    """Pause replication.

    Pauses CDC or poll-mode replication on the running instance. The snapshot freezes at its current state — queries continue to be served with stale data. Use before large bulk imports to prevent CPU saturation. Resume with /resume-replication. Only allowed from: running.

    Sends ``POST /databases/{id}/pause-replication``.

    Args:
        id: Database ID
    """
    return client._send(
        _PAUSE_REPLICATION,
        _pause_replication_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def pause_replication_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> PauseReplicationResponse:
    """Async form of :func:`pause_replication`."""
    response = await client._send(
        _PAUSE_REPLICATION,
        _pause_replication_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def pause_replication_with_response(
    client: _Client,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[PauseReplicationResponse]:
    """Like :func:`pause_replication`, but also returns the HTTP status and headers."""
    response = client._send(
        _PAUSE_REPLICATION,
        _pause_replication_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def pause_replication_with_response_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[PauseReplicationResponse]:
    """Async form of :func:`pause_replication_with_response`."""
    response = await client._send(
        _PAUSE_REPLICATION,
        _pause_replication_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_TERMINATE_INSTANCE: _rt.Operation[TerminateResponse] = _rt.Operation(
    name="terminate_instance",
    method="POST",
    path="/databases/{id}/terminate",
    success={"200": _rt.json_body(TerminateResponse.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


def _terminate_instance_parts(*, id: _uuid.UUID) -> _rt.RequestParts:
    return _rt.RequestParts(path={"id": id})


def terminate_instance(
    client: _Client,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> TerminateResponse:
    """Terminate instance.

    Destroys the ECS task, ALB rule, and Route53 record but keeps the database record. The instance can be re-provisioned afterwards. Only allowed from: running, paused, failed.

    Sends ``POST /databases/{id}/terminate``.

    Args:
        id: Database ID
    """
    return client._send(
        _TERMINATE_INSTANCE,
        _terminate_instance_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def terminate_instance_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> TerminateResponse:
    """Async form of :func:`terminate_instance`."""
    response = await client._send(
        _TERMINATE_INSTANCE,
        _terminate_instance_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def terminate_instance_with_response(
    client: _Client,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[TerminateResponse]:
    """Like :func:`terminate_instance`, but also returns the HTTP status and headers."""
    response = client._send(
        _TERMINATE_INSTANCE,
        _terminate_instance_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def terminate_instance_with_response_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[TerminateResponse]:
    """Async form of :func:`terminate_instance_with_response`."""
    response = await client._send(
        _TERMINATE_INSTANCE,
        _terminate_instance_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


_LIST_BUILDS: _rt.Operation[BuildHistory] = _rt.Operation(
    name="list_builds",
    method="GET",
    path="/databases/{id}/builds",
    success={"200": _rt.json_body(BuildHistory.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=True,
)


def _list_builds_parts(*, id: _uuid.UUID) -> _rt.RequestParts:
    return _rt.RequestParts(path={"id": id})


def list_builds(
    client: _Client,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> BuildHistory:
    """List build history.

    Returns all build records for the database, most recent first. Builds with deployable: true have a stored image and can be redeployed via POST /redeploy.

    Sends ``GET /databases/{id}/builds``.

    Args:
        id: Database ID
    """
    return client._send(
        _LIST_BUILDS,
        _list_builds_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    ).parsed


async def list_builds_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> BuildHistory:
    """Async form of :func:`list_builds`."""
    response = await client._send(
        _LIST_BUILDS,
        _list_builds_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response.parsed


def list_builds_with_response(
    client: _Client,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[BuildHistory]:
    """Like :func:`list_builds`, but also returns the HTTP status and headers."""
    response = client._send(
        _LIST_BUILDS,
        _list_builds_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response


async def list_builds_with_response_async(
    client: _AsyncClient,
    *,
    id: _uuid.UUID,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> _rt.APIResponse[BuildHistory]:
    """Async form of :func:`list_builds_with_response`."""
    response = await client._send(
        _LIST_BUILDS,
        _list_builds_parts(id=id),
        _rt.RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        ),
    )
    return response
