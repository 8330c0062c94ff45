# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``CreateConnectionBody`` model."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import _runtime as _rt
from .. import models as _m
from .._runtime import UNSET, Unset
from .create_connection_body_backend import CreateConnectionBodyBackend
from .create_connection_body_sync_mode import CreateConnectionBodySyncMode

if _t.TYPE_CHECKING:
    from .create_connection_instance import CreateConnectionInstance


@_rt.model
class CreateConnectionBody(_rt.BaseModel):
    """Parameters for creating a new source database connection"""

    backend: CreateConnectionBodyBackend | Unset = UNSET
    """Source database engine

    Default: ``CreateConnectionBodyBackend.MYSQL``.
    """

    name: str
    """Display name — must be unique per account"""

    mysql_host: str
    """Hostname or IP of the source database server"""

    mysql_port: int | Unset = UNSET
    """Default: ``3306``."""

    available_schemas: list[str]
    """MySQL database names to expose to instances"""

    mysql_user: str

    mysql_password: str = _dc.field(repr=False)
    """Stored in SSM Parameter Store — never written to the database"""

    sync_mode: CreateConnectionBodySyncMode | Unset = UNSET
    """Poll: periodic full reload; binlog: MySQL CDC; logical: PostgreSQL CDC; cdc: SQL Server
    CDC

    Default: ``CreateConnectionBodySyncMode.POLL``.
    """

    sync_interval: int | Unset = UNSET
    """Polling interval in seconds (poll mode only)

    Default: ``30``.
    """

    instance: CreateConnectionInstance | Unset = UNSET
    """Optional: create a first database instance as part of this request"""

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "backend": _rt.enum_json(self.backend),
                "name": self.name,
                "mysqlHost": self.mysql_host,
                "mysqlPort": self.mysql_port,
                "availableSchemas": self.available_schemas,
                "mysqlUser": self.mysql_user,
                "mysqlPassword": self.mysql_password,
                "syncMode": _rt.enum_json(self.sync_mode),
                "syncInterval": self.sync_interval,
                "instance": _rt.model_json(self.instance, request),
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> CreateConnectionBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                backend=_rt.opt(take, "backend", _rt.str_enum, CreateConnectionBodyBackend),
                name=_rt.string(take("name")),
                mysql_host=_rt.string(take("mysqlHost")),
                mysql_port=_rt.opt(take, "mysqlPort", _rt.integer),
                available_schemas=_rt.list_of(take("availableSchemas"), _rt.string),
                mysql_user=_rt.string(take("mysqlUser")),
                mysql_password=_rt.string(take("mysqlPassword")),
                sync_mode=_rt.opt(take, "syncMode", _rt.str_enum, CreateConnectionBodySyncMode),
                sync_interval=_rt.opt(take, "syncInterval", _rt.integer),
                instance=_rt.opt(take, "instance", _m.CreateConnectionInstance.from_dict),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
