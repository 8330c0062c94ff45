# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``InstanceConnectionSummary`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

__all__ = ["InstanceConnectionSummary"]

_FIELDS = frozenset({"minSyncInterval", "allowedSyncModes", "availableSchemas"})


@_dc.dataclass(kw_only=True, slots=True)
class InstanceConnectionSummary:
    """InstanceConnectionSummary object."""

    min_sync_interval: float

    allowed_sync_modes: list[str]

    available_schemas: list[str]

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["minSyncInterval"] = self.min_sync_interval
        data["allowedSyncModes"] = self.allowed_sync_modes
        data["availableSchemas"] = self.available_schemas
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> InstanceConnectionSummary:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            min_sync_interval=float(data["minSyncInterval"]),
            allowed_sync_modes=data["allowedSyncModes"],
            available_schemas=data["availableSchemas"],
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
