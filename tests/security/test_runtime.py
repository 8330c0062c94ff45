"""Attack suite, part 5: the generated client under attack, against a real HTTP server on loopback.

A client is generated once from ``runtime_spec.yaml`` (every kind of credential, a cookie and a
header parameter, a password in a JSON body, a declared response header). Each class of the
hardening issue has several variants here:

- secrets: credentials with whitespace refused at construction; the secret canary absent from
  every log record (captured at the root logger, so httpx's and httpcore's records are seen),
  exception message, repr and formatted traceback (``__cause__`` chain included);
- injection: cookie values stay one cookie; CR/LF/NUL/non-ASCII in header values and bad header
  names are refused before sending (no request reaches the server, no retry); text the server
  sends reaches messages with its control characters escaped and its length bounded;
- redirects: a cross-origin 307/308 that would replay a body is refused, the other origin sees
  nothing; 303 is followed as a GET without the body;
- typed failures: deep JSON (success and error paths), corrupt compression, malformed base URLs and
  NaN/Infinity in bodies all raise ``APIError`` subclasses with clear messages.
"""

from __future__ import annotations

import asyncio
import gzip
import importlib
import logging
import sys
import traceback
import zlib
from collections.abc import Iterator
from http.cookies import SimpleCookie
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.config import ClientConfig
from generator.pipeline import generate
from tests.server import LocalServer, Reply, free_port

HERE = Path(__file__).resolve().parent
PACKAGE = "hardened_client"
CANARY = "s3cr3t-CANARY-value"
ENV_VARS = ("HARDENED_CLIENT_TOKEN", "HARDENED_CLIENT_BASIC", "HARDENED_CLIENT_HEADER_KEY",
            "HARDENED_CLIENT_QUERY_KEY", "HARDENED_CLIENT_COOKIE_KEY")


@pytest.fixture(scope="module")
def rt(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("hardened") / "client"
    result = generate(ClientConfig(spec=HERE / "runtime_spec.yaml", output=out, package=PACKAGE))
    assert result.ok, [d.render() for d in result.diagnostics]
    sys.path.insert(0, str(out))
    return importlib.import_module(PACKAGE)


@pytest.fixture(autouse=True)
def _no_ambient_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def srv() -> Iterator[LocalServer]:
    with LocalServer() as server:
        yield server


def _all_text(exc: BaseException) -> str:
    """Everything a caller or a log handler could print of an exception."""
    return "\n".join([str(exc), repr(exc), "".join(traceback.format_exception(exc))])


def _api(rt: ModuleType, name: str) -> Any:
    return importlib.import_module(f"{PACKAGE}.api.{name}")


# -- secrets: refused at construction ------------------------------------------------------------
BAD_TOKENS = {
    "trailing-newline": CANARY + "\n",
    "trailing-crlf": CANARY + "\r\n",
    "leading-space": " " + CANARY,
    "inner-space": "s3cr3t CANARY",
    "inner-tab": "s3cr3t\tCANARY",
    "header-injection": CANARY + "\r\nX-Admin: true",
    "nul": CANARY + "\x00",
    "del": CANARY + "\x7f",
    "non-ascii": CANARY + "é",
}


@pytest.mark.parametrize("kind", ["token", "header_key", "query_key", "cookie_key"])
@pytest.mark.parametrize("name", list(BAD_TOKENS))
def test_credential_with_whitespace_is_refused(rt: ModuleType, srv: LocalServer, kind: str, name: str) -> None:
    with pytest.raises(rt.ClientConfigError) as info:
        rt.Client(**{kind: BAD_TOKENS[name]}, base_url=srv.url)
    assert isinstance(info.value, rt.APIError) and isinstance(info.value, ValueError)
    text = _all_text(info.value)
    assert CANARY not in text and "s3cr3t" not in text
    if name == "trailing-newline":
        assert "ends with a newline" in str(info.value)
    assert srv.requests == []


@pytest.mark.parametrize("value", [CANARY + "\n", "user:" + CANARY + "\n", "us er:" + CANARY])
def test_credential_from_environment_is_checked(rt: ModuleType, monkeypatch: pytest.MonkeyPatch,
                                                value: str) -> None:
    var = "HARDENED_CLIENT_BASIC" if ":" in value else "HARDENED_CLIENT_TOKEN"
    monkeypatch.setenv(var, value)
    with pytest.raises(rt.ClientConfigError) as info:
        rt.Client(base_url="http://127.0.0.1:9")
    assert var in str(info.value)
    assert CANARY not in _all_text(info.value)


@pytest.mark.parametrize("password", ["pa\nss" + CANARY, "pa\x00ss" + CANARY, CANARY + "\r"])
def test_basic_password_with_control_characters_is_refused(rt: ModuleType, password: str) -> None:
    with pytest.raises(rt.ClientConfigError) as info:
        rt.Client(basic_auth=("user", password), base_url="http://127.0.0.1:9")
    assert CANARY not in _all_text(info.value)


def test_basic_password_with_spaces_is_sent(rt: ModuleType, srv: LocalServer) -> None:
    srv.reply(Reply(status=204))
    with rt.Client(basic_auth=("user", "correct horse battery"), base_url=srv.url) as client:
        _api(rt, "keys").basic_authed(client)
    assert srv.requests[0].headers["authorization"].startswith("Basic ")


# -- secrets: never in logs or exceptions --------------------------------------------------------
def _root_records(caplog: pytest.LogCaptureFixture) -> str:
    return caplog.text + "\n".join(r.getMessage() for r in caplog.records)


def test_query_key_is_masked_in_httpx_log_and_header_error(rt: ModuleType, srv: LocalServer,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: httpx's INFO line and httpcore's DEBUG lines
    srv.reply(Reply(status=200, body={"id": "1"}, headers={"X-Count": "not-a-number"}))
    with rt.Client(query_key=CANARY, base_url=srv.url, strict_decoding=False) as client:
        # A required header that does not parse is reported on the response when decoding
        # leniently (issue 20); strictly it raises APIResponseValidationError (issue 16).
        response = _api(rt, "keys").counted_with_response(client)
    assert srv.requests[0].query == [("api_key", CANARY)]  # really sent
    logged = _root_records(caplog)
    assert "HTTP Request: GET" in logged and "httpcore" in " ".join(r.name for r in caplog.records)
    assert CANARY not in logged
    assert response.header_errors and CANARY not in repr(response.header_errors)


def test_cookies_and_set_cookie_are_masked_in_logs(rt: ModuleType, srv: LocalServer,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    srv.reply(Reply(status=204, headers={"Set-Cookie": f"session={CANARY}-renewed; HttpOnly"}))
    with rt.Client(cookie_key=CANARY, base_url=srv.url) as client:
        _api(rt, "keys").cookie_keyed(client)
    assert srv.requests[0].headers["cookie"] == f"session={CANARY}"
    logged = _root_records(caplog)
    assert "receive_response_headers" in logged  # httpcore's record with the response headers
    assert CANARY not in logged


@pytest.mark.parametrize("credentials", [{"token": CANARY}, {"basic_auth": ("user", CANARY)},
                                         {"header_key": CANARY}])
def test_header_credentials_are_masked_in_connection_errors(rt: ModuleType, caplog: pytest.LogCaptureFixture,
                                                            credentials: dict[str, Any]) -> None:
    caplog.set_level(logging.DEBUG)
    op = {"token": "things", "basic_auth": "keys", "header_key": "keys"}[next(iter(credentials))]
    with rt.Client(**credentials, base_url=f"http://127.0.0.1:{free_port()}", max_retries=1) as client:
        client._sleep_seconds = lambda _s: None
        with pytest.raises(rt.APIConnectionError) as info:
            if op == "things":
                _api(rt, "things").get_thing(client, id="1")
            elif "basic_auth" in credentials:
                _api(rt, "keys").basic_authed(client)
            else:
                _api(rt, "keys").header_keyed(client)
    assert CANARY not in _all_text(info.value)
    assert CANARY not in _root_records(caplog)


def test_secret_echoed_by_the_server_is_masked(rt: ModuleType, srv: LocalServer) -> None:
    """A server that quotes the credential back in an error message does not leak it into ours."""
    srv.reply(Reply(status=400, body={"message": f"token {CANARY} is not allowed"}))
    with rt.Client(token=CANARY, base_url=srv.url) as client, pytest.raises(rt.BadRequestError) as info:
        _api(rt, "things").get_thing(client, id="1")
    assert "<redacted>" in str(info.value) and CANARY not in str(info.value)


def test_masking_ends_when_the_client_closes(rt: ModuleType) -> None:
    from hardened_client._runtime._redact import scrub

    with rt.Client(token=CANARY, base_url="http://127.0.0.1:9"):
        assert scrub(f"x {CANARY} y") == "x <redacted> y"
    assert scrub(f"x {CANARY} y") == f"x {CANARY} y"


# -- injection: cookies and headers ---------------------------------------------------------------
@pytest.mark.parametrize("value", ["v; admin=true", 'v"; admin=true', "v,admin=true", "v admin", "naïve\\"])
def test_cookie_parameter_stays_one_cookie(rt: ModuleType, srv: LocalServer, value: str) -> None:
    srv.reply(Reply(status=200, body={"id": "1"}))
    with rt.Client(token="tok-1234", base_url=srv.url) as client:
        _api(rt, "things").get_thing(client, id="1", pref=value)
    sent = srv.requests[0].headers["cookie"]
    jar = SimpleCookie()
    jar.load(sent)
    assert list(jar) == ["pref"], sent
    import urllib.parse

    assert urllib.parse.unquote(jar["pref"].value) == value


def test_cookie_api_key_stays_one_cookie(rt: ModuleType, srv: LocalServer) -> None:
    srv.reply(Reply(status=204))
    with rt.Client(cookie_key="abc;admin=true", base_url=srv.url) as client:
        _api(rt, "keys").cookie_keyed(client)
    jar = SimpleCookie()
    jar.load(srv.requests[0].headers["cookie"])
    assert list(jar) == ["session"]


HEADER_VALUES = {
    "crlf": "a\r\nX-Admin: true",
    "lf": "a\nX-Admin: true",
    "cr": "a\rb",
    "nul": "a\x00b",
    "esc": "a\x1b[2Jb",
    "non-ascii": "café",  # httpx would raise UnicodeEncodeError
    "trailing-space": "a ",
}


@pytest.mark.parametrize("name", list(HEADER_VALUES))
def test_bad_header_value_is_refused_before_sending(rt: ModuleType, srv: LocalServer, name: str) -> None:
    with rt.Client(token="tok-1234", base_url=srv.url) as client:
        client._sleep_seconds = lambda _s: pytest.fail("a refused request was retried")
        with pytest.raises(rt.InvalidRequestError) as info:
            _api(rt, "things").get_thing(client, id="1", x_trace=HEADER_VALUES[name])
    assert isinstance(info.value, rt.APIError)
    assert "X-Trace" in str(info.value) and "get_thing" in str(info.value)
    assert HEADER_VALUES[name] not in str(info.value)
    assert srv.requests == []


@pytest.mark.parametrize("headers", [{"X Bad": "1"}, {"X-Ok\r\nX-Admin": "1"}, {"X-Ok": "1\r\n"}, {"": "1"}])
def test_bad_extra_headers_are_refused(rt: ModuleType, srv: LocalServer, headers: dict[str, str]) -> None:
    with rt.Client(token="tok-1234", base_url=srv.url) as client, pytest.raises(rt.InvalidRequestError):
        _api(rt, "things").get_thing(client, id="1", extra_headers=headers)
    with pytest.raises(rt.ClientConfigError):
        rt.Client(token="tok-1234", base_url=srv.url, headers=headers)
    assert srv.requests == []


def test_async_client_refuses_bad_header(rt: ModuleType, srv: LocalServer) -> None:
    async def call() -> None:
        async with rt.AsyncClient(token="tok-1234", base_url=srv.url) as client:
            await _api(rt, "things").get_thing_async(client, id="1", x_trace="a\r\nb")

    with pytest.raises(rt.InvalidRequestError):
        asyncio.run(call())
    assert srv.requests == []


# -- injection: server-supplied text ----------------------------------------------------------------
@pytest.mark.parametrize("field", ["message", "error", "detail"])
def test_server_text_is_cleaned_in_error_messages(rt: ModuleType, srv: LocalServer, field: str) -> None:
    forged = "denied\n2026-01-01 INFO admin logged in\x1b[2J\x1b]0;pwned\x07\u202e"
    srv.reply(Reply(status=404, body={field: forged}))
    with rt.Client(token="tok-1234", base_url=srv.url) as client, pytest.raises(rt.NotFoundError) as info:
        _api(rt, "things").get_thing(client, id="1")
    text = str(info.value)
    assert "\n" not in text and "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "denied\\n2026" in text and "\\x1b[2J" in text


def test_server_text_is_bounded(rt: ModuleType, srv: LocalServer) -> None:
    srv.reply(Reply(status=400, body={"message": "x" * 100_000}))
    with rt.Client(token="tok-1234", base_url=srv.url) as client, pytest.raises(rt.BadRequestError) as info:
        _api(rt, "things").get_thing(client, id="1")
    assert len(str(info.value)) < 800 and "more characters" in str(info.value)
    assert info.value.body.message == "x" * 100_000  # the body itself is kept whole


def test_server_text_in_a_validation_error_is_cleaned(rt: ModuleType, srv: LocalServer) -> None:
    srv.reply(Reply(status=200, body={"id": "1", "seen": "2026\r\nINFO forged\x1b[31m" + "y" * 5000}))
    with (
        rt.Client(token="tok-1234", base_url=srv.url) as client,
        pytest.raises(rt.APIResponseValidationError) as info,
    ):
        _api(rt, "things").get_thing(client, id="1")
    text = str(info.value)
    assert "\r" not in text and "\n" not in text and "\x1b" not in text and len(text) < 1000


# -- redirects ------------------------------------------------------------------------------------
@pytest.mark.parametrize("status", [307, 308])
def test_cross_origin_redirect_with_body_is_refused(rt: ModuleType, status: int) -> None:
    with LocalServer() as first, LocalServer() as other:
        first.reply(Reply(status=status, headers={"Location": other.url + "/login"}))
        with (
            rt.Client(token="tok-1234", base_url=first.url, follow_redirects=True) as client,
            pytest.raises(rt.UnsafeRedirectError) as info,
        ):
            _api(rt, "auth").login(client, body=_login(rt))
        assert other.requests == []
        assert info.value.status_code == status and isinstance(info.value, rt.APIStatusError)
        assert "another origin" in str(info.value) and "hunter2" not in str(info.value)


def test_same_origin_redirect_keeps_the_body(rt: ModuleType, srv: LocalServer) -> None:
    srv.reply(Reply(status=307, headers={"Location": srv.url + "/login?again=1"}), Reply(status=200, body={"id": "1"}))
    with rt.Client(token="tok-1234", base_url=srv.url, follow_redirects=True) as client:
        _api(rt, "auth").login(client, body=_login(rt))
    assert [r.json()["password"] for r in srv.requests] == ["hunter2", "hunter2"]


@pytest.mark.parametrize("status", [301, 302, 303])
def test_cross_origin_redirect_that_becomes_a_get_is_followed_without_body(rt: ModuleType, status: int) -> None:
    with LocalServer() as first, LocalServer() as other:
        first.reply(Reply(status=status, headers={"Location": other.url + "/login"}))
        other.reply(Reply(status=200, body={"id": "1"}))
        with rt.Client(token="tok-1234", base_url=first.url, follow_redirects=True) as client:
            _api(rt, "auth").login(client, body=_login(rt))
        [seen] = other.requests
        assert seen.method == "GET" and seen.body == b"" and "authorization" not in seen.headers


def _login(rt: ModuleType) -> Any:
    from hardened_client.models import Login

    return Login(user="me", password="hunter2")


# -- typed failures ---------------------------------------------------------------------------------
DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("body", [DEEP, b'{"id": "1", "child": ' + b'{"a": ' * 50_000 + b"1" + b"}" * 50_001])
def test_deep_json_on_success_is_a_validation_error(rt: ModuleType, srv: LocalServer, body: bytes) -> None:
    srv.reply(Reply(status=200, body=body, headers={"Content-Type": "application/json"}))
    with (
        rt.Client(token="tok-1234", base_url=srv.url) as client,
        pytest.raises(rt.APIResponseValidationError) as info,
    ):
        _api(rt, "things").get_thing(client, id="1")
    assert "get_thing" in str(info.value)


def test_deep_json_on_error_is_a_status_error_with_raw_body(rt: ModuleType, srv: LocalServer) -> None:
    srv.reply(Reply(status=400, body=DEEP, headers={"Content-Type": "application/json"}))
    with rt.Client(token="tok-1234", base_url=srv.url) as client, pytest.raises(rt.BadRequestError) as info:
        _api(rt, "things").get_thing(client, id="1")
    assert info.value.body == DEEP.decode()


def test_deep_json_async(rt: ModuleType, srv: LocalServer) -> None:
    srv.reply(Reply(status=200, body=DEEP, headers={"Content-Type": "application/json"}))

    async def call() -> None:
        async with rt.AsyncClient(token="tok-1234", base_url=srv.url) as client:
            await _api(rt, "things").get_thing_async(client, id="1")

    with pytest.raises(rt.APIResponseValidationError):
        asyncio.run(call())


CORRUPT = {
    "gzip-garbage": ("gzip", b"\x1f\x8b\x08\x00garbage-not-gzip"),
    "gzip-truncated": ("gzip", gzip.compress(b'{"id": "1"}' * 100)[:30]),
    "deflate-garbage": ("deflate", b"not deflate at all"),
    "gzip-not-gzip": ("gzip", b'{"id": "1"}'),
}


@pytest.mark.parametrize("name", list(CORRUPT))
def test_corrupt_compression_is_a_validation_error(rt: ModuleType, srv: LocalServer, name: str) -> None:
    encoding, payload = CORRUPT[name]
    srv.reply(Reply(status=200, body=payload, headers={"Content-Type": "application/json",
                                                        "Content-Encoding": encoding}))
    with (
        rt.Client(token="tok-1234", base_url=srv.url) as client,
        pytest.raises(rt.APIResponseValidationError) as info,
    ):
        _api(rt, "things").get_thing(client, id="1")
    if name != "gzip-truncated":  # a truncated stream decodes as far as it goes: then bad JSON
        assert "does not decompress" in str(info.value) and encoding in str(info.value)
    assert "get_thing" in str(info.value)


def test_valid_compression_still_decodes(rt: ModuleType, srv: LocalServer) -> None:
    srv.reply(Reply(status=200, body=zlib.compress(b'{"id": "7"}'),
                    headers={"Content-Type": "application/json", "Content-Encoding": "deflate"}))
    with rt.Client(token="tok-1234", base_url=srv.url) as client:
        assert _api(rt, "things").get_thing(client, id="1").id == "7"


@pytest.mark.parametrize("url", ["http://exa mple.com", "http://[::1", "ftp://example.com", "not a url",
                                 "http://host:99999", "/relative/path", "http://example.com/?x=1", ""])
def test_malformed_base_url_is_refused_at_construction(rt: ModuleType, url: str) -> None:
    with pytest.raises(rt.ClientConfigError) as info:
        rt.Client(token="tok-1234", base_url=url)
    assert isinstance(info.value, rt.APIError) and "base_url" in str(info.value)


@pytest.mark.parametrize(("price", "extra", "where"), [
    (float("nan"), None, "/price"), (float("inf"), None, "/price"), (-float("inf"), None, "/price"),
    (1.0, {"deep": [1, {"x": float("nan")}]}, "/extra/deep/1/x"),
])
def test_nan_and_infinity_in_a_body_are_refused(rt: ModuleType, srv: LocalServer, price: float,
                                                extra: Any, where: str) -> None:
    from hardened_client.models import Priced

    body = Priced(price=price) if extra is None else Priced(price=price, extra=extra)
    with rt.Client(token="tok-1234", base_url=srv.url) as client, pytest.raises(rt.InvalidRequestError) as info:
        _api(rt, "things").set_price(client, body=body)
    assert where in str(info.value) and "NaN or Infinity" in str(info.value)
    assert srv.requests == []
