# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``UserList`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .user import User


@_rt.model
class UserList(_rt.BaseModel):
    """UserList object."""

    resources: list[User]

    total_results: int

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return {
            **self.additional_properties,
            "Resources": _rt.models_json(self.resources, request),
            "totalResults": self.total_results,
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> UserList:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                resources=_rt.list_of(take("Resources"), _m.User.from_dict),
                total_results=_rt.integer(take("totalResults")),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
