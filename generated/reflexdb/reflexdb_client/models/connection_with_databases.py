# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``ConnectionWithDatabases`` model."""

from __future__ import annotations

import datetime as _dt
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m
from .connection_with_databases_allowed_sync_modes_item import (
    ConnectionWithDatabasesAllowedSyncModesItem,
)
from .connection_with_databases_backend import ConnectionWithDatabasesBackend

if _t.TYPE_CHECKING:
    from .database import Database


@_rt.model
class ConnectionWithDatabases(_rt.BaseModel):
    """ConnectionWithDatabases object."""

    id: _uuid.UUID

    customer_id: _uuid.UUID

    name: str

    backend: ConnectionWithDatabasesBackend
    """Source database engine"""

    mysql_host: str

    mysql_port: int

    available_schemas: list[str]
    """MySQL database names available to instances on this connection"""

    mysql_user: str

    allowed_sync_modes: list[ConnectionWithDatabasesAllowedSyncModesItem]
    """Sync modes available to instances"""

    min_sync_interval: int
    """Minimum polling interval in seconds — instances may use a higher value"""

    created_at: _dt.datetime

    updated_at: _dt.datetime

    databases: list[Database]

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return {
            **self.additional_properties,
            "id": str(self.id),
            "customerId": str(self.customer_id),
            "name": self.name,
            "backend": _rt.enum_value(self.backend),
            "mysqlHost": self.mysql_host,
            "mysqlPort": self.mysql_port,
            "availableSchemas": self.available_schemas,
            "mysqlUser": self.mysql_user,
            "allowedSyncModes": _rt.enums_json(self.allowed_sync_modes),
            "minSyncInterval": self.min_sync_interval,
            "createdAt": _rt.format_datetime(self.created_at),
            "updatedAt": _rt.format_datetime(self.updated_at),
            "databases": _rt.models_json(self.databases, request),
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> ConnectionWithDatabases:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                id=_rt.parse_uuid(take("id")),
                customer_id=_rt.parse_uuid(take("customerId")),
                name=_rt.string(take("name")),
                backend=_rt.str_enum(take("backend"), ConnectionWithDatabasesBackend),
                mysql_host=_rt.string(take("mysqlHost")),
                mysql_port=_rt.integer(take("mysqlPort")),
                available_schemas=_rt.list_of(take("availableSchemas"), _rt.string),
                mysql_user=_rt.string(take("mysqlUser")),
                allowed_sync_modes=_rt.list_of(
                    take("allowedSyncModes"),
                    _rt.str_enum,
                    ConnectionWithDatabasesAllowedSyncModesItem,
                ),
                min_sync_interval=_rt.integer(take("minSyncInterval")),
                created_at=_rt.parse_datetime(take("createdAt")),
                updated_at=_rt.parse_datetime(take("updatedAt")),
                databases=_rt.list_of(take("databases"), _m.Database.from_dict),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
