"""Bearer tokens that come from somewhere: OAuth2 grants, and a hook for every other flow.

``OAuth2Tokens`` runs the client-credentials grant (or the refresh-token grant) against the
API's token endpoint, caches the access token, and fetches a new one shortly before it expires
or once after the API answers 401. One fetch is shared by every caller waiting for it: a
``threading.Lock`` for the sync client, an ``asyncio.Lock`` (per event loop) for the async one.
``CallableTokens`` wraps a caller's own function for flows this client does not implement
(authorization code, device code, OpenID Connect, workload identity ...).
"""

from __future__ import annotations

import dataclasses
import inspect
import ipaddress
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, Self, cast

import httpx

from ._errors import APIConnectionError, APIError, ClientConfigError, OAuthTokenError
from ._redact import clean

__all__ = [
    "CallableTokens",
    "OAuth2Flow",
    "OAuth2Tokens",
    "TokenProvider",
    "TokenSource",
]

log = logging.getLogger(__name__.split(".")[0])

TokenProvider = Callable[[], "str | Awaitable[str]"]
"""A function returning a bearer token (or an awaitable of one, for the async client).

It is called before every request and once more after a 401, so it should cache the token.
"""

# A token is renewed this long before it expires (at most a tenth of its lifetime earlier).
REFRESH_LEEWAY = 60.0


class TokenSource:
    """Supplies bearer tokens to the client; ``expire`` is called when the API refuses one."""

    def token(self, http: httpx.Client, timeout: Any) -> str:
        raise NotImplementedError

    async def token_async(self, http: httpx.AsyncClient, timeout: Any) -> str:
        raise NotImplementedError

    def expire(self, token: str) -> None:
        """Forget ``token`` (the API answered 401 to it) so the next call gets another."""

    def secrets(self) -> list[str]:
        """Values this source holds that messages and logs must never show (for redaction)."""
        return []

    def bind(self, base_url: str) -> Self:
        """Called by the client with its base URL (OAuth2 token URLs may be relative to it)."""
        return self


class CallableTokens(TokenSource):
    """A caller's ``token_provider`` function, called for each request."""

    def __init__(self, provider: TokenProvider) -> None:
        self._provider = provider

    def __repr__(self) -> str:
        return f"CallableTokens({getattr(self._provider, '__name__', 'provider')})"

    def token(self, http: httpx.Client, timeout: Any) -> str:
        value = self._provider()
        if inspect.isawaitable(value):
            cast("Any", value).close()
            raise TypeError("token_provider returned an awaitable; use it with the AsyncClient")
        return value

    async def token_async(self, http: httpx.AsyncClient, timeout: Any) -> str:
        value = self._provider()
        if inspect.isawaitable(value):
            return await value
        return value


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class OAuth2Flow:
    """What the API description says about an OAuth2 flow's endpoints.

    Relative URLs are resolved against the client's base URL.
    """

    token_url: str = ""
    refresh_url: str = ""
    scopes: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True)
class _Token:
    value: str
    expires_at: float | None  # on the source's clock; None: until the API refuses it
    refresh_token: str | None


class OAuth2Tokens(TokenSource):
    """Access tokens from an OAuth2 token endpoint (RFC 6749), cached until shortly before expiry.

    With ``client_id`` and ``client_secret`` it runs the client-credentials grant; with a
    ``refresh_token`` (and a ``refresh_url``) the refresh-token grant, falling back to client
    credentials if the refresh token is refused and client credentials are known. The client
    authenticates to the token endpoint with HTTP Basic (``client_auth="basic"``, RFC 6749's
    recommendation) or in the form body (``client_auth="body"``).
    """

    def __init__(
        self,
        *,
        token_url: str,
        client_id: str | None = None,
        client_secret: str | None = None,
        scopes: tuple[str, ...] = (),
        refresh_url: str = "",
        refresh_token: str | None = None,
        client_auth: str = "basic",
    ) -> None:
        if not (client_id and client_secret) and not refresh_token:
            raise ValueError("OAuth2Tokens needs client_id and client_secret, or a refresh_token")
        if client_auth not in ("basic", "body"):
            raise ValueError("client_auth must be 'basic' or 'body'")
        self.token_url = token_url
        self.refresh_url = refresh_url or token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self.scopes = scopes
        self.client_auth = client_auth
        self._current: _Token | None = None
        self._pending_refresh = refresh_token
        self._lock = threading.Lock()
        self._async_lock: Any = None
        self._async_loop: object = None
        self._now: Callable[[], float] = time.monotonic
        self.fetches = 0
        """How many tokens were fetched (for tests and metrics)."""

    def __repr__(self) -> str:
        return f"OAuth2Tokens(token_url={self.token_url!r}, client_id={self.client_id!r})"

    def secrets(self) -> list[str]:
        return [s for s in (self._client_secret, self._pending_refresh) if s]

    # -- the cache ------------------------------------------------------------------------------
    def _fresh(self) -> str | None:
        current = self._current
        if current is None:
            return None
        if current.expires_at is not None and self._now() >= current.expires_at:
            return None
        return current.value

    def expire(self, token: str) -> None:
        current = self._current
        if current is not None and current.value == token:  # not one a neighbour just fetched
            self._current = dataclasses.replace(current, expires_at=float("-inf"))

    def token(self, http: httpx.Client, timeout: Any) -> str:
        fresh = self._fresh()
        if fresh is not None:
            return fresh
        with self._lock:
            fresh = self._fresh()  # a caller that held the lock may have fetched it
            while fresh is None:
                url, form, auth = self._grant()
                try:
                    response = http.post(
                        url, data=form, auth=auth, timeout=timeout, headers=_HEADERS
                    )
                except httpx.TransportError as exc:
                    raise _unreachable(url, exc) from exc
                fresh = self._accept(response, form)
            return fresh

    async def token_async(self, http: httpx.AsyncClient, timeout: Any) -> str:
        fresh = self._fresh()
        if fresh is not None:
            return fresh
        async with self._lock_for_loop():
            fresh = self._fresh()
            while fresh is None:
                url, form, auth = self._grant()
                try:
                    response = await http.post(
                        url, data=form, auth=auth, timeout=timeout, headers=_HEADERS
                    )
                except httpx.TransportError as exc:
                    raise _unreachable(url, exc) from exc
                fresh = self._accept(response, form)
            return fresh

    def _lock_for_loop(self) -> Any:
        import asyncio  # here: the sync client never pays for importing asyncio

        loop = asyncio.get_running_loop()
        if self._async_lock is None or self._async_loop is not loop:
            self._async_lock, self._async_loop = asyncio.Lock(), loop
        return self._async_lock

    # -- the token endpoint --------------------------------------------------------------------
    def bind(self, base_url: str) -> Self:
        """Resolve relative endpoint URLs against the client's base URL; refuse plain HTTP to
        anything but this machine (the client secret would cross the network in clear).
        """
        base = httpx.URL(base_url + "/")
        self.token_url = str(base.join(self.token_url))
        self.refresh_url = str(base.join(self.refresh_url))
        for url in dict.fromkeys((self.token_url, self.refresh_url)):
            parsed = httpx.URL(url)
            if parsed.scheme != "https" and not (
                parsed.scheme == "http" and _loopback(parsed.host)
            ):
                raise ClientConfigError(f"the OAuth2 token URL {url!r} must use https")
        return self

    def _grant(self) -> tuple[str, dict[str, str], httpx.Auth]:
        refresh = self._pending_refresh or (self._current and self._current.refresh_token)
        if refresh:
            form = {"grant_type": "refresh_token", "refresh_token": refresh}
            url = self.refresh_url
        else:
            form = {"grant_type": "client_credentials"}
            url = self.token_url
            if self.scopes:
                form["scope"] = " ".join(self.scopes)
        auth = httpx.Auth()  # none
        if self.client_id and self._client_secret:
            if self.client_auth == "basic":
                auth = httpx.BasicAuth(self.client_id, self._client_secret)
            else:
                form["client_id"] = self.client_id
                form["client_secret"] = self._client_secret
        elif self.client_id:
            form["client_id"] = self.client_id
        return url, form, auth

    def _accept(self, response: httpx.Response, form: dict[str, str]) -> str | None:
        """The token the endpoint issued; None when a refused refresh token should give way to
        the client-credentials grant; raises ``OAuthTokenError`` for any other refusal.
        """
        url = str(response.request.url)
        try:
            body: Any = response.json()
        except ValueError:
            body = response.text[:500]
        fields: dict[str, Any] = cast("dict[str, Any]", body) if isinstance(body, dict) else {}
        token = fields.get("access_token")
        if response.status_code != 200 or not isinstance(token, str) or not token:
            if form["grant_type"] == "refresh_token" and self.client_id and self._client_secret:
                # A refused refresh token: start over with client credentials.
                self._pending_refresh = None
                self._current = None
                log.info("OAuth2 refresh token refused by %s; using client credentials", url)
                return None
            raise _token_error(url, response, body, fields)
        lifetime = fields.get("expires_in")
        expires_at = None
        if isinstance(lifetime, (int, float)) and not isinstance(lifetime, bool) and lifetime > 0:
            expires_at = self._now() + lifetime - min(REFRESH_LEEWAY, lifetime / 10)
        refresh = fields.get("refresh_token")
        self._current = _Token(token, expires_at, refresh if isinstance(refresh, str) else None)
        self._pending_refresh = None
        self.fetches += 1
        log.debug("OAuth2 token fetched from %s (expires in %s s)", url, lifetime)
        return token


_HEADERS = {"Accept": "application/json"}


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _unreachable(url: str, exc: httpx.TransportError) -> APIError:
    return APIConnectionError(
        f"fetching an OAuth2 token from {url} failed: {type(exc).__name__}",
        request=exc.request,
    )


def _token_error(
    url: str, response: httpx.Response, body: Any, fields: dict[str, Any]
) -> OAuthTokenError:
    error = fields.get("error")
    description = fields.get("error_description")
    error = error if isinstance(error, str) else ""
    description = clean(description) if isinstance(description, str) else ""
    error = clean(error, 100)
    detail = ": ".join(x for x in (error, description) if x) or "no access_token in the response"
    return OAuthTokenError(
        f"the OAuth2 token endpoint {url} refused to issue a token "
        f"({response.status_code} {clean(response.reason_phrase, 100)}): {detail}",
        response=response,
        body=body,
        error=error,
        error_description=description,
    )
