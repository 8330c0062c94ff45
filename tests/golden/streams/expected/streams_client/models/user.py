# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``User`` model."""

from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class User:
    """User object."""

    id: str

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return {
            **self.additional_properties,
            "id": self.id,
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> User:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                id=_rt.string(take("id")),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
