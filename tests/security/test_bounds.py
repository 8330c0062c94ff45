"""Attack suite, part 6: specs that amplify (issue 17), and names that break the generated package.

Each amplifying spec is a few hundred bytes that asked the generator for gigabytes of example
values, hundreds of megabytes of output, numbers no float or ``int()`` conversion can carry, or
more operations than anyone reviews; each must end in one located diagnostic naming the limit
(``--limit NAME=N`` raises it), with exit 2, no traceback and an untouched output folder. The
hang-prone cases run as a subprocess so that a regression ends in the harness's timeout instead
of a stuck suite. Long names are shortened with a hash instead of failing with "File name too
long"; package names that shadow the standard library or a dependency are refused; operations
and tags named ``annotations`` and ``const`` values beyond 64 bits still give a package that
passes ``mypy --strict``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.security import harness


def _api(schema: dict[str, Any], *, operations: int = 1, name: str = "S") -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{name}"}
    paths = {f"/x{i}": {"post": {"operationId": f"op{i}", "requestBody": {
        "required": True, "content": {"application/json": {"schema": ref}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": ref}}}}}}
        for i in range(operations)}
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "servers": [{"url": "https://api.example.com"}], "paths": paths, "components": {"schemas": {name: schema}}}


def _nested_arrays(levels: int, min_items: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "integer"}
    for _ in range(levels):
        schema = {"type": "array", "minItems": min_items, "items": schema}
    return {"type": "object", "required": ["a"], "properties": {"a": schema}}


def _strings(min_length: int, count: int = 1) -> dict[str, Any]:
    props = {f"p{i}": {"type": "string", "minLength": min_length} for i in range(count)}
    return {"type": "object", "required": list(props), "properties": props}


def _number(keyword: str, literal: str) -> str:
    """A JSON spec whose one number is written as ``literal`` (json.dumps cannot write 1e400)."""
    spec = json.dumps(_api({"type": "object", "required": ["a"], "properties": {"a": {"type": "number",
                                                                                       keyword: 12345}}}))
    return spec.replace("12345", literal)


def _yaml_number(keyword: str, literal: str) -> str:
    return ("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
            f"    S:\n      type: number\n      {keyword}: {literal}\n")


# id → (file name, content, extra CLI arguments, expected code, words the message must contain)
CASES: dict[str, tuple[str, str, list[str], str, tuple[str, ...]]] = {
    "nested-min-items-1000": ("spec.json", json.dumps(_api(_nested_arrays(3, 1000))), [], "limit-example",
                              ("minItems", "max_example_bytes")),
    "nested-min-items-deeper": ("spec.json", json.dumps(_api(_nested_arrays(6, 100))), [], "limit-example",
                                ("minItems",)),
    "min-length-10-12": ("spec.json", json.dumps(_api(_strings(10**12))), [], "limit-example", ("minLength",)),
    "min-length-amplified": ("spec.json", json.dumps(_api(_strings(2 * 10**6, 3))), [], "limit-example",
                             ("minLength",)),
    "min-items-raised-limit-still-bounded": ("spec.json", json.dumps(_api(_nested_arrays(3, 1000))),
                                             ["--limit", "max_example_bytes=5000000"], "limit-example", ("minItems",)),
    "output-size": ("spec.json", json.dumps(_api(_strings(50_000, 3), operations=3)),
                    ["--limit", "max_output_bytes=200000"], "limit-output", ("max_output_bytes",)),
    "operation-count": ("spec.json", json.dumps(_api({"type": "string"}, operations=30)),
                        ["--limit", "max_operations=20"], "limit-operations", ("30 operations",)),
    "integer-5000-digits-json": ("spec.json", _number("minimum", "9" * 5000), [], "limit-number", ("5000 digits",)),
    "integer-5000-digits-yaml": ("spec.yaml", _yaml_number("maximum", "-" + "9" * 5000), [], "limit-number",
                                 ("5000 digits",)),
    "integer-over-limit": ("spec.json", _number("minimum", "1" + "0" * 30), ["--limit", "max_integer_digits=20"],
                           "limit-number", ("max_integer_digits=20",)),
    "multiple-of-1e-320": ("spec.json", _number("multipleOf", "1e-320"), [], "limit-number", ("1e-320",)),
    "multiple-of-1e-320-yaml": ("spec.yaml", _yaml_number("multipleOf", "1.0e-320"), [], "limit-number",
                                ("max_float_exponent",)),
    "minimum-1e400-json": ("spec.json", _number("minimum", "1e400"), [], "limit-number", ("infinite", "1e400")),
    "minimum-1e400-yaml": ("spec.yaml", _yaml_number("minimum", "1.0e+400"), [], "limit-number", ("infinite",)),
    "nan-yaml": ("spec.yaml", _yaml_number("default", ".nan"), [], "limit-number", ("NaN",)),
    "nan-json": ("spec.json", _number("default", "NaN"), [], "limit-number", ("NaN",)),
    "infinity-yaml": ("spec.yaml", _yaml_number("maximum", "-.inf"), [], "limit-number", ("infinite",)),
    "infinity-json": ("spec.json", _number("maximum", "Infinity"), [], "limit-number", ("infinite",)),
}


@pytest.mark.parametrize("case", list(CASES))
def test_amplifying_spec_is_refused_with_a_located_limit(tmp_path: Path, case: str) -> None:
    name, content, extra, code, words = CASES[case]
    spec = tmp_path / name
    spec.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    proc = harness.run_cli_subprocess(["generate", str(spec), "--output", str(out), "--package", "pkg", *extra],
                                      cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr
    located = harness.diagnostics_are_located(proc.stderr, spec)
    assert located and any(f"[{code}]" in line for line in located), proc.stderr
    line = next(line for line in located if f"[{code}]" in line)
    assert "[at /" in line, "the diagnostic names a JSON pointer"
    for word in words:
        assert word in line, line
    if "NaN" in words or "infinite" in words:
        assert "nest" not in line and "--limit" not in line  # no limit makes NaN a JSON number
    elif code != "limit-output":
        assert "--limit" in line
    assert not out.exists()


def test_raised_limit_lets_a_genuine_spec_through(tmp_path: Path) -> None:
    """A 1,500,000-character minimum length is over the default; it passes once the limit is raised."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_api(_strings(1_500_000))), encoding="utf-8")
    refused = harness.run_cli(["generate", str(spec), "--output", str(tmp_path / "a"), "--package", "pkg"])
    assert refused.code == 2 and "[limit-example]" in refused.stderr
    ok = harness.run_cli(["generate", str(spec), "--output", str(tmp_path / "b"), "--package", "pkg",
                          "--limit", "max_example_bytes=4000000"])
    assert ok.code == 0, ok.stderr


def test_number_limits_can_be_raised(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(_number("multipleOf", "1e-305"), encoding="utf-8")
    assert harness.run_cli(["validate", str(spec)]).code == 2
    run = harness.run_cli(["generate", str(spec), "--output", str(tmp_path / "o"), "--package", "pkg",
                           "--limit", "max_float_exponent=310"])
    assert run.code == 0, run.stderr


# -- names ------------------------------------------------------------------------------------------
def _long_names_spec() -> dict[str, Any]:
    long = "A" + "b" * 299
    resp = {"200": {"description": "ok", "content": {"application/json": {"schema": {
        "$ref": f"#/components/schemas/{long}"}}}}}
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "servers": [{"url": "https://x.example"}],
            "paths": {"/x": {"get": {"operationId": "op" + "x" * 300, "tags": ["t" * 300], "responses": resp}},
                      "/y": {"get": {"operationId": "op" + "x" * 299 + "y", "tags": ["t" * 299 + "u"],
                                     "responses": resp}}},
            "components": {"schemas": {long: {"type": "object", "properties": {"p" * 300: {"type": "string"}}},
                                       long + "c": {"type": "string", "enum": ["a"]}}}}


def _deep_inline_spec(levels: int) -> dict[str, Any]:
    inner: dict[str, Any] = {"type": "string"}
    for i in range(levels):
        inner = {"type": "object", "properties": {f"level{i}child": inner}}
    resp = {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Root"}}}}}
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "servers": [{"url": "https://x.example"}],
            "paths": {"/x": {"get": {"operationId": "deep", "responses": resp}}},
            "components": {"schemas": {"Root": inner}}}


@pytest.mark.parametrize("build", [_long_names_spec, lambda: _deep_inline_spec(40)], ids=["300-chars", "40-deep"])
def test_long_names_are_shortened_with_a_hash(tmp_path: Path, build: Any) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(build()), encoding="utf-8")
    runs = []
    for name in ("a", "b"):
        run = harness.run_cli(["generate", str(spec), "--output", str(tmp_path / name), "--package", "pkg"])
        assert run.code == 0, run.stderr
        runs.append(sorted(str(p.relative_to(tmp_path / name)) for p in (tmp_path / name).rglob("*.py")))
    assert runs[0] == runs[1], "shortened names are deterministic"
    assert all(len(part) <= 104 for path in runs[0] for part in Path(path).parts)
    harness.compile_all(tmp_path / "a")
    result = harness.import_check(tmp_path / "a", "pkg")
    assert result["errors"] == [] and result["imported"] > 5, result


@pytest.mark.parametrize("package", ["httpx", "json", "typing", "os", "pytest", "h11", "email"])
def test_package_names_that_shadow_are_refused(tmp_path: Path, package: str) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_api({"type": "string"})), encoding="utf-8")
    run = harness.run_cli(["generate", str(spec), "--output", str(tmp_path / "o"), "--package", package])
    assert run.code == 2 and "Traceback" not in run.stderr, run.stderr
    assert f"'{package}'" in run.stderr and "choose another" in run.stderr
    assert not (tmp_path / "o").exists()


def test_package_names_that_shadow_are_refused_in_config(tmp_path: Path) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(_api({"type": "string"})), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.generator]\n[[tool.generator.clients]]\nspec = "spec.json"\noutput = "out"\npackage = "httpx"\n',
        encoding="utf-8")
    run = harness.run_cli(["generate", "--config", str(tmp_path / "pyproject.toml")])
    assert run.code == 2 and "[config-package]" in run.stderr, run.stderr


def _awkward_names_spec() -> dict[str, Any]:
    resp = {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/C"}}}}}
    big = {"type": "object", "required": ["a", "b", "c"], "properties": {
        "a": {"type": "integer", "const": 2**64 + 1},
        "b": {"type": "integer", "enum": [2**70, -(2**65)]},
        "c": {"type": "integer", "const": -(2**63)},
        "annotations": {"type": "object", "additionalProperties": {"type": "string"}}}}
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "servers": [{"url": "https://x.example"}],
            "paths": {"/x": {"get": {"operationId": "annotations", "tags": ["annotations"], "responses": resp}},
                      "/y": {"get": {"operationId": "getAnnotations", "tags": ["Annotations"], "responses": resp}}},
            "components": {"schemas": {"C": big, "annotations": {"type": "string"}}}}


def test_annotations_names_and_huge_consts_pass_mypy_strict(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_awkward_names_spec()), encoding="utf-8")
    out = tmp_path / "out"
    run = harness.run_cli(["generate", str(spec), "--output", str(out), "--package", "pkg"])
    assert run.code == 0, run.stderr
    env = {**os.environ, "MYPY_CACHE_DIR": str(tmp_path / ".mypy_cache")}
    proc = subprocess.run([sys.executable, "-m", "mypy", "--strict", "pkg"], cwd=out, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    import ast

    for folder in ("api", "models"):
        assert not (out / "pkg" / folder / "annotations.py").exists()
    for path in (out / "pkg").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = [n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))]
        assert "annotations" not in top, path
