# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Deleted`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .._runtime import UNSET, Unset
from .deleted_level import DeletedLevel


@_rt.model
class Deleted:
    """Deleted object."""

    type_: _t.Literal["deleted"] = "deleted"
    """Default: ``'deleted'``."""

    id: int

    reason: str | None | Unset = UNSET

    level: DeletedLevel | None | Unset = UNSET

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
                "reason": self.reason,
                "level": _rt.enum_json(self.level),
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Deleted:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                type_=_rt.literal_value(take("type"), ("deleted",)),
                id=_rt.integer(take("id")),
                reason=_rt.opt_null(take, "reason", _rt.string),
                level=_rt.opt_null(take, "level", _rt.int_enum, DeletedLevel),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
