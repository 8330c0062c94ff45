"""Decode benchmark: one payload, four model libraries, A/B alternated.

Run with ``python benchmarks/decode.py [--rounds N]`` (``make bench`` runs it after bench.py and adds its
table to ``benchmarks/RESULTS.md``). For the Stripe ``Charge`` and the ReflexDB ``Database`` schemas it
times turning the same parsed JSON object (a ``dict``) into models with:

- ours: the generated ``Charge.from_dict`` (strict: a value of the wrong JSON type is refused);
- the peer: openapi-python-client's generated ``Charge.from_dict``;
- pydantic v2: ``Model.model_validate`` on models of the same shape (built from the same schemas);
- msgspec: ``msgspec.convert`` on ``Struct`` types of the same shape (the floor).

and, from JSON text, ``json.loads`` + ours against ``model_validate_json`` and ``msgspec.json.decode``.

The payload is synthesised from the schema (``bench.synthesise``: every property filled to a depth of
3). The pydantic and msgspec models are written from the schema by this script: required properties
have no default, optional ones default to ``None``; enums are ``str`` (ours are open enums);
date-times, dates and UUIDs are parsed. Where msgspec cannot express a union (several object types,
or several string-like types), it keeps the first such variant (the synthesised payload takes the
first variant anyway). pydantic keeps unknown properties (``extra="allow"``) where ours does.

pydantic and msgspec are installed only into ``benchmarks/.venv-decode`` (pinned), never into the
project's environment. Each round runs in a fresh interpreter; the order of the sides is reversed
every round, and every figure is reported as ours ÷ other (below 1: ours is faster, as in bench.py),
the median of the rounds with their min–max.
"""

from __future__ import annotations

import argparse
import json
import keyword
import os
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bench  # the peer's venv, the payload synthesiser, the corpus

DECODE_VENV = HERE / ".venv-decode"
# httpx for our client's package, attrs and python-dateutil for the peer's generated models.
DECODE_PINS = ["pydantic==2.14.3", "msgspec==0.22.0", "httpx==0.28.1", "attrs==26.1.0",
               "python-dateutil==2.9.0.post0"]


@dataclass(frozen=True)
class Case:
    name: str  # the figure's label
    spec: Path
    schema: str  # component schema name
    package: str  # import name of our package


CASES = [
    Case("stripe Charge", bench.CORPUS / "stripe-spec3-2019-11.json", "charge", "bench_stripe_2019_11"),
    Case("reflexdb Database", ROOT / "specs" / "reflexdb.yaml", "Database", "bench_reflexdb"),
]
SIDES = ["ours", "peer", "pydantic", "msgspec"]
JSON_SIDES = ["ours_json", "pydantic_json", "msgspec_json"]


def ensure_venv() -> Path:
    python = DECODE_VENV / "bin" / "python"
    marker = DECODE_VENV / ".pins"
    if not (python.exists() and marker.exists() and marker.read_text() == "\n".join(DECODE_PINS)):
        print(f"installing {', '.join(DECODE_PINS)} into {DECODE_VENV}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(DECODE_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *DECODE_PINS], check=True)
        marker.write_text("\n".join(DECODE_PINS))
    return python


# ------------------------------------------------------------------ pydantic / msgspec models from a schema


def _camel(text: str) -> str:
    name = "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", text) if part)
    return name if name and not name[0].isdigit() else "S" + name


class Shapes:
    """Python source of pydantic or msgspec classes for the schemas reachable from one schema."""

    def __init__(self, doc: Any, flavour: str) -> None:
        self.doc, self.flavour = doc, flavour
        self.classes: dict[str, list[str]] = {}  # class name -> its source lines
        self.by_ref: dict[str, str] = {}
        self.taken: set[str] = set()

    def _new_name(self, base: str) -> str:
        name, n = base, 2
        while name in self.taken:
            name, n = f"{base}{n}", n + 1
        self.taken.add(name)
        return name

    def _resolve(self, ref: str) -> Any:
        target = self.doc
        for part in ref.lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return target

    def ann(self, schema: Any, hint: str) -> str:
        if not isinstance(schema, dict):
            return "Any"
        nullable = bool(schema.get("nullable")) or (isinstance(schema.get("type"), list)
                                                    and "null" in schema["type"])
        inner = self._ann(schema, hint)
        return f"{inner} | None" if nullable and inner != "Any" and not inner.endswith("| None") else inner

    def _ann(self, schema: dict[str, Any], hint: str) -> str:
        if "$ref" in schema:
            ref = schema["$ref"]
            target = self._resolve(ref)
            if isinstance(target, dict) and (target.get("properties") or target.get("allOf")):
                if ref not in self.by_ref:
                    self.by_ref[ref] = name = self._new_name(_camel(ref.rsplit("/", 1)[-1]))
                    self._class(name, target)
                return self.by_ref[ref]
            return self.ann(target, hint)
        if schema.get("enum"):
            return "int" if all(isinstance(v, int) for v in schema["enum"] if v is not None) else "str"
        for key in ("anyOf", "oneOf"):
            if schema.get(key):
                variants = [v for v in schema[key] if not (isinstance(v, dict) and v.get("type") == "null")]
                return self._union([self.ann(v, f"{hint}{i}") for i, v in enumerate(variants)])
        if schema.get("allOf"):
            parts = schema["allOf"]
            if len(parts) == 1:
                return self.ann(parts[0], hint)
            name = self._new_name(hint)
            self._class(name, schema)
            return name
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind == "object" or "properties" in schema:
            if schema.get("properties"):
                name = self._new_name(hint)
                self._class(name, schema)
                return name
            extra = schema.get("additionalProperties")
            return f"dict[str, {self.ann(extra, hint + 'Value')}]" if isinstance(extra, dict) and extra else \
                "dict[str, Any]"
        if kind == "array":
            return f"list[{self.ann(schema.get('items'), hint + 'Item')}]"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "string":
            return {"date-time": "datetime", "date": "date", "uuid": "UUID"}.get(schema.get("format", ""), "str")
        return "Any"

    def _union(self, anns: list[str]) -> str:
        parts: list[str] = []
        for a in anns:
            for p in a.split(" | "):
                if p not in parts:
                    parts.append(p)
        if "Any" in parts:
            return "Any"
        if self.flavour == "msgspec":  # one variant per JSON kind, at most
            seen: set[str] = set()
            kept = []
            for p in parts:
                group = ("str" if p in ("str", "datetime", "date", "UUID") else "array" if p.startswith("list[")
                         else p if p in ("int", "float", "bool", "None") else "object")
                if group not in seen:
                    seen.add(group)
                    kept.append(p)
            parts = kept
        return " | ".join(parts)

    def _properties(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str], bool]:
        props: dict[str, Any] = {}
        required: set[str] = set()
        extra = schema.get("additionalProperties", True) is not False
        for part in [schema, *schema.get("allOf", [])]:
            if isinstance(part, dict) and "$ref" in part:
                part = self._resolve(part["$ref"])
            if not isinstance(part, dict):
                continue
            props.update(part.get("properties") or {})
            required.update(part.get("required") or ())
        return props, required, extra

    def _class(self, name: str, schema: dict[str, Any]) -> None:
        self.classes[name] = []  # claimed first: a cycle refers to it by name
        props, required, extra = self._properties(schema)
        lines: list[str] = []
        if self.flavour == "pydantic":
            lines.append(f"class {name}(BaseModel):")
            lines.append(f"    model_config = ConfigDict(extra={'allow' if extra else 'ignore'!r})")
        else:
            lines.append(f"class {name}(msgspec.Struct, kw_only=True):")
        used: set[str] = set()
        for wire, sub in props.items():
            ann = self.ann(sub, name + _camel(wire))
            field_name = re.sub(r"\W", "_", wire)
            if (not field_name.isidentifier() or keyword.iskeyword(field_name) or field_name.startswith(("_", "model_"))
                    or field_name in used or field_name in ("schema", "json", "copy", "dict", "validate")):
                field_name = f"f{len(used)}_{re.sub(r'[^0-9A-Za-z]', '', wire)}"
            used.add(field_name)
            optional = wire not in required
            if optional and not ann.endswith("| None") and ann != "Any":
                ann += " | None"
            default = " = None" if optional else ""
            if field_name != wire:
                call = "Field" if self.flavour == "pydantic" else "msgspec.field"
                key = "alias" if self.flavour == "pydantic" else "name"
                extra_arg = ", default=None" if optional else ""
                default = f" = {call}({key}={wire!r}{extra_arg})"
            lines.append(f"    {field_name}: {ann}{default}")
        if len(lines) == (2 if self.flavour == "pydantic" else 1):
            lines.append("    pass")
        self.classes[name] = lines

    def module(self, root: str) -> str:
        head = ["from __future__ import annotations", "", "from datetime import date, datetime",
                "from typing import Any", "from uuid import UUID", ""]
        head.append("from pydantic import BaseModel, ConfigDict, Field" if self.flavour == "pydantic"
                    else "import msgspec")
        body = ["", *("\n".join(lines) + "\n" for lines in self.classes.values())]
        tail = [f"ROOT = {root}"]
        if self.flavour == "pydantic":
            tail += ["for _cls in list(globals().values()):",
                     "    if isinstance(_cls, type) and issubclass(_cls, BaseModel) and _cls is not BaseModel:",
                     "        _cls.model_rebuild()"]
        return "\n".join(head + body + tail) + "\n"


def write_shapes(case: Case, folder: Path) -> None:
    doc = bench.load_spec(case.spec)
    ref = f"#/components/schemas/{case.schema}"
    for flavour in ("pydantic", "msgspec"):
        shapes = Shapes(doc, flavour)
        root = shapes.ann({"$ref": ref}, "Root")
        (folder / f"shapes_{flavour}.py").write_text(shapes.module(root), encoding="utf-8")
    (folder / "payload.json").write_text(json.dumps(bench.synthesise(doc["components"]["schemas"][case.schema],
                                                                      doc)), encoding="utf-8")


# ----------------------------------------------------------------------------------------------- timing

_ROUND = textwrap.dedent("""
    import importlib, json, re, sys, time
    ours_dir, ours_pkg, peer_dir, peer_pkg, folder, cls_name = sys.argv[1:7]
    order = sys.argv[7].split(",")
    for p in (folder, ours_dir, peer_dir):
        if p:
            sys.path.insert(0, p)
    import msgspec
    text = open(folder + "/payload.json", "rb").read()
    payload = json.loads(text)

    def find(pkg):
        models = importlib.import_module(pkg + ".models")
        index = {re.sub("[^a-z0-9]", "", n.lower()): n for n in getattr(models, "__all__", dir(models))}
        return getattr(models, index[re.sub("[^a-z0-9]", "", cls_name.lower())])

    fns = {}
    ours = find(ours_pkg)
    fns["ours"] = lambda: ours.from_dict(payload)
    fns["ours_json"] = lambda: ours.from_dict(json.loads(text))
    if peer_pkg:
        peer = find(peer_pkg)
        fns["peer"] = lambda: peer.from_dict(payload)
    pyd = importlib.import_module("shapes_pydantic").ROOT
    fns["pydantic"] = lambda: pyd.model_validate(payload)
    fns["pydantic_json"] = lambda: pyd.model_validate_json(text)
    ms = importlib.import_module("shapes_msgspec").ROOT
    fns["msgspec"] = lambda: msgspec.convert(payload, ms)
    decoder = msgspec.json.Decoder(ms)
    fns["msgspec_json"] = lambda: decoder.decode(text)

    def per_call(fn):
        # CPU time of this process: other work on the machine delays it less than the wall clock.
        n, total = 1, 0.0
        while total < 0.15:
            t = time.process_time()
            for _ in range(n):
                fn()
            total = time.process_time() - t
            n *= 2
        best = total / (n // 2)
        for _ in range(4):  # the best of five batches
            t = time.process_time()
            for _ in range(n // 2):
                fn()
            best = min(best, (time.process_time() - t) / (n // 2))
        return best

    out = {}
    for side in order:
        fn = fns.get(side)
        if fn is None:
            continue
        try:
            fn()  # the first call also imports what a decode needs (ours: its referenced models)
        except Exception as exc:
            out[side] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
            continue
        out[side] = {"seconds": per_call(fn)}
    print(json.dumps(out))
""")


@dataclass
class Prepared:
    case: Case
    folder: Path  # shapes and payload
    ours_dir: Path
    peer_dir: Path | None
    peer_pkg: str | None
    cls_name: str


def prepare(case: Case, work: Path, peer_python: Path, ours_dir: Path | None = None,
            peer: tuple[Path, str] | None = None) -> Prepared:
    """Write the shapes and payload; generate both clients unless ``make bench`` already did."""
    folder = work / re.sub(r"\W", "_", case.name)
    folder.mkdir(parents=True, exist_ok=True)
    write_shapes(case, folder)
    if ours_dir is None:
        ours_dir = folder / "ours"
        subprocess.run(bench.ours_cmd(case.spec, ours_dir, case.package), cwd=ROOT, check=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT), "GENERATOR_CACHE_DIR": str(folder / "cache")})
    if peer is None:
        target = folder / "peer" / ("peer_" + re.sub(r"\W", "_", case.package))
        target.parent.mkdir(parents=True, exist_ok=True)
        run = subprocess.run(bench.peer_cmd(peer_python, case.spec, target), cwd=folder, capture_output=True,
                             text=True, env={**os.environ, **bench.peer_env(peer_python)}, check=False)
        peer = bench.find_peer_package(target) if run.returncode == 0 else None
    cls_name = _camel(case.schema)
    return Prepared(case, folder, ours_dir, peer[0] if peer else None, peer[1] if peer else None, cls_name)


def measure(prep: Prepared, python: Path, rounds: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    order = SIDES + JSON_SIDES
    for i in range(rounds):
        sides = order if i % 2 == 0 else list(reversed(order))
        run = subprocess.run([str(python), "-c", _ROUND, str(prep.ours_dir), prep.case.package,
                              str(prep.peer_dir or ""), prep.peer_pkg or "", str(prep.folder), prep.cls_name,
                              ",".join(sides)], capture_output=True, text=True, check=False)
        if run.returncode != 0:
            out.append({"error": (run.stderr.strip().splitlines() or ["failed"])[-1]})
            continue
        out.append({"load": bench.load_average(), **json.loads(run.stdout)})
    return out


def _per_round(rounds: list[dict[str, Any]], side: str) -> list[float]:
    return [r[side]["seconds"] for r in rounds if "seconds" in r.get(side, {})]


def _ratios(rounds: list[dict[str, Any]], other: str, ours: str = "ours") -> list[float]:
    return [r[ours]["seconds"] / r[other]["seconds"] for r in rounds
            if "seconds" in r.get(other, {}) and "seconds" in r.get(ours, {})]


def _cell(rounds: list[dict[str, Any]], other: str, ours: str = "ours") -> str:
    ratios = _ratios(rounds, other, ours)
    if not ratios:
        errors = [r[other]["error"] for r in rounds if "error" in r.get(other, {})]
        return f"— ({errors[0][:80]})" if errors else "—"
    return bench.spread(ratios)


def _us(rounds: list[dict[str, Any]], side: str) -> str:
    values = _per_round(rounds, side)
    return f"{statistics.median(values) * 1e6:.1f} µs" if values else "—"


def report(results: list[tuple[Prepared, list[dict[str, Any]]]]) -> str:
    lines = [
        "## Decode: ours against the peer, pydantic v2 and msgspec (`benchmarks/decode.py`)",
        "",
        "One synthesised payload per schema, parsed once (`dict`); per-call CPU time (best of 5 batches) of "
        "turning it into models, each round in a fresh interpreter, the order of the sides reversed every round. Ratios are "
        "ours ÷ other (below 1: ours is faster), median (min–max) over the rounds; pins: "
        + ", ".join(f"`{p}`" for p in DECODE_PINS[:2]) + ", the peer as in bench.py.",
        "",
        "| payload | ours `from_dict` | ours ÷ peer | ours ÷ pydantic | ours ÷ msgspec | load |",
        "|---|---|---|---|---|---|",
    ]
    for prep, rounds in results:
        loads = " ".join(f"{r['load']:.1f}" for r in rounds if "load" in r)
        lines.append(f"| {prep.case.name} | {_us(rounds, 'ours')} | {_cell(rounds, 'peer')} | "
                     f"{_cell(rounds, 'pydantic')} | {_cell(rounds, 'msgspec')} | {loads} |")
    lines += ["", ("From JSON text (ours: `json.loads` + `from_dict`; pydantic `model_validate_json`; "
                   "msgspec `Decoder.decode`):"), "",
              "| payload | ours | ours ÷ pydantic | ours ÷ msgspec |", "|---|---|---|---|"]
    for prep, rounds in results:
        lines.append(f"| {prep.case.name} | {_us(rounds, 'ours_json')} | {_cell(rounds, 'pydantic_json', 'ours_json')}"
                     f" | {_cell(rounds, 'msgspec_json', 'ours_json')} |")
    errors = sorted({f"{prep.case.name}: {r['error']}" for prep, rounds in results for r in rounds if "error" in r})
    if errors:
        lines += ["", "Failed rounds: " + "; ".join(errors)]
    return "\n".join(lines) + "\n"


def run(work: Path, rounds: int, clients: Mapping[str, tuple[Path | None, tuple[Path, str] | None]] | None = None,
        only: set[str] | None = None) -> str:
    """The decode section; ``clients`` maps a case's package to (ours' folder, the peer's) already
    generated; ``only``: the packages of the cases to run (default: all)."""
    python = ensure_venv()
    peer_python = bench.ensure_peer()
    results = []
    for case in CASES:
        if not case.spec.exists() or (only is not None and case.package not in only):
            continue
        ours_dir, peer = (clients or {}).get(case.package, (None, None))
        print(f"[decode] {case.name} ...", flush=True)
        prep = prepare(case, work, peer_python, ours_dir, peer)
        results.append((prep, measure(prep, python, rounds)))
    return report(results)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        text = run(args.keep, args.rounds)
    else:
        with tempfile.TemporaryDirectory(prefix="decode-") as tmp:
            text = run(Path(tmp), args.rounds)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
