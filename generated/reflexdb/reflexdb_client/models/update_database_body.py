# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``UpdateDatabaseBody`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt
from .update_database_body_build_compute_override import UpdateDatabaseBodyBuildComputeOverride
from .update_database_body_instance_size import UpdateDatabaseBodyInstanceSize
from .update_database_body_log_level import UpdateDatabaseBodyLogLevel

__all__ = ["UpdateDatabaseBody"]

_FIELDS = frozenset(
    {
        "name",
        "mysqlDb",
        "instanceSize",
        "logLevel",
        "binlogServerId",
        "buildComputeOverride",
        "reflexdbCustomDomain",
        "pauseSchedule",
        "tags",
    }
)


@_dc.dataclass(kw_only=True, slots=True)
class UpdateDatabaseBody:
    """Partial database instance update. Edit connection parameters via PATCH /connections/:id."""

    name: str | _rt.Unset = _rt.UNSET

    mysql_db: str | _rt.Unset = _rt.UNSET
    """Switch to a different schema from the connection’s availableSchemas"""

    instance_size: UpdateDatabaseBodyInstanceSize | str | _rt.Unset = _rt.UNSET

    log_level: UpdateDatabaseBodyLogLevel | str | _rt.Unset = _rt.UNSET

    binlog_server_id: int | _rt.Unset = _rt.UNSET

    build_compute_override: UpdateDatabaseBodyBuildComputeOverride | str | None | _rt.Unset = (
        _rt.UNSET
    )
    """Force a specific CodeBuild compute tier; null clears the override (auto-select resumes)"""

    reflexdb_custom_domain: str | None | _rt.Unset = _rt.UNSET
    """Vanity subdomain slug (Teams+ plan). Must match /^a-z0-9?$/ and be globally unique. null clears the custom domain."""

    pause_schedule: PauseSchedule | _rt.Unset = _rt.UNSET
    """Recurring pause/resume schedule (UTC). null clears the schedule."""

    tags: list[Tag] | _rt.Unset = _rt.UNSET

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        if not isinstance(self.name, _rt.Unset):
            data["name"] = self.name
        if not isinstance(self.mysql_db, _rt.Unset):
            data["mysqlDb"] = self.mysql_db
        if not isinstance(self.instance_size, _rt.Unset):
            data["instanceSize"] = _rt.enum_value(self.instance_size)
        if not isinstance(self.log_level, _rt.Unset):
            data["logLevel"] = _rt.enum_value(self.log_level)
        if not isinstance(self.binlog_server_id, _rt.Unset):
            data["binlogServerId"] = self.binlog_server_id
        if not isinstance(self.build_compute_override, _rt.Unset):
            data["buildComputeOverride"] = (
                None
                if self.build_compute_override is None
                else _rt.enum_value(self.build_compute_override)
            )
        if not isinstance(self.reflexdb_custom_domain, _rt.Unset):
            data["reflexdbCustomDomain"] = self.reflexdb_custom_domain
        if not isinstance(self.pause_schedule, _rt.Unset):
            data["pauseSchedule"] = self.pause_schedule.to_dict(request=request)
        if not isinstance(self.tags, _rt.Unset):
            data["tags"] = [_v0.to_dict(request=request) for _v0 in self.tags]
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> UpdateDatabaseBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            name=data.get("name", _rt.UNSET),
            mysql_db=data.get("mysqlDb", _rt.UNSET),
            instance_size=(
                _rt.open_str_enum(UpdateDatabaseBodyInstanceSize, data["instanceSize"])
                if "instanceSize" in data
                else _rt.UNSET
            ),
            log_level=(
                _rt.open_str_enum(UpdateDatabaseBodyLogLevel, data["logLevel"])
                if "logLevel" in data
                else _rt.UNSET
            ),
            binlog_server_id=data.get("binlogServerId", _rt.UNSET),
            build_compute_override=(
                (
                    None
                    if data["buildComputeOverride"] is None
                    else _rt.open_str_enum(
                        UpdateDatabaseBodyBuildComputeOverride, data["buildComputeOverride"]
                    )
                )
                if "buildComputeOverride" in data
                else _rt.UNSET
            ),
            reflexdb_custom_domain=data.get("reflexdbCustomDomain", _rt.UNSET),
            pause_schedule=(
                PauseSchedule.from_dict(data["pauseSchedule"])
                if "pauseSchedule" in data
                else _rt.UNSET
            ),
            tags=[Tag.from_dict(_v0) for _v0 in data["tags"]] if "tags" in data else _rt.UNSET,
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )


# Imported last so that models referring to each other (directly or in a cycle) can load.
from .pause_schedule import PauseSchedule
from .tag import Tag
