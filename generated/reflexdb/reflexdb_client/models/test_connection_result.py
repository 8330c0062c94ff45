# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``TestConnectionResult`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt

__all__ = ["TestConnectionResult"]

_FIELDS = frozenset({"ok", "error", "latencyMs", "estimatedSizeGb", "availableSchemas", "binlog"})


@_dc.dataclass(kw_only=True, slots=True)
class TestConnectionResult:
    """Result of a MySQL connectivity test"""

    ok: bool

    error: str | _rt.Unset = _rt.UNSET
    """Error message (present when ok is false)"""

    latency_ms: float | _rt.Unset = _rt.UNSET
    """Round-trip ping latency in milliseconds"""

    estimated_size_gb: float | _rt.Unset = _rt.UNSET
    """Estimated source DB size in GB (data + index). Omitted if the query fails or the user lacks privileges."""

    available_schemas: list[str] | _rt.Unset = _rt.UNSET
    """MySQL databases visible to this user, excluding system schemas"""

    binlog: BinlogReadiness | _rt.Unset = _rt.UNSET
    """Binlog CDC readiness check"""

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["ok"] = self.ok
        if not isinstance(self.error, _rt.Unset):
            data["error"] = self.error
        if not isinstance(self.latency_ms, _rt.Unset):
            data["latencyMs"] = self.latency_ms
        if not isinstance(self.estimated_size_gb, _rt.Unset):
            data["estimatedSizeGb"] = self.estimated_size_gb
        if not isinstance(self.available_schemas, _rt.Unset):
            data["availableSchemas"] = self.available_schemas
        if not isinstance(self.binlog, _rt.Unset):
            data["binlog"] = self.binlog.to_dict(request=request)
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> TestConnectionResult:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            ok=data["ok"],
            error=data.get("error", _rt.UNSET),
            latency_ms=float(data["latencyMs"]) if "latencyMs" in data else _rt.UNSET,
            estimated_size_gb=(
                float(data["estimatedSizeGb"]) if "estimatedSizeGb" in data else _rt.UNSET
            ),
            available_schemas=data.get("availableSchemas", _rt.UNSET),
            binlog=BinlogReadiness.from_dict(data["binlog"]) if "binlog" in data else _rt.UNSET,
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )


# Imported last so that models referring to each other (directly or in a cycle) can load.
from .binlog_readiness import BinlogReadiness
