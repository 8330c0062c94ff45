# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``ChargeList`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m
from .._runtime import UNSET, Unset

if _t.TYPE_CHECKING:
    from .charge import Charge


@_rt.model
class ChargeList(_rt.BaseModel):
    """ChargeList object."""

    data: list[Charge]

    has_more: bool

    url: str | Unset = UNSET

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "data": _rt.models_json(self.data, request),
                "has_more": self.has_more,
                "url": self.url,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> ChargeList:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                data=_rt.list_of(take("data"), _m.Charge.from_dict),
                has_more=_rt.boolean(take("has_more")),
                url=_rt.opt(take, "url", _rt.string),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
