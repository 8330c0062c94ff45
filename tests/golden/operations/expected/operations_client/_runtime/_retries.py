"""When a failed attempt is tried again, and after how long.

One place decides it for every call: which statuses are retried (configurable per client), which
requests may be replayed (idempotent methods, or requests carrying an idempotency key), what the
server asks for (``x-should-retry``, ``retry-after-ms``, ``Retry-After``), and the backoff.
"""

from __future__ import annotations

import email.utils
import math
import uuid
from collections.abc import Callable, Collection

import httpx

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

# Statuses that say the server did not act on the request: retried whatever the method.
NOT_ACTED = frozenset({408, 425, 429, 503})
# The statuses retried by default; those outside ``NOT_ACTED`` only when replaying is harmless.
DEFAULT_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def new_idempotency_key() -> str:
    """A fresh key for one call; every attempt of that call sends the same one."""
    return f"retry-{uuid.uuid4()}"


def replay_safe(idempotent: bool, request: httpx.Request, idempotency_header: str) -> bool:
    """Whether sending ``request`` twice cannot do the work twice."""
    return (
        idempotent
        or "idempotency-key" in request.headers
        or bool(idempotency_header and idempotency_header in request.headers)
    )


def should_retry_status(
    response: httpx.Response, statuses: Collection[int], replay_safe: bool
) -> bool:
    """The server's ``x-should-retry`` header decides when present; else the status does."""
    verdict = response.headers.get("x-should-retry", "").strip().lower()
    if verdict == "true":
        return True
    if verdict == "false":
        return False
    status = response.status_code
    return status in statuses and (status in NOT_ACTED or replay_safe)


def should_retry_error(exc: httpx.TransportError, replay_safe: bool) -> bool:
    """A request that never left is always retried; one that may have arrived only if safe.

    A request h11 refuses to send (``LocalProtocolError``) fails the same way when repeated.
    """
    if isinstance(exc, httpx.LocalProtocolError):
        return False
    not_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    return not_sent or replay_safe


def retry_delay(
    attempt: int,
    response: httpx.Response | None,
    random: Callable[[], float],
    now: Callable[[], float],
) -> float:
    """The server's wait (``retry-after-ms``, then ``Retry-After``), else exponential backoff
    with up to 25% jitter."""
    if response is not None:
        after = retry_after(response.headers, now)
        if after is not None:
            return after
    base = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return base * (1 - 0.25 * random())


def retry_after(headers: httpx.Headers, now: Callable[[], float]) -> float | None:
    """Seconds the server asks to wait, bounded to ``MAX_RETRY_AFTER``; None if it does not say."""
    seconds: float | None = None
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            seconds = float(millis) / 1000.0
        except ValueError:
            seconds = None
    header = headers.get("retry-after")
    if seconds is None and header:
        try:
            seconds = float(header)
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(header)
            except (TypeError, ValueError, IndexError):
                return None
            seconds = when.timestamp() - now()
    if seconds is None or math.isnan(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)
