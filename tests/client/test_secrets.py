"""Secrets stay out of reprs, log lines and exception messages.

Secret fields (``format: password``, ``writeOnly``, configured ``secret_fields``) are omitted from
the dataclass ``repr()``; the client's credentials never appear in a repr or in a log line (the
debug log shows ``Authorization: <redacted>``).
"""

from __future__ import annotations

import datetime as dt
import logging
from types import ModuleType

import pytest

from tests.server import LocalServer, Reply

SECRETS = ("pw-secret-1", "wo-secret-2", "cfg-secret-3")
TOKEN = "tok-very-secret"


def test_secret_fields_are_hidden_from_repr(feat: ModuleType) -> None:
    from featuretest_client.models import Thing

    thing = Thing(id="1", name="visible", password=SECRETS[0], token=SECRETS[1], key=SECRETS[2])
    text = repr(thing)
    assert "visible" in text
    for secret in SECRETS:
        assert secret not in text
    assert thing.to_dict()["password"] == SECRETS[0]  # still sent on the wire


def test_reflexdb_created_key_is_hidden_from_repr() -> None:
    from reflexdb_client.models import CreatedManagementKey

    key = CreatedManagementKey.from_dict({
        "id": "2489e9ad-2ee2-8e00-8ec9-32d5f69181c0",
        "customerId": "5b3f4c1e-8a7d-4e21-9f0a-1c2d3e4f5a6b",
        "name": "ci", "keyId": "k_123", "createdAt": "2026-04-15T12:00:00Z",
        "expiresAt": "2026-05-01T00:00:00Z", "key": "rmk_abc.topsecret",
    })
    assert key.key == "rmk_abc.topsecret"
    assert "topsecret" not in repr(key) and "key_id='k_123'" in repr(key)
    assert key.expires_at == dt.datetime(2026, 5, 1, tzinfo=dt.UTC)


def test_token_absent_from_client_repr(feat: ModuleType) -> None:
    client = feat.Client(token=TOKEN, basic_auth=("u", "basic-pass"), header_key="hk-secret")
    try:
        text = repr(client) + repr(vars(client)) + repr(client._credentials)
        assert "Credential(kind='bearer'" in text  # the credentials are there, their values are not
        for secret in (TOKEN, "basic-pass", "hk-secret"):
            assert secret not in text
    finally:
        client.close()


def test_debug_log_redacts_credentials(
    feat: ModuleType, server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    from featuretest_client.api import auth, things

    server.reply(Reply(status=503), Reply(status=200, body={"id": "1", "name": "a"}),
                 Reply(status=204), Reply(status=204), Reply(status=404, body={"message": "nope"}))
    caplog.set_level(logging.DEBUG, logger="featuretest_client")
    with feat.Client(token=TOKEN, query_key="qk-secret", cookie_key="ck-secret",
                     base_url=server.url + "/v1") as client:
        client._sleep_seconds = lambda _s: None
        things.get_thing(client, id="1")
        auth.query_key_op(client, q="visible-q")
        auth.cookie_key_op(client)
        with pytest.raises(feat.NotFoundError) as info:
            things.get_thing(client, id="2")
    assert server.requests[0].headers["authorization"] == f"Bearer {TOKEN}"  # really sent
    lines = [r.getMessage() for r in caplog.records if r.name == "featuretest_client"]
    text = "\n".join(lines)
    assert "<redacted>" in text and "visible-q" in text and "retrying" in text
    for secret in (TOKEN, "qk-secret", "ck-secret"):
        assert secret not in text
        assert secret not in str(info.value) and secret not in repr(info.value)


def test_missing_credentials_message_has_no_other_secret(feat: ModuleType) -> None:
    from featuretest_client.api import auth

    with feat.Client(token=TOKEN, base_url="http://127.0.0.1:9") as client, pytest.raises(feat.MissingCredentialsError) as info:
        auth.basic_op(client)
    assert TOKEN not in str(info.value)
