"""Client hooks (before each attempt, after each response, on the error a call raises) and the
``<PACKAGE>_LOG`` environment switch.

Hooks receive a redacted view of the request, never the ``httpx.Request`` itself: credentials
in headers and in the query are already masked, so a hook that logs or traces cannot leak them.
They are plain callables, called in the order given, for the sync and the async client alike;
an exception a hook raises propagates to the caller.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence

import httpx

from ._errors import APIError
from ._redact import header_items, url_text

__all__ = [
    "Hooks",
    "RequestInfo",
    "ResponseInfo",
    "request_info",
    "response_info",
    "setup_logging",
]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class RequestInfo:
    """One attempt of a call, as a hook sees it (credentials masked)."""

    operation: str
    """The endpoint function's name, or ``"request"`` for ``client.request(...)``."""
    method: str
    url: str
    headers: Mapping[str, str]
    """Case-insensitive (an ``httpx.Headers``)."""
    attempt: int
    """1 for the first attempt, 2 for the first retry, ..."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ResponseInfo:
    """A response to one attempt, as a hook sees it (before its body is decoded)."""

    request: RequestInfo
    status_code: int
    headers: Mapping[str, str]
    request_id: str | None


BeforeRequest = Callable[[RequestInfo], object]
AfterResponse = Callable[[ResponseInfo], object]
OnError = Callable[[RequestInfo, APIError], object]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Hooks:
    """Callables the client runs around every call.

    ``before_request`` runs before each attempt (retries included), ``after_response`` after each
    response arrives (a retried one too), ``on_error`` once, with the error the call raises.
    """

    before_request: Sequence[BeforeRequest] = ()
    after_response: Sequence[AfterResponse] = ()
    on_error: Sequence[OnError] = ()

    def __bool__(self) -> bool:
        return bool(self.before_request or self.after_response or self.on_error)


NO_HOOKS = Hooks()

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}


def setup_logging(env_var: str, logger: logging.Logger) -> None:
    """Log to stderr at the level ``env_var`` names (``debug``, ``info``); once per process.

    Without the variable nothing is configured: the application's logging setup decides.
    """
    level = _LEVELS.get(os.environ.get(env_var, "").strip().lower())
    if level is None or getattr(logger, "_env_configured", False):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger._env_configured = True  # type: ignore[attr-defined]


def request_info(
    operation: str,
    method: str,
    url: str,
    request: httpx.Request | None,
    attempt: int,
    secret_headers: frozenset[str],
    secret_query: frozenset[str],
) -> RequestInfo:
    """What hooks see of an attempt: credentials masked (the request itself never leaves).

    Without a ``request`` (the call failed before one could be built), ``method`` and ``url``
    say what was being called.
    """
    if request is None:
        return RequestInfo(operation=operation, method=method, url=url, headers={}, attempt=attempt)
    return RequestInfo(
        operation=operation,
        method=request.method,
        url=url_text(request.url, secret_query),
        headers=httpx.Headers(header_items(request.headers, secret_headers)),
        attempt=attempt,
    )


def response_info(
    request: RequestInfo,
    response: httpx.Response,
    request_id: str | None,
    secret_headers: frozenset[str],
) -> ResponseInfo:
    """What ``after_response`` hooks see of a response (its body not yet read)."""
    return ResponseInfo(
        request=request,
        status_code=response.status_code,
        headers=httpx.Headers(header_items(response.headers, secret_headers)),
        request_id=request_id,
    )
