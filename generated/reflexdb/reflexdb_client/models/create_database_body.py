# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``CreateDatabaseBody`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .create_database_body_instance_size import CreateDatabaseBodyInstanceSize
from .create_database_body_log_level import CreateDatabaseBodyLogLevel

__all__ = ["CreateDatabaseBody"]

_FIELDS = frozenset(
    {
        "connectionId",
        "name",
        "mysqlDb",
        "instanceSize",
        "logLevel",
        "binlogServerId",
    }
)


@_dc.dataclass(kw_only=True, slots=True)
class CreateDatabaseBody:
    """Parameters for registering a new database instance under an existing connection"""

    connection_id: _uuid.UUID
    """The connection that provides source MySQL credentials"""

    name: str
    """Display name — must be unique within the connection"""

    mysql_db: str
    """Schema to use — must be in the connection’s availableSchemas"""

    instance_size: CreateDatabaseBodyInstanceSize | str | _rt.Unset = _rt.UNSET
    """Default: ``CreateDatabaseBodyInstanceSize.NANO``."""

    log_level: CreateDatabaseBodyLogLevel | str | _rt.Unset = _rt.UNSET
    """Default: ``CreateDatabaseBodyLogLevel.INFO``."""

    binlog_server_id: int | _rt.Unset = _rt.UNSET
    """MySQL binlog server ID — must be unique across all replicas"""

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["connectionId"] = str(self.connection_id)
        data["name"] = self.name
        data["mysqlDb"] = self.mysql_db
        if not isinstance(self.instance_size, _rt.Unset):
            data["instanceSize"] = _rt.enum_value(self.instance_size)
        if not isinstance(self.log_level, _rt.Unset):
            data["logLevel"] = _rt.enum_value(self.log_level)
        if not isinstance(self.binlog_server_id, _rt.Unset):
            data["binlogServerId"] = self.binlog_server_id
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> CreateDatabaseBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            connection_id=_uuid.UUID(data["connectionId"]),
            name=data["name"],
            mysql_db=data["mysqlDb"],
            instance_size=(
                _rt.open_str_enum(CreateDatabaseBodyInstanceSize, data["instanceSize"])
                if "instanceSize" in data
                else _rt.UNSET
            ),
            log_level=(
                _rt.open_str_enum(CreateDatabaseBodyLogLevel, data["logLevel"])
                if "logLevel" in data
                else _rt.UNSET
            ),
            binlog_server_id=data.get("binlogServerId", _rt.UNSET),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
