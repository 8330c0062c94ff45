"""Encoding one call's arguments into the ``httpx.Request`` that is sent (on every attempt).

Arguments that cannot be sent as given (CR/LF in a header, NaN in a JSON body, an unencodable
path value) raise ``InvalidRequestError`` naming the operation, never a raw ``ValueError``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import Any, cast

import httpx

from . import _checks, _redact, _retries
from ._credentials import Credential
from ._errors import APIError, InvalidRequestError
from ._operation import Operation, RequestOptions, RequestParts, Timeout, describe
from ._params import cookie_pairs, header_value, is_unset, path_text, query_pairs, quote
from ._types import UNSET, NotGiven

__all__ = ["Defaults", "build_request"]

_PATH_PARAM = re.compile(r"\{([^{}]*)\}")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Defaults:
    """What a client adds to every request it sends."""

    base_url: str
    headers: Mapping[str, str]
    accept_fixed: bool  # the caller set Accept: operations do not replace it
    query: Sequence[tuple[str, str]]
    timeout: Timeout
    idempotency_header: str  # empty: the API declares none


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    op: Operation[Any],
    parts: RequestParts,
    options: RequestOptions,
    defaults: Defaults,
    credentials: Sequence[Credential],
    retries: int,
) -> httpx.Request:
    """The request for one call; arguments that cannot be sent raise ``InvalidRequestError``."""
    try:
        return _encode(http, op, parts, options, defaults, credentials, retries)
    except APIError:
        raise
    except (ValueError, TypeError, UnicodeError) as exc:
        if parts.json is not UNSET:
            _checks.finite_json(parts.json, where=f"{describe(op)} was not sent")
        raise InvalidRequestError(
            f"{describe(op)} was not sent: {type(exc).__name__}: {_redact.clean(str(exc))}"
        ) from None


def _encode(
    http: httpx.Client | httpx.AsyncClient,
    op: Operation[Any],
    parts: RequestParts,
    options: RequestOptions,
    defaults: Defaults,
    credentials: Sequence[Credential],
    retries: int,
) -> httpx.Request:
    where = f"{describe(op)} was not sent"
    path = _PATH_PARAM.sub(lambda m: path_text(m.group(1), parts.path[m.group(1)]), op.path)
    query = [pair for name, value in defaults.query for pair in query_pairs(name, value)]
    for name, value in parts.query:
        query.extend(query_pairs(name, value))
    headers = dict(defaults.headers)
    if not defaults.accept_fixed:
        headers["Accept"] = op.accept
    cookies: list[tuple[str, str]] = []
    credential_query: list[tuple[str, str]] = []
    credential_cookies: dict[str, str] = {}
    for cred in credentials:
        cred.apply(headers, credential_query, credential_cookies)
    query.extend(f"{quote(k)}={quote(v)}" for k, v in credential_query)
    for name, value in credential_cookies.items():  # RFC 6265 octets, as any cookie
        cookies.extend(cookie_pairs(name, value))
    for name, value in parts.headers:
        if not is_unset(value):
            try:
                headers[name] = header_value(value)
            except ValueError as exc:  # say which header; never its value
                raise InvalidRequestError(f"{where}: header {name}: {exc}") from None
    for name, value in parts.cookies:
        cookies.extend(cookie_pairs(name, value))
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies)
    if parts.content_type:
        headers["Content-Type"] = parts.content_type
    if options.extra_headers:
        headers.update(options.extra_headers)
    if options.extra_query:
        query.extend(f"{quote(k)}={quote(str(v))}" for k, v in options.extra_query.items())
    key_header = defaults.idempotency_header
    if (
        key_header
        and not op.idempotent
        and retries > 0
        and not any(name.lower() == key_header.lower() for name in headers)
    ):
        headers[key_header] = _retries.new_idempotency_key()  # the same on every attempt
    _checks.headers(headers, where=where)
    body = parts.json if not options.extra_body else with_extra_body(op, parts, options.extra_body)
    timeout = defaults.timeout if isinstance(options.timeout, NotGiven) else options.timeout
    url = defaults.base_url + path + ("?" + "&".join(query) if query else "")
    return http.build_request(
        op.method,
        url,
        headers=headers,
        json=None if body is UNSET else body,
        content=parts.content,
        data=parts.data,
        files=parts.files,
        timeout=timeout,
    )


def with_extra_body(op: Operation[Any], parts: RequestParts, extra: Mapping[str, object]) -> Any:
    """The JSON body with ``extra_body``'s properties added (the whole body, when there is none)."""
    body = parts.json
    if parts.content is not None or parts.data is not None or parts.files is not None:
        raise InvalidRequestError(
            f"{describe(op)} was not sent: extra_body needs a JSON body; this one is not JSON"
        )
    if body is UNSET:
        return dict(extra)
    if not isinstance(body, dict):
        raise InvalidRequestError(
            f"{describe(op)} was not sent: extra_body needs a JSON object body, "
            f"not {type(body).__name__}"
        )
    return {**cast("dict[str, Any]", body), **extra}
