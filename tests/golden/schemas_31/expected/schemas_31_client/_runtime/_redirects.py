"""Following redirects by hand (httpx's own following is off), so each hop is checked.

A hop to another origin loses the credential headers and query parameters; one that would replay
a request body to another origin is refused (``UnsafeRedirectError``).
"""

from __future__ import annotations

import logging
import urllib.parse

import httpx

from . import _redact
from ._errors import APIConnectionError, UnsafeRedirectError

__all__ = ["MAX_REDIRECTS", "next_hop", "origin"]

log = logging.getLogger(__name__.split(".")[0])

MAX_REDIRECTS = 20


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


def _has_body(request: httpx.Request) -> bool:
    length = request.headers.get("content-length")
    return "transfer-encoding" in request.headers or (length is not None and length != "0")


def next_hop(
    response: httpx.Response,
    hops: int,
    secret_headers: frozenset[str],
    secret_query: frozenset[str],
) -> httpx.Request | None:
    """The request a redirect asks for (credentials removed when it leaves the origin), or
    ``None`` when ``response`` is not a redirect."""
    if response.next_request is None:
        return None
    if hops >= MAX_REDIRECTS:
        raise APIConnectionError(f"too many redirects (>{MAX_REDIRECTS})", request=response.request)
    request = response.next_request
    if origin(request.url) != origin(response.request.url):
        if _has_body(request):
            raise UnsafeRedirectError(
                f"{response.request.method} {_redact.url_text(response.request.url, secret_query)} "
                f"was redirected ({response.status_code}) to another origin "
                f"({request.url.scheme}://{request.url.host}); not followed, because it would "
                "send the request body there",
                response=response,
                body=None,
            )
        for name in list(request.headers):
            if name.lower() in secret_headers:
                del request.headers[name]
        if secret_query:
            kept = [(k, v) for k, v in request.url.params.multi_items() if k not in secret_query]
            request.url = request.url.copy_with(query=urllib.parse.urlencode(kept).encode() or None)
    log.debug("following redirect to %s", _redact.url_text(request.url, secret_query))
    return request
