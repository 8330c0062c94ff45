# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``CreateConnectionInstance`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt
from .create_connection_instance_instance_size import CreateConnectionInstanceInstanceSize

__all__ = ["CreateConnectionInstance"]

_FIELDS = frozenset({"name", "mysqlDb", "instanceSize", "logLevel", "binlogServerId"})


@_dc.dataclass(kw_only=True, slots=True)
class CreateConnectionInstance:
    """Optional: create a first database instance as part of this request"""

    name: str

    mysql_db: str
    """Schema to use — must be one of availableSchemas"""

    instance_size: CreateConnectionInstanceInstanceSize | str | _rt.Unset = _rt.UNSET
    """Default: ``CreateConnectionInstanceInstanceSize.NANO``."""

    log_level: str | _rt.Unset = _rt.UNSET
    """Default: ``'info'``."""

    binlog_server_id: int | _rt.Unset = _rt.UNSET

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["name"] = self.name
        data["mysqlDb"] = self.mysql_db
        if not isinstance(self.instance_size, _rt.Unset):
            data["instanceSize"] = _rt.enum_value(self.instance_size)
        if not isinstance(self.log_level, _rt.Unset):
            data["logLevel"] = self.log_level
        if not isinstance(self.binlog_server_id, _rt.Unset):
            data["binlogServerId"] = self.binlog_server_id
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> CreateConnectionInstance:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            name=data["name"],
            mysql_db=data["mysqlDb"],
            instance_size=(
                _rt.open_str_enum(CreateConnectionInstanceInstanceSize, data["instanceSize"])
                if "instanceSize" in data
                else _rt.UNSET
            ),
            log_level=data.get("logLevel", _rt.UNSET),
            binlog_server_id=data.get("binlogServerId", _rt.UNSET),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
