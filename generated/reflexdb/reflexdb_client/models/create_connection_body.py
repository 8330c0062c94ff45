# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``CreateConnectionBody`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt
from .create_connection_body_backend import CreateConnectionBodyBackend
from .create_connection_body_sync_mode import CreateConnectionBodySyncMode

__all__ = ["CreateConnectionBody"]

_FIELDS = frozenset(
    {
        "backend",
        "name",
        "mysqlHost",
        "mysqlPort",
        "availableSchemas",
        "mysqlUser",
        "mysqlPassword",
        "syncMode",
        "syncInterval",
        "instance",
    }
)


@_dc.dataclass(kw_only=True, slots=True)
class CreateConnectionBody:
    """Parameters for creating a new source database connection"""

    backend: CreateConnectionBodyBackend | str | _rt.Unset = _rt.UNSET
    """Source database engine

    Default: ``CreateConnectionBodyBackend.MYSQL``.
    """

    name: str
    """Display name — must be unique per account"""

    mysql_host: str
    """Hostname or IP of the source database server"""

    mysql_port: int | _rt.Unset = _rt.UNSET
    """Default: ``3306``."""

    available_schemas: list[str]
    """MySQL database names to expose to instances"""

    mysql_user: str

    mysql_password: str = _dc.field(repr=False)
    """Stored in SSM Parameter Store — never written to the database"""

    sync_mode: CreateConnectionBodySyncMode | str | _rt.Unset = _rt.UNSET
    """Poll: periodic full reload; binlog: MySQL CDC; logical: PostgreSQL CDC; cdc: SQL Server CDC

    Default: ``CreateConnectionBodySyncMode.POLL``.
    """

    sync_interval: int | _rt.Unset = _rt.UNSET
    """Polling interval in seconds (poll mode only)

    Default: ``30``.
    """

    instance: CreateConnectionInstance | _rt.Unset = _rt.UNSET
    """Optional: create a first database instance as part of this request"""

    additional_properties: dict[str, _t.Any] = _dc.field(default_factory=dict[str, _t.Any])
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> dict[str, _t.Any]:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        data: dict[str, _t.Any] = dict(self.additional_properties)
        if not isinstance(self.backend, _rt.Unset):
            data["backend"] = _rt.enum_value(self.backend)
        data["name"] = self.name
        data["mysqlHost"] = self.mysql_host
        if not isinstance(self.mysql_port, _rt.Unset):
            data["mysqlPort"] = self.mysql_port
        data["availableSchemas"] = self.available_schemas
        data["mysqlUser"] = self.mysql_user
        data["mysqlPassword"] = self.mysql_password
        if not isinstance(self.sync_mode, _rt.Unset):
            data["syncMode"] = _rt.enum_value(self.sync_mode)
        if not isinstance(self.sync_interval, _rt.Unset):
            data["syncInterval"] = self.sync_interval
        if not isinstance(self.instance, _rt.Unset):
            data["instance"] = self.instance.to_dict(request=request)
        return data

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> CreateConnectionBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        return cls(
            backend=(
                _rt.open_str_enum(CreateConnectionBodyBackend, data["backend"])
                if "backend" in data
                else _rt.UNSET
            ),
            name=data["name"],
            mysql_host=data["mysqlHost"],
            mysql_port=data.get("mysqlPort", _rt.UNSET),
            available_schemas=data["availableSchemas"],
            mysql_user=data["mysqlUser"],
            mysql_password=data["mysqlPassword"],
            sync_mode=(
                _rt.open_str_enum(CreateConnectionBodySyncMode, data["syncMode"])
                if "syncMode" in data
                else _rt.UNSET
            ),
            sync_interval=data.get("syncInterval", _rt.UNSET),
            instance=(
                CreateConnectionInstance.from_dict(data["instance"])
                if "instance" in data
                else _rt.UNSET
            ),
            additional_properties={_k: _v for _k, _v in data.items() if _k not in _FIELDS},
        )


# Imported last so that models referring to each other (directly or in a cycle) can load.
from .create_connection_instance import CreateConnectionInstance
