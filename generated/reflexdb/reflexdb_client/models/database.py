# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``Database`` model."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .._runtime import UNSET, Unset
from .database_health_status import DatabaseHealthStatus
from .database_instance_size import DatabaseInstanceSize
from .database_log_level import DatabaseLogLevel
from .database_status import DatabaseStatus
from .database_sync_mode import DatabaseSyncMode


@_rt.model
class Database:
    """A database instance config and its current lifecycle status"""

    id: _uuid.UUID

    customer_id: _uuid.UUID

    connection_id: _uuid.UUID
    """The connection that provides source MySQL credentials"""

    name: str

    mysql_db: str
    """The MySQL schema on the source server for this instance"""

    sync_mode: DatabaseSyncMode
    """Sync mode for this instance"""

    sync_interval: int
    """Polling interval in seconds (>= connection minSyncInterval)"""

    task_cpu: int
    """ECS task vCPU units (256 = 0.25 vCPU)"""

    task_memory_mb: int
    """ECS task memory in MiB"""

    log_level: DatabaseLogLevel

    status: DatabaseStatus

    last_error: str | None | Unset = UNSET

    endpoint_url: str | None | Unset = UNSET
    """HTTPS base URL of the running instance"""

    health_status: DatabaseHealthStatus | None | Unset = UNSET

    build_compute_override: str | None | Unset = UNSET
    """Forced CodeBuild compute tier for this instance’s builds; null = auto-select"""

    instance_size: DatabaseInstanceSize

    region: str
    """AWS region this instance is deployed to"""

    binlog_server_id: int | None | Unset = UNSET

    desired_state: str | None | Unset = UNSET
    """Queued goal — reconciler drives the instance toward this state"""

    reflexdb_custom_domain: str | None | Unset = UNSET
    """Vanity subdomain (Teams+ plan). When set, <value>.reflexdb.cloud resolves to this
    instance.
    """

    pause_schedule: _t.Any | Unset = UNSET
    """Recurring pause/resume schedule (UTC). null when no schedule is co…"""

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "id": str(self.id),
                "customerId": str(self.customer_id),
                "connectionId": str(self.connection_id),
                "name": self.name,
                "mysqlDb": self.mysql_db,
                "syncMode": _rt.enum_value(self.sync_mode),
                "syncInterval": self.sync_interval,
                "taskCpu": self.task_cpu,
                "taskMemoryMb": self.task_memory_mb,
                "logLevel": _rt.enum_value(self.log_level),
                "status": _rt.enum_value(self.status),
                "lastError": self.last_error,
                "endpointUrl": self.endpoint_url,
                "healthStatus": _rt.enum_json(self.health_status),
                "buildComputeOverride": self.build_compute_override,
                "instanceSize": _rt.enum_value(self.instance_size),
                "region": self.region,
                "binlogServerId": self.binlog_server_id,
                "desiredState": self.desired_state,
                "reflexdbCustomDomain": self.reflexdb_custom_domain,
                "pauseSchedule": self.pause_schedule,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Database:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                id=_rt.parse_uuid(take("id")),
                customer_id=_rt.parse_uuid(take("customerId")),
                connection_id=_rt.parse_uuid(take("connectionId")),
                name=_rt.string(take("name")),
                mysql_db=_rt.string(take("mysqlDb")),
                sync_mode=_rt.str_enum(take("syncMode"), DatabaseSyncMode),
                sync_interval=_rt.integer(take("syncInterval")),
                task_cpu=_rt.integer(take("taskCpu")),
                task_memory_mb=_rt.integer(take("taskMemoryMb")),
                log_level=_rt.str_enum(take("logLevel"), DatabaseLogLevel),
                status=_rt.str_enum(take("status"), DatabaseStatus),
                last_error=_rt.opt_null(take, "lastError", _rt.string),
                endpoint_url=_rt.opt_null(take, "endpointUrl", _rt.string),
                health_status=_rt.opt_null(
                    take, "healthStatus", _rt.str_enum, DatabaseHealthStatus
                ),
                build_compute_override=_rt.opt_null(take, "buildComputeOverride", _rt.string),
                instance_size=_rt.str_enum(take("instanceSize"), DatabaseInstanceSize),
                region=_rt.string(take("region")),
                binlog_server_id=_rt.opt_null(take, "binlogServerId", _rt.integer),
                desired_state=_rt.opt_null(take, "desiredState", _rt.string),
                reflexdb_custom_domain=_rt.opt_null(take, "reflexdbCustomDomain", _rt.string),
                pause_schedule=take("pauseSchedule", UNSET),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
