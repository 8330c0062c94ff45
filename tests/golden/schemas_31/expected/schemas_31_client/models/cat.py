# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Cat`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class Cat:
    """Cat object."""

    pet_type: _t.Literal["Cat"] = "Cat"
    """Default: ``'Cat'``."""

    name: str

    lives: int

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return {
            **self.additional_properties,
            "petType": self.pet_type,
            "name": self.name,
            "lives": self.lives,
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Cat:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                pet_type=_rt.literal_value(take("petType"), ("Cat",)),
                name=_rt.string(take("name")),
                lives=_rt.integer(take("lives")),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
