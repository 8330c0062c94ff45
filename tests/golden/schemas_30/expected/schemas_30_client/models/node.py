# Generated from spec.yaml by the generator; do not edit by hand.
"""The ``Node`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt

__all__ = ["Node"]

_FIELDS = frozenset({"value", "children", "partner"})


@_dc.dataclass(kw_only=True, slots=True)
class Node:
    """Node object."""

    value: str | _rt.Unset = _rt.UNSET

    children: list[Node] | _rt.Unset = _rt.UNSET

    partner: Partner | _rt.Unset = _rt.UNSET

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        if not isinstance(self.value, _rt.Unset):
            data["value"] = self.value
        if not isinstance(self.children, _rt.Unset):
            data["children"] = [_v0.to_dict(request=request) for _v0 in self.children]
        if not isinstance(self.partner, _rt.Unset):
            data["partner"] = self.partner.to_dict(request=request)
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> Node:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            value=data.get("value", _rt.UNSET),
            children=(
                [Node.from_dict(_v0) for _v0 in data["children"]]
                if "children" in data
                else _rt.UNSET
            ),
            partner=Partner.from_dict(data["partner"]) if "partner" in data else _rt.UNSET,
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )


# Imported last so that models referring to each other (directly or in a cycle) can load.
from .partner import Partner
