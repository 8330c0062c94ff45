"""Transport failures as typed errors: a timeout, an unreachable host, an unsendable request.

The underlying httpx exception stays as ``__cause__`` (for tracebacks), with every open client's
secrets masked in its text.
"""

from __future__ import annotations

from typing import Any

import httpx

from . import _redact
from ._errors import APIConnectionError, APIError, APITimeoutError
from ._operation import Operation, describe

__all__ = ["connection_error", "unsendable"]


def _scrub(exc: BaseException) -> None:
    """Mask secrets in the text of an exception kept as ``__cause__`` (tracebacks print it)."""
    exc.args = tuple(_redact.scrub(a) if isinstance(a, str) else a for a in exc.args)


def connection_error(
    op: Operation[Any], request: httpx.Request, exc: httpx.TransportError
) -> APIError:
    """No response arrived: ``APITimeoutError`` for a timeout, else ``APIConnectionError``."""
    _scrub(exc)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{describe(op)} timed out ({type(exc).__name__})", request=request)
    return APIConnectionError(
        f"{describe(op)} could not reach {request.url.host}: {type(exc).__name__}: "
        f"{_redact.clean(str(exc))}",
        request=request,
    )


def unsendable(op: Operation[Any], request: httpx.Request, exc: httpx.HTTPError) -> APIError:
    """Any other httpx failure (an invalid URL, a body it cannot decode): typed, not retried."""
    _scrub(exc)
    return APIConnectionError(
        f"{describe(op)} failed: {type(exc).__name__}: {_redact.clean(str(exc))}",
        request=request,
    )
