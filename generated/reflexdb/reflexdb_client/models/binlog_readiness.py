# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``BinlogReadiness`` model."""

from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class BinlogReadiness:
    """Binlog CDC readiness check"""

    log_bin: bool

    format: str | None

    server_id: int | None

    ready: bool
    """True when log_bin=ON and binlog_format=ROW"""

    issues: list[str]

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return {
            **self.additional_properties,
            "logBin": self.log_bin,
            "format": self.format,
            "serverId": self.server_id,
            "ready": self.ready,
            "issues": self.issues,
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> BinlogReadiness:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                log_bin=_rt.boolean(take("logBin")),
                format=_rt.null(take("format"), _rt.string),
                server_id=_rt.null(take("serverId"), _rt.integer),
                ready=_rt.boolean(take("ready")),
                issues=_rt.list_of(take("issues"), _rt.string),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
