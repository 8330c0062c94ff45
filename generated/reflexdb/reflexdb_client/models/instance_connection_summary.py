# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``InstanceConnectionSummary`` model."""

from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class InstanceConnectionSummary:
    """InstanceConnectionSummary object."""

    min_sync_interval: float

    allowed_sync_modes: list[str]

    available_schemas: list[str]

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return {
            **self.additional_properties,
            "minSyncInterval": self.min_sync_interval,
            "allowedSyncModes": self.allowed_sync_modes,
            "availableSchemas": self.available_schemas,
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> InstanceConnectionSummary:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                min_sync_interval=_rt.number(take("minSyncInterval")),
                allowed_sync_modes=_rt.list_of(take("allowedSyncModes"), _rt.string),
                available_schemas=_rt.list_of(take("availableSchemas"), _rt.string),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
