# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``TestConnectionResult`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m
from .._runtime import UNSET, Unset

if _t.TYPE_CHECKING:
    from .binlog_readiness import BinlogReadiness


@_rt.model
class TestConnectionResult(_rt.BaseModel):
    """Result of a MySQL connectivity test"""

    ok: bool

    error: str | Unset = UNSET
    """Error message (present when ok is false)"""

    latency_ms: float | Unset = UNSET
    """Round-trip ping latency in milliseconds"""

    estimated_size_gb: float | Unset = UNSET
    """Estimated source DB size in GB (data + index). Omitted if the query fails or the user
    lacks privileges.
    """

    available_schemas: list[str] | Unset = UNSET
    """MySQL databases visible to this user, excluding system schemas"""

    binlog: BinlogReadiness | Unset = UNSET
    """Binlog CDC readiness check"""

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "ok": self.ok,
                "error": self.error,
                "latencyMs": self.latency_ms,
                "estimatedSizeGb": self.estimated_size_gb,
                "availableSchemas": self.available_schemas,
                "binlog": _rt.model_json(self.binlog, request),
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> TestConnectionResult:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                ok=_rt.boolean(take("ok")),
                error=_rt.opt(take, "error", _rt.string),
                latency_ms=_rt.opt(take, "latencyMs", _rt.number),
                estimated_size_gb=_rt.opt(take, "estimatedSizeGb", _rt.number),
                available_schemas=_rt.opt(take, "availableSchemas", _rt.list_of, _rt.string),
                binlog=_rt.opt(take, "binlog", _m.BinlogReadiness.from_dict),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
