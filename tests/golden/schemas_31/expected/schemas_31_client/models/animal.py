# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Animal`` model."""

from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Animal:
    """An animal; petType names its subtype."""

    pet_type: str

    name: str

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
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Animal:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                pet_type=_rt.string(take("petType")),
                name=_rt.string(take("name")),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
