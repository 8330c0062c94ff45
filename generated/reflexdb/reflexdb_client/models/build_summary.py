# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``BuildSummary`` model."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt

__all__ = ["BuildSummary"]

_FIELDS = frozenset(
    {
        "id",
        "status",
        "deployable",
        "codebuildId",
        "logsUrl",
        "createdAt",
        "finishedAt",
        "buildDurationSeconds",
        "computeTypeUsed",
        "costEstimateCents",
    }
)


@_dc.dataclass(kw_only=True, slots=True)
class BuildSummary:
    """BuildSummary object."""

    id: _uuid.UUID

    status: str

    deployable: bool

    codebuild_id: str | None | _rt.Unset = _rt.UNSET

    logs_url: str | None | _rt.Unset = _rt.UNSET

    created_at: _dt.datetime

    finished_at: _dt.datetime | None | _rt.Unset = _rt.UNSET

    build_duration_seconds: int | None | _rt.Unset = _rt.UNSET

    compute_type_used: str | None | _rt.Unset = _rt.UNSET

    cost_estimate_cents: int | None | _rt.Unset = _rt.UNSET

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["id"] = str(self.id)
        data["status"] = self.status
        data["deployable"] = self.deployable
        if not isinstance(self.codebuild_id, _rt.Unset):
            data["codebuildId"] = self.codebuild_id
        if not isinstance(self.logs_url, _rt.Unset):
            data["logsUrl"] = self.logs_url
        data["createdAt"] = _rt.format_datetime(self.created_at)
        if not isinstance(self.finished_at, _rt.Unset):
            data["finishedAt"] = (
                None if self.finished_at is None else _rt.format_datetime(self.finished_at)
            )
        if not isinstance(self.build_duration_seconds, _rt.Unset):
            data["buildDurationSeconds"] = self.build_duration_seconds
        if not isinstance(self.compute_type_used, _rt.Unset):
            data["computeTypeUsed"] = self.compute_type_used
        if not isinstance(self.cost_estimate_cents, _rt.Unset):
            data["costEstimateCents"] = self.cost_estimate_cents
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> BuildSummary:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            id=_uuid.UUID(data["id"]),
            status=data["status"],
            deployable=data["deployable"],
            codebuild_id=data.get("codebuildId", _rt.UNSET),
            logs_url=data.get("logsUrl", _rt.UNSET),
            created_at=_rt.parse_datetime(data["createdAt"]),
            finished_at=(
                (None if data["finishedAt"] is None else _rt.parse_datetime(data["finishedAt"]))
                if "finishedAt" in data
                else _rt.UNSET
            ),
            build_duration_seconds=data.get("buildDurationSeconds", _rt.UNSET),
            compute_type_used=data.get("computeTypeUsed", _rt.UNSET),
            cost_estimate_cents=data.get("costEstimateCents", _rt.UNSET),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
