"""Benchmarks: this generator against openapi-python-client, side by side, in one run.

Run with ``make bench`` (or ``python benchmarks/bench.py [--quick] [--only NAME,...]``). Measures:

1. cold generation (no caches) — wall time and peak memory of the largest single process;
2. warm regeneration after a one-line spec change, and a no-op regeneration;
3. import time and memory of the generated package in a fresh interpreter, against a bare
   ``import httpx``;
4. decode (dict → models) and encode (models → dict) throughput on payloads synthesised from the
   spec's schemas, and the overhead of one call through the client against bare httpx on loopback.

The peer is installed into its own virtualenv (``benchmarks/.venv-peer``, pinned), because its
dependencies need not agree with ours. Every timed step runs in a fresh subprocess. Nothing here is a
test: numbers are printed and written to ``benchmarks/RESULTS.md``; a spec that fails to generate is
reported as such, not hidden.
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

SPECS: list[tuple[str, Path, str]] = [
    ("reflexdb", ROOT / "specs" / "reflexdb.yaml", "small"),
    ("twilio-video", CORPUS / "twilio-video_v1.json", "medium"),
    ("stripe-2019-11", CORPUS / "stripe-spec3-2019-11.json", "large"),
    ("asana", CORPUS / "asana-asana_oas.yaml", "large"),
    ("box", CORPUS / "box-openapi.json", "large"),
]

# Runs a command and reports wall time and the peak RSS of the largest process in its tree.
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
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"rc": rc, "wall": wall, "rss_mb": rss, "stderr": err[-2000:]}))
""")


@dataclass
class Run:
    ok: bool
    wall: float
    rss_mb: float
    error: str = ""


def measure(cmd: list[str], *, cwd: Path, env: dict[str, str] | None = None) -> Run:
    payload = {"cmd": cmd, "cwd": str(cwd), "env": {**os.environ, **(env or {})}, "timeout": TIMEOUT}
    out = subprocess.run([sys.executable, "-c", _LAUNCH, json.dumps(payload)], capture_output=True, text=True,
                         check=True)
    data = json.loads(out.stdout)
    err = data["stderr"].strip().splitlines()
    return Run(data["rc"] == 0, data["wall"], data["rss_mb"], "" if data["rc"] == 0 else (err[-1] if err else
                                                                                         f"exit {data['rc']}"))


def ensure_peer() -> Path:
    python = PEER_VENV / "bin" / "python"
    marker = PEER_VENV / ".pins"
    if not (python.exists() and marker.exists() and marker.read_text() == "\n".join(PEER_PINS)):
        print(f"installing the peer into {PEER_VENV} ({', '.join(PEER_PINS)})", flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(PEER_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *PEER_PINS], check=True)
        marker.write_text("\n".join(PEER_PINS))
    return python


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
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average at start {os.getloadavg()[0]:.1f}"
    return (f"{platform.system()} {platform.release()}, {cpu}, {len(os.sched_getaffinity(0))} cores usable{mem}"
            f"{load}; Python {platform.python_version()}")


# ---------------------------------------------------------------------------------------------- generation


def one_line_change(spec: Path, dest: Path) -> None:
    """Copy ``spec`` to ``dest`` with one description under ``paths`` edited (a one-line change)."""
    text = spec.read_text(encoding="utf-8")
    start = max(text.find('"paths"'), text.find("\npaths:"))
    if spec.suffix == ".json":
        m = re.compile(r'"description": "').search(text, start)
    else:
        m = re.compile(r"\n\s+description: (?=[A-Za-z])").search(text, start)
    if m is None:
        raise RuntimeError(f"{spec}: no description to edit")
    dest.write_text(text[:m.end()] + "Edited. " + text[m.end():], encoding="utf-8")


def ours_cmd(spec: Path, out: Path, package: str) -> list[str]:
    return [sys.executable, "-m", "generator", "generate", str(spec), "--output", str(out), "--package", package,
            "--force", "-q"]


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
class SpecResult:
    name: str
    size: str
    spec_bytes: int
    ours_cold: Run | None = None
    peer_cold: Run | None = None
    ours_noop: Run | None = None
    ours_edit: Run | None = None
    edit_written: str = ""
    ours_dir: Path | None = None
    ours_pkg: str = ""
    peer_dir: Path | None = None
    peer_pkg: str | None = None
    imports: dict[str, float] = field(default_factory=dict)
    codec: dict[str, Any] = field(default_factory=dict)
    ours_walls: list[float] = field(default_factory=list)  # every cold round, in order
    peer_walls: list[float] = field(default_factory=list)
    load: str = ""  # load averages when the spec's first cold run started


def _best(runs: list[Run]) -> Run:
    """The fastest successful round (the least disturbed by other load), else the first failure."""
    ok = [r for r in runs if r.ok]
    return min(ok, key=lambda r: r.wall) if ok else runs[0]


def bench_generation(name: str, spec: Path, size: str, work: Path, peer_python: Path,
                     rounds: int = 1) -> SpecResult:
    res = SpecResult(name, size, spec.stat().st_size)
    res.load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    src = work / "specs" / (name + spec.suffix)
    src.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(spec, src)
    package = "bench_" + re.sub(r"\W", "_", name)
    out = work / "ours" / name
    cache = work / "cache" / name  # fresh and private: the cold run really is cold
    env = {"GENERATOR_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    print(f"[{name}] ours cold ...", flush=True)
    res.ours_cold = measure(ours_cmd(src, out, package), cwd=ROOT, env=env)
    if res.ours_cold.ok:
        res.ours_dir, res.ours_pkg = out, package
        print(f"[{name}] ours no-op and one-line change ...", flush=True)
        res.ours_noop = measure(ours_cmd(src, out, package), cwd=ROOT, env=env)
        before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
        original = src.read_text(encoding="utf-8")
        one_line_change(spec, src)
        res.ours_edit = measure(ours_cmd(src, out, package), cwd=ROOT, env=env)
        changed = sum(1 for p in out.rglob("*") if p.is_file() and before.get(p) != p.read_bytes())
        res.edit_written = f"{changed} of {len(before)} files rewritten"
        src.write_text(original, encoding="utf-8")
        measure(ours_cmd(src, out, package), cwd=ROOT, env=env)  # back to the original output
    print(f"[{name}] peer cold ...", flush=True)
    peer_out = work / "peer" / ("peer_" + re.sub(r"\W", "_", name))  # with --meta none: the package itself
    peer_out.parent.mkdir(parents=True, exist_ok=True)
    res.peer_cold = measure(peer_cmd(peer_python, src, peer_out), cwd=work)
    found = find_peer_package(peer_out) if peer_out.exists() else None
    if res.peer_cold.ok and found is None:
        res.peer_cold = Run(False, res.peer_cold.wall, res.peer_cold.rss_mb, "no package written")
    if res.peer_cold.ok and found is not None:
        res.peer_dir, res.peer_pkg = found
    ours_runs, peer_runs = [res.ours_cold], [res.peer_cold]
    for extra in range(1, rounds):  # alternate the two tools, so drifting load hits both alike
        print(f"[{name}] cold round {extra + 1} of {rounds} ...", flush=True)
        ours_runs.append(measure(ours_cmd(src, work / f"ours-{extra}" / name, package), cwd=ROOT,
                                 env={**env, "GENERATOR_CACHE_DIR": str(work / f"cache-{extra}" / name)}))
        if res.peer_cold.ok:
            again = work / f"peer-{extra}" / peer_out.name
            again.parent.mkdir(parents=True, exist_ok=True)
            peer_runs.append(measure(peer_cmd(peer_python, src, again), cwd=work))
    res.ours_walls = [r.wall for r in ours_runs if r.ok]
    res.peer_walls = [r.wall for r in peer_runs if r.ok]
    res.ours_cold, res.peer_cold = _best(ours_runs), _best(peer_runs)
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


def import_time(python: Path, path: Path, modules: list[str], repeat: int = 5) -> tuple[float, float]:
    """Median wall time and memory of importing ``modules`` in a fresh interpreter."""
    walls, rss = [], []
    for _ in range(repeat):
        out = subprocess.run([str(python), "-c", _IMPORT, str(path), *modules], capture_output=True, text=True,
                             check=False)
        if out.returncode != 0:
            raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "import failed")
        data = json.loads(out.stdout)
        walls.append(data["wall"])
        rss.append(data["rss_mb"])
    return statistics.median(walls), statistics.median(rss)


def bench_imports(res: SpecResult, python: Path) -> None:
    """Both sides in the same interpreter (the peer's venv has httpx, attrs and dateutil).

    Both packages are byte-compiled first, as an installed package would be (and as imports would
    otherwise not be when PYTHONDONTWRITEBYTECODE is set).
    """
    for folder, pkg in ((res.ours_dir, res.ours_pkg), (res.peer_dir, res.peer_pkg)):
        if folder is not None and pkg:
            subprocess.run([str(python), "-m", "compileall", "-q", str(folder / pkg)], capture_output=True,
                           check=False)
    try:
        res.imports["httpx"], res.imports["httpx_mb"] = import_time(python, ROOT, ["httpx"])
        if res.ours_dir is not None:
            res.imports["ours"], res.imports["ours_mb"] = import_time(
                python, res.ours_dir, [res.ours_pkg, res.ours_pkg + ".models"])
        if res.peer_dir is not None and res.peer_pkg:
            res.imports["peer"], res.imports["peer_mb"] = import_time(
                python, res.peer_dir, [res.peer_pkg + ".models"])
    except RuntimeError as exc:
        res.imports["error"] = str(exc)  # type: ignore[assignment]


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


def bench_codec(res: SpecResult, spec: Path, python: Path, work: Path) -> None:
    data = payloads(spec)
    path = work / f"payloads-{res.name}.json"
    path.write_text(json.dumps(data))
    sides = {"ours": (res.ours_dir, res.ours_pkg), "peer": (res.peer_dir, res.peer_pkg)}
    for side, (folder, pkg) in sides.items():
        if folder is None or not pkg:
            continue
        out = subprocess.run([str(python), "-c", _CODEC, str(folder), pkg, str(path)], capture_output=True,
                             text=True, check=False)
        if out.returncode != 0:
            res.codec[side] = {"error": (out.stderr.strip().splitlines() or ["failed"])[-1]}
        else:
            res.codec[side] = json.loads(out.stdout)
    res.codec["schemas"] = [n for n, _ in data]


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


def _rounds(walls: list[float]) -> str:
    return ", ".join(f"{w:.2f}" for w in walls) or "—"


def _t(run: Run | None) -> str:
    if run is None:
        return "—"
    return f"{run.wall:.2f} s / {run.rss_mb:.0f} MB" if run.ok else f"FAILED after {run.wall:.1f} s: {run.error[:120]}"


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}×" if a and b else "—"


def codec_summary(res: SpecResult) -> tuple[str, str, list[str]]:
    ours, peer = res.codec.get("ours", {}), res.codec.get("peer", {})
    notes = [f"{side}: {v['error']}" for side, v in (("ours", ours), ("peer", peer)) if "error" in v and
             isinstance(v["error"], str)]
    common = [n for n in res.codec.get("schemas", []) if "decode" in ours.get(n, {}) and "decode" in peer.get(n, {})]
    for side, data in (("ours", ours), ("peer", peer)):
        for n, v in data.items():
            if isinstance(v, dict) and "error" in v:
                notes.append(f"{side} {n}: {v['error']}")
    if not common:
        return "—", "—", notes
    dec = sum(peer[n]["decode"] for n in common) / sum(ours[n]["decode"] for n in common)
    enc = sum(peer[n]["encode"] for n in common) / sum(ours[n]["encode"] for n in common)
    per = len(common) / sum(ours[n]["decode"] for n in common)
    return (f"{dec:.2f}× ({per:,.0f} payloads/s ours, {len(common)} schemas)", f"{enc:.2f}×", notes)


def report(results: list[SpecResult], calls: dict[str, float], started: float, command: str) -> str:
    lines = ["# Benchmark results", "",
             f"Machine: {machine()}.", "",
             (f"Reproduce: `{command}` (peer: {', '.join(PEER_PINS)} in `benchmarks/.venv-peer`). "
              f"Whole run: {time.perf_counter() - started:.0f} s."), "",
             ("Generation times are wall clock; memory is the peak RSS of the largest single process of the run. "
              "Ours runs with a fresh, private format/validation cache for every cold run, then reuses the first. "
              "On the large specs each tool runs cold several times, alternating, and the best round of each "
              "is compared (every round is listed). "
              "Ratios > 1 mean ours is faster (peer ÷ ours)."), "",
             "## 1. Cold generation", "",
             ("| spec | size | ours (best round) | peer (openapi-python-client, best round) | peer ÷ ours "
              "| ours, every round | peer, every round | load before |"), "|---|---|---|---|---|---|---|---|"]
    for r in results:
        ratio = _ratio(r.peer_cold.wall if r.peer_cold and r.peer_cold.ok else None,
                       r.ours_cold.wall if r.ours_cold and r.ours_cold.ok else None)
        lines.append(f"| {r.name} | {r.spec_bytes / 1e6:.2f} MB ({r.size}) | {_t(r.ours_cold)} | {_t(r.peer_cold)} "
                     f"| {ratio} | {_rounds(r.ours_walls)} | {_rounds(r.peer_walls)} | {r.load} |")
    lines += ["", "## 2. Regeneration (ours)", "",
              "| spec | no-op | one-line change | files rewritten | cold ÷ one-line change |", "|---|---|---|---|---|"]
    for r in results:
        ratio = _ratio(r.ours_cold.wall if r.ours_cold and r.ours_cold.ok else None,
                       r.ours_edit.wall if r.ours_edit and r.ours_edit.ok else None)
        lines.append(f"| {r.name} | {_t(r.ours_noop)} | {_t(r.ours_edit)} | {r.edit_written or '—'} | {ratio} |")
    lines += ["", "## 3. Import (fresh interpreter, median of 5)", "",
              ("| spec | bare `import httpx` | ours `import pkg, pkg.models` | peer `import pkg.models` | "
               "ours − httpx | peer ÷ ours |"), "|---|---|---|---|---|---|"]
    for r in results:
        im = r.imports
        if "error" in im:
            lines.append(f"| {r.name} | import failed: {im['error']} | | | | |")
            continue

        def cell(key: str, im: dict[str, float] = im) -> str:
            return f"{im[key]:.3f} s / {im[key + '_mb']:.0f} MB" if key in im else "—"

        over = f"{im['ours'] - im['httpx']:+.3f} s" if "ours" in im and "httpx" in im else "—"
        lines.append(f"| {r.name} | {cell('httpx')} | {cell('ours')} | {cell('peer')} | {over} | "
                     f"{_ratio(im.get('peer'), im.get('ours'))} |")
    lines += ["", "## 4. Decode / encode (synthesised payloads of the 8 largest object schemas)", "",
              ("Per-call time summed over the schemas both sides decode; `from_dict` on the parsed dict "
               "(`json.loads` is the same for both)."), "",
              "| spec | decode: peer ÷ ours | encode: peer ÷ ours |", "|---|---|---|"]
    notes: list[str] = []
    for r in results:
        if not r.codec:
            continue
        dec, enc, n = codec_summary(r)
        lines.append(f"| {r.name} | {dec} | {enc} |")
        notes += [f"- {r.name}: {x}" for x in n]
    if notes:
        lines += ["", "Payloads one side could not decode (left out of the ratio):", "", *notes[:30]]
    lines += ["", ("## Client call overhead (ReflexDB `list_databases` vs bare `httpx.Client.get` + `.json()`, "
                   "loopback, median of 7 rounds × 200)"), ""]
    if "ours" in calls and "httpx" in calls:
        lines.append(f"ours {calls['ours'] * 1e6:.0f} µs/call, bare httpx {calls['httpx'] * 1e6:.0f} µs/call: "
                     f"ratio {calls['ours'] / calls['httpx']:.2f}× (target ≤ 1.2×).")
    else:
        lines.append(f"not measured: {calls.get('error', 'ReflexDB did not generate')}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", help="comma-separated spec names (" + ", ".join(n for n, _, _ in SPECS) + ")")
    parser.add_argument("--quick", action="store_true", help="small and medium specs only")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--rounds", type=int, default=3,
                        help="cold runs of each tool on the large specs, alternating; the best is compared")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    chosen = [s for s in SPECS if (not args.quick or s[2] != "large")
              and (not args.only or s[0] in args.only.split(","))]
    peer_python = ensure_peer()
    results: list[SpecResult] = []
    calls: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        for name, spec, size in chosen:
            if not spec.exists():
                print(f"[{name}] skipped: {spec} not found", flush=True)
                continue
            res = bench_generation(name, spec, size, work, peer_python,
                                   rounds=args.rounds if size == "large" else 1)
            print(f"[{name}] imports and codecs ...", flush=True)
            bench_imports(res, peer_python)
            bench_codec(res, spec, peer_python, work)
            if name == "reflexdb":
                calls = bench_calls(res, spec)
            results.append(res)
        extra = sys.argv[1:] if argv is None else argv
        command = "make bench" if not extra else "python benchmarks/bench.py " + " ".join(extra)
        text = report(results, calls, started, command)
    args.output.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
