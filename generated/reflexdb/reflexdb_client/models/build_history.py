# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``BuildHistory`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t
import uuid as _uuid

__all__ = ["BuildHistory"]

_FIELDS = frozenset({"builds", "activeBuildId"})


@_dc.dataclass(kw_only=True, slots=True)
class BuildHistory:
    """BuildHistory object."""

    builds: list[BuildSummary]

    active_build_id: _uuid.UUID | None
    """ID of the build currently deployed on the running instance"""

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["builds"] = [_v0.to_dict(request=request) for _v0 in self.builds]
        data["activeBuildId"] = None if self.active_build_id is None else str(self.active_build_id)
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> BuildHistory:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            builds=[BuildSummary.from_dict(_v0) for _v0 in data["builds"]],
            active_build_id=(
                None if data["activeBuildId"] is None else _uuid.UUID(data["activeBuildId"])
            ),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )


# Imported last so that models referring to each other (directly or in a cycle) can load.
from .build_summary import BuildSummary
