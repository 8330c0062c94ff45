"""The generated classes, the recorded public surface and api.md describe one client.

Each is produced from the IR's derived facts (generator/lowering/derive.py); this checks the three
against each other on real output: for every model, the surface's fields and defaults equal
``dataclasses.fields()`` of the generated class, and api.md's field types equal the class's
annotations; for every endpoint function, the surface's and api.md's return types equal its
annotation. Golden cases run in the quick loop; every corpus spec the generator accepts is slow.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.compat.surface import SURFACE
from generator.config import ClientConfig
from generator.diagnostics import has_errors
from generator.pipeline import build
from generator.render.base import public
from tests.golden_cases import CASES, GOLDEN


def _corpus() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        if (parent / "shared" / "corpus").is_dir():
            return parent / "shared" / "corpus"
    return None


CORPUS = _corpus()
CORPUS_SPECS = sorted(p for p in CORPUS.iterdir() if p.suffix in (".yaml", ".json")) if CORPUS else []

_ROW = re.compile(r"^\| `(?P<name>[^`]+)` \| `(?P<ann>.*?)` \| ")


def _norm(annotation: str) -> str:
    """An annotation as Python reads it (quotes, spacing and black's parentheses do not matter)."""
    return ast.unparse(ast.parse(annotation.strip(), mode="eval"))


def _api_md(text: str) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """(model → field → annotation, operation → return annotation) as api.md shows them."""
    models: dict[str, dict[str, str]] = {}
    returns: dict[str, str] = {}
    section = ""
    current: dict[str, str] | None = None
    for line in text.split("\n"):
        if line.startswith("## "):
            section, current = line, None
        elif section.startswith("## Models") and line.startswith("### `"):
            current = models.setdefault(line[5:line.index("`", 5)], {})
        elif current is not None and (row := _ROW.match(line)) and row["name"] != "additional_properties":
            current[row["name"]] = row["ann"].replace("\\|", "|")
        elif line.startswith("def ") and "_with_response(" not in line:
            name = line[4:line.index("(")]
            returns[name] = line.rsplit(") -> ", 1)[1]
    return models, returns


def _import(root: Path, package: str) -> ModuleType:
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    return importlib.import_module(package)


def _check_tree(root: Path, package: str) -> int:
    """Compare the tree at ``root``; returns how many fields and operations were compared."""
    surface: dict[str, Any] = json.loads((root / SURFACE).read_text(encoding="utf-8"))
    md_models, md_returns = _api_md((root / "api.md").read_text(encoding="utf-8"))
    pkg = _import(root, package)
    runtime = importlib.import_module(f"{package}._runtime")
    models = importlib.import_module(f"{package}.models")
    compared = 0
    for model in surface["models"]:
        cls = getattr(models, model["name"])
        fields = {f.name: f for f in dataclasses.fields(cls) if f.name != "additional_properties"}
        assert sorted(fields) == [f["name"] for f in model["fields"]], model["name"]
        assert sorted(md_models[model["name"]]) == sorted(fields), model["name"]
        for entry in model["fields"]:
            field = fields[entry["name"]]
            where = f"{model['name']}.{entry['name']}"
            default = entry["default"]
            if default is None:
                assert field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING, where
            elif default == "_rt.UNSET":
                assert field.default is runtime.UNSET, where
            else:
                assert field.default == ast.literal_eval(default), where
            assert isinstance(field.type, str)
            expected = entry["type"] + (" | Unset" if default == "_rt.UNSET" else "")
            assert _norm(field.type) == _norm(expected), where
            assert _norm(md_models[model["name"]][entry["name"]]) == _norm(public(field.type)), where
            compared += 1
    for op in surface["operations"]:
        function = getattr(importlib.import_module(op["module"]), op["name"])
        annotation = function.__annotations__["return"]
        assert _norm(annotation) == _norm(op["returns"]), op["name"]
        assert _norm(md_returns[op["name"]]) == _norm(public(annotation)), op["name"]
        compared += 1
    assert pkg.__name__ == package
    return compared


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_surface_api_md_and_classes_agree(case: Path) -> None:
    assert _check_tree(GOLDEN / case.name / "expected", f"{case.name}_client") > 0


@pytest.mark.slow
@pytest.mark.skipif(CORPUS is None, reason="the shared corpus is not on this machine")
@pytest.mark.parametrize("spec", CORPUS_SPECS, ids=[p.stem for p in CORPUS_SPECS])
def test_corpus_surface_api_md_and_classes_agree(spec: Path, tmp_path: Path) -> None:
    package = "corpus_" + re.sub(r"\W", "_", spec.stem).lower() + "_client"
    result = build(ClientConfig(spec=spec, output=tmp_path, package=package))
    if has_errors(result.diagnostics):
        pytest.skip("rejected by the generator (as the corpus README expects of some specs)")
    for path, data in result.files.items():
        target = tmp_path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    _check_tree(tmp_path, package)
