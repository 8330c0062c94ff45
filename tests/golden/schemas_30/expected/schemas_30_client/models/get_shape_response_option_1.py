# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``GetShapeResponseOption1`` model."""

from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GetShapeResponseOption1:
    """GetShapeResponseOption1 object."""

    radius: float

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return {
            "radius": self.radius,
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> GetShapeResponseOption1:
        """Decode a JSON object."""
        take = _rt.mapping(data).get
        try:
            return cls(
                radius=_rt.number(take("radius")),
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
