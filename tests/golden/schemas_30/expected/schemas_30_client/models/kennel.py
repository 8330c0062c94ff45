# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Kennel`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m
from .._runtime import UNSET, Unset

if _t.TYPE_CHECKING:
    from .cat import Cat


@_rt.model
class Kennel(_rt.BaseModel):
    """A model whose additionalProperties are models (imported after the class)"""

    name: str | Unset = UNSET

    additional_properties: dict[str, Cat] = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **{
                    _k: _v.to_dict(request=request) for _k, _v in self.additional_properties.items()
                },
                "name": self.name,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Kennel:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                name=_rt.opt(take, "name", _rt.string),
                additional_properties=_rt.map_of(rest, _m.Cat.from_dict),
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
