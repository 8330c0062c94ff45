# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``UpdateDatabaseBody`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m
from .._runtime import UNSET, Unset
from .update_database_body_build_compute_override import UpdateDatabaseBodyBuildComputeOverride
from .update_database_body_instance_size import UpdateDatabaseBodyInstanceSize
from .update_database_body_log_level import UpdateDatabaseBodyLogLevel

if _t.TYPE_CHECKING:
    from .pause_schedule import PauseSchedule
    from .tag import Tag


@_rt.model
class UpdateDatabaseBody(_rt.BaseModel):
    """Partial database instance update. Edit connection parameters via PATCH /connections/:id."""

    name: str | Unset = UNSET

    mysql_db: str | Unset = UNSET
    """Switch to a different schema from the connection’s availableSchemas"""

    instance_size: UpdateDatabaseBodyInstanceSize | Unset = UNSET

    log_level: UpdateDatabaseBodyLogLevel | Unset = UNSET

    binlog_server_id: int | Unset = UNSET

    build_compute_override: UpdateDatabaseBodyBuildComputeOverride | None | Unset = UNSET
    """Force a specific CodeBuild compute tier; null clears the override (auto-select resumes)"""

    reflexdb_custom_domain: str | None | Unset = UNSET
    """Vanity subdomain slug (Teams+ plan). Must match /^a-z0-9?$/ and be globally unique. null
    clears the custom domain.
    """

    pause_schedule: PauseSchedule | Unset = UNSET
    """Recurring pause/resume schedule (UTC). null clears the schedule."""

    tags: list[Tag] | Unset = UNSET

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "name": self.name,
                "mysqlDb": self.mysql_db,
                "instanceSize": _rt.enum_json(self.instance_size),
                "logLevel": _rt.enum_json(self.log_level),
                "binlogServerId": self.binlog_server_id,
                "buildComputeOverride": _rt.enum_json(self.build_compute_override),
                "reflexdbCustomDomain": self.reflexdb_custom_domain,
                "pauseSchedule": _rt.model_json(self.pause_schedule, request),
                "tags": _rt.models_json(self.tags, request),
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> UpdateDatabaseBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                name=_rt.opt(take, "name", _rt.string),
                mysql_db=_rt.opt(take, "mysqlDb", _rt.string),
                instance_size=_rt.opt(
                    take, "instanceSize", _rt.str_enum, UpdateDatabaseBodyInstanceSize
                ),
                log_level=_rt.opt(take, "logLevel", _rt.str_enum, UpdateDatabaseBodyLogLevel),
                binlog_server_id=_rt.opt(take, "binlogServerId", _rt.integer),
                build_compute_override=_rt.opt_null(
                    take,
                    "buildComputeOverride",
                    _rt.str_enum,
                    UpdateDatabaseBodyBuildComputeOverride,
                ),
                reflexdb_custom_domain=_rt.opt_null(take, "reflexdbCustomDomain", _rt.string),
                pause_schedule=_rt.opt(take, "pauseSchedule", _m.PauseSchedule.from_dict),
                tags=_rt.opt(take, "tags", _rt.list_of, _m.Tag.from_dict),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
