# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``CreatedManagementKey`` model."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt

__all__ = ["CreatedManagementKey"]

_FIELDS = frozenset(
    {
        "id",
        "customerId",
        "name",
        "keyId",
        "lastUsedAt",
        "expiresAt",
        "createdAt",
        "revokedAt",
        "key",
    }
)


@_dc.dataclass(kw_only=True, slots=True)
class CreatedManagementKey:
    """Newly created management key — raw key shown once, cannot be retrieved again"""

    id: _uuid.UUID

    customer_id: _uuid.UUID

    name: str

    key_id: str
    """Non-secret identifier"""

    last_used_at: _dt.datetime | _rt.Unset = _rt.UNSET

    expires_at: _dt.datetime | _rt.Unset = _rt.UNSET

    created_at: _dt.datetime

    revoked_at: _dt.datetime | _rt.Unset = _rt.UNSET

    key: str = _dc.field(repr=False)
    """Full management key. Format: rmk_"""

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["id"] = str(self.id)
        data["customerId"] = str(self.customer_id)
        data["name"] = self.name
        data["keyId"] = self.key_id
        if not isinstance(self.last_used_at, _rt.Unset):
            data["lastUsedAt"] = _rt.format_datetime(self.last_used_at)
        if not isinstance(self.expires_at, _rt.Unset):
            data["expiresAt"] = _rt.format_datetime(self.expires_at)
        data["createdAt"] = _rt.format_datetime(self.created_at)
        if not isinstance(self.revoked_at, _rt.Unset):
            data["revokedAt"] = _rt.format_datetime(self.revoked_at)
        data["key"] = self.key
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> CreatedManagementKey:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            id=_uuid.UUID(data["id"]),
            customer_id=_uuid.UUID(data["customerId"]),
            name=data["name"],
            key_id=data["keyId"],
            last_used_at=(
                _rt.parse_datetime(data["lastUsedAt"]) if "lastUsedAt" in data else _rt.UNSET
            ),
            expires_at=_rt.parse_datetime(data["expiresAt"]) if "expiresAt" in data else _rt.UNSET,
            created_at=_rt.parse_datetime(data["createdAt"]),
            revoked_at=_rt.parse_datetime(data["revokedAt"]) if "revokedAt" in data else _rt.UNSET,
            key=data["key"],
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
