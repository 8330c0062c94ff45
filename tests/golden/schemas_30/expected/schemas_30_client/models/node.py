# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Node`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m
from .._runtime import UNSET, Unset

if _t.TYPE_CHECKING:
    from .partner import Partner


@_rt.model
class Node(_rt.BaseModel):
    """Node object."""

    value: str | Unset = UNSET

    children: list[Node] | Unset = UNSET

    partner: Partner | Unset = UNSET

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "value": self.value,
                "children": _rt.models_json(self.children, request),
                "partner": _rt.model_json(self.partner, request),
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Node:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                value=_rt.opt(take, "value", _rt.string),
                children=_rt.opt(take, "children", _rt.list_of, Node.from_dict),
                partner=_rt.opt(take, "partner", _m.Partner.from_dict),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
