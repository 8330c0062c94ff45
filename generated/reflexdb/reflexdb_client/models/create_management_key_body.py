# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``CreateManagementKeyBody`` model."""

from __future__ import annotations

import datetime as _dt

from .. import _runtime as _rt
from .._runtime import UNSET, Unset


@_rt.model
class CreateManagementKeyBody:
    """CreateManagementKeyBody object."""

    name: str
    """Human-readable label for this key"""

    expires_at: _dt.datetime | Unset = UNSET
    """ISO 8601 expiry — key is rejected after this time"""

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "name": self.name,
                "expiresAt": _rt.datetime_json(self.expires_at),
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> CreateManagementKeyBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                name=_rt.string(take("name")),
                expires_at=_rt.opt(take, "expiresAt", _rt.parse_datetime),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
