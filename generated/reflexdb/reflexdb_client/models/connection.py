# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``Connection`` model."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .connection_allowed_sync_modes_item import ConnectionAllowedSyncModesItem
from .connection_backend import ConnectionBackend

__all__ = ["Connection"]

_FIELDS = frozenset(
    {
        "id",
        "customerId",
        "name",
        "backend",
        "mysqlHost",
        "mysqlPort",
        "availableSchemas",
        "mysqlUser",
        "allowedSyncModes",
        "minSyncInterval",
        "createdAt",
        "updatedAt",
    }
)


@_dc.dataclass(kw_only=True, slots=True)
class Connection:
    """A source database connection shared by one or more database instances"""

    id: _uuid.UUID

    customer_id: _uuid.UUID

    name: str

    backend: ConnectionBackend | str
    """Source database engine"""

    mysql_host: str

    mysql_port: int

    available_schemas: list[str]
    """MySQL database names available to instances on this connection"""

    mysql_user: str

    allowed_sync_modes: list[ConnectionAllowedSyncModesItem | str]
    """Sync modes available to instances"""

    min_sync_interval: int
    """Minimum polling interval in seconds — instances may use a higher value"""

    created_at: _dt.datetime

    updated_at: _dt.datetime

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        data["id"] = str(self.id)
        data["customerId"] = str(self.customer_id)
        data["name"] = self.name
        data["backend"] = _rt.enum_value(self.backend)
        data["mysqlHost"] = self.mysql_host
        data["mysqlPort"] = self.mysql_port
        data["availableSchemas"] = self.available_schemas
        data["mysqlUser"] = self.mysql_user
        data["allowedSyncModes"] = [_rt.enum_value(_v0) for _v0 in self.allowed_sync_modes]
        data["minSyncInterval"] = self.min_sync_interval
        data["createdAt"] = _rt.format_datetime(self.created_at)
        data["updatedAt"] = _rt.format_datetime(self.updated_at)
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> Connection:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            id=_uuid.UUID(data["id"]),
            customer_id=_uuid.UUID(data["customerId"]),
            name=data["name"],
            backend=_rt.open_str_enum(ConnectionBackend, data["backend"]),
            mysql_host=data["mysqlHost"],
            mysql_port=data["mysqlPort"],
            available_schemas=data["availableSchemas"],
            mysql_user=data["mysqlUser"],
            allowed_sync_modes=[
                _rt.open_str_enum(ConnectionAllowedSyncModesItem, _v0)
                for _v0 in data["allowedSyncModes"]
            ],
            min_sync_interval=data["minSyncInterval"],
            created_at=_rt.parse_datetime(data["createdAt"]),
            updated_at=_rt.parse_datetime(data["updatedAt"]),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )
