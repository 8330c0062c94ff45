# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Everything`` model."""

from __future__ import annotations

import datetime as _dt
import decimal as _decimal
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m
from .._runtime import UNSET, Unset
from .priority import Priority

if _t.TYPE_CHECKING:
    from .cat import Cat
    from .everything_closed import EverythingClosed
    from .node import Node
    from .partner import Partner


@_rt.model
class Everything(_rt.BaseModel):
    """Everything object."""

    when: _dt.datetime

    day: _dt.date | Unset = UNSET

    at: _dt.time | Unset = UNSET

    id: _uuid.UUID | Unset = UNSET

    link: str | Unset = UNSET

    mail: str | Unset = UNSET

    blob: bytes | Unset = UNSET

    small: int | Unset = UNSET

    big: int | Unset = UNSET

    ratio: float | Unset = UNSET

    exact: float | Unset = UNSET

    money: _decimal.Decimal | Unset = UNSET

    priority: Priority | Unset = UNSET

    grid: list[list[int]] | Unset = UNSET

    pets_by_name: dict[str, Cat] | Unset = UNSET

    anything: dict[str, _t.Any] | Unset = UNSET

    closed: EverythingClosed | Unset = UNSET

    tree: Node | Unset = UNSET

    alias: Cat | Unset = UNSET

    link_or_null: Partner | None | Unset = UNSET
    """allOf whose extra part only says nullable (Box's shared_link)"""

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "when": _rt.format_datetime(self.when),
                "day": _rt.json_of(self.day, _dt.date.isoformat),
                "at": _rt.json_of(self.at, _dt.time.isoformat),
                "id": _rt.json_of(self.id, str),
                "link": self.link,
                "mail": self.mail,
                "blob": _rt.json_of(self.blob, _rt.b64encode),
                "small": self.small,
                "big": self.big,
                "ratio": self.ratio,
                "exact": self.exact,
                "money": _rt.json_of(self.money, str),
                "priority": _rt.enum_json(self.priority),
                "grid": self.grid,
                "pets_by_name": _rt.json_value(self.pets_by_name, request),
                "anything": self.anything,
                "closed": _rt.model_json(self.closed, request),
                "tree": _rt.model_json(self.tree, request),
                "alias": _rt.model_json(self.alias, request),
                "link_or_null": _rt.model_json(self.link_or_null, request),
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Everything:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                when=_rt.parse_datetime(take("when")),
                day=_rt.opt(take, "day", _rt.parse_date),
                at=_rt.opt(take, "at", _rt.parse_time),
                id=_rt.opt(take, "id", _rt.parse_uuid),
                link=_rt.opt(take, "link", _rt.string),
                mail=_rt.opt(take, "mail", _rt.string),
                blob=_rt.opt(take, "blob", _rt.b64decode),
                small=_rt.opt(take, "small", _rt.integer),
                big=_rt.opt(take, "big", _rt.integer),
                ratio=_rt.opt(take, "ratio", _rt.number),
                exact=_rt.opt(take, "exact", _rt.number),
                money=_rt.opt(take, "money", _rt.parse_decimal),
                priority=_rt.opt(take, "priority", _rt.int_enum, Priority),
                grid=_rt.opt(take, "grid", _rt.list_of, _rt.list_of, _rt.integer),
                pets_by_name=_rt.opt(take, "pets_by_name", _rt.map_of, _m.Cat.from_dict),
                anything=_rt.opt(take, "anything", _rt.json_object),
                closed=_rt.opt(take, "closed", _m.EverythingClosed.from_dict),
                tree=_rt.opt(take, "tree", _m.Node.from_dict),
                alias=_rt.opt(take, "alias", _m.Cat.from_dict),
                link_or_null=_rt.opt_null(take, "link_or_null", _m.Partner.from_dict),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
