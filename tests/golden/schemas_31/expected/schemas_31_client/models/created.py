# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Created`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .._runtime import UNSET, Unset


@_rt.model
class Created:
    """Created object."""

    type_: _t.Literal["created"] = "created"
    """Default: ``'created'``."""

    id: int

    note: str | None | Unset = UNSET

    tags: list[str] | Unset = UNSET

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "type": self.type_,
                "id": self.id,
                "note": self.note,
                "tags": self.tags,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Created:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                type_=_rt.literal_value(take("type"), ("created",)),
                id=_rt.integer(take("id")),
                note=_rt.opt_null(take, "note", _rt.string),
                tags=_rt.opt(take, "tags", _rt.list_of, _rt.string),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
