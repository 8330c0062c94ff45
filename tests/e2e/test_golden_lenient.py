"""Published specs' small breakages: located warnings by default, errors under --strict."""

from __future__ import annotations

import httpx

from generator.config import ClientConfig
from generator.pipeline import build
from tests.golden_cases import GOLDEN
from tests.golden_import import use

use("lenient")

from lenient_client.api import incidents
from lenient_client.models import Incident

SPEC = GOLDEN / "lenient" / "spec.yaml"


def test_generates_with_located_warnings() -> None:
    result = build(ClientConfig(spec=SPEC, output=GOLDEN / "lenient" / "expected", package="lenient_client"))
    assert result.ok
    codes = {d.code for d in result.diagnostics}
    assert {"required-duplicate", "response-code-not-string", "openapi-invalid", "default-coerced"} <= codes
    assert all(d.severity == "warning" and d.line > 0 and d.pointer for d in result.diagnostics)


def test_strict_turns_the_warnings_into_errors() -> None:
    result = build(ClientConfig(spec=SPEC, output=GOLDEN / "lenient" / "expected", package="lenient_client"),
                   strict=True)
    assert not result.ok and not result.files
    assert all(d.severity == "error" for d in result.diagnostics)


def test_the_repaired_meaning_is_used() -> None:
    assert incidents.list_incidents.__kwdefaults__["limit"] == 25
    decoder = incidents._LIST_INCIDENTS.success["200"]
    (incident,) = decoder(httpx.Response(200, json=[{"id": "P1", "title": "down"}]))
    assert incident == Incident(id="P1", title="down")
