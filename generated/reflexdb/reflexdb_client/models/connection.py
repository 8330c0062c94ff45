# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``Connection`` model."""

from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .connection_allowed_sync_modes_item import ConnectionAllowedSyncModesItem
from .connection_backend import ConnectionBackend


@_rt.model
class Connection:
    """A source database connection shared by one or more database instances"""

    id: _uuid.UUID

    customer_id: _uuid.UUID

    name: str

    backend: ConnectionBackend
    """Source database engine"""

    mysql_host: str

    mysql_port: int

    available_schemas: list[str]
    """MySQL database names available to instances on this connection"""

    mysql_user: str

    allowed_sync_modes: list[ConnectionAllowedSyncModesItem]
    """Sync modes available to instances"""

    min_sync_interval: int
    """Minimum polling interval in seconds — instances may use a higher value"""

    created_at: _dt.datetime

    updated_at: _dt.datetime

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
        }

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Connection:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                id=_rt.parse_uuid(take("id")),
                customer_id=_rt.parse_uuid(take("customerId")),
                name=_rt.string(take("name")),
                backend=_rt.str_enum(take("backend"), ConnectionBackend),
                mysql_host=_rt.string(take("mysqlHost")),
                mysql_port=_rt.integer(take("mysqlPort")),
                available_schemas=_rt.list_of(take("availableSchemas"), _rt.string),
                mysql_user=_rt.string(take("mysqlUser")),
                allowed_sync_modes=_rt.list_of(
                    take("allowedSyncModes"), _rt.str_enum, ConnectionAllowedSyncModesItem
                ),
                min_sync_interval=_rt.integer(take("minSyncInterval")),
                created_at=_rt.parse_datetime(take("createdAt")),
                updated_at=_rt.parse_datetime(take("updatedAt")),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
