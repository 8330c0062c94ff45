# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``CreateDatabaseBody`` model."""

from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .._runtime import UNSET, Unset
from .create_database_body_instance_size import CreateDatabaseBodyInstanceSize
from .create_database_body_log_level import CreateDatabaseBodyLogLevel


@_rt.model
class CreateDatabaseBody:
    """Parameters for registering a new database instance under an existing connection"""

    connection_id: _uuid.UUID
    """The connection that provides source MySQL credentials"""

    name: str
    """Display name — must be unique within the connection"""

    mysql_db: str
    """Schema to use — must be in the connection’s availableSchemas"""

    instance_size: CreateDatabaseBodyInstanceSize | Unset = UNSET
    """Default: ``CreateDatabaseBodyInstanceSize.NANO``."""

    log_level: CreateDatabaseBodyLogLevel | Unset = UNSET
    """Default: ``CreateDatabaseBodyLogLevel.INFO``."""

    binlog_server_id: int | Unset = UNSET
    """MySQL binlog server ID — must be unique across all replicas"""

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "connectionId": str(self.connection_id),
                "name": self.name,
                "mysqlDb": self.mysql_db,
                "instanceSize": _rt.enum_json(self.instance_size),
                "logLevel": _rt.enum_json(self.log_level),
                "binlogServerId": self.binlog_server_id,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> CreateDatabaseBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                connection_id=_rt.parse_uuid(take("connectionId")),
                name=_rt.string(take("name")),
                mysql_db=_rt.string(take("mysqlDb")),
                instance_size=_rt.opt(
                    take, "instanceSize", _rt.str_enum, CreateDatabaseBodyInstanceSize
                ),
                log_level=_rt.opt(take, "logLevel", _rt.str_enum, CreateDatabaseBodyLogLevel),
                binlog_server_id=_rt.opt(take, "binlogServerId", _rt.integer),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
