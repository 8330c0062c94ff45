"""A usage example of a client generated from tests/client/feature_spec.yaml: every auth scheme,
typed response headers, open enums, raw responses. Type-checked (mypy and pyright, strict) and run.
"""

from __future__ import annotations

import datetime as dt

from featuretest_client import Client
from featuretest_client.api import auth, things
from featuretest_client.api.things import ListThingsResponse
from featuretest_client.models import Color, Thing


def run(base_url: str) -> list[str]:
    seen: list[str] = []
    with Client(
        token="tok",
        basic_auth=("user", "pass"),
        header_key="hk",
        query_key="qk",
        cookie_key="ck",
        base_url=base_url,
    ) as client:
        response: ListThingsResponse = things.list_things_with_response(client)
        remaining: int | None = response.x_rate_limit_remaining
        request_id: str | None = response.x_request_id  # None if missing or unparseable
        expires: dt.datetime | None = response.x_expires
        color: Color | str | None = response.x_color
        seen += [str(remaining), str(request_id), str(expires), str(color)]
        items: list[Thing] = response.parsed
        seen += [t.name for t in items]
        created = things.create_thing(client, body=Thing(id="2", name="new", password="pw"))
        seen.append(created.id)
        deleted = things.delete_thing_with_response(client, id=created.id)  # 204: parsed is None
        seen.append(f"{deleted.status_code} {deleted.parsed}")
        auth.get_public(client)
        auth.basic_op(client)
        auth.header_key_op(client)
        auth.query_key_op(client, q="x")
        auth.cookie_key_op(client)
        auth.either_op(client)
    return seen
