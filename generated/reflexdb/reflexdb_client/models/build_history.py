# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``BuildHistory`` model."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .build_summary import BuildSummary


@_rt.model
class BuildHistory(_rt.BaseModel):
    """BuildHistory object."""

    builds: list[BuildSummary]

    active_build_id: _uuid.UUID | None
    """ID of the build currently deployed on the running instance"""

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return {
            **self.additional_properties,
            "builds": _rt.models_json(self.builds, request),
            "activeBuildId": _rt.json_of(self.active_build_id, str),
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> BuildHistory:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                builds=_rt.list_of(take("builds"), _m.BuildSummary.from_dict),
                active_build_id=_rt.null(take("activeBuildId"), _rt.parse_uuid),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
