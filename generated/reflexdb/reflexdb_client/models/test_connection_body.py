# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``TestConnectionBody`` model."""

from __future__ import annotations

import dataclasses as _dc

from .. import _runtime as _rt
from .._runtime import UNSET, Unset


@_rt.model
class TestConnectionBody:
    """Raw credentials for testing a database connection before saving it"""

    backend: str | Unset = UNSET
    """Source database engine"""

    mysql_host: str

    mysql_port: int | Unset = UNSET

    mysql_user: str

    mysql_password: str = _dc.field(repr=False)

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "backend": self.backend,
                "mysqlHost": self.mysql_host,
                "mysqlPort": self.mysql_port,
                "mysqlUser": self.mysql_user,
                "mysqlPassword": self.mysql_password,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> TestConnectionBody:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                backend=_rt.opt(take, "backend", _rt.string),
                mysql_host=_rt.string(take("mysqlHost")),
                mysql_port=_rt.opt(take, "mysqlPort", _rt.integer),
                mysql_user=_rt.string(take("mysqlUser")),
                mysql_password=_rt.string(take("mysqlPassword")),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
