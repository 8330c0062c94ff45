# Generated from reflexdb.yaml by the generator; do not edit by hand.
"""The ``Build`` model."""

from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .._runtime import UNSET, Unset
from .build_status import BuildStatus


@_rt.model
class Build(_rt.BaseModel):
    """A CodeBuild job that compiles the reflex-server binary for an instance"""

    id: _uuid.UUID

    database_id: _uuid.UUID

    codebuild_id: str | None | Unset = UNSET

    image_uri: str | None | Unset = UNSET

    status: BuildStatus | str

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
        rest = dict(data)
        take = rest.pop
        return cls(
            id=_uuid.UUID(take("id")),
            database_id=_uuid.UUID(take("databaseId")),
            codebuild_id=take("codebuildId", UNSET),
            image_uri=take("imageUri", UNSET),
            status=_rt.str_enum(take("status"), BuildStatus),
            logs_url=take("logsUrl", UNSET),
            additional_properties=rest,
        )
