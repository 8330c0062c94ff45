"""A validation answer reused across prose-only edits (generator/spec/prose.py, valcache.py).

Reused only when the document differs from the last one validated in descriptions and summaries,
and no finding is about a value whose prose changed; any other change is validated again. Reused
findings are located in the new text. The in-process path (one core) lets the validator be spied
on; the forked child runs the same ``validate_unless_same``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import processes
from generator.diagnostics import Diagnostic
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


def test_prose_is_blanked_or_numbered_by_text_and_data_is_kept() -> None:
    data = {"info": {"description": "x", "summary": "y"},
            "tags": [{"name": "a", "description": "x"}, {"name": "b", "description": "z", "summary": "x"}],
            "default": {"description": "kept"}, "x-ext": {"summary": "kept"}, "d": {"description": 3}}
    out = prose.without_prose(data)
    assert out["info"] == {"description": "", "summary": ""}  # no array holds it: nothing compares it
    assert out["tags"][0]["description"] == "0" and out["tags"][1] == {"name": "b", "description": "1",
                                                                        "summary": "0"}
    assert out["default"] == {"description": "kept"} and out["x-ext"] == {"summary": "kept"}
    assert out["d"] == {"description": 3}  # not a string: the validator's to report
    assert _digest({"description": 0}) != _digest({"description": "a"})
    assert _digest({"info": {"description": "a"}}) == _digest({"info": {"description": "b"}})
    # What uniqueItems compares keeps its answer: distinct texts stay distinct, equal ones equal.
    tags = [{"name": "a", "description": "first"}, {"name": "a", "description": "second"}]
    same = [{"name": "a", "description": "first"}, {"name": "a", "description": "first"}]
    assert _digest({"tags": tags}) == _digest(
        {"tags": [{"name": "a", "description": "one"}, {"name": "a", "description": "two"}]})
    assert _digest({"tags": tags}) != _digest({"tags": same})
    # Nested arrays share their outermost array's numbers: items compared anywhere below it agree.
    nested = {"allOf": [{"allOf": [{"description": "p"}]}, {"description": "p"}]}
    split = {"allOf": [{"allOf": [{"description": "p"}]}, {"description": "q"}]}
    assert _digest(nested) != _digest(split)


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Each full validation's spec text; one core, so it runs here; a private cache."""
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(processes, "cores", lambda: 1)
    made: list[str] = []
    real = _validate.check_schema_findings

    def spy(doc: Any) -> Any:
        made.append(doc.text)
        return real(doc)

    monkeypatch.setattr(_validate, "check_schema_findings", spy)
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


def test_an_edit_that_splits_a_shared_text_is_not_validated_again(tmp_path: Path, validations: list[str]) -> None:
    """Two responses say "ok"; editing one makes the texts differ, which no comparison can see."""
    shared = SPEC.replace('        "200":\n', '        "404": {description: ok}\n        "200":\n')
    assert _validate_text(tmp_path, shared) == []
    assert _validate_text(tmp_path, shared.replace("{description: ok}", "{description: not found}")) == []
    assert validations == [shared]


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


def _diagnostics(tmp_path: Path, text: str) -> list[Diagnostic]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    return valcache.start(load(spec, DEFAULT), None)()


def _fresh(where: Path) -> list[Diagnostic]:
    """What validating the spec (``where``, or spec.yaml in it) from scratch reports (no cache, not
    spied on)."""
    doc = load(where if where.is_file() else where / "spec.yaml", DEFAULT)
    try:
        return _validate._check_schema(doc, compiled=True)
    except UnicodeError:
        return _validate._check_schema(doc, compiled=False)


BAD = SPEC.replace("    get:\n", "    get:\n      operationId: [not, a, string]\n")


def test_findings_survive_a_prose_edit_elsewhere_and_are_located_again(
        tmp_path: Path, validations: list[str]) -> None:
    first = _diagnostics(tmp_path, BAD)
    assert [d.pointer for d in first] == ["/paths/~1x/get/operationId"]
    # The edit moves every later line down by five: the finding is reported where it now is.
    edited = BAD.replace('info: {title: T, version: "1", description: About it.}',
                         'info:\n  title: T\n  version: "1"\n  description: |-\n    About\n    it.')
    found = _diagnostics(tmp_path, edited)
    assert validations == [BAD]
    assert found == _fresh(tmp_path)
    assert found[0].line == first[0].line + 5


def test_a_finding_about_a_value_whose_prose_changed_is_validated_again(
        tmp_path: Path, validations: list[str]) -> None:
    # The response object has a key OpenAPI does not allow: the finding is about that object,
    # which holds the description edited below (a message may quote it).
    bad = SPEC.replace("          description: ok\n", "          description: ok\n          bogus: 1\n")
    first = _diagnostics(tmp_path, bad)
    assert any(d.pointer.endswith("/responses/200") for d in first)
    edited = bad.replace("description: ok", "description: fine")
    assert _diagnostics(tmp_path, edited) == _fresh(tmp_path)
    assert validations == [bad, edited]
    # Prose elsewhere: reused.
    again = edited.replace("About it.", "Edited.")
    assert _diagnostics(tmp_path, again) == _fresh(tmp_path)
    assert validations == [bad, edited]


def test_a_lone_surrogate_in_prose_is_validated_again(tmp_path: Path, validations: list[str]) -> None:
    """A lone surrogate (valid JSON) switches the validator's backend, and its wording: no reuse."""
    spec = tmp_path / "spec.json"
    text = json.dumps(yaml.safe_load(BAD), indent=1)
    spec.write_text(text, encoding="utf-8")
    assert valcache.start(load(spec, DEFAULT), None)()
    edited = text.replace('"About it."', '"About \\ud800 it."')
    assert edited != text
    spec.write_text(edited, encoding="utf-8")
    found = valcache.start(load(spec, DEFAULT), None)()
    assert validations == [text, edited]
    assert found == _fresh(spec)


# Two parameters whose descriptions are equal: editing one splits a class of equal texts below an
# array (``parameters``, which OpenAPI 3.0 says has unique items).
PARAMS = SPEC.replace("    get:\n", """    get:
      parameters:
        - {name: a, in: query, description: The ID., schema: {type: string}}
        - {name: b, in: query, description: The ID., schema: {type: string}}
""")


def test_splitting_equal_texts_below_an_array_of_a_clean_spec_is_not_validated_again(
        tmp_path: Path, validations: list[str]) -> None:
    """Texts that were equal and no longer are can only take away a reason to fail uniqueItems."""
    assert _validate_text(tmp_path, PARAMS) == []
    split = PARAMS.replace("{name: a, in: query, description: The ID.", "{name: a, in: query, description: A key.")
    assert _validate_text(tmp_path, split) == []
    assert validations == [PARAMS]


def test_joining_texts_below_an_array_is_validated_again(tmp_path: Path, validations: list[str]) -> None:
    """The other way round, a pair of items may now be equal: validated again (here: still valid,
    the names differ)."""
    split = PARAMS.replace("{name: a, in: query, description: The ID.", "{name: a, in: query, description: A key.")
    assert _validate_text(tmp_path, split) == []
    assert _validate_text(tmp_path, PARAMS) == []
    assert validations == [split, PARAMS]


def test_splitting_equal_texts_of_a_spec_with_findings_is_validated_again(
        tmp_path: Path, validations: list[str]) -> None:
    bad = PARAMS.replace("    get:\n", "    get:\n      operationId: [not, a, string]\n")
    first = _diagnostics(tmp_path, bad)
    assert first
    split = bad.replace("{name: a, in: query, description: The ID.", "{name: a, in: query, description: A key.")
    assert _diagnostics(tmp_path, split) == _fresh(tmp_path)
    assert validations == [bad, split]


def test_the_default_response_holds_prose_and_a_schema_default_data(
        tmp_path: Path, validations: list[str]) -> None:
    with_default = SPEC.replace('        "200":\n', '        default: {description: Error response.}\n        "200":\n')
    assert _validate_text(tmp_path, with_default) == []
    assert _validate_text(tmp_path, with_default.replace("Error response.", "Any error.")) == []
    assert validations == [with_default]
    out = prose.without_prose({"paths": {"/x": {"get": {"responses": {"default": {"description": "e"}}}}},
                               "components": {"responses": {"default": {"description": "e"}},
                                              "schemas": {"S": {"default": {"description": "e"}}}}})
    assert out["paths"]["/x"]["get"]["responses"]["default"] == {"description": ""}
    # Elsewhere a ``default`` may be a schema's default value: kept whole (the conservative side).
    assert out["components"]["responses"]["default"] == {"description": "e"}
    assert out["components"]["schemas"]["S"]["default"] == {"description": "e"}


def test_prose_refinement_is_only_about_which_texts_are_equal() -> None:
    assert prose.refines([(1, "0"), (1, "1")], [(1, "0"), (1, "0")])  # a pair split
    assert not prose.refines([(1, "0"), (1, "0")], [(1, "0"), (1, "1")])  # a pair joined
    assert prose.refines([(1, "0"), (2, "0")], [(1, "0"), (2, "0")])
    assert not prose.refines([(1, "0")], [(1, "0"), (1, "1")])  # not the same document shape


def _unique_items_places(schema: Any, path: str = "") -> list[str]:
    if isinstance(schema, dict):
        here = [path] if schema.get("uniqueItems") is True else []
        return here + [p for k, v in schema.items() for p in _unique_items_places(v, f"{path}/{k}")]
    if isinstance(schema, list):
        return [p for i, v in enumerate(schema) for p in _unique_items_places(v, f"{path}/{i}")]
    return []


def test_the_validators_unique_items_are_those_the_refinement_was_argued_for() -> None:
    """Splitting equal texts keeps a valid document valid because uniqueItems is the validator's
    only comparison of values and sits where no oneOf/anyOf/not can turn a pass into a failure:
    the parameter lists, the root's tags, a schema's required names (OpenAPI 3.0), none in 3.1's
    own schema. A validator release that adds another must be looked at again: it fails here."""
    import openapi_spec_validator

    root = Path(openapi_spec_validator.__file__).parent / "resources" / "schemas"
    found = {version: _unique_items_places(json.loads((root / version / "schema.json").read_text("utf-8")))
             for version in ("v3.0", "v3.1")}
    assert found == {"v3.0": ["/properties/tags", "/definitions/Schema/properties/required",
                              "/definitions/PathItem/properties/parameters",
                              "/definitions/Operation/properties/parameters"], "v3.1": []}
