"""Attack suite, part 1: breakout payloads in every place spec text lands (outcome: generates).

Every payload sits in every context of one merged spec (tests/security/cases.py: ``text_spec``).
Each (context, payload) pair is its own case and checks that the text survived as data: found
verbatim among the string constants of the generated modules, or, for prose, in a docstring after
the documented normalisation (line ends, tabs, surrounding blank space). Shared checks on the same
run: every module compiles with warnings as errors, imports in a fresh interpreter without starting
processes, opening sockets, writing files or calling the ``pwned`` canary, and nothing was read or
written outside the spec folder and the output folder, and no socket was used while generating.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.security import cases, harness
from tests.security.conftest import Generated, generate_shared

PAYLOAD_IDS = list(cases.PAYLOADS)


def _one_line(text: str) -> str:
    return text.strip().split("\n", 1)[0].strip()


def _doc(g: Generated, text: str) -> bool:
    doc = harness.as_doc(text)
    return harness.contains(g.constant_set, doc) or harness.contains(g.constant_set, harness.prose(doc))


def _exact(g: Generated, text: str) -> bool:
    return text in g.constant_set


def _within(g: Generated, text: str) -> bool:
    return harness.contains(g.constant_set, text)


def _module_of(g: Generated, index: int, payload: str) -> str:
    """The api module holding this payload's operations (found by its path literal)."""
    path = cases.path_for(index, payload)
    out = Path(g.out)
    for module in g.functions:
        if module.startswith(f"{g.package}/api/") and not module.endswith("__init__.py") \
                and path in harness.string_constants_of(out / module):
            return module
    return ""


Check = Callable[[Generated, int, str], bool]
CONTEXTS: dict[str, Check] = {
    "info-title": lambda g, i, p: _doc(g, p),
    "info-description": lambda g, i, p: _doc(g, p),
    "info-version": lambda g, i, p: _exact(g, "0.0.0"),  # not a PEP 440 version: replaced, not pasted
    "server-url": lambda g, i, p: _within(g, p),
    "schema-description": lambda g, i, p: _doc(g, p),
    "property-title": lambda g, i, p: _doc(g, p),
    "property-description": lambda g, i, p: _doc(g, p),
    "property-default": lambda g, i, p: _exact(g, p),
    "property-example": lambda g, i, p: True,  # examples are not emitted; shared checks still apply
    "property-name": lambda g, i, p: _exact(g, p),
    "enum-value": lambda g, i, p: _exact(g, p),
    "const-value": lambda g, i, p: _exact(g, p),
    "path-template": lambda g, i, p: _exact(g, cases.path_for(i, p)),
    "path-parameter-name": lambda g, i, p: all(_exact(g, v) for v in cases.template_names(cases.path_for(i, p))),
    "operation-summary": lambda g, i, p: _doc(g, _one_line(p)),
    "operation-description": lambda g, i, p: _doc(g, p),
    "operation-id": lambda g, i, p: len([f for f in g.functions.get(_module_of(g, i, p), [])
                                         if not f.startswith("_")]) >= 8,
    "tag": lambda g, i, p: re.fullmatch(rf"{g.package}/api/[a-z_][a-z0-9_]*\.py", _module_of(g, i, p)) is not None,
    "query-parameter-name": lambda g, i, p: _exact(g, p),
    "query-parameter-default": lambda g, i, p: _exact(g, p),
    "parameter-description": lambda g, i, p: _doc(g, _one_line(p)),
    "header-name": lambda g, i, p: _exact(g, "X-" + p),
    "cookie-name": lambda g, i, p: _exact(g, "c-" + p),
    "media-type": lambda g, i, p: _exact(g, "application/x-" + p),
    "request-body-description": lambda g, i, p: _doc(g, _one_line(p)),
    "response-description": lambda g, i, p: True,  # not emitted; shared checks still apply
    "security-scheme-header-name": lambda g, i, p: _exact(g, p),
    "security-scheme-description": lambda g, i, p: True,  # not emitted; shared checks still apply
}


def _write_text_spec(folder: Path) -> Path:
    spec = folder / "spec.json"
    spec.write_text(json.dumps(cases.text_spec()), encoding="utf-8")
    return spec


@pytest.fixture(scope="module")
def text_run(shared_root: Path) -> Generated:
    return generate_shared(shared_root, "text", _write_text_spec)


def test_text_spec_generates(text_run: Generated) -> None:
    assert text_run.code == 0, text_run.stderr
    assert "Traceback" not in text_run.stderr


def test_no_injected_code(text_run: Generated) -> None:
    assert text_run.canary_calls == []
    result = text_run.import_result
    assert result["errors"] == [] and result["imported"] > 10, result
    assert result["hits"] == [] and result["violations"] == [], result


def test_no_escape_no_network(text_run: Generated) -> None:
    spec_dir = Path(text_run.spec).parent
    out = Path(text_run.out)
    rec = text_run.record
    assert rec["network"] == [] and rec["processes"] == []
    assert harness.stray_writes(rec["writes"], out) == []
    assert harness.outside(rec["reads"], harness.allowed_read_roots(spec_dir)) == []


def test_pyproject_is_valid_toml(text_run: Generated) -> None:
    assert text_run.pyproject_ok


@pytest.mark.parametrize("payload", PAYLOAD_IDS)
@pytest.mark.parametrize("context", list(CONTEXTS))
def test_payload_kept_as_data(text_run: Generated, context: str, payload: str) -> None:
    assert text_run.code == 0, text_run.stderr
    assert text_run.canary_calls == [] and text_run.import_result["hits"] == []
    index = PAYLOAD_IDS.index(payload)
    assert CONTEXTS[context](text_run, index, cases.PAYLOADS[payload]), \
        f"{context}: {cases.PAYLOADS[payload]!r} not found intact in the generated code"
