"""A usage example of the generated ReflexDB client that exercises its public surface.

It is type-checked with ``mypy --strict`` and ``pyright --strict`` (tests/client/test_typing.py)
and run against a local server (tests/client/test_usage_example.py), so it cannot rot.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import uuid

import reflexdb_client
from reflexdb_client import (
    UNSET,
    APIConnectionError,
    APIError,
    APIResponse,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    Client,
    MissingCredentialsError,
    NotFoundError,
    RateLimitError,
)
from reflexdb_client.api import account, databases
from reflexdb_client.models import (
    CreatedManagementKey,
    CreateManagementKeyBody,
    Database,
    DatabaseStatus,
    Error,
    UpdateDatabaseBody,
)

log = logging.getLogger(__name__)


def describe(db: Database) -> str:
    status: DatabaseStatus = db.status  # the enum type, for type checkers too
    # Open enum: a status this client does not know yet is a member made on demand.
    label = status.value if status.is_known else f"unknown:{status.value}"
    return f"{db.name} ({label})"


def run(base_url: str, token: str) -> list[str]:
    """Every synchronous feature once; returns what it saw, for the test to check."""
    seen: list[str] = [reflexdb_client.__version__]
    with Client(token=token, base_url=base_url, timeout=10.0, max_retries=3) as client:
        created: CreatedManagementKey = account.create_management_key(
            client,
            body=CreateManagementKeyBody(name="ci", expires_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC)),
            extra_headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        seen.append(created.key_id)  # repr(created) would not show created.key

        for db in databases.list_databases(client, timeout=5.0, max_retries=0):
            seen.append(describe(db))
            seen.extend(sorted(db.additional_properties))

        raw: APIResponse[list[Database]] = databases.list_databases_with_response(client)
        seen.append(f"{raw.status_code} {raw.headers.get('content-type')} {len(raw.parsed)}")

        update = UpdateDatabaseBody(name="renamed")
        assert update.mysql_db is UNSET  # absent fields are not sent
        try:
            databases.update_database(client, id=uuid.UUID(int=1), body=update)
        except NotFoundError as exc:
            body = exc.body
            seen.append(f"404 {body.error if isinstance(body, Error) else body}")
        except RateLimitError:
            seen.append("rate limited")
        except APIStatusError as exc:
            seen.append(f"status {exc.status_code}")
        except APITimeoutError:
            seen.append("timed out")
        except APIConnectionError:
            seen.append("unreachable")
    with Client(base_url=base_url, token=None) as anonymous:
        try:
            databases.list_databases(anonymous)
        except MissingCredentialsError as exc:
            seen.append(type(exc).__name__)
        except APIError:
            seen.append("other")
    return seen


async def run_async(base_url: str, token: str) -> list[str]:
    async with AsyncClient(token=token, base_url=base_url) as client:
        dbs = await databases.list_databases_async(client)
        raw = await databases.list_databases_with_response_async(client, extra_query={"page": "1"})
        return [describe(db) for db in dbs] + [str(raw.status_code)]


def main() -> None:  # pragma: no cover - for running by hand
    print(run("http://127.0.0.1:8000/v1", "rmk_example"))
    print(asyncio.run(run_async("http://127.0.0.1:8000/v1", "rmk_example")))
