"""The recorded surface matches the generated code: signatures, model fields, exceptions, options.

The generated ReflexDB package is imported and inspected (annotations are strings there, thanks to
``from __future__ import annotations``), so a drift between ``generator.compat.surface`` and the templates
fails here rather than producing a silently wrong API report.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import json
from pathlib import Path
from typing import Any

import reflexdb_client
from hypothesis import given, settings
from hypothesis import strategies as st
from reflexdb_client import models

from generator.compat.surface import SURFACE, build_surface, surface_bytes
from generator.config import load_project
from tests.conftest import GENERATED, ROOT


def _surface() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GENERATED / SURFACE).read_text(encoding="utf-8"))
    return data


def test_recorded_surface_is_listed_in_the_manifest() -> None:
    manifest = json.loads((GENERATED / ".generator-manifest.json").read_text(encoding="utf-8"))
    assert SURFACE in manifest["files"]


def test_every_operation_function_has_the_recorded_signature() -> None:
    surface = _surface()
    assert surface["operations"], "the ReflexDB surface lists no operations"
    call_options = [o["name"] for o in surface["call_options"]]
    for op in surface["operations"]:
        module = importlib.import_module(op["module"])
        for name in op["forms"]:  # derived forms: exported and callable (signatures follow the plain form)
            assert name in module.__all__ and callable(getattr(module, name)), name
        for name in op["functions"]:
            func = getattr(module, name)
            assert name in module.__all__
            sig = inspect.signature(func)
            params = list(sig.parameters.values())[1:]  # after the client
            own = {p.name: p for p in params if p.name not in call_options}
            assert sorted(own) == [p["name"] for p in op["parameters"]], name
            for p in op["parameters"]:
                actual = own[p["name"]]
                assert actual.kind is inspect.Parameter.KEYWORD_ONLY
                expected_ann = p["type"] if p["required"] or p["default"] != "_rt.UNSET" else p["type"] + " | _rt.Unset"
                assert actual.annotation == expected_ann, (name, p["name"])
                assert (actual.default is inspect.Parameter.empty) == p["required"], (name, p["name"])
            assert [p.name for p in params if p.name in call_options] == call_options
            returns = op["returns"] if "with_response" not in name else f"_rt.APIResponse[{op['returns']}]"
            assert sig.return_annotation == returns, name


def test_every_model_field_is_recorded_with_its_annotation_and_default() -> None:
    surface = _surface()
    for model in surface["models"]:
        cls = getattr(models, model["name"])
        fields = {f.name: f for f in dataclasses.fields(cls) if f.name != "additional_properties"}
        assert sorted(fields) == [f["name"] for f in model["fields"]], model["name"]
        for f in model["fields"]:
            actual = fields[f["name"]]
            unset = f["default"] == "_rt.UNSET"
            assert actual.type == (f["type"] + " | Unset" if unset else f["type"]), (model["name"], f["name"])
            has_default = actual.default is not dataclasses.MISSING or actual.default_factory is not dataclasses.MISSING
            assert has_default == (f["default"] is not None), (model["name"], f["name"])
            assert f["nullable"] == ("None" in f["type"].split(" | "))


def test_enums_exceptions_and_client_options_match_the_package() -> None:
    surface = _surface()
    for enum in surface["enums"]:
        cls = getattr(models, enum["name"])
        assert [(m.name, m.value) for m in cls] == [(m["name"], m["value"]) for m in enum["members"]]
    for name in surface["exceptions"]:
        assert name in reflexdb_client.__all__
        assert issubclass(getattr(reflexdb_client, name), Exception)
    for cls_name in surface["client"]["classes"]:
        sig = inspect.signature(getattr(reflexdb_client, cls_name).__init__)
        assert sorted(p for p in sig.parameters if p != "self") == [o["name"] for o in surface["client"]["options"]]
    assert reflexdb_client._client.DEFAULT_BASE_URL == surface["client"]["default_base_url"]


def test_surface_is_deterministic_and_sorted() -> None:
    from generator.pipeline import build

    config = load_project(ROOT / "pyproject.toml")[0]
    result = build(config)
    assert result.api is not None
    first = surface_bytes(build_surface(result.api, config.package))
    assert first == surface_bytes(build_surface(result.api, config.package)) == result.files[SURFACE]
    data = json.loads(first)
    for key in ("operations", "models", "enums", "aliases"):
        names = [d["name"] for d in data[key]]
        assert names == sorted(names), key


def test_request_and_response_usage_is_derived_from_operations() -> None:
    by_name = {m["name"]: m for m in _surface()["models"]}
    assert by_name["CreateManagementKeyBody"]["usage"] == ["request"]
    assert by_name["CreatedManagementKey"]["usage"] == ["response"]


def test_generated_surface_file_is_relative_to_the_client_root() -> None:
    assert (GENERATED / SURFACE).is_file()
    assert Path(SURFACE).name == SURFACE


def test_an_unchanged_surface_is_reported_unchanged_without_parsing(tmp_path: Path) -> None:
    """against_recorded's shortcut (equal bytes: no changes) says what the full comparison says."""
    from generator.compat import apidiff

    recorded = (GENERATED / SURFACE).read_bytes()
    (tmp_path / SURFACE).write_bytes(recorded)
    package = _surface()["package"]
    fast = apidiff.against_recorded(tmp_path, recorded, package)
    assert fast == apidiff.compare(_surface(), _surface()) == apidiff.Report(package=package, changes=())
    changed = _surface()
    changed["operations"] = changed["operations"][1:]
    report = apidiff.against_recorded(tmp_path, surface_bytes(changed), package)
    assert report is not None and report.has_breaking
    assert apidiff.against_recorded(tmp_path / "nothing-recorded", recorded, package) is None


class _Name(str):
    pass


class _Count(int):
    pass


# Keys: a few that repeat across dicts (the writer encodes each key once), any text, escapes, non-ASCII.
_KEYS = st.sampled_from(["name", "type", "", "\u00e9", "a\"b", "tab\t", "\U0001f600"]) | st.text(max_size=6)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(min_value=2**64) | st.text()
    | st.floats(allow_nan=False) | st.builds(_Name, st.text(max_size=3)) | st.builds(_Count, st.integers()),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(_KEYS, inner, max_size=4) | st.dictionaries(st.integers(), inner, max_size=2),
    max_leaves=30,
)


def _standard(value: Any) -> bytes:
    return (json.dumps(value, indent=2, sort_keys=True, ensure_ascii=True) + "\n").encode("ascii")


@given(_JSON)
@settings(max_examples=300, deadline=None)
def test_surface_bytes_are_the_standard_librarys_indented_json(value: Any) -> None:
    assert surface_bytes(value) == _standard(value)


def test_surface_bytes_match_the_standard_library_on_edge_values() -> None:
    value = {
        "empty": [{}, [], (), {"a": []}, [[{}]]], "tuple": ("x", (1, None), {"k": ()}),
        "leaves": {"s": "caf\u00e9 \"q\" \\ \n\u2028\U0001f600", "t": True, "f": False, "n": None, "i": -7},
        "ints": [0, 1, -1, 2**70, True, False], "keys": {"\u00e9": 1, "a\"b": 2, "": 3, "name": {"name": "name"}},
    }
    assert surface_bytes(value) == _standard(value)
    for odd in ({1: "int key"}, [1.5, float("inf")], {"x": _Name("sub")}, [_Count(3)]):
        assert surface_bytes(odd) == _standard(odd)


def test_the_recorded_surface_is_written_as_the_standard_library_writes_it() -> None:
    recorded = (GENERATED / SURFACE).read_bytes()
    assert surface_bytes(json.loads(recorded)) == recorded
