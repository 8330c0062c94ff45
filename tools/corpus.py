"""Corpus measurement: run the generator (and the peer, openapi-python-client) on every real spec.

For each file in the corpus folder this reports: generated or not, diagnostics, files and lines,
whether the output compiles, imports (every model and endpoint module), passes ``mypy --strict``,
and whether every example in the spec's responses decodes with the generated models and re-encodes
to the same JSON. The table is written to ``docs/corpus.md``. Slow (minutes): run with
``make corpus``; not part of ``make test``.

The peer runs from its own virtualenv (created on first use, pinned version) so its dependencies
never mix with ours.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.config import ClientConfig
from generator.pipeline import generate
from generator.spec.bundle import load
from generator.spec.pointer import escape as escape_pointer_part
from generator.spec.pointer import resolve_pointer

PEER_VERSION = "0.29.1"
# What the peer's generated clients import beyond httpx and attrs (dates).
PEER_PINS = [f"openapi-python-client=={PEER_VERSION}", "python-dateutil==2.9.0.post0"]
PY = sys.executable
BIN = Path(PY).parent
# Shared with benchmarks/bench.py (same pins, so one install serves both).
PEER_VENV = ROOT / "benchmarks" / ".venv-peer"

# What /work/shared/corpus/README.md expects when it is not "a client".
EXPECT_ERROR = ("opc-err-missing-body-ref.yaml", "opc-err-circular-body-ref.yaml", "swagger20-")
EXPECT_EITHER = ("oag-python-petstore-with-fake-endpoints-models-for-testing.yaml",)
EXPECT_CODE = {"oai-v31-webhook-example.yaml": "webhooks-skipped"}

# Runs inside the generated package's folder: imports everything, then checks examples.
_PROBE = r"""
import importlib, json, pkgutil, sys
checks = json.load(sys.stdin)
out = {"imported": False, "examples_ok": 0, "examples_failed": []}
pkg = importlib.import_module("client")
models = importlib.import_module("client.models")
for name in models.__all__:
    getattr(models, name)
for info in pkgutil.iter_modules(importlib.import_module("client.api").__path__):
    importlib.import_module("client.api." + info.name)
out["imported"] = True
import httpx
from client import _runtime as _rt
for c in checks:
    try:
        op = getattr(importlib.import_module("client.api." + c["group"]), c["const"])
        decoder = op.success.get(c["status"]) or op.errors.get(c["status"])
        if decoder is None:
            raise LookupError("no decoder for status " + c["status"])
        value = decoder(httpx.Response(200, json=c["example"]))
        again = _rt.encode_value(value)
        if again != c["example"]:
            raise AssertionError("re-encoded JSON differs: " + json.dumps(again, default=str)[:160])
        out["examples_ok"] += 1
    except Exception as exc:
        out["examples_failed"].append(c["where"] + ": " + type(exc).__name__ + ": " + str(exc)[:200])
print(json.dumps(out))
"""

_PEER_PROBE = r"""
import importlib, pkgutil, sys
name = sys.argv[1]
pkg = importlib.import_module(name)
for info in pkgutil.walk_packages(pkg.__path__, name + "."):
    importlib.import_module(info.name)
print("ok")
"""


@dataclass
class Outcome:
    generated: bool = False
    errors: int = 0
    warnings: int = 0
    first_error: str = ""
    files: int = 0
    lines: int = 0
    compiles: str = "-"
    imports: str = "-"
    mypy: str = "-"
    examples: str = "-"
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def expectation(name: str) -> str:
    if name.startswith(EXPECT_ERROR) or name in EXPECT_ERROR:
        return "located error"
    if name in EXPECT_EITHER:
        return "located error, or client + located warnings"
    if name in EXPECT_CODE:
        return f"client + {EXPECT_CODE[name]}"
    return "client"


def py_stats(folder: Path) -> tuple[int, int]:
    files = sorted(folder.rglob("*.py"))
    return len(files), sum(p.read_bytes().count(b"\n") for p in files)


def compiles(folder: Path) -> str:
    for path in sorted(folder.rglob("*.py")):
        try:
            compile(path.read_text(encoding="utf-8"), str(path), "exec")
        except SyntaxError as exc:
            return f"no ({path.name}:{exc.lineno})"
    return "yes"


def run_mypy(folder: Path, package: str, python: str | None = None) -> str:
    cmd = [str(BIN / "mypy"), "--strict", "--no-error-summary", "--cache-dir", str(folder / ".mypy_cache"),
           package]
    if python:
        cmd[1:1] = ["--python-executable", python]
    proc = subprocess.run(cmd, cwd=folder, capture_output=True, text=True, timeout=3600, check=False)
    if proc.returncode == 0:
        return "yes"
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    return f"no ({len(errors)} errors)" if errors else f"no (rc {proc.returncode})"


def example_checks(spec: Path, api: Any) -> list[dict[str, Any]]:
    """(operation, status, example) for every JSON example in the responses of every operation."""
    data = load(spec).data
    checks: list[dict[str, Any]] = []
    for op in api.operations:
        try:
            responses = resolve_pointer(data, "#" + op.pointer).get("responses") or {}
        except (KeyError, AttributeError):
            continue
        for r in op.responses:
            if r.kind != "json":
                continue
            raw = responses.get(r.status, responses.get(r.status.lower()))
            if raw is None and r.status.isdigit():
                raw = responses.get(int(r.status))
            where = f"{op.pointer}/responses/{r.status}"
            if isinstance(raw, dict) and "$ref" in raw:
                try:
                    where, raw = raw["$ref"][1:], resolve_pointer(data, raw["$ref"])
                except KeyError:
                    continue
            content = raw.get("content") if isinstance(raw, dict) else None
            media = content.get(r.media_type) if isinstance(content, dict) else None
            if not isinstance(media, dict):
                continue
            mwhere = f"{where}/content/{escape_pointer_part(r.media_type)}"
            found: list[tuple[str, Any]] = []
            if "example" in media:
                found.append((mwhere + "/example", media["example"]))
            examples = media.get("examples")
            if isinstance(examples, dict):
                for key, ex in examples.items():
                    ewhere = f"{mwhere}/examples/{escape_pointer_part(key)}"
                    if isinstance(ex, dict) and "$ref" in ex:
                        try:
                            ex = resolve_pointer(data, ex["$ref"])
                        except KeyError:
                            continue
                    if isinstance(ex, dict) and "value" in ex:
                        found.append((ewhere + "/value", ex["value"]))
            for ewhere, value in found:
                checks.append({"group": op.group, "const": "_" + op.py_name.upper(), "status": r.status,
                               "example": value, "where": ewhere})
    return checks


def run_ours(spec: Path, out: Path, mypy_max_lines: int) -> Outcome:
    result = Outcome()
    started = time.perf_counter()
    config = ClientConfig(spec=spec, output=out, package="client")
    try:
        res = generate(config, force=True)
    except Exception as exc:  # noqa: BLE001 - a generator bug: record it, keep measuring the rest
        result.first_error = f"internal error: {type(exc).__name__}: {exc}"[:200]
        result.errors = 1
        return result
    result.seconds = time.perf_counter() - started
    result.errors = sum(d.severity == "error" for d in res.diagnostics)
    result.warnings = sum(d.severity == "warning" for d in res.diagnostics)
    codes = sorted({d.code for d in res.diagnostics})
    result.notes.append("codes: " + ", ".join(codes) if codes else "no diagnostics")
    errors = [d for d in res.diagnostics if d.severity == "error"]
    if errors:
        result.first_error = errors[0].render().replace(str(spec.parent) + "/", "")[:240]
    if not res.ok or res.api is None:
        return result
    result.generated = True
    result.files, result.lines = py_stats(out)
    result.compiles = compiles(out)
    checks = example_checks(spec, res.api)
    proc = subprocess.run([PY, "-c", _PROBE], cwd=out, input=json.dumps(checks), capture_output=True, text=True,
                          timeout=1800, check=False, env={**os.environ, "PYTHONPATH": str(out)})
    if proc.returncode != 0:
        result.imports = "no"
        result.notes.append("import: " + (proc.stderr.strip().splitlines() or ["?"])[-1][:200])
    else:
        probe = json.loads(proc.stdout.strip().splitlines()[-1])
        result.imports = "yes" if probe["imported"] else "no"
        failed = probe["examples_failed"]
        total = probe["examples_ok"] + len(failed)
        result.examples = f"{probe['examples_ok']}/{total}" if total else "none"
        result.notes.extend("example " + f for f in failed[:5])
    if result.lines > mypy_max_lines:
        result.mypy = f"skipped (> {mypy_max_lines} lines)"
    else:
        result.mypy = run_mypy(out, "client")
    return result


def ensure_peer(venv: Path) -> Path:
    """The peer's ``openapi-python-client`` executable, installed into ``venv`` as its users install it
    (``pip install`` of the pinned version; its formatter, ruff, comes with it) unless already there."""
    exe = venv / "bin" / "openapi-python-client"
    marker = venv / ".pins"
    if not (exe.exists() and marker.exists() and marker.read_text() == "\n".join(PEER_PINS)):
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", *PEER_PINS], check=True)
        marker.write_text("\n".join(PEER_PINS))
    return exe


def peer_generate(exe: Path, spec: Path, target: Path, timeout: float = 1800) -> subprocess.CompletedProcess[str]:
    """``openapi-python-client generate`` of ``spec`` into ``target`` (the package folder itself), with
    the peer's virtualenv first on PATH so its post-generation hooks find its ruff."""
    env = {**os.environ, "PATH": f"{exe.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run([str(exe), "generate", "--path", str(spec), "--output-path", str(target), "--meta",
                           "none", "--overwrite"], capture_output=True, text=True, timeout=timeout, check=False,
                          env=env)


def run_peer(exe: Path, spec: Path, out: Path, mypy_max_lines: int) -> Outcome:
    result = Outcome()
    started = time.perf_counter()
    target = out / "peer_client"
    proc = peer_generate(exe, spec, target)
    result.seconds = time.perf_counter() - started
    text = proc.stdout + proc.stderr
    result.warnings = text.count("Warning(s) encountered") + text.count("WARNING")
    result.generated = proc.returncode == 0 and (target / "__init__.py").exists()
    if not result.generated:
        result.errors = 1
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        result.first_error = (lines[0] if lines else f"rc {proc.returncode}")[:200]
        return result
    warn_lines = [line for line in text.splitlines() if line.startswith(("Unable", "Cannot", "Could not"))]
    result.warnings = len(warn_lines)
    result.files, result.lines = py_stats(target)
    result.compiles = compiles(target)
    python = str(exe.parent / "python")
    probe = subprocess.run([python, "-c", _PEER_PROBE, "peer_client"], cwd=out, capture_output=True, text=True,
                           timeout=1800, check=False)
    result.imports = "yes" if probe.returncode == 0 else "no"
    if probe.returncode != 0:
        result.notes.append("import: " + (probe.stderr.strip().splitlines() or ["?"])[-1][:200])
    if result.lines > mypy_max_lines:
        result.mypy = f"skipped (> {mypy_max_lines} lines)"
    else:
        result.mypy = run_mypy(out, "peer_client", python=python)
    return result


def meets(name: str, ours: Outcome) -> str:
    expected = expectation(name)
    if expected == "located error":
        return "yes" if ours.errors and ":" in ours.first_error.split(" ")[0] else "no"
    if name in EXPECT_EITHER and not ours.generated:
        return "yes" if ours.errors else "no"
    good = (ours.generated and ours.compiles == "yes" and ours.imports == "yes"
            and (ours.mypy == "yes" or ours.mypy.startswith("skipped"))
            and (ours.examples in ("none", "-") or ours.examples.split("/")[0] == ours.examples.split("/")[1]))
    if name in EXPECT_CODE and EXPECT_CODE[name] not in " ".join(ours.notes):
        good = False
    return "yes" if good else "no"


def table(rows: list[tuple[str, Outcome, Outcome | None]]) -> str:
    head = ("| spec | expected | ours: generated | errors / warnings | files / lines | compiles | imports | "
            "mypy --strict | examples round-trip | time | meets expectation | peer: generated | peer files / lines "
            "| peer imports | peer mypy --strict |")
    sep = "|" + "---|" * (head.count("|") - 1)
    out = [head, sep]
    for name, ours, peer in rows:
        p = peer or Outcome()
        out.append(
            f"| {name} | {expectation(name)} | {'yes' if ours.generated else 'no'} | {ours.errors} / {ours.warnings} "
            f"| {ours.files} / {ours.lines} | {ours.compiles} | {ours.imports} | {ours.mypy} | {ours.examples} "
            f"| {ours.seconds:.1f}s | {meets(name, ours)} "
            f"| {('yes' if p.generated else 'no') if peer else 'not run'} | {p.files} / {p.lines} | {p.imports} "
            f"| {p.mypy} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("CORPUS", ROOT.parent / "shared" / "corpus")))
    parser.add_argument("--work", type=Path, default=Path("/tmp/generator-corpus"))
    parser.add_argument("--report", type=Path, default=ROOT / "docs" / "corpus.md")
    parser.add_argument("--mypy-max-lines", type=int, default=150_000,
                        help="skip mypy for outputs longer than this (the largest specs)")
    parser.add_argument("--no-peer", action="store_true", help="do not run openapi-python-client")
    parser.add_argument("--peer-venv", type=Path, default=PEER_VENV)
    parser.add_argument("--only", default="", help="only specs whose file name contains this")
    args = parser.parse_args(argv)
    specs = sorted(p for p in args.corpus.iterdir() if p.suffix in (".yaml", ".yml", ".json") and args.only in p.name)
    if not specs:
        print(f"no specs in {args.corpus}", file=sys.stderr)
        return 2
    exe = None if args.no_peer else ensure_peer(args.peer_venv)
    rows: list[tuple[str, Outcome, Outcome | None]] = []
    for spec in specs:
        work = args.work / spec.stem.replace(".", "_")
        ours = run_ours(spec, work / "ours", args.mypy_max_lines)
        peer = run_peer(exe, spec, work / "peer", args.mypy_max_lines) if exe else None
        rows.append((spec.name, ours, peer))
        print(f"{spec.name}: ours generated={ours.generated} errors={ours.errors} warnings={ours.warnings} "
              f"imports={ours.imports} mypy={ours.mypy} examples={ours.examples} meets={meets(spec.name, ours)}"
              + (f"; peer generated={peer.generated} imports={peer.imports} mypy={peer.mypy}" if peer else ""),
              flush=True)
    notes = []
    for name, ours, peer in rows:
        detail = [f"- ours: {'; '.join(ours.notes)}"]
        if ours.first_error:
            detail.append(f"- ours, first error: `{ours.first_error}`")
        if peer is not None and (peer.first_error or peer.notes):
            detail.append(f"- peer: {peer.first_error or '; '.join(peer.notes)}".replace("\n", " "))
        notes.append(f"### {name}\n\n" + "\n".join(detail))
    met = sum(meets(n, o) == "yes" for n, o, _ in rows)
    text = (
        "# Corpus results\n\n"
        "Generated by `make corpus` (`python -m tools.corpus`); do not edit by hand. Each spec in the shared corpus "
        "is generated by this generator and by openapi-python-client "
        f"{PEER_VERSION} (own virtualenv). *Examples round-trip* counts the JSON examples in the spec's responses "
        "that decode with the generated models and re-encode to equal JSON (not measured for the peer). "
        f"mypy is skipped for outputs over {args.mypy_max_lines} lines.\n\n"
        f"Specs meeting the corpus README's expectation: **{met} / {len(rows)}**.\n\n"
        + table(rows) + "\n\n## Details\n\n" + "\n\n".join(notes) + "\n"
    )
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(text, encoding="utf-8")
    print(f"wrote {args.report}", file=sys.stderr)
    return 0 if met == len(rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
