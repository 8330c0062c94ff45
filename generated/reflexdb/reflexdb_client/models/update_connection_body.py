# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``UpdateConnectionBody`` model."""

from __future__ import annotations

import dataclasses as _dc

from .. import _runtime as _rt
from .._runtime import UNSET, Unset
from .update_connection_body_sync_mode import UpdateConnectionBodySyncMode


@_rt.model
class UpdateConnectionBody:
    """Partial connection update. Removing a schema that is in use by an instance returns 409."""

    name: str | Unset = UNSET

    mysql_host: str | Unset = UNSET

    mysql_port: int | Unset = UNSET

    available_schemas: list[str] | Unset = UNSET

    mysql_user: str | Unset = UNSET

    mysql_password: str | Unset = _dc.field(default=UNSET, repr=False)

    sync_mode: UpdateConnectionBodySyncMode | Unset = UNSET

    sync_interval: int | Unset = UNSET

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "name": self.name,
                "mysqlHost": self.mysql_host,
                "mysqlPort": self.mysql_port,
                "availableSchemas": self.available_schemas,
                "mysqlUser": self.mysql_user,
                "mysqlPassword": self.mysql_password,
                "syncMode": _rt.enum_json(self.sync_mode),
                "syncInterval": self.sync_interval,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> UpdateConnectionBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                name=_rt.opt(take, "name", _rt.string),
                mysql_host=_rt.opt(take, "mysqlHost", _rt.string),
                mysql_port=_rt.opt(take, "mysqlPort", _rt.integer),
                available_schemas=_rt.opt(take, "availableSchemas", _rt.list_of, _rt.string),
                mysql_user=_rt.opt(take, "mysqlUser", _rt.string),
                mysql_password=_rt.opt(take, "mysqlPassword", _rt.string),
                sync_mode=_rt.opt(take, "syncMode", _rt.str_enum, UpdateConnectionBodySyncMode),
                sync_interval=_rt.opt(take, "syncInterval", _rt.integer),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
