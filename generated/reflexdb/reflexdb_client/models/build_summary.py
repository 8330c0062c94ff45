# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``BuildSummary`` model."""

from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .._runtime import UNSET, Unset


@_rt.model
class BuildSummary:
    """BuildSummary object."""

    id: _uuid.UUID

    status: str

    deployable: bool

    codebuild_id: str | None | Unset = UNSET

    logs_url: str | None | Unset = UNSET

    created_at: _dt.datetime

    finished_at: _dt.datetime | None | Unset = UNSET

    build_duration_seconds: int | None | Unset = UNSET

    compute_type_used: str | None | Unset = UNSET

    cost_estimate_cents: int | None | Unset = UNSET

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
                "status": self.status,
                "deployable": self.deployable,
                "codebuildId": self.codebuild_id,
                "logsUrl": self.logs_url,
                "createdAt": _rt.format_datetime(self.created_at),
                "finishedAt": _rt.datetime_json(self.finished_at),
                "buildDurationSeconds": self.build_duration_seconds,
                "computeTypeUsed": self.compute_type_used,
                "costEstimateCents": self.cost_estimate_cents,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> BuildSummary:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                id=_rt.parse_uuid(take("id")),
                status=_rt.string(take("status")),
                deployable=_rt.boolean(take("deployable")),
                codebuild_id=_rt.opt_null(take, "codebuildId", _rt.string),
                logs_url=_rt.opt_null(take, "logsUrl", _rt.string),
                created_at=_rt.parse_datetime(take("createdAt")),
                finished_at=_rt.opt_null(take, "finishedAt", _rt.parse_datetime),
                build_duration_seconds=_rt.opt_null(take, "buildDurationSeconds", _rt.integer),
                compute_type_used=_rt.opt_null(take, "computeTypeUsed", _rt.string),
                cost_estimate_cents=_rt.opt_null(take, "costEstimateCents", _rt.integer),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
