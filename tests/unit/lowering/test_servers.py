"""Server URLs are checked before a client is generated from them (issue 16): only absolute
http(s) URLs without credentials are kept; anything else is a located warning naming the fix."""

from __future__ import annotations

from pathlib import Path

from generator import ir
from generator.config import ClientConfig
from generator.diagnostics import Diagnostic
from generator.lowering.lower import lower
from generator.spec.bundle import load

SPEC = """\
openapi: 3.1.0
info: {title: T, version: "1"}
servers:
  - url: javascript:alert(1)
  - url: https://admin:hunter2@api.example.com
  - url: /api/v3
  - url: https://{zone}.example.com/{missing}
    variables:
      zone: {default: a}
  - url: https://{zone}.example.com
    variables:
      zone: {default: xx, enum: [a, b]}
  - url: https://api.example.com/
    description: The   main  production server, in Frankfurt
paths:
  /things:
    get:
      operationId: listThings
      servers:
        - url: ftp://files.example.com
      responses: {"204": {description: ok}}
"""


def _lower(tmp_path: Path, base_url: str = "") -> tuple[ir.Api, dict[str, Diagnostic]]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC)
    config = ClientConfig(spec=spec, output=tmp_path / "out", package="pkg", base_url=base_url)
    api, diagnostics = lower(load(spec, config.limits), config)
    return api, {d.pointer: d for d in diagnostics if d.code.startswith("server")}


def test_unsafe_or_unusable_server_urls_are_dropped_with_located_warnings(tmp_path: Path) -> None:
    api, found = _lower(tmp_path)
    expected = {
        "/servers/0/url": ("server-url-scheme", 4, "'javascript' is not http or https"),
        "/servers/1/url": ("server-url-credentials", 5, "carries credentials"),
        "/servers/2/url": ("server-url-relative", 6, "https://api.example.com/api/v3"),
        "/servers/3/url": ("server-variable-undeclared", 7, "missing"),
        "/servers/4/variables/zone/default": ("server-variable-default", 12, "'xx' is not one of its enum"),
        "/paths/~1things/get/servers/0/url": ("server-url-scheme", 20, "'ftp'"),
    }
    assert set(found) == set(expected)
    for pointer, (code, line, text) in expected.items():
        d = found[pointer]
        assert (d.code, d.severity, d.line) == (code, "warning", line) and text in d.message, d.render()
    assert "hunter2" not in found["/servers/1/url"].render()
    assert [(s.name, s.default_url) for s in api.servers] == [
        ("server_4", "https://xx.example.com"), ("the_main_production_server", "https://api.example.com")]
    assert api.base_url == "https://xx.example.com" and api.base_url_env == "PKG_BASE_URL"
    assert api.operations[0].servers == ()  # its only server was dropped: the API's apply


def test_relative_urls_resolve_against_the_configured_base_url(tmp_path: Path) -> None:
    api, found = _lower(tmp_path, base_url="https://petstore.example.com/")
    assert "/servers/2/url" not in found
    assert api.servers[0].url == "https://petstore.example.com/api/v3"
    assert api.base_url == "https://petstore.example.com/"  # the configured URL stays the default
