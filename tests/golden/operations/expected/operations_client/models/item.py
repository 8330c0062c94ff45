# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Item`` model."""

from __future__ import annotations

from .. import _runtime as _rt
from .._runtime import UNSET, Unset


@_rt.model
class Item:
    """Item object."""

    id: int | Unset = UNSET

    name: str

    from_: str | Unset = UNSET

    callback: str | Unset = UNSET

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "id": UNSET if request else self.id,
                "name": self.name,
                "from": self.from_,
                "callback": self.callback,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Item:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                id=_rt.opt(take, "id", _rt.integer),
                name=_rt.string(take("name")),
                from_=_rt.opt(take, "from", _rt.string),
                callback=_rt.opt(take, "callback", _rt.string),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
