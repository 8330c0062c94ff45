"""An http scheme the client does not compute (digest, ...) is a located warning, and the caller
supplies the whole Authorization header value (never sent as a bearer token)."""

from __future__ import annotations

import json
from pathlib import Path

from generator.config import ClientConfig
from generator.lowering.lower import lower
from generator.spec.bundle import load


def test_digest_is_a_header_credential_with_a_located_warning(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({
        "openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "security": [{"dig": []}],
        "paths": {"/a": {"get": {"operationId": "a", "responses": {"204": {"description": "ok"}}}}},
        "components": {"securitySchemes": {"dig": {"type": "http", "scheme": "digest"}}},
    }))
    config = ClientConfig(spec=spec, output=tmp_path / "out", package="pkg")
    api, diagnostics = lower(load(spec, config.limits), config)
    (scheme,) = api.security_schemes
    assert (scheme.kind, scheme.location, scheme.param_name) == ("apiKey", "header", "Authorization")
    assert scheme.py_name == "dig_authorization"
    assert api.operations[0].security == (("dig",),)  # still required: the call says it needs it
    warning = next(d for d in diagnostics if d.code == "security-scheme-unsupported")
    assert warning.pointer == "/components/securitySchemes/dig/scheme" and "digest" in warning.message
