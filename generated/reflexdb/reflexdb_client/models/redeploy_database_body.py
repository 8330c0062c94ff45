# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``RedeployDatabaseBody`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t
import uuid as _uuid

__all__ = ["RedeployDatabaseBody"]

_FIELDS = frozenset({"buildId"})


@_dc.dataclass(kw_only=True, slots=True)
class RedeployDatabaseBody:
    """RedeployDatabaseBody object."""

    build_id: _uuid.UUID
    """ID of the build to redeploy"""

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["buildId"] = str(self.build_id)
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> RedeployDatabaseBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            build_id=_uuid.UUID(data["buildId"]),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
