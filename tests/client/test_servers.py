"""Servers (issue 16) against real local servers: a server chosen by name or index, its variables
(checked against their enum), per-path and per-operation servers honoured, the base-URL
environment variable, and ``base_url=`` sending everything to one place."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.client.conftest import generate_package
from tests.server import LocalServer, Reply

SPEC = Path(__file__).resolve().parent / "specs" / "servers.yaml"
ENV = "HOSTS_CLIENT_BASE_URL"


@pytest.fixture(scope="module")
def hosts(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    generate_package(SPEC, tmp_path_factory.mktemp("hosts") / "client", "hosts_client")
    return importlib.import_module("hosts_client")


@pytest.fixture
def three() -> Iterator[tuple[LocalServer, LocalServer, LocalServer]]:
    with LocalServer() as a, LocalServer() as b, LocalServer() as c:
        for srv in (a, b, c):
            srv.respond_with(lambda _r: Reply(status=204))
        yield a, b, c


def _port(srv: LocalServer) -> str:
    return srv.url.rsplit(":", 1)[1].rstrip("/")


def _call_all(client: object) -> None:
    from hosts_client.api import reports, things, uploads

    things.list_things(client)  # type: ignore[arg-type]
    uploads.upload(client)  # type: ignore[arg-type]
    reports.get_report(client)  # type: ignore[arg-type]


def test_each_operation_goes_to_its_own_server(hosts: ModuleType, three: tuple[LocalServer, ...],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    api, up, rep = three
    variables = {"port": _port(api), "uploadPort": _port(up), "reportPort": _port(rep)}
    with hosts.Client(server="local", server_variables=variables) as client:
        _call_all(client)
    assert [r.path for r in api.requests] == ["/v1/things"]
    assert [r.path for r in up.requests] == ["/uploads"]  # the path item's server
    assert [r.path for r in rep.requests] == ["/r/reports"]  # the operation's server


def test_base_url_sends_every_operation_there(hosts: ModuleType, three: tuple[LocalServer, ...],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    api, up, rep = three
    with hosts.Client(base_url=api.url) as client:
        _call_all(client)
    assert [r.path for r in api.requests] == ["/things", "/uploads", "/reports"]
    monkeypatch.setenv(ENV, up.url + "/env")
    with hosts.Client() as client:  # the environment variable beside the token's
        assert client.base_url == up.url + "/env"
        _call_all(client)
    assert [r.path for r in up.requests] == ["/env/things", "/env/uploads", "/env/reports"]
    with hosts.Client(server=0, server_variables={"port": _port(rep)}) as client:  # a chosen server wins
        assert client.base_url == rep.url + "/v1"


def test_servers_by_name_or_index_with_checked_variables(hosts: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    assert [s.name for s in hosts.SERVERS] == ["local", "production_servers"]
    assert hosts.BASE_URL_ENV == ENV and hosts.DEFAULT_BASE_URL == "http://127.0.0.1:9/v1"
    assert hosts.Client(server=1).base_url == "https://us.api.example.com"
    assert hosts.Client(server_variables={"region": "eu"}, server="production_servers").base_url == \
        "https://eu.api.example.com"
    with pytest.raises(hosts.ClientConfigError, match=r"'region'.*'mars'.*allowed: 'us', 'eu'"):
        hosts.Client(server=1, server_variables={"region": "mars"})
    with pytest.raises(hosts.ClientConfigError, match=r"'zone'.*no server declares it"):
        hosts.Client(server_variables={"zone": "x"})
    with pytest.raises(hosts.ClientConfigError, match=r"'staging' is not one of the servers: 'local', "):
        hosts.Client(server="staging")
    with pytest.raises(hosts.ClientConfigError, match="lists 2 server"):
        hosts.Client(server=2)
