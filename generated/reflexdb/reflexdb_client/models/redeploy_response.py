# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``RedeployResponse`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt
from .redeploy_response_status import RedeployResponseStatus

__all__ = ["RedeployResponse"]

_FIELDS = frozenset({"status"})


@_dc.dataclass(kw_only=True, slots=True)
class RedeployResponse:
    """RedeployResponse object."""

    status: RedeployResponseStatus | str

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["status"] = _rt.enum_value(self.status)
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> RedeployResponse:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            status=_rt.open_str_enum(RedeployResponseStatus, data["status"]),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
