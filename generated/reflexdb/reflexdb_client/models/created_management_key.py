# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``CreatedManagementKey`` model."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .._runtime import UNSET, Unset


@_rt.model
class CreatedManagementKey:
    """Newly created management key — raw key shown once, cannot be retrieved again"""

    id: _uuid.UUID

    customer_id: _uuid.UUID

    name: str

    key_id: str
    """Non-secret identifier"""

    last_used_at: _dt.datetime | Unset = UNSET

    expires_at: _dt.datetime | Unset = UNSET

    created_at: _dt.datetime

    revoked_at: _dt.datetime | Unset = UNSET

    key: str = _dc.field(repr=False)
    """Full management key. Format: rmk_"""

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
                "customerId": str(self.customer_id),
                "name": self.name,
                "keyId": self.key_id,
                "lastUsedAt": _rt.datetime_json(self.last_used_at),
                "expiresAt": _rt.datetime_json(self.expires_at),
                "createdAt": _rt.format_datetime(self.created_at),
                "revokedAt": _rt.datetime_json(self.revoked_at),
                "key": self.key,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> CreatedManagementKey:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                id=_rt.parse_uuid(take("id")),
                customer_id=_rt.parse_uuid(take("customerId")),
                name=_rt.string(take("name")),
                key_id=_rt.string(take("keyId")),
                last_used_at=_rt.opt(take, "lastUsedAt", _rt.parse_datetime),
                expires_at=_rt.opt(take, "expiresAt", _rt.parse_datetime),
                created_at=_rt.parse_datetime(take("createdAt")),
                revoked_at=_rt.opt(take, "revokedAt", _rt.parse_datetime),
                key=_rt.string(take("key")),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
