"""Checks on what a request is built from, made before anything is sent.

A bad value caught here is the caller's mistake, so it gets a clear error naming the value's place
(never the value itself, which may be a secret) instead of a failure deep in httpx or h11, and is
never retried: repeating it cannot help. Header values with CR or LF would split the request
(header injection); cookie values are percent-encoded to RFC 6265's ``cookie-octet`` so that
``"v; admin=true"`` stays one cookie; JSON has no NaN or Infinity; credentials with whitespace or
control characters (a token read from a file with its trailing newline) are refused when the client
is built, not discovered as a garbled ``Authorization`` header.
"""

from __future__ import annotations

import math
import re
import urllib.parse
from collections.abc import Mapping, Sequence
from typing import Any, cast

import httpx

from ._errors import APIError, ClientConfigError, InvalidRequestError

# RFC 9110 token: a header or cookie name.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# Visible ASCII, space and tab inside a header value (RFC 9110 field-content, ASCII only: httpx
# encodes header values as ASCII).
_FIELD_VALUE = re.compile(r"[\t\x20-\x7e]*")
# RFC 6265 cookie-octet: visible ASCII except space, DQUOTE, comma, semicolon and backslash.
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"


def _describe_character(value: str) -> str:
    for index, ch in enumerate(value):
        if not ("\x20" <= ch <= "\x7e" or ch == "\t"):
            if ch == "\n" and index == len(value) - 1:
                return "ends with a newline"
            what = "a non-ASCII character" if ord(ch) > 0x7E else f"the control character {ch!a}"
            return f"contains {what} at position {index}"
    return "is not a valid header value"


def header(
    name: str, value: str, *, where: str, error: type[APIError] = InvalidRequestError
) -> None:
    """Refuse a header name or value that would not be sent as given."""
    if not _TOKEN.fullmatch(name):
        raise error(f"{where}: header name {ascii(name)[:80]} is not a valid HTTP token")
    if not _FIELD_VALUE.fullmatch(value):
        raise error(
            f"{where}: the value of header {name!r} {_describe_character(value)}; "
            "header values must be printable ASCII"
        )
    if value != value.strip(" \t"):
        raise error(
            f"{where}: the value of header {name!r} has leading or trailing "
            "whitespace, which HTTP drops"
        )


def headers(
    items: Mapping[str, str], *, where: str, error: type[APIError] = InvalidRequestError
) -> None:
    for name, value in items.items():
        header(name, value, where=where, error=error)


def cookie_header(cookies: Mapping[str, str], *, where: str) -> str:
    """The ``Cookie`` header: names checked, values percent-encoded to RFC 6265 cookie-octets."""
    for name in cookies:
        if not _TOKEN.fullmatch(name):
            raise InvalidRequestError(
                f"{where}: cookie name {ascii(name)[:80]} is not a valid token"
            )
    return "; ".join(
        f"{name}={urllib.parse.quote(value, safe=_COOKIE_SAFE)}" for name, value in cookies.items()
    )


def finite_json(value: Any, *, where: str) -> None:
    """Refuse NaN and infinities anywhere in a JSON body (JSON cannot carry them), naming the place."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        item, pointer = stack.pop()
        if isinstance(item, float):
            if not math.isfinite(item):
                raise InvalidRequestError(
                    f"{where}: the request body has {item!r} at "
                    f"{pointer or '/'}; JSON has no NaN or Infinity"
                )
        elif isinstance(item, Mapping):
            mapping = cast("Mapping[object, object]", item)
            stack.extend((v, f"{pointer}/{k}") for k, v in mapping.items())
        elif isinstance(item, (list, tuple)):
            sequence = cast("Sequence[object]", item)
            stack.extend((v, f"{pointer}/{i}") for i, v in enumerate(sequence))


def credential(label: str, value: str, *, allow_spaces: bool = False) -> None:
    """Refuse a credential with whitespace or control characters; the message never shows it.

    A trailing newline (a secret read from a file or a mounted volume) is refused with a hint
    rather than stripped: a client that silently changes a credential hides the mistake from the
    next tool that reads the same file.
    """
    if value.endswith(("\n", "\r")) and not any(ch.isspace() for ch in value.rstrip("\r\n")):
        raise ClientConfigError(
            f"{label} ends with a newline (read from a file?); strip it, e.g. "
            "open(path).read().strip()"
        )
    for index, ch in enumerate(value):
        bad = (
            ch.isspace() and not (allow_spaces and ch == " ") or not ch.isprintable() and ch != " "
        )
        if bad:
            raise ClientConfigError(
                f"{label} contains {'whitespace' if ch.isspace() else 'a control character'} "
                f"({ch!a}) at position {index} of {len(value)}; credentials "
                "must not contain whitespace or control characters"
            )
    if not allow_spaces and not value.isascii():
        raise ClientConfigError(
            f"{label} contains non-ASCII characters; it cannot be sent in a header"
        )


def base_url(url: str) -> str:
    """The base URL without a trailing slash; refused unless it is an absolute http(s) URL."""
    if not url:
        raise ClientConfigError(
            "base_url is required: the API description names no absolute server URL"
        )
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise ClientConfigError(f"base_url {ascii(url)[:200]} is not a valid URL: {exc}") from None
    if any(ch.isspace() or not ch.isprintable() for ch in url):
        raise ClientConfigError(
            f"base_url {ascii(url)[:200]} contains whitespace or control characters"
        )
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise ClientConfigError(f"base_url {ascii(url)[:200]} has a port outside 1-65535")
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ClientConfigError(
            f"base_url {ascii(url)[:200]} must be an absolute http:// or https:// URL"
        )
    if parsed.query or parsed.fragment:
        raise ClientConfigError(f"base_url {ascii(url)[:200]} must not have a query or fragment")
    return url.rstrip("/")


def size_limit(value: object) -> int | None:
    """``max_response_size``: ``None`` (no cap) or a whole number of bytes, at least 0. Typed
    ``object``: callers without a type checker pass anything, and this is where it is refused."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ClientConfigError(
            f"max_response_size must be a number of bytes (0 or more) or None, not {value!r}"
        )
    return value


def seconds(name: str, value: object) -> float | None:
    """A duration option (``deadline``): ``None`` (no bound) or a finite number above 0."""
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ClientConfigError(
            f"{name} must be a number of seconds above 0 or None, not {value!r}"
        )
    return value
