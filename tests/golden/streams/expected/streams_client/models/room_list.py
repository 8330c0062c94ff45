# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``RoomList`` model."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .room import Room
    from .room_list_meta import RoomListMeta


@_rt.model
class RoomList(_rt.BaseModel):
    """RoomList object."""

    rooms: list[Room]

    meta: RoomListMeta

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return {
            **self.additional_properties,
            "rooms": _rt.models_json(self.rooms, request),
            "meta": self.meta.to_dict(request=request),
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> RoomList:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                rooms=_rt.list_of(take("rooms"), _m.Room.from_dict),
                meta=_m.RoomListMeta.from_dict(take("meta")),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
