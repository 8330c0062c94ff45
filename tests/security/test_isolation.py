"""Attack suite, part 4: the output folder under attack, and specs at the edges of the limits.

Symlinks planted in (or as) the output folder must make the run fail without writing through
them. Specs near the bounds (long ``$ref`` chains, types nested almost to ``max_depth``, a
megabyte-long string, a property literally named ``$ref``) must either generate a clean client or
be refused with a located diagnostic; never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.security import harness


def _api(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths or {},
            "components": {"schemas": schemas}}


SMALL = _api({"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}},
             {"/pets": {"get": {"operationId": "listPets", "tags": ["pets"],
                                "responses": {"200": {"description": "ok", "content": {"application/json": {
                                    "schema": {"$ref": "#/components/schemas/Pet"}}}}}}}})


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SMALL), encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("precious", encoding="utf-8")
    (outside / "pets.py").write_text("# precious\n", encoding="utf-8")
    return spec, tmp_path / "out", outside


def _regenerate_changed(spec: Path, out: Path) -> harness.CliRun:
    changed = json.loads(spec.read_text(encoding="utf-8"))
    changed["components"]["schemas"]["Pet"]["description"] = "changed"
    changed["paths"]["/pets"]["get"]["summary"] = "changed"
    spec.write_text(json.dumps(changed), encoding="utf-8")
    return harness.run_cli(["generate", str(spec), "--output", str(out), "--package", "pkg"])


def _assert_refused(run: harness.CliRun, outside: Path, before: dict[str, bytes]) -> None:
    assert run.code == 2, run.stderr
    assert "Traceback" not in run.stderr and "symlink" in run.stderr, run.stderr
    assert _snapshot(outside) == before
    assert not any(w.startswith(str(outside)) for w in run.record.writes), run.record.writes


def test_output_folder_is_a_symlink(setup: tuple[Path, Path, Path]) -> None:
    spec, out, outside = setup
    out.symlink_to(outside, target_is_directory=True)
    before = _snapshot(outside)
    run = harness.run_cli(["generate", str(spec), "--output", str(out), "--package", "pkg", "--force"])
    _assert_refused(run, outside, before)


def test_symlinked_subfolder_in_output(setup: tuple[Path, Path, Path]) -> None:
    spec, out, outside = setup
    assert harness.run_cli(["generate", str(spec), "--output", str(out), "--package", "pkg"]).code == 0
    api = out / "pkg" / "api"
    for child in api.iterdir():
        child.unlink()
    api.rmdir()
    api.symlink_to(outside, target_is_directory=True)
    before = _snapshot(outside)
    _assert_refused(_regenerate_changed(spec, out), outside, before)


def test_symlinked_file_in_output(setup: tuple[Path, Path, Path]) -> None:
    spec, out, outside = setup
    assert harness.run_cli(["generate", str(spec), "--output", str(out), "--package", "pkg"]).code == 0
    target = out / "pkg" / "api" / "pets.py"
    target.unlink()
    target.symlink_to(outside / "pets.py")
    before = _snapshot(outside)
    _assert_refused(_regenerate_changed(spec, out), outside, before)


def _ref_chain_models(n: int) -> dict[str, Any]:
    return _api({f"M{i}": {"type": "object", "properties": {"next": {"$ref": f"#/components/schemas/M{i + 1}"}}}
                 for i in range(n)} | {f"M{n}": {"type": "string"}})


def _ref_chain_arrays(n: int) -> dict[str, Any]:
    return _api({f"L{i}": {"type": "array", "items": {"$ref": f"#/components/schemas/L{i + 1}"}}
                 for i in range(n)} | {f"L{n}": {"type": "string"}})


def _nested_arrays(depth: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(depth):
        schema = {"type": "array", "items": schema}
    return _api({"Holder": {"type": "object", "properties": {"deep": schema}}})


EDGE_CASES: dict[str, dict[str, Any]] = {
    "ref-chain-of-400-models": _ref_chain_models(400),
    "ref-chain-of-250-array-aliases": _ref_chain_arrays(250),
    "arrays-nested-to-the-depth-limit": _nested_arrays(44),
    "one-mebibyte-description": _api({"Big": {"type": "object", "description": "word " * 200_000,
                                              "properties": {"x": {"type": "string", "default": "y" * 100_000}}}}),
    "property-named-dollar-ref": _api({"R": {"type": "object", "properties": {"$ref": {"type": "string"}}}}),
    "enum-of-every-json-type": _api({"E": {"enum": ["a", 1, 1.5, True, None, [1], {"k": "v"}]},
                                     "H": {"type": "object", "properties": {"e": {"$ref": "#/components/schemas/E"}}}}),
}


@pytest.mark.parametrize("case", list(EDGE_CASES))
def test_edge_generates_or_is_refused(tmp_path: Path, case: str) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(EDGE_CASES[case]), encoding="utf-8")
    out = tmp_path / "out"
    run = harness.run_cli(["generate", str(spec), "--output", str(out), "--package", "pkg"])
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr, run.stderr
    assert run.record.network == [] and harness.stray_writes(run.record.writes, out) == []
    if run.code == 0:
        harness.compile_all(out)
        result = harness.import_check(out, "pkg")
        assert result["errors"] == [] and result["hits"] == [] and result["violations"] == [], result
    else:
        assert run.code == 2, run.stderr
        assert harness.diagnostics_are_located(run.stderr, spec), run.stderr
        assert not out.exists()
