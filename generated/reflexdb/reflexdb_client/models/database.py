# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``Database`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .database_health_status import DatabaseHealthStatus
from .database_instance_size import DatabaseInstanceSize
from .database_log_level import DatabaseLogLevel
from .database_status import DatabaseStatus
from .database_sync_mode import DatabaseSyncMode

__all__ = ["Database"]

_FIELDS = frozenset(
    {
        "id",
        "customerId",
        "connectionId",
        "name",
        "mysqlDb",
        "syncMode",
        "syncInterval",
        "taskCpu",
        "taskMemoryMb",
        "logLevel",
        "status",
        "lastError",
        "endpointUrl",
        "healthStatus",
        "buildComputeOverride",
        "instanceSize",
        "region",
        "binlogServerId",
        "desiredState",
        "reflexdbCustomDomain",
        "pauseSchedule",
    }
)


@_dc.dataclass(kw_only=True, slots=True)
class Database:
    """A database instance config and its current lifecycle status"""

    id: _uuid.UUID

    customer_id: _uuid.UUID

    connection_id: _uuid.UUID
    """The connection that provides source MySQL credentials"""

    name: str

    mysql_db: str
    """The MySQL schema on the source server for this instance"""

    sync_mode: DatabaseSyncMode | str
    """Sync mode for this instance"""

    sync_interval: int
    """Polling interval in seconds (>= connection minSyncInterval)"""

    task_cpu: int
    """ECS task vCPU units (256 = 0.25 vCPU)"""

    task_memory_mb: int
    """ECS task memory in MiB"""

    log_level: DatabaseLogLevel | str

    status: DatabaseStatus | str

    last_error: str | None | _rt.Unset = _rt.UNSET

    endpoint_url: str | None | _rt.Unset = _rt.UNSET
    """HTTPS base URL of the running instance"""

    health_status: DatabaseHealthStatus | str | None | _rt.Unset = _rt.UNSET

    build_compute_override: str | None | _rt.Unset = _rt.UNSET
    """Forced CodeBuild compute tier for this instance’s builds; null = auto-select"""

    instance_size: DatabaseInstanceSize | str

    region: str
    """AWS region this instance is deployed to"""

    binlog_server_id: int | None | _rt.Unset = _rt.UNSET

    desired_state: str | None | _rt.Unset = _rt.UNSET
    """Queued goal — reconciler drives the instance toward this state"""

    reflexdb_custom_domain: str | None | _rt.Unset = _rt.UNSET
    """Vanity subdomain (Teams+ plan). When set, <value>.reflexdb.cloud resolves to this instance."""

    pause_schedule: _t.Any | _rt.Unset = _rt.UNSET
    """Recurring pause/resume schedule (UTC). null when no schedule is co…"""

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["id"] = str(self.id)
        data["customerId"] = str(self.customer_id)
        data["connectionId"] = str(self.connection_id)
        data["name"] = self.name
        data["mysqlDb"] = self.mysql_db
        data["syncMode"] = _rt.enum_value(self.sync_mode)
        data["syncInterval"] = self.sync_interval
        data["taskCpu"] = self.task_cpu
        data["taskMemoryMb"] = self.task_memory_mb
        data["logLevel"] = _rt.enum_value(self.log_level)
        data["status"] = _rt.enum_value(self.status)
        if not isinstance(self.last_error, _rt.Unset):
            data["lastError"] = self.last_error
        if not isinstance(self.endpoint_url, _rt.Unset):
            data["endpointUrl"] = self.endpoint_url
        if not isinstance(self.health_status, _rt.Unset):
            data["healthStatus"] = (
                None if self.health_status is None else _rt.enum_value(self.health_status)
            )
        if not isinstance(self.build_compute_override, _rt.Unset):
            data["buildComputeOverride"] = self.build_compute_override
        data["instanceSize"] = _rt.enum_value(self.instance_size)
        data["region"] = self.region
        if not isinstance(self.binlog_server_id, _rt.Unset):
            data["binlogServerId"] = self.binlog_server_id
        if not isinstance(self.desired_state, _rt.Unset):
            data["desiredState"] = self.desired_state
        if not isinstance(self.reflexdb_custom_domain, _rt.Unset):
            data["reflexdbCustomDomain"] = self.reflexdb_custom_domain
        if not isinstance(self.pause_schedule, _rt.Unset):
            data["pauseSchedule"] = self.pause_schedule
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> Database:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            id=_uuid.UUID(data["id"]),
            customer_id=_uuid.UUID(data["customerId"]),
            connection_id=_uuid.UUID(data["connectionId"]),
            name=data["name"],
            mysql_db=data["mysqlDb"],
            sync_mode=_rt.open_str_enum(DatabaseSyncMode, data["syncMode"]),
            sync_interval=data["syncInterval"],
            task_cpu=data["taskCpu"],
            task_memory_mb=data["taskMemoryMb"],
            log_level=_rt.open_str_enum(DatabaseLogLevel, data["logLevel"]),
            status=_rt.open_str_enum(DatabaseStatus, data["status"]),
            last_error=data.get("lastError", _rt.UNSET),
            endpoint_url=data.get("endpointUrl", _rt.UNSET),
            health_status=(
                (
                    None
                    if data["healthStatus"] is None
                    else _rt.open_str_enum(DatabaseHealthStatus, data["healthStatus"])
                )
                if "healthStatus" in data
                else _rt.UNSET
            ),
            build_compute_override=data.get("buildComputeOverride", _rt.UNSET),
            instance_size=_rt.open_str_enum(DatabaseInstanceSize, data["instanceSize"]),
            region=data["region"],
            binlog_server_id=data.get("binlogServerId", _rt.UNSET),
            desired_state=data.get("desiredState", _rt.UNSET),
            reflexdb_custom_domain=data.get("reflexdbCustomDomain", _rt.UNSET),
            pause_schedule=data.get("pauseSchedule", _rt.UNSET),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
