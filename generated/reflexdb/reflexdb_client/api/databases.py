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
    success={"200": _rt.json_body(lambda _v0: _rt.list_of(_v0, Database.from_dict))},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=True,
)


def list_databases(
    client: _Client,
    *,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> list[Database]:
    """List databases.

    Returns all non-deleted databases for the authenticated account, each enriched with the
    latest instance endpoint URL and health status.

    Sends ``GET /databases``.
    """
    parts = _rt.RequestParts()
    return client._call(_LIST_DATABASES, parts, extra_headers, extra_query, timeout, max_retries)


list_databases_async = _async_form(list_databases)
"""Async form of :func:`list_databases`."""
list_databases_with_response = _with_response(list_databases)
"""Like :func:`list_databases`, but also returns the HTTP status and headers."""
list_databases_with_response_async = _async_form(list_databases_with_response)
"""Async form of :func:`list_databases_with_response`."""


_CREATE_DATABASE: _rt.Operation[Database] = _rt.Operation(
    name="create_database",
    method="POST",
    path="/databases",
    success={"201": _rt.json_body(Database.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


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

    Registers a new database connection. The MySQL password is stored in SSM Parameter Store
    and never written to the database. Status begins as registered — call /provision to
    build and deploy.

    Sends ``POST /databases``.

    Args:
        body: Parameters for registering a new database instance under an existing
            connection
    """
    parts = _rt.RequestParts(json=body.to_dict(request=True))
    return client._call(_CREATE_DATABASE, parts, extra_headers, extra_query, timeout, max_retries)


create_database_async = _async_form(create_database)
"""Async form of :func:`create_database`."""
create_database_with_response = _with_response(create_database)
"""Like :func:`create_database`, but also returns the HTTP status and headers."""
create_database_with_response_async = _async_form(create_database_with_response)
"""Async form of :func:`create_database_with_response`."""


_UPDATE_DATABASE: _rt.Operation[dict[str, _t.Any]] = _rt.Operation(
    name="update_database",
    method="PATCH",
    path="/databases/{id}",
    success={"200": _rt.json_body(_rt.json_object)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


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

    Partially updates database settings. Connection parameters (host, port, db, user,
    password) may only be changed when the instance is not provisioned (status: registered,
    failed, or stopped).

    Sends ``PATCH /databases/{id}``.

    Args:
        id: Database ID
        body: Partial database instance update. Edit connection parameters via PATCH
            /connections/:id.
    """
    parts = _rt.RequestParts(path={"id": id}, json=body.to_dict(request=True))
    return client._call(_UPDATE_DATABASE, parts, extra_headers, extra_query, timeout, max_retries)


update_database_async = _async_form(update_database)
"""Async form of :func:`update_database`."""
update_database_with_response = _with_response(update_database)
"""Like :func:`update_database`, but also returns the HTTP status and headers."""
update_database_with_response_async = _async_form(update_database_with_response)
"""Async form of :func:`update_database_with_response`."""


_GET_INSTANCE_STATUS: _rt.Operation[InstanceStatusResponse] = _rt.Operation(
    name="get_instance_status",
    method="GET",
    path="/databases/{id}/instance",
    success={"200": _rt.json_body(InstanceStatusResponse.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=True,
)


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

    Returns the database record, current instance health, and latest build in a single
    response. This is the primary polling endpoint for the dashboard.

    Sends ``GET /databases/{id}/instance``.

    Args:
        id: Database ID
    """
    parts = _rt.RequestParts(path={"id": id})
    return client._call(
        _GET_INSTANCE_STATUS, parts, extra_headers, extra_query, timeout, max_retries
    )


get_instance_status_async = _async_form(get_instance_status)
"""Async form of :func:`get_instance_status`."""
get_instance_status_with_response = _with_response(get_instance_status)
"""Like :func:`get_instance_status`, but also returns the HTTP status and headers."""
get_instance_status_with_response_async = _async_form(get_instance_status_with_response)
"""Async form of :func:`get_instance_status_with_response`."""


_REDEPLOY_DATABASE: _rt.Operation[RedeployResponse] = _rt.Operation(
    name="redeploy_database",
    method="POST",
    path="/databases/{id}/redeploy",
    success={"200": _rt.json_body(RedeployResponse.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


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

    Re-runs terraform apply with the image from a specific past build, without triggering a
    new CodeBuild run. Useful for rollbacks or sidecar updates. Only allowed from: running,
    paused, failed.

    Sends ``POST /databases/{id}/redeploy``.

    Args:
        id: Database ID
    """
    parts = _rt.RequestParts(path={"id": id}, json=body.to_dict(request=True))
    return client._call(_REDEPLOY_DATABASE, parts, extra_headers, extra_query, timeout, max_retries)


redeploy_database_async = _async_form(redeploy_database)
"""Async form of :func:`redeploy_database`."""
redeploy_database_with_response = _with_response(redeploy_database)
"""Like :func:`redeploy_database`, but also returns the HTTP status and headers."""
redeploy_database_with_response_async = _async_form(redeploy_database_with_response)
"""Async form of :func:`redeploy_database_with_response`."""


_PAUSE_REPLICATION: _rt.Operation[PauseReplicationResponse] = _rt.Operation(
    name="pause_replication",
    method="POST",
    path="/databases/{id}/pause-replication",
    success={"200": _rt.json_body(PauseReplicationResponse.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


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

    Pauses CDC or poll-mode replication on the running instance. The snapshot freezes at its
    current state — queries continue to be served with stale data. Use before large bulk
    imports to prevent CPU saturation. Resume with /resume-replication. Only allowed from:
    running.

    Sends ``POST /databases/{id}/pause-replication``.

    Args:
        id: Database ID
    """
    parts = _rt.RequestParts(path={"id": id})
    return client._call(_PAUSE_REPLICATION, parts, extra_headers, extra_query, timeout, max_retries)


pause_replication_async = _async_form(pause_replication)
"""Async form of :func:`pause_replication`."""
pause_replication_with_response = _with_response(pause_replication)
"""Like :func:`pause_replication`, but also returns the HTTP status and headers."""
pause_replication_with_response_async = _async_form(pause_replication_with_response)
"""Async form of :func:`pause_replication_with_response`."""


_TERMINATE_INSTANCE: _rt.Operation[TerminateResponse] = _rt.Operation(
    name="terminate_instance",
    method="POST",
    path="/databases/{id}/terminate",
    success={"200": _rt.json_body(TerminateResponse.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=False,
)


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

    Destroys the ECS task, ALB rule, and Route53 record but keeps the database record. The
    instance can be re-provisioned afterwards. Only allowed from: running, paused, failed.

    Sends ``POST /databases/{id}/terminate``.

    Args:
        id: Database ID
    """
    parts = _rt.RequestParts(path={"id": id})
    return client._call(
        _TERMINATE_INSTANCE, parts, extra_headers, extra_query, timeout, max_retries
    )


terminate_instance_async = _async_form(terminate_instance)
"""Async form of :func:`terminate_instance`."""
terminate_instance_with_response = _with_response(terminate_instance)
"""Like :func:`terminate_instance`, but also returns the HTTP status and headers."""
terminate_instance_with_response_async = _async_form(terminate_instance_with_response)
"""Async form of :func:`terminate_instance_with_response`."""


_LIST_BUILDS: _rt.Operation[BuildHistory] = _rt.Operation(
    name="list_builds",
    method="GET",
    path="/databases/{id}/builds",
    success={"200": _rt.json_body(BuildHistory.from_dict)},
    errors={"default": _rt.json_body(Error.from_dict)},
    security=(("bearerAuth",),),
    idempotent=True,
)


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

    Returns all build records for the database, most recent first. Builds with deployable:
    true have a stored image and can be redeployed via POST /redeploy.

    Sends ``GET /databases/{id}/builds``.

    Args:
        id: Database ID
    """
    parts = _rt.RequestParts(path={"id": id})
    return client._call(_LIST_BUILDS, parts, extra_headers, extra_query, timeout, max_retries)


list_builds_async = _async_form(list_builds)
"""Async form of :func:`list_builds`."""
list_builds_with_response = _with_response(list_builds)
"""Like :func:`list_builds`, but also returns the HTTP status and headers."""
list_builds_with_response_async = _async_form(list_builds_with_response)
"""Async form of :func:`list_builds_with_response`."""
