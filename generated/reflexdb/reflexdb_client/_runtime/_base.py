"""``BaseClient``: the settings and state the sync and async clients share; no I/O happens here."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Collection, Mapping
from typing import Any, Generic, TypeVar

import httpx

from . import _checks, _redact, _retries
from ._bounds import DEFAULT_MAX_RESPONSE_SIZE
from ._credentials import Credential
from ._encode import Defaults
from ._errors import ClientConfigError
from ._hooks import NO_HOOKS, Hooks, setup_logging
from ._operation import Operation, Timeout
from ._options import DEFAULT_API, ApiInfo, OptionsMixin
from ._servers import ChosenServer

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "BaseClient"]

log = logging.getLogger(__name__.split(".")[0])

# The httpx client and transport of each colour: BaseClient[httpx.Client, httpx.BaseTransport] is
# the sync client, BaseClient[httpx.AsyncClient, httpx.AsyncBaseTransport] the async one.
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2


class BaseClient(OptionsMixin, Generic[HttpT, TransportT]):
    """Settings and state shared by the sync and async clients; no I/O happens here.

    While a client is open, its credentials are registered for redaction (``_redact``): every
    exception message and log record has them masked.
    """

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, Credential],
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        follow_redirects: bool = False,
        user_agent: str,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        deadline: float | None = None,
        transport: TransportT | None = None,
        http_client: HttpT | None = None,
        strict_decoding: bool = True,
        api: ApiInfo = DEFAULT_API,
        default_query: Mapping[str, str] | None = None,
        retry_statuses: Collection[int] | None = None,
        hooks: Hooks | None = None,
        servers: ChosenServer | None = None,
    ) -> None:
        self.base_url = _checks.base_url(base_url)
        self._servers = servers
        self._operation_urls: dict[str, str] = {}
        self.timeout = timeout
        self.max_retries = max_retries
        self.follow_redirects = follow_redirects
        self.max_response_size = _checks.size_limit(max_response_size)
        self.deadline = _checks.seconds("deadline", deadline)
        self.strict_decoding = strict_decoding
        self.api = api
        self.default_query = tuple((default_query or {}).items())
        self.retry_statuses = (
            _retries.DEFAULT_RETRY_STATUSES if retry_statuses is None else frozenset(retry_statuses)
        )
        self.hooks = hooks or NO_HOOKS
        self._credentials = dict(credentials)
        for cred in self._credentials.values():
            if cred.source is not None:
                cred.source.bind(self.base_url)
        self._default_headers = {
            "User-Agent": user_agent,
            "Accept": "application/json",
            **(headers or {}),
        }
        self._accept_fixed = any(name.lower() == "accept" for name in (headers or {}))
        _checks.headers(
            self._default_headers,
            where=f"{type(self).__name__}(headers=...)",
            error=ClientConfigError,
        )
        self._owns_secrets = True  # False in a ``with_options`` copy: the original registered them
        self._secrets = _redact.Secrets(
            [secret for c in self._credentials.values() for secret in c.secrets()],
            headers=self._secret_headers,
            query=self._secret_query,
        )
        _redact.register(self._secrets, log.name)
        # Seams for tests: the clock, the jitter and the sleep of the retry loop.
        self._sleep_seconds: Callable[[float], Any] = time.sleep
        self._random: Callable[[], float] = random.random
        self._now: Callable[[], float] = time.time
        if api.log_env:
            setup_logging(api.log_env, log)
        self._owns_http = http_client is None
        self._http: HttpT = self._open_http(transport) if http_client is None else http_client

    def _open_http(self, transport: TransportT | None) -> HttpT:
        """The client's own httpx client (redirects are followed by the send loop, not httpx)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _release(self) -> None:
        """Stop masking this client's secrets (it is closed); a copy leaves them to the original."""
        if self._owns_secrets:
            _redact.unregister(self._secrets)

    @property
    def _secret_headers(self) -> frozenset[str]:
        return _redact.SECRET_HEADERS | {
            c.param_name.lower() for c in self._credentials.values() if c.location == "header"
        }

    @property
    def _secret_query(self) -> frozenset[str]:
        return frozenset(c.param_name for c in self._credentials.values() if c.location == "query")

    def _base_url_of(self, op: Operation[Any]) -> str:
        """Where ``op`` is sent: its own first server (with the client's server variables) unless
        the caller gave the base URL, else the client's base URL."""
        if not op.servers or self._servers is None or self._servers.overridden:
            return self.base_url
        url = self._operation_urls.get(op.name)
        if url is None:
            url = _checks.base_url(op.servers[0].url_with(self._servers.variables))
            self._operation_urls[op.name] = url
        return url

    def _defaults(self, op: Operation[Any]) -> Defaults:
        """What this client adds to a request of ``op`` (read per call: ``with_options`` copies
        differ)."""
        return Defaults(
            base_url=self._base_url_of(op),
            headers=self._default_headers,
            accept_fixed=self._accept_fixed,
            query=self.default_query,
            timeout=self.timeout,
            idempotency_header=self.api.idempotency_header,
        )
