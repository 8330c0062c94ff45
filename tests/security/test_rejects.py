"""Attack suite, part 3: input the generator must refuse (outcome: exit 2 with a located diagnostic).

Object-constructing YAML tags, alias bombs, recursive aliases, deep nesting, limits, reference
cycles without a schema in between, remote / ``file:`` / escaping ``$ref``s, broken encodings and
syntax. Each case runs ``generator.cli.main`` in-process under the watch (sockets fail and are
recorded; every file opened is recorded) and again as ``python -m generator`` in a subprocess. Both
must exit 2 with a ``FILE:LINE:COL: error:`` line and no traceback, write nothing outside the output
folder (nor create it), and read nothing outside the spec folder; the loopback listener that stands
in for a remote server must see no connection.
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.security import harness

SECRET = {"openapi": "3.0.3", "info": {"title": "SECRET-CANARY", "version": "1"}, "paths": {},
          "components": {"schemas": {"Leak": {"type": "object", "properties": {"secret": {"type": "string"}}}}}}


class Listener:
    """A loopback TCP server that only counts connections (stands in for any remote host)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@dataclass(frozen=True)
class Env:
    spec_dir: Path
    outside: Path  # a sibling folder holding a secret; must never be read or written
    port: int


def _api(schemas: dict[str, object] | None = None, paths: dict[str, object] | None = None) -> dict[str, object]:
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths or {},
            "components": {"schemas": schemas or {}}}


def _ref_in_schema(ref: str) -> dict[str, object]:
    return _api({"A": {"type": "object", "properties": {"x": {"$ref": ref}}}})


def _ref_everywhere(ref: str) -> dict[str, object]:
    op = {"operationId": "op", "parameters": [{"$ref": ref}],
          "requestBody": {"$ref": ref}, "responses": {"200": {"$ref": ref}}}
    return _api({"A": {"$ref": ref}}, {"/a": {"get": op}, "/b": {"$ref": ref}})


def _deep_json(depth: int) -> str:
    return '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "x-deep": ' + \
        "[" * depth + "]" * depth + "}"


def _deep_schema(levels: int) -> dict[str, object]:
    schema: dict[str, object] = {"type": "string"}
    for _ in range(levels):
        schema = {"type": "object", "properties": {"p": schema}}
    return _api({"Deep": schema})


def _bomb(levels: int) -> str:
    lines = ["openapi: 3.0.3", "info: {title: t, version: '1'}", "paths: {}", "x-bomb:",
             "  l0: &l0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels):
        lines.append(f"  l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


YAML_HEAD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"

# id → (file name, content builder, extra CLI arguments, expected diagnostic code or None for any)
Build = Callable[[Env], "str | bytes | dict[str, object]"]
CASES: dict[str, tuple[str, Build, list[str], str | None]] = {
    "yaml-python-object-apply": ("spec.yaml", lambda e: YAML_HEAD + "x-a: !!python/object/apply:os.system ['touch pwned']\n", [], "yaml-syntax"),
    "yaml-python-name": ("spec.yaml", lambda e: YAML_HEAD + "x-a: !!python/name:os.system ''\n", [], "yaml-syntax"),
    "yaml-python-module": ("spec.yaml", lambda e: YAML_HEAD + "x-a: !!python/module:os ''\n", [], "yaml-syntax"),
    "yaml-python-object-new": ("spec.yaml", lambda e: YAML_HEAD + "x-a: !!python/object/new:subprocess.Popen [[id]]\n", [], "yaml-syntax"),
    "yaml-custom-tag": ("spec.yaml", lambda e: YAML_HEAD + "x-a: !Ref foo\n", [], "yaml-syntax"),
    "yaml-set-tag": ("spec.yaml", lambda e: YAML_HEAD + "x-a: !!set {a, b}\n", [], "yaml-syntax"),
    "yaml-binary-tag": ("spec.yaml", lambda e: YAML_HEAD + "x-a: !!binary aGVsbG8=\n", [], "yaml-syntax"),
    "yaml-timestamp-tag": ("spec.yaml", lambda e: YAML_HEAD + "x-a: !!timestamp 2020-01-01\n", [], "yaml-syntax"),
    "alias-bomb-9-levels": ("spec.yaml", lambda e: _bomb(9), [], "limit-nodes"),
    "alias-bomb-over-max-aliases": ("spec.yaml", lambda e: _bomb(3), ["--limit", "max_aliases=10"], "limit-aliases"),
    "recursive-alias": ("spec.yaml", lambda e: YAML_HEAD + "x-loop: &a [1, *a]\n", [], "limit-recursive-alias"),
    "recursive-alias-mapping": ("spec.yaml", lambda e: YAML_HEAD + "x-loop: &a {self: *a}\n", [], "limit-recursive-alias"),
    "deep-nesting-yaml": ("spec.yaml", lambda e: YAML_HEAD + "x-deep: " + "[" * 5000 + "]" * 5000 + "\n", [], "limit-depth"),
    "deep-nesting-json": ("spec.json", lambda e: _deep_json(100_000), [], "limit-depth"),
    "deep-nesting-schemas": ("spec.json", lambda e: _deep_schema(80), [], "limit-depth"),
    "max-depth-configurable": ("spec.json", lambda e: _deep_schema(5), ["--limit", "max_depth=8"], "limit-depth"),
    "max-schemas": ("spec.json", lambda e: _api({f"S{i}": {"type": "string"} for i in range(5)}),
                    ["--limit", "max_schemas=4"], "limit-schemas"),
    "max-bytes": ("spec.json", lambda e: _api({"S": {"type": "string", "description": "x" * 500}}),
                  ["--limit", "max_bytes=200"], "limit-size"),
    "ref-cycle-pure": ("spec.json", lambda e: _api({"L1": {"$ref": "#/components/schemas/L2"},
                                                    "L2": {"$ref": "#/components/schemas/L1"}}), [], "ref-cycle"),
    "ref-self": ("spec.json", lambda e: _api({"A": {"$ref": "#/components/schemas/A"}}), [], "ref-cycle"),
    "ref-body-self": ("spec.json", lambda e: {**_api(), "paths": {"/a": {"post": {
        "requestBody": {"$ref": "#/components/requestBodies/B"}, "responses": {"200": {"description": "ok"}}}}},
        "components": {"requestBodies": {"B": {"$ref": "#/components/requestBodies/B"}}}}, [], "ref-cycle"),
    "ref-missing": ("spec.json", lambda e: _ref_in_schema("#/components/schemas/Nope"), [], "ref-missing"),
    "ref-pointer-escape": ("spec.json", lambda e: _ref_in_schema("#/../../etc/passwd"), [], "ref-missing"),
    "ref-http-loopback": ("spec.json", lambda e: _ref_everywhere(f"http://127.0.0.1:{e.port}/s.json"), [], "ref-remote"),
    "ref-https": ("spec.json", lambda e: _ref_in_schema(f"https://127.0.0.1:{e.port}/s.yaml#/A"), [], "ref-remote"),
    "ref-metadata-service": ("spec.json", lambda e: _ref_in_schema("http://169.254.169.254/latest/meta-data/iam"), [], "ref-remote"),
    "ref-scheme-relative": ("spec.json", lambda e: _ref_in_schema(f"//127.0.0.1:{e.port}/s.json"), [], "ref-remote"),
    "ref-ftp": ("spec.json", lambda e: _ref_in_schema(f"ftp://127.0.0.1:{e.port}/s.json"), [], None),
    "ref-data-uri": ("spec.json", lambda e: _ref_in_schema('data:application/json,{"type":"string"}'), [], None),
    "ref-file-uri-system": ("spec.json", lambda e: _ref_in_schema("file:///etc/passwd"), [], None),
    "ref-file-uri-secret": ("spec.json", lambda e: _ref_everywhere(f"file://{e.outside}/secret.json#/info"), [], None),
    "ref-relative-escape": ("spec.json", lambda e: _ref_everywhere("../outside/secret.json#/info"), [], None),
    "ref-absolute-path": ("spec.json", lambda e: _ref_everywhere(f"{e.outside}/secret.json#/info"), [], None),
    "ref-windows-unc": ("spec.json", lambda e: _ref_in_schema("\\\\server\\share\\secret.json"), [], None),
    "ref-symlink-to-outside": ("spec.json", lambda e: _ref_in_schema("link.json#/info"), [], None),
    "ref-not-a-string": ("spec.json", lambda e: _ref_in_schema({"$ref": "#/x"}), [], "ref-invalid"),  # type: ignore[arg-type]
    "path-unbalanced-braces": ("spec.json", lambda e: _api(paths={"/a/{b": {}}), [], "path-template"),
    "path-empty-braces": ("spec.json", lambda e: _api(paths={"/a/{}/b": {}}), [], "path-template"),
    "not-utf8": ("spec.yaml", lambda e: YAML_HEAD.encode() + b"x-a: \xff\xfe\n", [], "encoding"),
    "raw-nul-in-yaml": ("spec.yaml", lambda e: YAML_HEAD + "x-a: a\x00b\n", [], "yaml-syntax"),
    "empty-file": ("spec.yaml", lambda e: "", [], "not-a-mapping"),
    "top-level-list": ("spec.json", lambda e: "[1, 2]", [], "not-a-mapping"),
    "yaml-syntax-error": ("spec.yaml", lambda e: YAML_HEAD + "x-a: [unclosed\n", [], "yaml-syntax"),
    "json-syntax-error": ("spec.json", lambda e: '{"openapi": "3.0.3",,}', [], "json-syntax"),
    "swagger-2": ("spec.json", lambda e: {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}, [], "swagger-2"),
    "openapi-version-number": ("spec.yaml", lambda e: "openapi: 3.1\ninfo: {title: t, version: '1'}\npaths: {}\n", [], "openapi-version"),
    # Schema findings with a clear meaning are warnings by default (issue 5); --strict refuses them.
    "invalid-openapi": ("spec.json", lambda e: {**_api(), "info": {"title": 1}}, ["--strict"], "openapi-invalid"),
}


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    srv = Listener()
    yield srv
    srv.close()


def _prepare(tmp_path: Path, case: str, port: int) -> tuple[Path, Env]:
    spec_dir = tmp_path / "spec"
    outside = tmp_path / "outside"
    spec_dir.mkdir()
    outside.mkdir()
    (outside / "secret.json").write_text(json.dumps(SECRET), encoding="utf-8")
    (spec_dir / "link.json").symlink_to(outside / "secret.json")
    env = Env(spec_dir=spec_dir, outside=outside, port=port)
    name, build, _, _ = CASES[case]
    content = build(env)
    spec = spec_dir / name
    if isinstance(content, bytes):
        spec.write_bytes(content)
    elif isinstance(content, str):
        spec.write_text(content, encoding="utf-8")
    else:
        spec.write_text(json.dumps(content), encoding="utf-8")
    return spec, env


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _assert_rejected(code: int, stderr: str, spec: Path, expected: str | None) -> None:
    assert code == 2, f"exit {code}:\n{stderr}"
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr
    located = harness.diagnostics_are_located(stderr, spec)
    assert located, f"no FILE:LINE diagnostic naming {spec}:\n{stderr}"
    if expected is not None:
        assert any(f"[{expected}]" in line for line in located), stderr


@pytest.mark.parametrize("case", list(CASES))
def test_rejected_in_process(tmp_path: Path, listener: Listener, case: str) -> None:
    spec, env = _prepare(tmp_path, case, listener.port)
    out = tmp_path / "out"
    before_outside = _snapshot(env.outside)
    before = listener.accepted
    run = harness.run_cli(["generate", str(spec), "--output", str(out), "--package", "pkg", *CASES[case][2]])
    _assert_rejected(run.code, run.stderr, spec, CASES[case][3])
    assert not out.exists(), "a rejected spec must leave the output folder alone"
    assert run.record.network == [] and run.record.processes == []
    assert listener.accepted == before
    assert harness.stray_writes(run.record.writes, out) == []
    assert harness.outside(run.record.reads, harness.allowed_read_roots(env.spec_dir)) == []
    assert not any(str(env.outside) in r for r in run.record.reads)
    assert _snapshot(env.outside) == before_outside
    assert "SECRET-CANARY" not in run.stderr


@pytest.mark.parametrize("case", [c for c in CASES if c.startswith(("ref-", "yaml-python", "alias", "deep-nesting-j"))])
def test_rejected_in_subprocess(tmp_path: Path, listener: Listener, case: str) -> None:
    spec, _env = _prepare(tmp_path, case, listener.port)
    out = tmp_path / "out"
    before = listener.accepted
    proc = harness.run_cli_subprocess(["generate", str(spec), "--output", str(out), "--package", "pkg",
                                       *CASES[case][2]], cwd=tmp_path)
    _assert_rejected(proc.returncode, proc.stderr, spec, CASES[case][3])
    assert not out.exists()
    assert listener.accepted == before, "the generator connected to the stand-in remote host"
    assert not (tmp_path / "pwned").exists()


@pytest.mark.slow
def test_limits_defaults_pass_the_largest_corpus_specs() -> None:
    """The default bounds leave the biggest real specs well inside (they must generate unchanged)."""
    from generator import limits
    from generator.spec.bundle import load

    corpus = Path(__file__).resolve().parents[3] / "shared" / "corpus"  # shared/ sits beside the repository
    big = [corpus / n for n in ("asana-asana_oas.yaml", "stripe-spec3-2019-11.json", "box-openapi.json")]
    big = [p for p in big if p.exists()]
    if not big:
        pytest.skip("corpus not available on this machine")
    strict = limits.Limits(max_depth=limits.DEFAULT.max_depth // 4, max_aliases=limits.DEFAULT.max_aliases // 10,
                           max_nodes=limits.DEFAULT.max_nodes // 4, max_schemas=limits.DEFAULT.max_schemas // 10)
    for path in big:
        load(path, strict)  # raises SpecError if even a quarter of the default bounds were too tight


def test_limit_flag_is_validated(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_api()), encoding="utf-8")
    for bad in ("max_depth=0", "max_depth=abc", "nope=3", "max_depth"):
        run = harness.run_cli(["validate", str(spec), "--limit", bad])
        assert run.code == 2 and "Traceback" not in run.stderr and "--limit" in run.stderr, run.stderr


def test_limits_from_project_config(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_deep_schema(5)), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.generator]\n[[tool.generator.clients]]\nspec = "spec.json"\noutput = "out"\npackage = "pkg"\n'
        "limits = {max_depth = 8}\n", encoding="utf-8")
    run = harness.run_cli(["generate", "--config", str(tmp_path / "pyproject.toml")])
    assert run.code == 2 and "[limit-depth]" in run.stderr, run.stderr
    assert not (tmp_path / "out").exists()
    shutil.rmtree(tmp_path / "out", ignore_errors=True)
