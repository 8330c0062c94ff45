"""A clean validation answer reused across prose-only edits (generator/spec/prose.py, valcache.py).

Reused only when the document differs from one found clean in descriptions and summaries; any
other change, or a document with findings, is validated again. The in-process path (one core)
lets the validator be spied on; the forked child runs the same ``validate_unless_clean``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import processes
from generator.limits import DEFAULT
from generator.spec import prose, valcache
from generator.spec import validate as _validate
from generator.spec.bundle import load

SPEC = """\
openapi: 3.0.3
info: {title: T, version: "1", description: About it.}
tags: [{name: a, description: first}, {name: b, description: second}]
paths:
  /x:
    get:
      summary: Get x.
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                description: A thing.
                properties:
                  description: {type: string, pattern: "^a"}
                default: {description: abc}
"""


def _digest(data: Any) -> str:
    return repr(prose.without_prose(data))


def test_prose_is_numbered_by_text_and_data_is_kept() -> None:
    data = {"info": {"description": "x", "summary": "y"}, "tags": [{"name": "a", "description": "x"}],
            "default": {"description": "kept"}, "x-ext": {"summary": "kept"}, "d": {"description": 3}}
    out = prose.without_prose(data)
    assert out["info"] == {"description": "0", "summary": "1"}
    assert out["tags"][0]["description"] == "0"  # the same text, the same number
    assert out["default"] == {"description": "kept"} and out["x-ext"] == {"summary": "kept"}
    assert out["d"] == {"description": 3}  # not a string: the validator's to report
    assert _digest({"description": 0}) != _digest({"description": "a"})
    # What uniqueItems compares keeps its answer: distinct texts stay distinct, equal ones equal.
    tags = [{"name": "a", "description": "first"}, {"name": "a", "description": "second"}]
    same = [{"name": "a", "description": "first"}, {"name": "a", "description": "first"}]
    assert _digest({"tags": tags}) == _digest(
        {"tags": [{"name": "a", "description": "one"}, {"name": "a", "description": "two"}]})
    assert _digest({"tags": tags}) != _digest({"tags": same})


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Each full validation's spec text; one core, so it runs here; a private cache."""
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(processes, "cores", lambda: 1)
    made: list[str] = []
    real = _validate.check_schema

    def spy(doc: Any) -> Any:
        made.append(doc.text)
        return real(doc)

    monkeypatch.setattr(_validate, "check_schema", spy)
    return made


def _validate_text(tmp_path: Path, text: str) -> list[str]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    return [d.message for d in valcache.start(load(spec, DEFAULT), None)()]


def test_a_prose_edit_of_a_clean_spec_is_not_validated_again(tmp_path: Path, validations: list[str]) -> None:
    assert _validate_text(tmp_path, SPEC) == []
    edits = [SPEC.replace("About it.", "About it; edited."), SPEC.replace("Get x.", "Get the x\\n  at length."),
             SPEC.replace("description: A thing.", "description: >-\n                  Two\n                  lines.")]
    for edited in edits:
        assert _validate_text(tmp_path, edited) == []
    assert validations == [SPEC]


@pytest.mark.parametrize("change", [
    ("default: {description: abc}", "default: {description: xyz}"),  # data checked against its schema
    ("version: \"1\"", "version: 1"),  # not prose at all
])
def test_other_edits_are_validated_again(tmp_path: Path, validations: list[str], change: tuple[str, str]) -> None:
    assert _validate_text(tmp_path, SPEC) == []
    edited = SPEC.replace(*change)
    found = _validate_text(tmp_path, edited)
    assert validations == [SPEC, edited]
    assert found == [d.message for d in _validate.check_schema(load(tmp_path / "spec.yaml", DEFAULT))]


def test_a_spec_with_findings_is_validated_after_any_edit(tmp_path: Path, validations: list[str]) -> None:
    bad = SPEC.replace("    get:\n", "    get:\n      operationId: [not, a, string]\n")
    first = _validate_text(tmp_path, bad)
    assert first
    assert _validate_text(tmp_path, bad.replace("About it.", "Edited.")) == first
    assert len(validations) == 2
