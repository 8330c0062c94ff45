# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``BinlogReadiness`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

__all__ = ["BinlogReadiness"]

_FIELDS = frozenset({"logBin", "format", "serverId", "ready", "issues"})


@_dc.dataclass(kw_only=True, slots=True)
class BinlogReadiness:
    """Binlog CDC readiness check"""

    log_bin: bool

    format: str | None

    server_id: int | None

    ready: bool
    """True when log_bin=ON and binlog_format=ROW"""

    issues: list[str]

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["logBin"] = self.log_bin
        data["format"] = self.format
        data["serverId"] = self.server_id
        data["ready"] = self.ready
        data["issues"] = self.issues
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> BinlogReadiness:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            log_bin=data["logBin"],
            format=data["format"],
            server_id=data["serverId"],
            ready=data["ready"],
            issues=data["issues"],
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
