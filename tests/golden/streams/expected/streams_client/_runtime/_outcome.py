"""What a response becomes: the decoded success (an ``APIResponse``) or a typed error.

A success body that does not match the API description raises ``APIResponseValidationError``
(where, and why); any other status raises the ``APIStatusError`` subclass for it, carrying the
decoded error body. Both carry the server's request ID when it sent one.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar, cast

import httpx

from . import _redact
from ._decode import DecodeError, lenient
from ._errors import APIResponseValidationError, error_class
from ._operation import Decoder, Operation, describe, lookup
from ._response import APIResponse
from ._streaming import StreamedResponse

__all__ = ["error_detail", "request_id", "success", "unread"]

T = TypeVar("T")

log = logging.getLogger(__name__.split(".")[0])

# The top-level fields of a JSON error body that carry its message, most specific first.
_DETAIL_FIELDS = ("message", "error", "detail", "title")


def request_id(response: httpx.Response, names: Sequence[str]) -> str | None:
    """The first request-ID header of ``names`` the server sent (bounded, cleaned)."""
    for name in names:
        value: str | None = response.headers.get(name)
        if value:
            return _redact.clean(value, 200)
    return None


def _note(rid: str | None) -> str:
    return f" (request ID {rid})" if rid else ""


def success(
    op: Operation[T], response: httpx.Response, *, strict: bool, rid: str | None
) -> APIResponse[T]:
    """The decoded answer of a buffered response; a non-success status raises its error."""
    status = response.status_code
    if 200 <= status < 300:
        decoder = lookup(op.success, status) or next(iter(op.success.values()), None)
        if decoder is None:
            return APIResponse(http_response=response, parsed=None, request_id=rid)  # type: ignore[arg-type]
        parsed = _decode(op, decoder, response, strict, rid)
        return APIResponse(http_response=response, parsed=parsed, request_id=rid)
    body = _error_body(op, response)
    detail = error_detail(body)
    raise error_class(status)(
        f"{describe(op)} failed with {status} {_redact.clean(response.reason_phrase, 100)}"
        + (f": {detail}" if detail else "")
        + _note(rid),
        response=response,
        body=body,
        request_id=rid,
    )


def unread(
    op: Operation[T], response: httpx.Response, raw: bool, rid: str | None
) -> APIResponse[T]:
    """A success whose body the caller reads as it arrives (streamed or an event stream)."""
    log.debug("%s: %s %s -> %s (streamed)", op.name, op.method, op.path, response.status_code)
    if raw:
        streamed: Any = StreamedResponse(response)
        return APIResponse(http_response=response, parsed=streamed, request_id=rid)
    decoder = lookup(op.success, response.status_code) or next(iter(op.success.values()))
    return APIResponse(http_response=response, parsed=decoder(response), request_id=rid)


def _decode(
    op: Operation[T],
    decoder: Decoder[T],
    response: httpx.Response,
    strict: bool,
    rid: str | None,
) -> T:
    """The decoded body; anything that does not match raises ``APIResponseValidationError``."""
    try:
        if strict:
            return decoder(response)
        with lenient():
            return decoder(response)
    except DecodeError as exc:
        path, reason = exc.path, f"at {exc.location}: {exc.reason}"
    except RecursionError:
        path, reason = [], "it is nested more deeply than this client decodes"
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        path, reason = [], f"{type(exc).__name__}: {exc}"
    raise APIResponseValidationError(
        f"{describe(op)} returned {response.status_code}, but its body does not match the API "
        f"description {_redact.clean(reason)}" + _note(rid),
        response=response,
        path=path,
        body=_raw_body(response),
        request_id=rid,
    )


def _error_body(op: Operation[Any], response: httpx.Response) -> Any:
    """The error model the API describes for this status, else the raw JSON value or text."""
    decoder = lookup(op.errors, response.status_code)
    if decoder is not None:
        try:
            return decoder(response)
        except (
            KeyError,
            TypeError,
            ValueError,
            AttributeError,
            ArithmeticError,
            RecursionError,
        ):
            log.debug("%s: error body does not match the API description; kept raw", op.name)
    return _raw_body(response)


def _raw_body(response: httpx.Response) -> Any:
    """The body as parsed JSON, or its text when it is not JSON (nor nested too deeply)."""
    try:
        return response.json()
    except (ValueError, RecursionError):
        return response.text


def _json_fields(body: object) -> Mapping[str, object]:
    return cast("dict[str, object]", body) if isinstance(body, dict) else {}


def error_detail(body: object) -> str:
    """The message an error body carries (a model's attribute or a JSON field), cleaned."""
    fields = _json_fields(body)
    for name in _DETAIL_FIELDS:
        value: object = getattr(body, name, None)
        if value is None:
            value = fields.get(name)
        if isinstance(value, str) and value:
            return _redact.clean(value)
    return ""
