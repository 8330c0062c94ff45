# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``Instance`` model."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .instance_health_status import InstanceHealthStatus

__all__ = ["Instance"]

_FIELDS = frozenset(
    {
        "id",
        "databaseId",
        "buildId",
        "ecsServiceArn",
        "endpointUrl",
        "healthStatus",
        "snapshotAgeMs",
        "swapCount",
        "rowCounts",
        "lastHealthCheck",
        "createdAt",
        "updatedAt",
    }
)


@_dc.dataclass(kw_only=True, slots=True)
class Instance:
    """A running ECS task serving the reflex-server binary"""

    id: _uuid.UUID

    database_id: _uuid.UUID

    build_id: _uuid.UUID | None | _rt.Unset = _rt.UNSET

    ecs_service_arn: str | None | _rt.Unset = _rt.UNSET

    endpoint_url: str | None | _rt.Unset = _rt.UNSET

    health_status: InstanceHealthStatus | str | None | _rt.Unset = _rt.UNSET

    snapshot_age_ms: int | None | _rt.Unset = _rt.UNSET
    """Age of the in-memory snapshot in milliseconds"""

    swap_count: int | None | _rt.Unset = _rt.UNSET
    """Number of atomic snapshot swaps since start"""

    row_counts: dict[str, int] | _rt.Unset = _rt.UNSET

    last_health_check: _dt.datetime | None | _rt.Unset = _rt.UNSET

    created_at: _dt.datetime

    updated_at: _dt.datetime

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["id"] = str(self.id)
        data["databaseId"] = str(self.database_id)
        if not isinstance(self.build_id, _rt.Unset):
            data["buildId"] = None if self.build_id is None else str(self.build_id)
        if not isinstance(self.ecs_service_arn, _rt.Unset):
            data["ecsServiceArn"] = self.ecs_service_arn
        if not isinstance(self.endpoint_url, _rt.Unset):
            data["endpointUrl"] = self.endpoint_url
        if not isinstance(self.health_status, _rt.Unset):
            data["healthStatus"] = (
                None if self.health_status is None else _rt.enum_value(self.health_status)
            )
        if not isinstance(self.snapshot_age_ms, _rt.Unset):
            data["snapshotAgeMs"] = self.snapshot_age_ms
        if not isinstance(self.swap_count, _rt.Unset):
            data["swapCount"] = self.swap_count
        if not isinstance(self.row_counts, _rt.Unset):
            data["rowCounts"] = self.row_counts
        if not isinstance(self.last_health_check, _rt.Unset):
            data["lastHealthCheck"] = (
                None
                if self.last_health_check is None
                else _rt.format_datetime(self.last_health_check)
            )
        data["createdAt"] = _rt.format_datetime(self.created_at)
        data["updatedAt"] = _rt.format_datetime(self.updated_at)
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> Instance:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            id=_uuid.UUID(data["id"]),
            database_id=_uuid.UUID(data["databaseId"]),
            build_id=(
                (None if data["buildId"] is None else _uuid.UUID(data["buildId"]))
                if "buildId" in data
                else _rt.UNSET
            ),
            ecs_service_arn=data.get("ecsServiceArn", _rt.UNSET),
            endpoint_url=data.get("endpointUrl", _rt.UNSET),
            health_status=(
                (
                    None
                    if data["healthStatus"] is None
                    else _rt.open_str_enum(InstanceHealthStatus, data["healthStatus"])
                )
                if "healthStatus" in data
                else _rt.UNSET
            ),
            snapshot_age_ms=data.get("snapshotAgeMs", _rt.UNSET),
            swap_count=data.get("swapCount", _rt.UNSET),
            row_counts=data.get("rowCounts", _rt.UNSET),
            last_health_check=(
                (
                    None
                    if data["lastHealthCheck"] is None
                    else _rt.parse_datetime(data["lastHealthCheck"])
                )
                if "lastHealthCheck" in data
                else _rt.UNSET
            ),
            created_at=_rt.parse_datetime(data["createdAt"]),
            updated_at=_rt.parse_datetime(data["updatedAt"]),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
