# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``Build`` model."""

from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .._runtime import UNSET, Unset
from .build_status import BuildStatus


@_rt.model
class Build:
    """A CodeBuild job that compiles the reflex-server binary for an instance"""

    id: _uuid.UUID

    database_id: _uuid.UUID

    codebuild_id: str | None | Unset = UNSET

    image_uri: str | None | Unset = UNSET

    status: BuildStatus

    logs_url: str | None | Unset = UNSET

    additional_properties: _rt.JSONObject = _rt.extras()
    """JSON properties this client does not know, kept so that they survive a round trip."""

    def to_dict(self, *, request: bool = False) -> _rt.JSONObject:
        """Encode as a JSON object with the API's property names; absent fields are left out.

        With ``request=True`` (how request bodies are sent) read-only fields are left out too.
        """
        return _rt.present(
            {
                **self.additional_properties,
                "id": str(self.id),
                "databaseId": str(self.database_id),
                "codebuildId": self.codebuild_id,
                "imageUri": self.image_uri,
                "status": _rt.enum_value(self.status),
                "logsUrl": self.logs_url,
            }
        )

    @classmethod
    def from_dict(cls, data: _rt.JSONMapping) -> Build:
        """Decode a JSON object; unknown properties go to ``additional_properties``."""
        rest = _rt.fields(data)
        take = rest.pop
        try:
            return cls(
                id=_rt.parse_uuid(take("id")),
                database_id=_rt.parse_uuid(take("databaseId")),
                codebuild_id=_rt.opt_null(take, "codebuildId", _rt.string),
                image_uri=_rt.opt_null(take, "imageUri", _rt.string),
                status=_rt.str_enum(take("status"), BuildStatus),
                logs_url=_rt.opt_null(take, "logsUrl", _rt.string),
                additional_properties=rest,
            )
        except _rt.SHAPE_ERRORS as exc:
            raise _rt.located(exc, cls.from_dict, data) from None
