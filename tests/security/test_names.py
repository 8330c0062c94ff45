"""Attack suite, part 2: hostile names, file-name attacks, YAML 1.1 look-alikes and cycles (outcome: generates).

Names that are keywords, soft keywords, builtins, names the templates themselves use, NFKC
look-alikes, names that collide after sanitising (also case-insensitively), Windows device names
and path traversal strings are used as property, parameter, operation, tag, schema and security
scheme names in one spec. Each name is a case: its wire name survives as a string constant and
its operation is generated; the model holding it round-trips through ``from_dict``/``to_dict`` in a
fresh interpreter (a collision would drop a property), and every output file is a safe, unique
(case-insensitively) path inside the output folder.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.security import cases, harness
from tests.security.conftest import Generated, generate_shared

_WINDOWS = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
_SAFE_FILE = re.compile(r"^\.?[A-Za-z0-9_][A-Za-z0-9_.-]*$")
EVERYTHING = list(dict.fromkeys(cases.all_hostile()))


def _classes(out: Path, package: str) -> dict[str, tuple[str, str]]:
    """class name → (module import path, class docstring) for every generated model module."""
    found: dict[str, tuple[str, str]] = {}
    for path in sorted((out / package / "models").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                found[node.name] = (f"{package}.models.{path.stem}", ast.get_docstring(node) or "")
    return found


def _names_roundtrips(out: Path) -> list[dict[str, Any]]:
    classes = _classes(out, "atk")
    trips: list[dict[str, Any]] = []
    for k, names in enumerate(cases.HOSTILE_NAMES.values()):
        module, _ = classes[f"Names{k}"]
        data = {n: f"v{j}" for j, n in enumerate(dict.fromkeys(names))}
        data[f"marker_{k}"] = "m"
        trips.append({"module": module, "cls": f"Names{k}", "data": data})
    for cls, (module, doc) in classes.items():
        if doc in cases.SCHEMA_NAMES:
            trips.append({"module": module, "cls": cls, "data": {"value": doc, "marker_schema": "m"}})
    return trips


def _write_names(folder: Path) -> Path:
    spec = cases.names_spec()
    for name in cases.SCHEMA_NAMES:
        spec["components"]["schemas"][name]["description"] = name
    path = folder / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def names_run(shared_root: Path) -> Generated:
    return generate_shared(shared_root, "names", _write_names, roundtrips=_names_roundtrips)


def test_names_spec_generates_and_imports_cleanly(names_run: Generated) -> None:
    assert names_run.code == 0, names_run.stderr
    result = names_run.import_result
    assert result["errors"] == [] and result["hits"] == [] and result["violations"] == [], result
    assert result["roundtrip_failures"] == [], result["roundtrip_failures"]


def test_output_paths_are_safe_and_unique(names_run: Generated) -> None:
    assert names_run.code == 0, names_run.stderr
    out = Path(names_run.out).resolve()
    folded = [f.casefold() for f in names_run.files]
    assert len(set(folded)) == len(folded), "paths that collide on a case-insensitive file system"
    for rel in names_run.files:
        parts = rel.split("/")
        assert all(_SAFE_FILE.match(p) and p not in (".", "..") for p in parts), rel
        assert parts[-1].split(".")[0].lower() not in _WINDOWS, rel
        assert (out / rel).resolve().is_relative_to(out)
    rec = names_run.record
    assert harness.stray_writes(rec["writes"], out) == [] and rec["network"] == []


@pytest.mark.parametrize("name", EVERYTHING, ids=[f"{i}-{n.encode('unicode_escape').decode()}"
                                                    for i, n in enumerate(EVERYTHING)])
def test_hostile_name(names_run: Generated, name: str) -> None:
    """As a property and parameter name the wire text is kept; as operationId and tag it still generates."""
    assert names_run.code == 0, names_run.stderr
    assert name in names_run.constant_set
    index = EVERYTHING.index(name)
    path_literal = f"/n{index}"
    out = Path(names_run.out)
    modules = [m for m in names_run.functions if m.startswith("atk/api/")
               and path_literal in harness.string_constants_of(out / m)]
    assert len(modules) == 1, modules
    public = [f for f in names_run.functions[modules[0]] if not f.startswith("_")]
    assert all(f.isidentifier() and f.isascii() for f in public)


@pytest.mark.parametrize("schema", cases.SCHEMA_NAMES)
def test_hostile_schema_name(names_run: Generated, schema: str) -> None:
    """Each schema becomes its own class (found by its docstring) in its own safe module."""
    assert names_run.code == 0, names_run.stderr
    classes = _classes(Path(names_run.out), "atk")
    owners = [(cls, module) for cls, (module, doc) in classes.items() if doc == schema]
    assert len(owners) == 1, owners
    cls, module = owners[0]
    assert cls.isidentifier() and cls.isascii()
    assert cls not in {"Client", "AsyncClient", "Any", "Literal", "Unset", "Response"}
    stem = module.rsplit(".", 1)[-1]
    assert stem.lower() not in _WINDOWS and stem not in ("__init__", "_runtime")


def _write_yaml(folder: Path) -> Path:
    path = folder / "spec.yaml"
    path.write_text(cases.tricky_yaml_spec(), encoding="utf-8")
    return path


def _yaml_roundtrips(out: Path) -> list[dict[str, Any]]:
    classes = _classes(out, "atk")
    node = {"name": "a", "children": [{"name": "b", "children": []}], "parent": {"name": "c"},
            "partner": {"b": {"a": {}}}, "kind": "yes", "extra": {"k": {"name": "d"}}}
    return [{"module": classes["Node"][0], "cls": "Node", "data": node},
            {"module": classes["Composed"][0], "cls": "Composed",
             "data": {"b": {"a": {"b": {}}}, "self": {"b": {}}}}]


@pytest.fixture(scope="module")
def yaml_run(shared_root: Path) -> Generated:
    return generate_shared(shared_root, "yaml", _write_yaml, roundtrips=_yaml_roundtrips)


def test_cyclic_refs_generate_and_round_trip(yaml_run: Generated) -> None:
    assert yaml_run.code == 0, yaml_run.stderr
    result = yaml_run.import_result
    assert result["errors"] == [] and result["hits"] == [] and result["violations"] == [], result
    assert result["roundtrip_failures"] == [], result["roundtrip_failures"]


@pytest.mark.parametrize("text", cases.YAML_STRINGS)
def test_yaml11_lookalikes_stay_strings(yaml_run: Generated, text: str) -> None:
    """``yes``, ``012``, ``1_000`` ... unquoted in an enum are the strings the author wrote (YAML 1.2)."""
    assert yaml_run.code == 0, yaml_run.stderr
    assert text in yaml_run.constant_set
