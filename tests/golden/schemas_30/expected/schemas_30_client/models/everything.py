# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Everything`` model."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import decimal as _decimal
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .priority import Priority

__all__ = ["Everything"]

_FIELDS = frozenset(
    {
        "when",
        "day",
        "at",
        "id",
        "link",
        "mail",
        "blob",
        "small",
        "big",
        "ratio",
        "exact",
        "money",
        "priority",
        "grid",
        "pets_by_name",
        "anything",
        "closed",
        "tree",
        "alias",
        "link_or_null",
    }
)


@_dc.dataclass(kw_only=True, slots=True)
class Everything:
    """Everything object."""

    when: _dt.datetime

    day: _dt.date | _rt.Unset = _rt.UNSET

    at: _dt.time | _rt.Unset = _rt.UNSET

    id: _uuid.UUID | _rt.Unset = _rt.UNSET

    link: str | _rt.Unset = _rt.UNSET

    mail: str | _rt.Unset = _rt.UNSET

    blob: bytes | _rt.Unset = _rt.UNSET

    small: int | _rt.Unset = _rt.UNSET

    big: int | _rt.Unset = _rt.UNSET

    ratio: float | _rt.Unset = _rt.UNSET

    exact: float | _rt.Unset = _rt.UNSET

    money: _decimal.Decimal | _rt.Unset = _rt.UNSET

    priority: Priority | int | _rt.Unset = _rt.UNSET

    grid: list[list[int]] | _rt.Unset = _rt.UNSET

    pets_by_name: dict[str, Cat] | _rt.Unset = _rt.UNSET

    anything: dict[str, _t.Any] | _rt.Unset = _rt.UNSET

    closed: EverythingClosed | _rt.Unset = _rt.UNSET

    tree: Node | _rt.Unset = _rt.UNSET

    alias: Cat | _rt.Unset = _rt.UNSET

    link_or_null: Partner | None | _rt.Unset = _rt.UNSET
    """allOf whose extra part only says nullable (Box's shared_link)"""

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["when"] = _rt.format_datetime(self.when)
        if not isinstance(self.day, _rt.Unset):
            data["day"] = self.day.isoformat()
        if not isinstance(self.at, _rt.Unset):
            data["at"] = self.at.isoformat()
        if not isinstance(self.id, _rt.Unset):
            data["id"] = str(self.id)
        if not isinstance(self.link, _rt.Unset):
            data["link"] = self.link
        if not isinstance(self.mail, _rt.Unset):
            data["mail"] = self.mail
        if not isinstance(self.blob, _rt.Unset):
            data["blob"] = _rt.b64encode(self.blob)
        if not isinstance(self.small, _rt.Unset):
            data["small"] = self.small
        if not isinstance(self.big, _rt.Unset):
            data["big"] = self.big
        if not isinstance(self.ratio, _rt.Unset):
            data["ratio"] = self.ratio
        if not isinstance(self.exact, _rt.Unset):
            data["exact"] = self.exact
        if not isinstance(self.money, _rt.Unset):
            data["money"] = str(self.money)
        if not isinstance(self.priority, _rt.Unset):
            data["priority"] = _rt.enum_value(self.priority)
        if not isinstance(self.grid, _rt.Unset):
            data["grid"] = self.grid
        if not isinstance(self.pets_by_name, _rt.Unset):
            data["pets_by_name"] = {
                _k0: _v0.to_dict(request=request) for _k0, _v0 in self.pets_by_name.items()
            }
        if not isinstance(self.anything, _rt.Unset):
            data["anything"] = self.anything
        if not isinstance(self.closed, _rt.Unset):
            data["closed"] = self.closed.to_dict(request=request)
        if not isinstance(self.tree, _rt.Unset):
            data["tree"] = self.tree.to_dict(request=request)
        if not isinstance(self.alias, _rt.Unset):
            data["alias"] = self.alias.to_dict(request=request)
        if not isinstance(self.link_or_null, _rt.Unset):
            data["link_or_null"] = (
                None if self.link_or_null is None else self.link_or_null.to_dict(request=request)
            )
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> Everything:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            when=_rt.parse_datetime(data["when"]),
            day=_dt.date.fromisoformat(data["day"]) if "day" in data else _rt.UNSET,
            at=_dt.time.fromisoformat(data["at"]) if "at" in data else _rt.UNSET,
            id=_uuid.UUID(data["id"]) if "id" in data else _rt.UNSET,
            link=data.get("link", _rt.UNSET),
            mail=data.get("mail", _rt.UNSET),
            blob=_rt.b64decode(data["blob"]) if "blob" in data else _rt.UNSET,
            small=data.get("small", _rt.UNSET),
            big=data.get("big", _rt.UNSET),
            ratio=float(data["ratio"]) if "ratio" in data else _rt.UNSET,
            exact=float(data["exact"]) if "exact" in data else _rt.UNSET,
            money=_decimal.Decimal(str(data["money"])) if "money" in data else _rt.UNSET,
            priority=(
                _rt.open_int_enum(Priority, data["priority"]) if "priority" in data else _rt.UNSET
            ),
            grid=data.get("grid", _rt.UNSET),
            pets_by_name=(
                {_k0: Cat.from_dict(_v0) for _k0, _v0 in data["pets_by_name"].items()}
                if "pets_by_name" in data
                else _rt.UNSET
            ),
            anything=data.get("anything", _rt.UNSET),
            closed=EverythingClosed.from_dict(data["closed"]) if "closed" in data else _rt.UNSET,
            tree=Node.from_dict(data["tree"]) if "tree" in data else _rt.UNSET,
            alias=Cat.from_dict(data["alias"]) if "alias" in data else _rt.UNSET,
            link_or_null=(
                (None if data["link_or_null"] is None else Partner.from_dict(data["link_or_null"]))
                if "link_or_null" in data
                else _rt.UNSET
            ),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )


# Imported last so that models referring to each other (directly or in a cycle) can load.
from .cat import Cat
from .everything_closed import EverythingClosed
from .node import Node
from .partner import Partner
