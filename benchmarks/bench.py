"""Benchmarks: this generator against openapi-python-client, side by side, in one run.

Run with ``make bench`` (or ``python benchmarks/bench.py [--quick] [--all] [--only NAME,...] [--rounds N]``).
Specs: a petstore-size one, ReflexDB (ours), Twilio-size, OpenAI-size and Stripe-size, from
``../shared/corpus``. Measures, every figure as ours ÷ peer over alternating A/B rounds:

1. cold generation (no caches): wall time, CPU time of the process tree, peak memory;
2. regeneration: a no-op run (and ``--check``), and a run after a one-line spec change;
3. import time and memory of the generated package in a fresh interpreter, against a bare
   ``import httpx``;
4. decode (dict → models) and encode (models → dict) throughput on payloads synthesised from the
   spec's schemas, and the overhead of one call through the client against bare httpx on loopback;
5. ``benchmarks/decode.py``: decode of the Stripe ``Charge`` and ReflexDB ``Database`` payloads against
   the peer, pydantic v2 and msgspec.

The peer is installed into its own virtualenv (``benchmarks/.venv-peer``, pinned), because its
dependencies need not agree with ours, and runs with that venv's ``bin`` first on PATH, as its users
run it, so its ruff post-hooks format what it writes. Every timed step runs in a fresh subprocess; the
1-minute load average is reported with every figure (other work on the machine slows both sides).
Nothing here is a test: numbers are printed and written to ``benchmarks/RESULTS.md``; a spec that
fails to generate is reported as such, not hidden.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "benchmarks"
PEER_VENV = HERE / ".venv-peer"
PEER_PINS = ["openapi-python-client==0.29.1", "python-dateutil==2.9.0.post0"]
CORPUS = Path(os.environ.get("BENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus")
TIMEOUT = 900

# (name, spec, size): the sizes issue 18 compares against the peer (and ReflexDB, the project's own
# spec, for the call-overhead figure); ``--all`` adds the large specs the peer cannot generate.
SPECS: list[tuple[str, Path, str]] = [
    ("petstore", CORPUS / "oai-v30-petstore-expanded.yaml", "small"),
    ("reflexdb", ROOT / "specs" / "reflexdb.yaml", "small"),
    ("twilio-video", CORPUS / "twilio-video_v1.json", "medium"),
    ("openai-2024-01", CORPUS / "openai-openapi-2024-01.yaml", "large"),
    ("stripe-2019-11", CORPUS / "stripe-spec3-2019-11.json", "large"),
]
EXTRA_SPECS: list[tuple[str, Path, str]] = [
    ("asana", CORPUS / "asana-asana_oas.yaml", "large"),
    ("box", CORPUS / "box-openapi.json", "large"),
]

# Runs a command; reports its wall time, the CPU time of its whole process tree (user + system of
# every waited-for descendant: black workers, the validator's fork, the peer's ruff) and the peak RSS
# of the largest process in the tree.
_LAUNCH = textwrap.dedent("""
    import json, resource, subprocess, sys, time
    spec = json.loads(sys.argv[1])
    t = time.perf_counter()
    try:
        p = subprocess.run(spec["cmd"], cwd=spec["cwd"], env=spec["env"], capture_output=True,
                           text=True, timeout=spec["timeout"])
        rc, err = p.returncode, p.stderr
    except subprocess.TimeoutExpired:
        rc, err = -9, "timeout"
    wall = time.perf_counter() - t
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"rc": rc, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
                      "rss_mb": usage.ru_maxrss / 1024, "stderr": err[-2000:]}))
""")


@dataclass
class Run:
    ok: bool
    wall: float
    rss_mb: float
    error: str = ""
    cpu: float = 0.0


def measure(cmd: list[str], *, cwd: Path, env: dict[str, str] | None = None) -> Run:
    payload = {"cmd": cmd, "cwd": str(cwd), "env": {**os.environ, **(env or {})}, "timeout": TIMEOUT}
    out = subprocess.run([sys.executable, "-c", _LAUNCH, json.dumps(payload)], capture_output=True, text=True,
                         check=True)
    data = json.loads(out.stdout)
    err = data["stderr"].strip().splitlines()
    return Run(data["rc"] == 0, data["wall"], data["rss_mb"],
               "" if data["rc"] == 0 else (err[-1] if err else f"exit {data['rc']}"), data["cpu"])


def ensure_peer() -> Path:
    python = PEER_VENV / "bin" / "python"
    marker = PEER_VENV / ".pins"
    if not (python.exists() and marker.exists() and marker.read_text() == "\n".join(PEER_PINS)):
        print(f"installing the peer into {PEER_VENV} ({', '.join(PEER_PINS)})", flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(PEER_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *PEER_PINS], check=True)
        marker.write_text("\n".join(PEER_PINS))
    return python


def peer_env(peer_python: Path) -> dict[str, str]:
    """The peer as its users run it: its venv's ``bin`` first on PATH, so its ``ruff`` post-hooks run
    (without them it skips formatting, or stops with "ruff is not in PATH")."""
    return {"PATH": f"{peer_python.parent}{os.pathsep}{os.environ.get('PATH', '')}", "VIRTUAL_ENV": str(PEER_VENV)}


def load_average() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    load = f", load average at start {load_average():.1f}"
    return (f"{platform.system()} {platform.release()}, {cpu}, {len(os.sched_getaffinity(0))} cores usable{mem}"
            f"{load}; Python {platform.python_version()}")


# ---------------------------------------------------------------------------------------------- generation


def one_line_change(spec: Path, dest: Path) -> None:
    """Write ``spec`` to ``dest`` with one description under ``paths`` edited (a one-line change)."""
    text = spec.read_text(encoding="utf-8")
    start = max(text.find('"paths"'), text.find("\npaths:"))
    if spec.suffix == ".json":
        m = re.compile(r'"description": "').search(text, start)
    else:
        m = re.compile(r"\n\s+description: (?=[A-Za-z])").search(text, start)
    if m is None:
        raise RuntimeError(f"{spec}: no description to edit")
    dest.write_text(text[:m.end()] + "Edited. " + text[m.end():], encoding="utf-8")


def ours_cmd(spec: Path, out: Path, package: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "generator", "generate", str(spec), "--output", str(out), "--package", package,
            "--force", "-q", *extra]


def peer_cmd(peer_python: Path, spec: Path, out: Path) -> list[str]:
    exe = peer_python.parent / "openapi-python-client"
    return [str(exe), "generate", "--path", str(spec), "--output-path", str(out), "--meta", "none", "--overwrite"]


def find_peer_package(out: Path) -> tuple[Path, str] | None:
    """(folder to put on sys.path, import name) of what the peer wrote."""
    if (out / "models" / "__init__.py").exists():
        return out.parent, out.name
    for sub in sorted(out.glob("*/models/__init__.py")):
        return out, sub.parent.parent.name
    return None


@dataclass
class Pair:
    """One A/B round of one figure: ours and the peer's run, one right after the other."""

    ours: Run
    peer: Run | None
    load: float  # 1-minute load average when the round started


@dataclass
class SpecResult:
    name: str
    size: str
    spec_bytes: int
    cold: list[Pair] = field(default_factory=list)
    noop: list[Pair] = field(default_factory=list)  # ours: no-op run; peer: it regenerates everything
    check: list[Pair] = field(default_factory=list)  # ours: no-op ``--check``
    edit: list[Pair] = field(default_factory=list)  # one-line change: ours incremental, peer regenerates
    edit_written: str = ""
    ours_dir: Path | None = None
    ours_pkg: str = ""
    peer_dir: Path | None = None
    peer_pkg: str | None = None
    peer_error: str = ""
    imports: dict[str, Any] = field(default_factory=dict)
    codec: dict[str, Any] = field(default_factory=dict)


def _alternate(first_ours: bool, ours: Any, peer: Any) -> tuple[Run, Run | None]:
    """Run both, ours first or the peer first (the order alternates between rounds: ABBA)."""
    if first_ours:
        a = ours()
        return a, peer()
    b = peer()
    return ours(), b


def bench_generation(name: str, spec: Path, size: str, work: Path, peer_python: Path, rounds: int) -> SpecResult:
    res = SpecResult(name, size, spec.stat().st_size)
    # The one-line change edits ``src`` in place (as a user edits their spec): a renamed file would
    # change the "Generated from" header of every file.
    src = work / "specs" / (name + spec.suffix)
    src.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(spec, src)
    package = "bench_" + re.sub(r"\W", "_", name)
    penv = peer_env(peer_python)
    for i in range(rounds):
        print(f"[{name}] round {i + 1} of {rounds} (load {load_average():.2f}) ...", flush=True)
        out = work / f"ours-{i}" / name
        peer_out = work / f"peer-{i}" / ("peer_" + re.sub(r"\W", "_", name))  # --meta none: the package itself
        peer_out.parent.mkdir(parents=True, exist_ok=True)
        # A fresh, private cache for every round: each cold run really is cold.
        env = {"GENERATOR_CACHE_DIR": str(work / f"cache-{i}" / name), "PYTHONPATH": str(ROOT)}
        first = i % 2 == 0

        def ours(spec_file: Path, *extra: str, out: Path = out, env: dict[str, str] = env) -> Run:
            return measure(ours_cmd(spec_file, out, package, *extra), cwd=ROOT, env=env)

        def peer(spec_file: Path, target: Path = peer_out) -> Run | None:
            """The peer's run, or None once it has failed on this spec (it would fail again)."""
            if res.peer_error:
                return None
            return measure(peer_cmd(peer_python, spec_file, target), cwd=work, env=penv)

        load = load_average()
        ours_run, peer_run = _alternate(first, lambda: ours(src), lambda: peer(src))
        res.cold.append(Pair(ours_run, peer_run, load))
        if peer_run is not None and peer_run.ok and res.peer_dir is None:
            found = find_peer_package(peer_out)
            if found is None:
                peer_run = res.cold[-1].peer = Run(False, peer_run.wall, peer_run.rss_mb, "no package written")
            else:
                res.peer_dir, res.peer_pkg = found
        if peer_run is not None and not peer_run.ok:
            res.peer_error = peer_run.error or "failed"
        if not ours_run.ok:
            continue
        if res.ours_dir is None:
            res.ours_dir, res.ours_pkg = out, package
        # Regeneration with nothing changed: ours takes its no-op path; the peer has none and
        # regenerates everything (its figure is the time a user waits for the same answer).
        load = load_average()
        res.noop.append(Pair(*_alternate(first, lambda: ours(src), lambda: peer(src)), load))
        load = load_average()
        res.check.append(Pair(*_alternate(first, lambda: ours(src, "--check"), lambda: None), load))
        # One description edited: ours rewrites what changed; the peer regenerates everything.
        before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
        load = load_average()
        one_line_change(spec, src)
        res.edit.append(Pair(*_alternate(first, lambda: ours(src), lambda: peer(src)), load))
        shutil.copyfile(spec, src)
        if not res.edit_written:
            changed = sum(1 for p in out.rglob("*") if p.is_file() and before.get(p) != p.read_bytes())
            res.edit_written = f"{changed} of {len(before)}"
        if i == 0:  # back to the original output, for the import and codec benchmarks
            ours(src)
            peer(src)
    return res


# ------------------------------------------------------------------------------------------------- imports

_IMPORT = textwrap.dedent("""
    import importlib, json, sys, time
    sys.path.insert(0, sys.argv[1])
    t = time.perf_counter()
    for m in sys.argv[2:]:
        importlib.import_module(m)
    wall = time.perf_counter() - t
    # VmHWM, not ru_maxrss: on Linux ru_maxrss survives exec and would count the parent's size.
    hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    print(json.dumps({"wall": wall, "rss_mb": hwm / 1024, "modules": len(sys.modules)}))
""")


def import_once(python: Path, path: Path, modules: list[str]) -> tuple[float, float]:
    """Wall time and memory of importing ``modules`` in a fresh interpreter."""
    out = subprocess.run([str(python), "-c", _IMPORT, str(path), *modules], capture_output=True, text=True,
                         check=False)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "import failed")
    data = json.loads(out.stdout)
    return float(data["wall"]), float(data["rss_mb"])


def bench_imports(res: SpecResult, python: Path, rounds: int = 7) -> None:
    """Both sides in the same interpreter (the peer's venv has httpx, attrs and dateutil), alternating.

    Both packages are byte-compiled first, as an installed package would be (and as imports would
    otherwise not be when PYTHONDONTWRITEBYTECODE is set).
    """
    for folder, pkg in ((res.ours_dir, res.ours_pkg), (res.peer_dir, res.peer_pkg)):
        if folder is not None and pkg:
            subprocess.run([str(python), "-m", "compileall", "-q", str(folder / pkg)], capture_output=True,
                           check=False)
    sides: list[tuple[str, Path, list[str]]] = [("httpx", ROOT, ["httpx"])]
    if res.ours_dir is not None:
        sides.append(("ours", res.ours_dir, [res.ours_pkg, res.ours_pkg + ".models"]))
    if res.peer_dir is not None and res.peer_pkg:
        sides.append(("peer", res.peer_dir, [res.peer_pkg + ".models"]))
    try:
        for i in range(rounds):
            load = load_average()
            order = sides if i % 2 == 0 else list(reversed(sides))
            got = {key: import_once(python, folder, modules) for key, folder, modules in order}
            res.imports.setdefault("rounds", []).append({"load": load, **got})
    except RuntimeError as exc:
        res.imports["error"] = str(exc)


# ---------------------------------------------------------------------------------------- decode / encode


def load_spec(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def synthesise(schema: Any, doc: Any, depth: int = 0) -> Any:
    """A plausible JSON value for ``schema``: every property filled to a depth of 3, refs followed."""
    if not isinstance(schema, dict):
        return "x"
    if "$ref" in schema:
        target: Any = doc
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return synthesise(target, doc, depth)
    if "example" in schema and depth > 0 and not isinstance(schema["example"], (dict, list)):
        return schema["example"]
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            variants = [v for v in schema[key] if not (isinstance(v, dict) and v.get("type") == "null")]
            return synthesise(variants[0] if variants else {}, doc, depth)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = synthesise(part, doc, depth)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        required = set(schema.get("required") or ())
        return {k: synthesise(v, doc, depth + 1) for k, v in props.items() if depth < 3 or k in required}
    if kind == "array":
        return [synthesise(schema.get("items", {}), doc, depth + 1) for _ in range(2)] if depth < 3 else []
    if kind == "integer":
        return 42
    if kind == "number":
        return 4.5
    if kind == "boolean":
        return True
    fmt = schema.get("format")
    return {"date-time": "2024-01-02T03:04:05Z", "date": "2024-01-02", "uuid": "0b7e8f4c-3c1e-4c61-9b1a-6f6b8c7d9e0f",
            "byte": "aGVsbG8=", "decimal": "12.50"}.get(fmt, "text")


def payloads(spec: Path, count: int = 8) -> list[tuple[str, Any]]:
    """The ``count`` object schemas with the most properties, each with a synthesised payload."""
    doc = load_spec(spec)
    schemas = (doc.get("components") or {}).get("schemas") or {}
    ranked = sorted((-len(s.get("properties") or {}), n) for n, s in schemas.items()
                    if isinstance(s, dict) and s.get("properties"))
    out = []
    for _, name in ranked[:count]:
        try:
            out.append((name, synthesise(schemas[name], doc)))
        except (KeyError, RecursionError, TypeError, IndexError):
            continue
    return out


_CODEC = textwrap.dedent("""
    import importlib, json, re, sys, time
    sys.path.insert(0, sys.argv[1])
    models = importlib.import_module(sys.argv[2] + ".models")
    data = json.loads(open(sys.argv[3]).read())
    index = {re.sub("[^a-z0-9]", "", n.lower()): n for n in getattr(models, "__all__", dir(models))}

    def per_call(fn, arg):
        n, total = 1, 0.0
        while total < 0.2:
            t = time.perf_counter()
            for _ in range(n):
                fn(arg)
            total = time.perf_counter() - t
            n *= 2
        return total / (n // 2)

    result = {}
    for name, payload in data:
        cls_name = index.get(re.sub("[^a-z0-9]", "", name.lower()))
        if cls_name is None:
            result[name] = {"error": "no model class"}
            continue
        cls = getattr(models, cls_name)
        try:
            obj = cls.from_dict(payload)
            obj.to_dict()
        except Exception as exc:
            result[name] = {"error": f"{type(exc).__name__}: {exc}"[:200]}
            continue
        result[name] = {"decode": per_call(cls.from_dict, payload), "encode": per_call(cls.to_dict, obj)}
    print(json.dumps(result))
""")


def bench_codec(res: SpecResult, spec: Path, python: Path, work: Path, rounds: int = 3) -> None:
    """Decode and encode the same payloads with both sides' models, alternating, ``rounds`` times."""
    data = payloads(spec)
    path = work / f"payloads-{res.name}.json"
    path.write_text(json.dumps(data))
    sides = [(side, folder, pkg) for side, folder, pkg in (("ours", res.ours_dir, res.ours_pkg),
                                                         ("peer", res.peer_dir, res.peer_pkg))
             if folder is not None and pkg]
    res.codec["schemas"] = [n for n, _ in data]
    res.codec["rounds"] = []
    for i in range(rounds):
        one: dict[str, Any] = {"load": load_average()}
        for side, folder, pkg in (sides if i % 2 == 0 else list(reversed(sides))):
            out = subprocess.run([str(python), "-c", _CODEC, str(folder), str(pkg), str(path)],
                                 capture_output=True, text=True, check=False)
            if out.returncode != 0:
                one[side] = {"error": (out.stderr.strip().splitlines() or ["failed"])[-1]}
            else:
                one[side] = json.loads(out.stdout)
        res.codec["rounds"].append(one)


# ------------------------------------------------------------------------------------------ call overhead

_CALLS = textwrap.dedent("""
    import json, statistics, sys, time
    sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2])
    import httpx, importlib
    from tests.server import LocalServer, Reply
    pkg = importlib.import_module(sys.argv[3])
    databases = importlib.import_module(sys.argv[3] + ".api.databases")
    body = [json.loads(sys.argv[4])]
    rounds, per_round = 7, 200
    with LocalServer() as srv:
        srv.respond_with(lambda rec: Reply(status=200, body=body))
        client = pkg.Client(token="t0k3n", base_url=srv.url)
        bare = httpx.Client(base_url=srv.url, headers={"Authorization": "Bearer t0k3n"})
        def ours():
            return databases.list_databases(client)
        def plain():
            r = bare.get("/databases")
            r.raise_for_status()
            return r.json()
        for fn in (ours, plain):
            for _ in range(50):
                fn()
        times = {"ours": [], "httpx": []}
        for _ in range(rounds):
            for key, fn in (("ours", ours), ("httpx", plain)):
                t = time.perf_counter()
                for _ in range(per_round):
                    fn()
                times[key].append((time.perf_counter() - t) / per_round)
        print(json.dumps({k: statistics.median(v) for k, v in times.items()}))
""")


def bench_calls(res: SpecResult, spec: Path) -> dict[str, float]:
    if res.ours_dir is None:
        return {}
    doc = load_spec(spec)
    body = synthesise(doc["components"]["schemas"]["Database"], doc)
    out = subprocess.run([sys.executable, "-c", _CALLS, str(ROOT), str(res.ours_dir), res.ours_pkg, json.dumps(body)],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        return {"error": (out.stderr.strip().splitlines() or ["failed"])[-1]}  # type: ignore[dict-item]
    return dict(json.loads(out.stdout))


# ------------------------------------------------------------------------------------------------- report


def spread(values: list[float], unit: str = "×", digits: int = 2) -> str:
    """``median (min–max)`` of a list of figures, or — when there are none."""
    if not values:
        return "—"
    med = statistics.median(values)
    if len(values) == 1:
        return f"{med:.{digits}f}{unit}"
    return f"{med:.{digits}f}{unit} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def _loads(pairs: list[Pair]) -> str:
    values = [p.load for p in pairs]
    return f"{min(values):.1f}–{max(values):.1f}" if values else "—"


def _ok(pairs: list[Pair]) -> list[Pair]:
    return [p for p in pairs if p.ours.ok and p.peer is not None and p.peer.ok]


def _ratios(pairs: list[Pair], attr: str) -> list[float]:
    return [getattr(p.ours, attr) / getattr(p.peer, attr) for p in _ok(pairs) if getattr(p.peer, attr) > 0]


def _seconds(pairs: list[Pair], side: str, attr: str = "wall") -> list[float]:
    runs = [p.ours if side == "ours" else p.peer for p in pairs]
    return [getattr(r, attr) for r in runs if r is not None and r.ok]


def _failure(pairs: list[Pair], side: str) -> str:
    for p in pairs:
        run = p.ours if side == "ours" else p.peer
        if run is not None and not run.ok:
            return f"FAILED: {run.error[:100]}"
    return ""


def codec_ratios(res: SpecResult) -> tuple[list[float], list[float], int, float, list[str]]:
    """Per round: ours/peer decode and encode time summed over the schemas both sides handle."""
    dec, enc, notes = [], [], []
    common_count, per = 0, 0.0
    for one in res.codec.get("rounds", []):
        ours, peer = one.get("ours", {}), one.get("peer", {})
        for side, values in (("ours", ours), ("peer", peer)):
            if isinstance(values.get("error"), str):
                notes.append(f"{side}: {values['error']}")
        common = [n for n in res.codec.get("schemas", []) if "decode" in ours.get(n, {}) and
                  "decode" in peer.get(n, {})]
        if not common:
            continue
        common_count = len(common)
        d_ours = sum(ours[n]["decode"] for n in common)
        dec.append(d_ours / sum(peer[n]["decode"] for n in common))
        enc.append(sum(ours[n]["encode"] for n in common) / sum(peer[n]["encode"] for n in common))
        per = len(common) / d_ours
    first = (res.codec.get("rounds") or [{}])[0]
    for side in ("ours", "peer"):
        for n, v in first.get(side, {}).items():
            if isinstance(v, dict) and "error" in v:
                notes.append(f"{side} {n}: {v['error']}")
    return dec, enc, common_count, per, sorted(set(notes))


def report(results: list[SpecResult], calls: dict[str, float], started: float, command: str) -> str:
    lines = ["# Benchmark results", "",
             f"Machine: {machine()}.", "",
             (f"Reproduce: `{command}` (peer: {', '.join(PEER_PINS)} in `benchmarks/.venv-peer`, run with that "
              f"venv's `bin` first on PATH so its ruff post-hooks format its output, as its users run it). "
              f"Whole run: {time.perf_counter() - started:.0f} s."), "",
             ("Every figure is an A/B alternation: each round runs ours and the peer one right after the other, "
              "the order swapping between rounds (ABBA), so load that drifts hits both alike. A ratio is "
              "**ours ÷ peer** (below 1: ours is faster), given as the median of the rounds with their min–max; "
              "the load column is the 1-minute load average at the start of the rounds (min–max). CPU is the "
              "user + system time of the whole process tree (black workers, the validator's fork, the peer's "
              "ruff), which other sessions' load disturbs less than wall time. Each cold run of ours has a fresh, "
              "private format/validation cache."), "",
             "## 1. Cold generation", "",
             ("| spec | size | rounds | ours wall | peer wall | wall ours ÷ peer | CPU ours ÷ peer | ours CPU "
              "| peer CPU | ours peak RSS | peer peak RSS | load |"), "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        peer_cell = _failure(r.cold, "peer") or spread(_seconds(r.cold, "peer"), " s")
        ours_cell = _failure(r.cold, "ours") or spread(_seconds(r.cold, "ours"), " s")
        rss_o = spread(_seconds(r.cold, "ours", "rss_mb"), " MB", 0)
        rss_p = spread(_seconds(r.cold, "peer", "rss_mb"), " MB", 0)
        lines.append(f"| {r.name} | {r.spec_bytes / 1e6:.2f} MB ({r.size}) | {len(r.cold)} | {ours_cell} | {peer_cell} "
                     f"| {spread(_ratios(r.cold, 'wall'))} | {spread(_ratios(r.cold, 'cpu'))} "
                     f"| {spread(_seconds(r.cold, 'ours', 'cpu'), ' s')} | {spread(_seconds(r.cold, 'peer', 'cpu'), ' s')} "
                     f"| {rss_o} | {rss_p} | {_loads(r.cold)} |")
    lines += ["", "## 2. Regeneration", "",
              ("Ours: a no-op run (nothing changed), the same with `--check`, and a run after a one-line change "
               "(one description edited). The peer has no incremental mode: it regenerates everything, so its "
               "figure is the time its user waits for the same answer."), "",
              ("| spec | ours no-op | ours no-op `--check` | no-op ours ÷ peer | ours one-line change "
               "| one-line ours ÷ peer | ours cold ÷ ours one-line | files rewritten | load |"),
              "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        colds = _seconds(r.cold, "ours")
        edits = _seconds(r.edit, "ours")
        cold_vs_edit = [c / e for c, e in zip(colds, edits) if e > 0]
        lines.append(f"| {r.name} | {spread(_seconds(r.noop, 'ours'), ' s')} | {spread(_seconds(r.check, 'ours'), ' s')} "
                     f"| {spread(_ratios(r.noop, 'wall'))} | {spread(edits, ' s')} | {spread(_ratios(r.edit, 'wall'))} "
                     f"| {spread(cold_vs_edit)} | {r.edit_written or '—'} | {_loads(r.noop + r.edit)} |")
    lines += ["", "## 3. Import (fresh interpreter each, alternating)", "",
              ("| spec | bare `import httpx` | ours `import pkg, pkg.models` | peer `import pkg.models` | "
               "ours − httpx | ours ÷ peer | load |"), "|---|---|---|---|---|---|---|"]
    for r in results:
        im = r.imports
        if "error" in im:
            lines.append(f"| {r.name} | import failed: {im['error']} | | | | | |")
            continue
        rounds = im.get("rounds", [])

        def col(key: str, rounds: list[dict[str, Any]] = rounds) -> list[float]:
            return [x[key][0] for x in rounds if key in x]

        over = [x["ours"][0] - x["httpx"][0] for x in rounds if "ours" in x and "httpx" in x]
        ratio = [x["ours"][0] / x["peer"][0] for x in rounds if "ours" in x and "peer" in x]
        loads = [x["load"] for x in rounds]
        lines.append(f"| {r.name} | {spread(col('httpx'), ' s', 3)} | {spread(col('ours'), ' s', 3)} "
                     f"| {spread(col('peer'), ' s', 3)} | {spread(over, ' s', 3)} | {spread(ratio)} "
                     f"| {f'{min(loads):.1f}–{max(loads):.1f}' if loads else '—'} |")
    lines += ["", "## 4. Decode / encode (synthesised payloads of the 8 largest object schemas)", "",
              ("Time per call summed over the schemas both sides decode; `from_dict` on the parsed dict "
               "(`json.loads` is the same for both); rounds alternate the two sides."), "",
              "| spec | decode ours ÷ peer | encode ours ÷ peer | schemas | ours payloads/s | load |",
              "|---|---|---|---|---|---|"]
    notes: list[str] = []
    for r in results:
        if not r.codec.get("rounds"):
            continue
        dec, enc, count, per, n = codec_ratios(r)
        loads = [x["load"] for x in r.codec["rounds"]]
        lines.append(f"| {r.name} | {spread(dec)} | {spread(enc)} | {count} | {per:,.0f} "
                     f"| {min(loads):.1f}–{max(loads):.1f} |")
        notes += [f"- {r.name}: {x}" for x in n]
    if notes:
        lines += ["", "Payloads one side could not decode (left out of the ratio):", "", *notes[:30]]
    lines += ["", ("## 5. Client call overhead (ReflexDB `list_databases` vs bare `httpx.Client.get` + `.json()`, "
                   "loopback, median of 7 alternating rounds × 200)"), ""]
    if "ours" in calls and "httpx" in calls:
        lines.append(f"ours {calls['ours'] * 1e6:.0f} µs/call, bare httpx {calls['httpx'] * 1e6:.0f} µs/call: "
                     f"ratio {calls['ours'] / calls['httpx']:.2f}× (target ≤ 1.2×).")
    else:
        lines.append(f"not measured: {calls.get('error', 'ReflexDB did not generate')}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    every = SPECS + EXTRA_SPECS
    parser.add_argument("--only", help="comma-separated spec names (" + ", ".join(n for n, _, _ in every) + ")")
    parser.add_argument("--quick", action="store_true", help="small and medium specs only, fewer rounds")
    parser.add_argument("--all", action="store_true", help="also the large specs the peer cannot generate")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--rounds", type=int, default=None,
                        help="A/B rounds per spec (default 5 on small and medium specs, 3 on large ones)")
    parser.add_argument("--no-decode", action="store_true", help="skip benchmarks/decode.py")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    pool = every if args.all or args.only else SPECS
    chosen = [s for s in pool if (not args.quick or s[2] != "large")
              and (not args.only or s[0] in args.only.split(","))]
    peer_python = ensure_peer()
    # Ours byte-compiled, as an installed generator is (pip compiles a wheel; the peer's venv is), so
    # that neither side pays for compiling its own source (PYTHONDONTWRITEBYTECODE may be set).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generator")], check=True)
    results: list[SpecResult] = []
    calls: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        for name, spec, size in chosen:
            if not spec.exists():
                print(f"[{name}] skipped: {spec} not found", flush=True)
                continue
            rounds = args.rounds or (3 if size == "large" else (3 if args.quick else 5))
            res = bench_generation(name, spec, size, work, peer_python, rounds)
            print(f"[{name}] imports and codecs ...", flush=True)
            bench_imports(res, peer_python)
            bench_codec(res, spec, peer_python, work)
            if name == "reflexdb":
                calls = bench_calls(res, spec)
            results.append(res)
        extra = sys.argv[1:] if argv is None else argv
        command = "make bench" if not extra else "python benchmarks/bench.py " + " ".join(extra)
        text = report(results, calls, started, command)
        if not args.no_decode:  # benchmarks/decode.py, on the clients generated above where it can
            import decode

            clients = {res.ours_pkg: (res.ours_dir, (res.peer_dir, res.peer_pkg) if res.peer_dir and res.peer_pkg
                                      else None) for res in results if res.ours_dir is not None}
            text += "\n" + decode.run(work / "decode", 3 if args.quick else 6, clients,
                                       only=set(clients) if args.quick or args.only else None)
    args.output.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
