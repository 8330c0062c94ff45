# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``TagList`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m
from .._runtime import UNSET, Unset

if _t.TYPE_CHECKING:
    from .tag import Tag


@_rt.model
class TagList(_rt.BaseModel):
    """TagList object."""

    results: list[Tag]

    total_pages: int | Unset = UNSET

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "results": _rt.models_json(self.results, request),
                "total_pages": self.total_pages,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> TagList:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                results=_rt.list_of(take("results"), _m.Tag.from_dict),
                total_pages=_rt.opt(take, "total_pages", _rt.integer),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
