"""Redaction: what keeps credentials out of every message, log line and exception text.

Each client registers its ``Secrets`` (credential values in every form they travel in, and the
names of the headers and query parameters that carry them) while it is open. ``scrub`` masks all
of them in a text; ``APIError`` passes its message through it, and ``LOG_FILTER`` does the same for
every record of this package's, httpx's and httpcore's loggers (httpx logs the full URL of each
request at INFO, query API keys included; httpcore logs response headers, cookies included, at
DEBUG). Text a server sends is untrusted too: ``clean`` escapes its control characters and bounds
its length before it goes into a message, so a response cannot forge log lines or drive a terminal.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
import unicodedata
import urllib.parse
import weakref
from collections.abc import Iterable

REDACTED = "<redacted>"
# Shorter secrets are not masked by value (that would mask ordinary text); the places they travel
# in (credential headers and query parameters) are still masked by name.
MIN_SECRET_LENGTH = 4
# How much server-supplied text a message carries.
MAX_SERVER_TEXT = 500
# Header names that carry credentials whatever the API description says.
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
# Loggers of the libraries underneath: their records pass through LOG_FILTER while a client is open.
# A logger's filters only see records logged to that very logger, so each one is named.
LIBRARY_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def _forms(value: str) -> set[str]:
    """The ways a secret may be written in a message: as is, stripped, URL- and repr-escaped."""
    forms = {
        value,
        value.strip(),
        repr(value)[1:-1],
        urllib.parse.quote(value, safe=""),
        urllib.parse.quote_plus(value),
        repr(value.encode("utf-8", "replace"))[2:-1],
    }
    return {f for f in forms if len(f) >= MIN_SECRET_LENGTH}


class Secrets:
    """The secrets of one client: values to mask wherever they appear, and the names carrying them."""

    __slots__ = ("__weakref__", "_pattern", "headers", "query", "values")

    def __init__(
        self,
        values: Iterable[str],
        *,
        headers: Iterable[str] = (),
        query: Iterable[str] = (),
    ) -> None:
        self.values: frozenset[str] = frozenset(f for v in values if v for f in _forms(v))
        self.headers = SECRET_HEADERS | {h.lower() for h in headers}
        self.query = frozenset(query)
        self._pattern = _compile(self.values, self.headers, self.query)

    @classmethod
    def basic(cls, user: str, password: str) -> list[str]:
        """The values a basic credential travels as: the password, the pair and its base64 form."""
        pair = f"{user}:{password}"
        return [password, pair, base64.b64encode(pair.encode("utf-8")).decode("ascii")]

    def mask(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(_replacement, text)


def _compile(
    values: frozenset[str], headers: frozenset[str], query: frozenset[str]
) -> re.Pattern[str] | None:
    """One pattern for all: the longest value first, so a value containing another is masked whole."""
    alternatives = (
        [f"(?P<v>{'|'.join(re.escape(v) for v in sorted(values, key=len, reverse=True))})"]
        if values
        else []
    )
    names = "|".join(re.escape(h) for h in sorted(headers))
    # ``Name: value`` (a header line), ``'Name': 'value'`` / ``(b'Name', b'value')`` (reprs).
    alternatives.append(
        rf"(?P<h>(?i:\b(?:{names}))(?:\s*:\s*|['\"]\s*[,:]\s*b?['\"]))" r"(?P<hv>[^'\"\r\n]*)"
    )
    if query:
        keys = "|".join(re.escape(urllib.parse.quote_plus(q)) for q in sorted(query))
        alternatives.append(rf"(?P<q>[?&;](?:{keys})=)(?P<qv>[^&#\s'\"]*)")
    return re.compile("|".join(alternatives))


def _replacement(match: re.Match[str]) -> str:
    if match.group("h") is not None:
        return match.group("h") + REDACTED
    if "q" in match.re.groupindex and match.group("q") is not None:
        return match.group("q") + REDACTED
    return REDACTED


_active: weakref.WeakSet[Secrets] = weakref.WeakSet()
_lock = threading.Lock()


def scrub(text: str) -> str:
    """``text`` with every open client's secrets masked."""
    for secrets in list(_active):
        text = secrets.mask(text)
    return text


def register(secrets: Secrets, own_logger: str) -> None:
    """Mask ``secrets`` from now on (until ``unregister``): in messages and in log records."""
    with _lock:
        _active.add(secrets)
        for name in (own_logger, *LIBRARY_LOGGERS):
            logger = logging.getLogger(name)
            if LOG_FILTER not in logger.filters:
                logger.addFilter(LOG_FILTER)


def unregister(secrets: Secrets) -> None:
    with _lock:
        _active.discard(secrets)


class _RedactingFilter(logging.Filter):
    """Rewrites a record's message (and its formatted traceback) with the secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _active:
            return True
        try:
            text = record.getMessage()
        except (
            TypeError,
            ValueError,
        ):  # a broken format string: leave it to the handler
            return True
        masked = scrub(text)
        if masked != text:
            record.msg, record.args = masked, None
        if record.exc_info and record.exc_info[1] is not None:
            import traceback

            record.exc_text = scrub(
                "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            )
        return True


LOG_FILTER = _RedactingFilter()

_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})


def clean(text: str, limit: int = MAX_SERVER_TEXT) -> str:
    """Server-supplied text fit for a message: control characters escaped, length bounded."""
    if len(text) > limit:
        extra = len(text) - limit
        text = text[:limit]
    else:
        extra = 0
    if not text.isprintable():
        text = "".join(
            (
                ch
                if ch == " " or unicodedata.category(ch) not in _UNSAFE_CATEGORIES
                else ascii(ch)[1:-1]
            )
            for ch in text
        )
    return text + (f"... ({extra} more characters)" if extra else "")
