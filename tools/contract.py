"""Wire acceptance over the corpus: every operation of every spec Prism can mock, called for real.

For each spec in the corpus folder that should give a client (``tools.corpus.expectation``):
generate the client (ours, and openapi-python-client's), start Prism on the spec with
``--errors`` (it answers 422 with an ``sl-violations`` header to a request that breaks the
spec), call every operation twice (required arguments only, then every argument, values from the
spec's examples or the generator's sampler as the generated ``testing.example_arguments`` gives
them; the peer gets the same values by wire name) and count per spec: accepted (2xx, no violation,
body decoded), rejected by Prism, failed before sending, failed to decode. The table goes to
``docs/contract-corpus.md``; ``--json`` keeps every call for closer reading.

Slow (minutes) and needs Node (Prism) and the peer's virtualenv: run with ``make contract-corpus``;
not part of ``make test``. Deterministic: calls in spec order, Prism's static (non-random)
answers, and a per-spec time limit after which the remaining calls count as "not run".
"""

from __future__ import annotations

import argparse
import ast
import base64
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import ir
from generator.config import ClientConfig
from generator.pipeline import generate
from generator.spec import discriminators
from generator.spec.bundle import load
from generator.spec.pointer import escape as escape_pointer_part
from generator.spec.pointer import resolve_pointer
from tests.contract.prism import Prism, PrismError
from tools import contract_limits as limits
from tools import contract_outcomes as outcomes
from tools.corpus import PEER_VENV, PEER_VERSION, ensure_peer, expectation, peer_generate

CALLER = Path(__file__).resolve().parent / "contract_caller.py"
SHAPES = ("minimal", "full")
PRISM_START = 600.0  # Stripe's 5 MB spec takes Prism a while to load; a ceiling, not a target
# For calls whose static answer (the spec's example) breaks the spec: answers generated from the
# schemas (json-schema-faker honours formats and patterns; the seed keeps them the same every run).
# Prism's --ignoreExamples static answers do not help: they ignore formats ("string" for a uri).
SCHEMA_ANSWERS = ("--dynamic", "--seed", "20")
JSON_MEDIA = re.compile(r"^(application/([\w.+-]*\+)?json|\*/\*|application/\*)(;.*)?$", re.IGNORECASE)


@dataclass
class Side:
    """One client's run on one spec."""

    generated: bool = False
    error: str = ""
    tally: outcomes.SpecTally | None = None
    records: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    timed_out: bool = False


@dataclass
class SpecRun:
    name: str
    mockable: str = "yes"  # or why Prism cannot serve it / why it was not measured
    operations: int = 0
    called: int = 0
    ours: Side = field(default_factory=Side)
    peer: Side | None = None


# -- the plan: what to call, with which values ---------------------------------------------------------

def response_statuses(data: Any, op: ir.Operation) -> dict[str, bool]:
    """Each response status key of ``op`` -> whether the spec gives it a JSON body with a schema."""
    try:
        responses = resolve_pointer(data, "#" + op.pointer).get("responses") or {}
    except (KeyError, AttributeError):
        return {}
    out: dict[str, bool] = {}
    for key, raw in responses.items():
        if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            try:
                raw = resolve_pointer(data, raw["$ref"])
            except KeyError:
                raw = {}
        content = raw.get("content") if isinstance(raw, dict) else None
        out[str(key).upper() if str(key).lower().endswith("xx") else str(key)] = isinstance(content, dict) and any(
            JSON_MEDIA.match(str(media)) and isinstance(entry, dict) and entry.get("schema") not in (None, {})
            for media, entry in content.items())
    return out


def answer_violations(data: Any, op: ir.Operation, record: dict[str, Any], limit: int = 3) -> list[str] | None:
    """For a 2xx answer the client could not decode: how its JSON body breaks the schema the spec
    gives it (``[]``: it does not; ``None``: nothing to check). Prism checks its answers, but not
    every schema shape (Box's collaboration examples give a list where the schema says object)."""
    body, status = record.get("response_body"), record.get("status")
    if not isinstance(body, str) or not isinstance(status, int):
        return None
    try:
        instance = json.loads(body)
    except ValueError:
        return None
    pointer = schema_pointer(data, op, status, str(record.get("response_type") or ""))
    if pointer is None:
        return None
    from openapi_schema_validator import OAS30Validator, OAS31Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4, DRAFT202012

    v31 = str(data.get("openapi", "")).startswith("3.1")
    resource = Resource(contents=data, specification=DRAFT202012 if v31 else DRAFT4)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    validator = (OAS31Validator if v31 else OAS30Validator)({"$ref": "urn:spec#" + pointer}, registry=registry)
    try:
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))[:limit]
    except Exception:  # noqa: BLE001 - a schema the validator cannot read: no verdict
        return None
    found = [f"{'.'.join(str(p) for p in e.absolute_path) or 'body'}: {e.message[:120]}" for e in errors]
    return found or discriminator_violations(data, pointer, instance)[:limit]


def discriminator_violations(data: Any, pointer: str, instance: Any) -> list[str]:
    """How a body's discriminator value names no schema its location allows (``pointer``: a ``$ref``
    to an allOf subtype, directly or as an array's items). OpenAPI: "If the discriminator value does
    not match an implicit or explicit mapping, no schema can be determined and validation SHOULD
    fail"; JSON Schema validators, Prism's and openapi-schema-validator, do not check it. A root
    base takes any tag (what an unknown subtype decodes to), so only subtypes are checked."""
    try:
        node = resolve_pointer(data, "#" + pointer)
    except KeyError:
        return []
    path = ""
    if isinstance(node, dict) and node.get("type") == "array" and isinstance(node.get("items"), dict):
        node, path = node["items"], "*."
    ref = node.get("$ref") if isinstance(node, dict) else None
    own = discriminators.tags(data).get(ref) if isinstance(ref, str) else None
    if not own:
        return []
    below = discriminators.hierarchies(data).get(str(ref))
    items = instance if path and isinstance(instance, list) else [instance]
    found = []
    for prop, tags in own.items():
        allowed = [*tags, *(v for v, _ in (below.mapping if below and below.property == prop else ()))]
        for item in items:
            tag = item.get(prop) if isinstance(item, dict) else None
            if isinstance(tag, str) and tag not in allowed:
                found.append(f"{path}{prop}: the discriminator value {tag!r} names no schema this location "
                             f"allows ({', '.join(map(repr, allowed))})")
    return sorted(set(found))


def schema_pointer(data: Any, op: ir.Operation, status: int, content_type: str) -> str | None:
    """The JSON pointer of the schema the spec gives ``op``'s ``status`` answer of ``content_type``."""
    pointer = op.pointer + "/responses"
    try:
        responses = resolve_pointer(data, "#" + pointer)
    except KeyError:
        return None
    key = next((k for k in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default")
                if isinstance(responses, dict) and k in responses), None)
    if key is None:
        return None
    pointer += "/" + escape_pointer_part(key)
    node = responses[key]
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        pointer = node["$ref"][1:]
        try:
            node = resolve_pointer(data, node["$ref"])
        except KeyError:
            return None
    content = node.get("content") if isinstance(node, dict) else None
    if not isinstance(content, dict):
        return None
    media = content_type.split(";")[0].strip().lower()
    name = media if media in content else next((m for m in content if JSON_MEDIA.match(str(m))), None)
    if name is None or not isinstance(content[name], dict) or "schema" not in content[name]:
        return None
    return f"{pointer}/content/{escape_pointer_part(str(name))}/schema"


def mark_invalid_answers(data: Any, ops: dict[str, ir.Operation], records: list[dict[str, Any]],
                         expected: dict[str, dict[str, bool]]) -> None:
    """Record, on each decode failure whose answer breaks the spec's schema, how it does, and on each
    rejection no client could avoid, why (tools/contract_limits.py)."""
    for record in records:
        outcome = outcomes.judge(record, expected[record["op"]]).outcome
        if outcome in (outcomes.REJECTED, outcomes.BEFORE_SENDING):
            reason = limits.explain(data, ops[record["op"]].pointer, record, outcomes.errors(record))
            if reason:
                record["unpassable"] = reason
        if outcome == outcomes.NO_ANSWER:
            framing = limits.broken_framing(data, ops[record["op"]].pointer, record)
            if framing:
                record["mock_framing"] = framing
        if outcome == outcomes.DECODE:
            found = answer_violations(data, ops[record["op"]], record)
            if found:
                record["answer_violations"] = found
        if isinstance(record.get("response_body"), str):
            record["response_body"] = record["response_body"][:4000]  # checked: keep the records small


def sampled_arguments(testing_source: str) -> dict[str, list[dict[str, Any]]]:
    """operation -> [minimal, full] keyword values, read from a generated ``testing.py``'s ``_EXAMPLES``
    (the literal the client's ``example_arguments`` decodes), without importing the client."""
    tree = ast.parse(testing_source)
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "_EXAMPLES":
            assert isinstance(node.value, ast.Call)
            raw = json.loads(ast.literal_eval(node.value.args[0]))
            return {op: ast.literal_eval(text) for op, text in raw.items()}
    raise LookupError("testing.py has no _EXAMPLES")


def jsonable(value: Any) -> Any:
    """A sampled value as JSON (bytes as {"$bytes": base64}, which the caller turns back)."""
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode()}
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    return value


def peer_names(op: ir.Operation) -> list[str]:
    """Normalised module names the peer may have given ``op`` (operationId, else method and path)."""
    names = [op.operation_id] if op.operation_id else []
    names.append(op.method.lower() + "_" + op.path)
    return [re.sub(r"[^0-9a-z]", "", n.lower()) for n in names]


def select(operations: list[ir.Operation], sample: int) -> list[ir.Operation]:
    """Every operation, or (``sample`` > 0 and fewer than there are) an evenly spaced, fixed subset."""
    if sample <= 0 or len(operations) <= sample:
        return operations
    step = len(operations) / sample
    return [operations[int(i * step)] for i in range(sample)]


def plan_calls(values: dict[str, list[dict[str, Any]]], operations: list[ir.Operation]) -> list[dict[str, Any]]:
    calls = []
    for op in operations:
        wire = {p.py_name: (p.location, p.wire_name) for p in op.parameters}
        for index, shape in enumerate(SHAPES):
            kwargs = values.get(op.py_name, [{}, {}])[index]
            args = [{"in": "body", "name": "body", "value": jsonable(v)} if k == "body"
                    else {"in": wire[k][0], "name": wire[k][1], "value": jsonable(v)}
                    for k, v in kwargs.items() if k == "body" or k in wire]
            calls.append({"op": op.py_name, "shape": shape, "group": op.group, "method": op.method,
                          "path": op.path, "peer_names": peer_names(op), "args": args})
    return calls


def credentials(api: ir.Api) -> tuple[dict[str, Any], dict[str, Any]]:
    """Test credentials for every scheme: our Client's keywords, and what a peer user configures."""
    ours: dict[str, Any] = {}
    peer: dict[str, Any] = {"headers": {}, "cookies": {}, "params": {}}
    for s in api.security_schemes:
        if s.kind == "basic":
            ours[s.py_name] = ["user", "password"]
            peer["basic"] = ["user", "password"]
        elif s.kind == "bearer":
            ours[s.py_name] = "test-token"
            peer["token"] = "test-token"
        else:
            ours[s.py_name] = "test-token"
            peer[{"header": "headers", "cookie": "cookies", "query": "params"}[s.location]][s.param_name] = "test-token"
    return ours, peer


# -- running ------------------------------------------------------------------------------------------

def run_caller(python: str, mode: str, cwd: Path, plan: dict[str, Any], timeout: float) -> tuple[list[dict[str, Any]], bool, str]:
    """(records, timed out, stderr tail) of ``contract_caller.py`` on ``plan``."""
    env = {**os.environ, "PYTHONPATH": str(cwd), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("VIRTUAL_ENV", None)
    try:
        proc = subprocess.run([python, str(CALLER), mode], cwd=cwd, input=json.dumps(plan), capture_output=True,
                              text=True, timeout=timeout, check=False, env=env)
        stdout, stderr, timed_out = proc.stdout, proc.stderr, False
        if proc.returncode != 0 and stderr.strip():
            stderr = stderr.strip().splitlines()[-1]
        else:
            stderr = ""
    except subprocess.TimeoutExpired as exc:
        raw = exc.stdout or b""
        stdout = raw.decode() if isinstance(raw, bytes) else raw
        stderr, timed_out = "", True
    records = []
    for line in stdout.splitlines():
        if line.startswith("{"):
            try:
                records.append(json.loads(line))
            except ValueError:
                continue
    return records, timed_out, stderr


class Mock:
    """Prism on one spec, started on first use and again after it crashes (Prism 5 dies on some
    requests, such as a Content-Type it cannot parse): each start logs to its own file."""

    def __init__(self, spec: Path, work: Path, options: tuple[str, ...] = ()) -> None:
        self.spec, self.work, self.options = spec, work, options
        self.prism: Prism | None = None
        self.starts = 0

    def url(self) -> str:
        if self.prism is None:
            self.starts += 1
            name = "prism-dynamic" if self.options else "prism"
            prism = Prism(self.spec, log=self.work / f"{name}-{self.starts}.log", start_timeout=PRISM_START,
                          options=self.options)
            self.prism = prism.__enter__()
        return self.prism.url

    def crashed(self) -> str:
        """Why Prism stopped ("" while it runs): the error line of its log."""
        if self.prism is None or self.prism.process is None or self.prism.process.poll() is None:
            return ""
        lines = [line.strip() for line in self.prism.log().splitlines()]
        found = next((line for line in lines if line.startswith(("Error", "TypeError", "RangeError"))), "")
        return found or f"exit {self.prism.process.returncode}"

    def close(self) -> None:
        if self.prism is not None:
            self.prism.stop()
            self.prism = None


def call_all(mock: Mock, python: str, mode: str, cwd: Path, extra: dict[str, Any], calls: list[dict[str, Any]],
             timeout: float) -> tuple[list[dict[str, Any]], bool, str]:
    """Every call through one client: (records, timed out, the caller's own failure). When Prism
    crashes, the call it crashed on is marked so and the rest run against a fresh Prism."""
    records: list[dict[str, Any]] = []
    remaining = list(calls)
    deadline = time.monotonic() + timeout
    while remaining:
        left = deadline - time.monotonic()
        if left <= 0:
            return records, True, ""
        got, timed_out, err = run_caller(python, mode, cwd, {**extra, "base_url": mock.url(), "calls": remaining},
                                         left)
        reason = mock.crashed()
        if not reason:
            return records + got, timed_out, err
        index = outcomes.crash_index(got)
        if index is None:
            return records + got, timed_out, err or f"Prism crashed before answering: {reason}"
        got[index]["mock_crashed"] = reason
        records += got[:index + 1]
        remaining = remaining[index + 1:]
        mock.close()
    return records, False, ""


def measure_spec(spec: Path, work: Path, peer_exe: Path | None, sample: int, timeout: float) -> SpecRun:
    run = SpecRun(spec.name)
    if expectation(spec.name) == "located error":
        run.mockable = f"not measured: the corpus expects {expectation(spec.name)}"
        return run
    out = work / "ours"
    started = time.perf_counter()
    try:
        res = generate(ClientConfig(spec=spec, output=out, package="client"), force=True)
    except Exception as exc:  # noqa: BLE001 - a generator bug: recorded, the other specs still run
        run.ours.error = f"internal error: {type(exc).__name__}: {exc}"[:300]
        return run
    if not res.ok or res.api is None:
        first = next((d for d in res.diagnostics if d.severity == "error"), None)
        run.ours.error = first.render()[:300] if first else "not generated"
        return run
    run.ours.generated = True
    data = load(spec).data
    all_ops = list(res.api.operations)
    run.operations = len(all_ops)
    operations = select(all_ops, sample)
    run.called = len(operations)
    values = sampled_arguments(res.files["client/testing.py"].decode("utf-8"))
    calls = plan_calls(values, operations)
    expected = {op.py_name: response_statuses(data, op) for op in operations}
    ops = {op.py_name: op for op in operations}
    ours_creds, peer_creds = credentials(res.api)
    peer_dir = work / "peer"
    if peer_exe is not None:
        run.peer = Side()
        done = peer_generate(peer_exe, spec, peer_dir / "peer_client")
        run.peer.generated = done.returncode == 0 and (peer_dir / "peer_client" / "__init__.py").exists()
        if not run.peer.generated:
            lines = [line.strip() for line in (done.stdout + done.stderr).splitlines() if line.strip()]
            run.peer.error = (lines[-1] if lines else f"exit {done.returncode}")[:300]
    if not operations:
        run.mockable = "no operations"
        return run
    sides: list[tuple[Side, str, str, Path, dict[str, Any]]] = [
        (run.ours, sys.executable, "ours", out, {"package": "client", "credentials": ours_creds})]
    if run.peer is not None and run.peer.generated:
        assert peer_exe is not None
        sides.append((run.peer, str(peer_exe.parent / "python"), "peer", peer_dir,
                      {"package": "peer_client", "credentials": peer_creds}))
    mock, schema_mock = Mock(spec, work), Mock(spec, work, SCHEMA_ANSWERS)
    try:
        for side, python, mode, cwd, extra in sides:
            t0 = time.perf_counter()
            side.records, side.timed_out, side.error = call_all(mock, python, mode, cwd, extra, calls, timeout)
            mark_invalid_answers(data, ops, side.records, expected)
            # Calls whose answer (the spec's own example) broke the spec: again, with answers Prism builds
            # from the schemas, so the client's decoding is still measured.
            by_key = {(c["op"], c["shape"]): c for c in calls}
            again = [by_key[(r["op"], r["shape"])] for r in side.records
                     if outcomes.judge(r, expected[r["op"]]).outcome == outcomes.MOCK_ANSWER]
            if again and not side.timed_out:
                left = max(timeout - (time.perf_counter() - t0), 1.0)
                retried, side.timed_out, _ = call_all(schema_mock, python, mode, cwd, extra, again, left)
                mark_invalid_answers(data, ops, retried, expected)
                fresh = {(r["op"], r["shape"]): {**r, "answer_from_schema": True} for r in retried}
                side.records = [fresh.get((r["op"], r["shape"]), r) for r in side.records]
            side.seconds = time.perf_counter() - t0
            side.tally = outcomes.tally(side.records, expected, len(SHAPES))
    except PrismError as exc:
        run.mockable = "no: " + " ".join(str(exc).split())[:240]
    finally:
        mock.close()
        schema_mock.close()
    crashes = max(mock.starts - 1, 0) + max(schema_mock.starts - 1, 0)
    if crashes:
        run.mockable = f"yes (restarted {crashes}× after crashes)"
    (work / "records.json").write_text(json.dumps({"ours": run.ours.records,
                                                   "peer": run.peer.records if run.peer else []}, indent=1))
    run.ours.seconds += time.perf_counter() - started - run.ours.seconds
    return run


# -- the report ---------------------------------------------------------------------------------------

def _counts(side: Side | None) -> str:
    if side is None:
        return "not run | | | | | "
    if not side.generated:
        return "not generated | | | | | "
    t = side.tally
    if t is None:
        return "- | - | - | - | - | -"
    # The mock's own failures (its answer breaks the spec, it crashed) with calls that got no answer.
    other = (t.counts[outcomes.MOCK_ANSWER] + t.counts[outcomes.NO_ANSWER] + t.counts[outcomes.MOCK_CRASHED]
             + t.counts[outcomes.NOT_RUN])
    decode = t.counts[outcomes.DECODE]
    return (f"**{t.accepted}** ({100 * t.share():.1f}%; {t.accepted}/{t.passable} passable) | "
            f"{t.counts[outcomes.REJECTED]} | "
            f"{t.counts[outcomes.BEFORE_SENDING]} | {decode} | {t.counts[outcomes.UNPASSABLE]} | {other}")


def verdict_line(run: SpecRun) -> str:
    ours, peer = run.ours.tally, run.peer.tally if run.peer else None
    if ours is None:
        return "-"
    # Calls no client can pass, and calls whose answer from the mock breaks the spec, prove nothing
    # either way; a peer that takes such an answer (a tag naming no schema) is not ahead for it.
    goal = ours.passable_share() >= 0.99
    peer_ok = peer is None or ours.accepted >= peer.accepted or ours.client_failures == 0
    return "yes" if goal and peer_ok else ("no (< 99%)" if not goal else "no (< peer)")


def report(runs: list[SpecRun], command: str, sample: int, timeout: float) -> str:
    sides = ("accepted | rejected | failed before sending | failed to decode | no client can pass | "
             "mock answer invalid or crashed, no answer, not run")
    head = f"| spec | Prism mocks it | operations (called) | ours: {sides} | peer: {sides} | ≥ 99% of passable and ≥ peer |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for run in runs:
        if not run.ours.generated or run.ours.tally is None:
            reason = run.ours.error or run.mockable
            lines.append(f"| {run.name} | {reason} | {run.operations} | " + " | " * 12 + "- |")
            continue
        called = f"{run.operations}" + (f" ({run.called})" if run.called != run.operations else "")
        lines.append(f"| {run.name} | {run.mockable} | {called} | {_counts(run.ours)} | {_counts(run.peer)} "
                     f"| {verdict_line(run)} |")
    measured = [r for r in runs if r.ours.tally is not None]
    total = sum(r.ours.tally.operations for r in measured if r.ours.tally)
    accepted = sum(r.ours.tally.accepted for r in measured if r.ours.tally)
    peer_total = sum(r.peer.tally.accepted for r in measured if r.peer and r.peer.tally)
    details = []
    for run in measured:
        for label, side in (("ours", run.ours), ("peer", run.peer)):
            if side is None or side.tally is None or not side.tally.failures:
                continue
            details.append(f"### {run.name} — {label}\n")
            if side.timed_out:
                details.append(f"- the {timeout:.0f} s limit ended the calls")
            if side.error:
                details.append(f"- the caller stopped early: {_md(side.error)}")
            for (outcome, cause), results in outcomes.failure_classes(side.tally).items():
                example = results[0]
                req = (example.record or {}).get("request") or {}
                where = f" (`{req.get('method')} {req.get('url')}`)" if req else ""
                ops = ", ".join(f"`{r.op}`" for r in results[:3]) + (" …" if len(results) > 3 else "")
                full = "" if example.verdict.cause == cause else f": {_md(example.verdict.cause[:240])}"
                details.append(f"- **{outcome}** ×{len(results)}: {_md(cause)} — e.g. {ops}{where}{full}")
            details.append("")
    return (
        "# Wire acceptance over the corpus\n\n"
        f"Produced by `{command}` (`make contract-corpus`); do not edit by hand. Each spec in the shared corpus "
        "that should give a client is generated by this generator and by openapi-python-client "
        f"{PEER_VERSION}, then Prism (tests/contract/package.json) mocks it with `--errors` and every operation is "
        "called twice, with its required arguments and with every argument (values from the spec's examples, "
        "else sampled from its schemas, as the generated `testing.example_arguments` gives them; the peer gets "
        "the same values by wire name). An operation counts as *accepted* when both calls got a 2xx answer "
        "without a violation and the body decoded; otherwise under its first failing call: *rejected* (Prism "
        "answered with a violation or another error status), *failed before sending*, *failed to decode* (a 2xx "
        "answer the client raised on, or returned nothing for although the spec gives a body), *no client can "
        "pass* (refused for a reason tools/contract_limits.py checks in the spec and the request: one of Prism's "
        "known misreadings, or a schema no value satisfies; never counted as accepted), or the mock's fault "
        "(its answer breaks the spec or HTTP framing, it crashed). *Passable* operations are the others: the "
        "goal column asks for 99% of those, and for at least the peer's count unless every call our client "
        "lost was lost for no fault of a client. "
        f"Per-client time limit per spec: {timeout:.0f} s"
        + (f"; specs with more than {sample} operations are sampled evenly" if sample > 0 else "")
        + ".\n\n"
        f"Operations accepted: ours **{accepted} / {total}**, peer **{peer_total} / {total}**.\n\n"
        + "\n".join(lines) + "\n\n## Failures by class\n\n" + ("\n".join(details) or "None.\n")
    )


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def default_corpus() -> Path:
    """$CORPUS, else ../shared/corpus beside the checkout, else /work/shared/corpus (from a worktree)."""
    if os.environ.get("CORPUS"):
        return Path(os.environ["CORPUS"])
    beside = ROOT.parent / "shared" / "corpus"
    return beside if beside.is_dir() else Path("/work/shared/corpus")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--work", type=Path, default=Path("/tmp/generator-contract-corpus"))
    parser.add_argument("--report", type=Path, default=ROOT / "docs" / "contract-corpus.md")
    parser.add_argument("--json", type=Path, default=None, help="also write every call's record here")
    parser.add_argument("--only", default="", help="only specs whose file name contains this")
    parser.add_argument("--skip", default="", help="leave out specs whose file name contains this")
    parser.add_argument("--sample", type=int, default=0,
                        help="call at most this many operations per spec, evenly spaced (0: all)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per client per spec")
    parser.add_argument("--no-peer", action="store_true", help="do not run openapi-python-client")
    parser.add_argument("--peer-venv", type=Path, default=PEER_VENV)
    args = parser.parse_args(argv)
    specs = sorted(p for p in args.corpus.iterdir()
                   if p.suffix in (".yaml", ".yml", ".json") and args.only in p.name
                   and not (args.skip and args.skip in p.name))
    if not specs:
        print(f"no specs in {args.corpus}", file=sys.stderr)
        return 2
    peer_exe = None if args.no_peer else ensure_peer(args.peer_venv)
    runs = []
    for spec in specs:
        run = measure_spec(spec, args.work / re.sub(r"\W", "_", spec.stem), peer_exe, args.sample, args.timeout)
        runs.append(run)
        o, p = run.ours.tally, run.peer.tally if run.peer else None
        print(f"{spec.name}: {run.mockable if o is None else ''}"
              + (f"ours {o.accepted}/{o.operations}" if o else run.ours.error)
              + (f", peer {p.accepted}/{p.operations}" if p else f", peer: {run.peer.error}" if run.peer else ""),
              flush=True)
    command = "python -m tools.contract" + "".join(f" {a}" for a in (argv if argv is not None else sys.argv[1:]))
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(report(runs, command, args.sample, args.timeout), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps([{"spec": r.name, "ours": r.ours.records,
                                          "peer": r.peer.records if r.peer else []} for r in runs], indent=1))
    print(f"wrote {args.report}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
