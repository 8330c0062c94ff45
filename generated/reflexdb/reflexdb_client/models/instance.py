# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``Instance`` model."""

from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .._runtime import UNSET, Unset
from .instance_health_status import InstanceHealthStatus


@_rt.model
class Instance:
    """A running ECS task serving the reflex-server binary"""

    id: _uuid.UUID

    database_id: _uuid.UUID

    build_id: _uuid.UUID | None | Unset = UNSET

    ecs_service_arn: str | None | Unset = UNSET

    endpoint_url: str | None | Unset = UNSET

    health_status: InstanceHealthStatus | None | Unset = UNSET

    snapshot_age_ms: int | None | Unset = UNSET
    """Age of the in-memory snapshot in milliseconds"""

    swap_count: int | None | Unset = UNSET
    """Number of atomic snapshot swaps since start"""

    row_counts: dict[str, int] | Unset = UNSET

    last_health_check: _dt.datetime | None | Unset = UNSET

    created_at: _dt.datetime

    updated_at: _dt.datetime

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
                "databaseId": str(self.database_id),
                "buildId": _rt.json_of(self.build_id, str),
                "ecsServiceArn": self.ecs_service_arn,
                "endpointUrl": self.endpoint_url,
                "healthStatus": _rt.enum_json(self.health_status),
                "snapshotAgeMs": self.snapshot_age_ms,
                "swapCount": self.swap_count,
                "rowCounts": self.row_counts,
                "lastHealthCheck": _rt.datetime_json(self.last_health_check),
                "createdAt": _rt.format_datetime(self.created_at),
                "updatedAt": _rt.format_datetime(self.updated_at),
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Instance:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                id=_rt.parse_uuid(take("id")),
                database_id=_rt.parse_uuid(take("databaseId")),
                build_id=_rt.opt_null(take, "buildId", _rt.parse_uuid),
                ecs_service_arn=_rt.opt_null(take, "ecsServiceArn", _rt.string),
                endpoint_url=_rt.opt_null(take, "endpointUrl", _rt.string),
                health_status=_rt.opt_null(
                    take, "healthStatus", _rt.str_enum, InstanceHealthStatus
                ),
                snapshot_age_ms=_rt.opt_null(take, "snapshotAgeMs", _rt.integer),
                swap_count=_rt.opt_null(take, "swapCount", _rt.integer),
                row_counts=_rt.opt(take, "rowCounts", _rt.map_of, _rt.integer),
                last_health_check=_rt.opt_null(take, "lastHealthCheck", _rt.parse_datetime),
                created_at=_rt.parse_datetime(take("createdAt")),
                updated_at=_rt.parse_datetime(take("updatedAt")),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
