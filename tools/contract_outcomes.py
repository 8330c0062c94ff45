"""What one observed call means, and the per-spec counts: the judging half of ``tools.contract``.

Pure functions over the plain records ``tools/contract_caller.py`` prints, so the rules are unit
tested without Prism (tests/unit/tools/test_contract_outcomes.py). An operation is called twice
(required arguments only, then every argument); it counts as accepted only when both calls are,
and otherwise under the first failing call's outcome.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

ACCEPTED = "accepted"
REJECTED = "rejected"  # Prism answered with a violation of the spec (or another refusal, e.g. 401)
BEFORE_SENDING = "failed before sending"
DECODE = "failed to decode"
NO_ANSWER = "no answer"  # sent, but no HTTP response (connection error, timeout)
NOT_RUN = "not run"  # the spec's time ran out before the call
MOCK_CRASHED = "mock crashed"  # Prism died on this request (its bug; the harness restarts it)
MOCK_ANSWER = "mock's answer invalid"  # request accepted; Prism's answer (the spec's example) breaks the spec
# Refused for a reason no client could avoid (Prism's misreading, a schema nothing satisfies), as
# tools/contract_limits.py establishes from the spec and the request; never counted as accepted.
UNPASSABLE = "no client can pass"
OUTCOMES = (ACCEPTED, REJECTED, BEFORE_SENDING, DECODE, UNPASSABLE, MOCK_ANSWER, NO_ANSWER, MOCK_CRASHED, NOT_RUN)


@dataclass(frozen=True)
class Verdict:
    outcome: str
    # A short, stable description of why (the failure class); "" when accepted.
    cause: str = ""


def violations(header: str | None) -> list[dict[str, Any]]:
    """Prism's ``sl-violations`` header: a JSON list of {location, message, severity, code}."""
    if not header:
        return []
    try:
        found = json.loads(header)
    except ValueError:
        return [{"location": [], "message": header}]
    return [v for v in found if isinstance(v, dict)] if isinstance(found, list) else []


def body_violations(body: str | None) -> list[dict[str, Any]]:
    """The violations in Prism's own problem+json answer (``validation``), which it sends instead of
    the header when the spec declares no 422 response."""
    if not body:
        return []
    try:
        found = json.loads(body)
    except ValueError:
        return []
    listed = found.get("validation") if isinstance(found, dict) else None
    return [v for v in listed if isinstance(v, dict)] if isinstance(listed, list) else []


def violation_text(v: dict[str, Any]) -> str:
    location = _location(v)
    where = ".".join(str(p) for p in location)
    return f"{where}: {v.get('message', '?')}" if where else str(v.get("message", "?"))


def expects_body(statuses: dict[str, bool], status: int) -> bool:
    """Whether the spec gives a body schema for ``status`` (exact code, then ``2XX``, then ``default``)."""
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in statuses:
            return statuses[key]
    return False


def judge(record: dict[str, Any], statuses: dict[str, bool]) -> Verdict:
    """The outcome of one call. ``statuses``: response status key -> has a body schema.

    Prism's warnings (``severity: Warning``, e.g. a deprecated parameter) do not reject a request;
    its errors do. Errors only about the response mean Prism refused its own answer (the spec's
    example contradicts the spec's schema): the request was fine, the client could not be shown
    to decode, hence ``MOCK_ANSWER`` (``tools.contract`` retries those with answers built from
    the schemas). An operation that declares no 2xx response is answered as declared when Prism
    sends one of its statuses without a violation."""
    status = record.get("status")
    error = record.get("error")
    if record.get("mock_crashed"):
        return Verdict(MOCK_CRASHED, f"Prism crashed on this request: {record['mock_crashed']}")
    if record.get("unpassable"):
        return Verdict(UNPASSABLE, str(record["unpassable"]))
    if not record.get("sent"):
        return Verdict(BEFORE_SENDING, error or "nothing was sent")
    if status is None:
        if error and "LocalProtocolError" in error:  # h11 refused to write it: nothing reached the server
            return Verdict(BEFORE_SENDING, error)
        if record.get("mock_framing"):
            return Verdict(MOCK_ANSWER, str(record["mock_framing"]))
        return Verdict(NO_ANSWER, error or "no response")
    found = errors(record)
    if found:
        cause = "; ".join(sorted({violation_text(v) for v in found}))[:300]
        if all(_location(v)[:1] == ["response"] for v in found):
            return Verdict(MOCK_ANSWER, cause)
        return Verdict(REJECTED, cause)
    if status >= 300:
        if str(status) in statuses and not any(k.startswith("2") for k in statuses):
            return Verdict(ACCEPTED)  # the operation's only answers are error statuses
        return Verdict(REJECTED, f"HTTP {status} without a violation")
    if error and record.get("answer_violations"):
        return Verdict(MOCK_ANSWER, "the answer breaks the spec (Prism did not say): "
                       + "; ".join(record["answer_violations"])[:240])
    if error:
        return Verdict(DECODE, error)
    if record.get("parsed_none") and expects_body(statuses, status):
        return Verdict(DECODE, f"HTTP {status}: the spec gives a body, the client returned None")
    return Verdict(ACCEPTED)


def errors(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Prism's Error-severity violations for one call (header, else its problem+json body)."""
    return [v for v in violations(record.get("violations")) or body_violations(record.get("response_body"))
            if str(v.get("severity", "Error")) == "Error"]


def _location(v: dict[str, Any]) -> list[Any]:
    return v["location"] if isinstance(v.get("location"), list) else []


def crash_index(records: list[dict[str, Any]]) -> int | None:
    """After Prism died during a run: the index of the call it died on (the first one sent without
    an answer; every later call found no server), or None when no call was sent unanswered."""
    return next((i for i, r in enumerate(records) if r.get("sent") and r.get("status") is None), None)


@dataclass
class OperationResult:
    op: str
    verdict: Verdict
    record: dict[str, Any] | None = None  # the call the verdict came from


def operation_result(op: str, records: list[dict[str, Any]], statuses: dict[str, bool],
                     shapes: int = 2) -> OperationResult:
    """An operation's outcome from its calls: accepted when all ``shapes`` were, else the first failure
    (an operation with fewer calls than shapes ran out of time)."""
    for record in records:
        verdict = judge(record, statuses)
        if verdict.outcome != ACCEPTED:
            return OperationResult(op, verdict, record)
    if len(records) < shapes:
        return OperationResult(op, Verdict(NOT_RUN, "the spec's time limit ended before this call"))
    return OperationResult(op, Verdict(ACCEPTED), records[-1] if records else None)


@dataclass
class SpecTally:
    """Per-outcome operation counts for one client of one spec, with the failures behind them."""

    operations: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[OperationResult] = field(default_factory=list)

    def add(self, result: OperationResult) -> None:
        self.operations += 1
        self.counts[result.verdict.outcome] += 1
        if result.verdict.outcome != ACCEPTED:
            self.failures.append(result)

    @property
    def accepted(self) -> int:
        return self.counts[ACCEPTED]

    def share(self) -> float:
        return self.accepted / self.operations if self.operations else 1.0

    @property
    def passable(self) -> int:
        """Operations some client could have passed: not unpassable, and the mock answered validly."""
        return self.operations - sum(self.counts[o] for o in (UNPASSABLE, MOCK_ANSWER, MOCK_CRASHED))

    def passable_share(self) -> float:
        return self.accepted / self.passable if self.passable else 1.0

    @property
    def client_failures(self) -> int:
        """Operations lost for a reason that may be the client's."""
        return sum(self.counts[o] for o in (REJECTED, BEFORE_SENDING, DECODE, NO_ANSWER, NOT_RUN))


def tally(records: list[dict[str, Any]], expected: dict[str, dict[str, bool]], shapes: int = 2) -> SpecTally:
    """Counts over every operation in ``expected`` (op -> its statuses), from the calls ``records``."""
    by_op: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_op.setdefault(record["op"], []).append(record)
    out = SpecTally()
    for op, statuses in expected.items():
        out.add(operation_result(op, by_op.get(op, []), statuses, shapes))
    return out


def failure_classes(spec_tally: SpecTally) -> dict[tuple[str, str], list[OperationResult]]:
    """Failures grouped by (outcome, cause with the operation's own values blanked out)."""
    groups: dict[tuple[str, str], list[OperationResult]] = {}
    for result in spec_tally.failures:
        groups.setdefault((result.verdict.outcome, generalise(result.verdict.cause)), []).append(result)
    return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def generalise(cause: str) -> str:
    """A cause with the operation's own details blanked (quoted values, numbers other than HTTP
    statuses, the parameter or property a violation names), so one mistake on many operations is
    one class: ``request.query.created: must be object`` -> ``request.query.*: must be object``."""
    text = re.sub(r"\b(request|response)\.(query|path|header|cookie|body)(\.[^:;\s]+)?:", r"\1.\2.*:", cause)
    text = re.sub(r"'[^']*'", "'…'", text)
    text = re.sub(r'"[^"]*"', '"…"', text)
    text = re.sub(r"(?<!HTTP )\b\d+\b", "N", text)
    parts = sorted({p.strip() for p in text.split("; ")})
    return "; ".join(parts)
