# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Pending`` model."""

from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Pending:
    """Pending object."""

    eta: int

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return {
            **self.additional_properties,
            "eta": self.eta,
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Pending:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                eta=_rt.integer(take("eta")),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
