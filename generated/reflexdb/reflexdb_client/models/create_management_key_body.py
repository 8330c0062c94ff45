# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``CreateManagementKeyBody`` model."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import _runtime as _rt

__all__ = ["CreateManagementKeyBody"]

_FIELDS = frozenset({"name", "expiresAt"})


@_dc.dataclass(kw_only=True, slots=True)
class CreateManagementKeyBody:
    """CreateManagementKeyBody object."""

    name: str
    """Human-readable label for this key"""

    expires_at: _dt.datetime | _rt.Unset = _rt.UNSET
    """ISO 8601 expiry — key is rejected after this time"""

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["name"] = self.name
        if not isinstance(self.expires_at, _rt.Unset):
            data["expiresAt"] = _rt.format_datetime(self.expires_at)
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> CreateManagementKeyBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            name=data["name"],
            expires_at=_rt.parse_datetime(data["expiresAt"]) if "expiresAt" in data else _rt.UNSET,
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
