"""Client policy: API-wide decisions about every call, read from the lowered operations.

Input: the operations' header parameters and response headers (already in the IR), the API-wide
security requirement and the configuration. Output: ``ir.ClientPolicy`` — which header carries
idempotency keys, which response headers carry request IDs. The configuration wins over what is
detected; the detection is by name, so it is deterministic and explainable.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from generator import ir

DEFAULT_REQUEST_ID_HEADERS = ("x-request-id", "request-id")
_IDEMPOTENCY = re.compile(r"^(x)?idempotency(key)?$")
_REQUEST_ID = re.compile(r"^(x)?(amzn)?(request|correlation)id$")


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def idempotency_header(operations: tuple[ir.Operation, ...]) -> str:
    """The idempotency header the operations declare (``Idempotency-Key`` and the like): the most
    used spelling, ties broken by name; empty when no operation declares one."""
    counts = Counter(p.wire_name for op in operations for p in op.parameters
                     if p.location == "header" and _IDEMPOTENCY.match(_squash(p.wire_name)))
    if not counts:
        return ""
    return min(counts, key=lambda name: (-counts[name], name))


def request_id_headers(operations: tuple[ir.Operation, ...]) -> tuple[str, ...]:
    """Response headers that carry a request ID, lower-cased, in order of first appearance; the
    common names when the spec declares none."""
    seen: dict[str, None] = {}
    for op in operations:
        for response in op.responses:
            for header in response.headers:
                if _REQUEST_ID.match(_squash(header.wire_name)):
                    seen.setdefault(header.wire_name.lower(), None)
    return tuple(seen) or DEFAULT_REQUEST_ID_HEADERS


def default_security(requirements: Any, known: set[str]) -> tuple[tuple[str, ...], ...]:
    """The document-level ``security`` as requirement alternatives (unknown schemes are left out;
    the operations that inherit it already warn about them)."""
    if not isinstance(requirements, list):
        return ()
    return tuple(tuple(str(k) for k in req) for req in requirements
                 if isinstance(req, dict) and all(str(k) in known for k in req))


def client_policy(operations: tuple[ir.Operation, ...], default_security: tuple[tuple[str, ...], ...], *,
                  configured_idempotency: str | None, configured_request_ids: tuple[str, ...] | None,
                  log_env: str) -> ir.ClientPolicy:
    if configured_idempotency is not None:
        header, source = configured_idempotency, "config" if configured_idempotency else ""
    else:
        header = idempotency_header(operations)
        source = "spec" if header else ""
    ids = configured_request_ids if configured_request_ids is not None else request_id_headers(operations)
    return ir.ClientPolicy(idempotency_header=header, idempotency_source=source,
                           request_id_headers=tuple(h.lower() for h in ids), default_security=default_security,
                           log_env=log_env)
