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

from ._errors import APIError

__all__ = ["Hooks", "RequestInfo", "ResponseInfo", "setup_logging"]


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
