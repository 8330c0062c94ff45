"""One call's way through its attempts: every decision of the send loop, none of its I/O.

The sync and async clients run the same loop and differ only in how they send, read, sleep and
fetch tokens; what happens between (redirects, the one retry after a 401 with a new token, retried
statuses and errors, backoff within the deadline, hooks, the final decoding) is decided here, so
both behave the same by construction.
"""

# A ``Call`` makes the send loop's decisions for its client: it reads the client's credentials,
# secrets, defaults and clock, which are no part of the client's public surface.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import _failures, _outcome, _redact, _retries
from ._bounds import Deadline
from ._credentials import Credential, select
from ._encode import build_request
from ._errors import APIError
from ._hooks import RequestInfo, request_info, response_info
from ._oauth import TokenSource
from ._operation import Operation, RequestOptions, RequestParts, Timeout, describe
from ._redirects import next_hop, origin
from ._response import APIResponse
from ._types import NotGiven

if TYPE_CHECKING:
    from ._base import BaseClient

__all__ = ["Again", "Call"]

T = TypeVar("T")

log = logging.getLogger(__name__.split(".")[0])


@dataclasses.dataclass(frozen=True, slots=True)
class Again:
    """Close the response and send ``Call.request`` again, after sleeping ``delay`` if given."""

    delay: float | None = None


class Call(Generic[T]):
    """The state of one call: its request, attempts, redirects, retries left and deadline."""

    def __init__(
        self,
        client: BaseClient[Any, Any],
        op: Operation[T],
        options: RequestOptions,
        *,
        stream: bool,
    ) -> None:
        self.client = client
        self.op = op
        self.options = options
        self.stream = stream  # the success body is left unread (a ``StreamedResponse``)
        self.what = describe(op)
        self.request: httpx.Request | None = None
        self.attempt = 0
        self.retries_left = (
            client.max_retries if options.max_retries is None else options.max_retries
        )
        self.deadline = Deadline(client.deadline)
        self._hops = 0
        self._refreshed = False
        self._tokens: list[Credential] = []  # credentials whose token is fetched per attempt
        self._origin: tuple[str, str, int | None] | None = None

    # -- before sending -----------------------------------------------------------------------
    def start(self, http: httpx.Client | httpx.AsyncClient, parts: RequestParts) -> None:
        """Encode the request (raises ``MissingCredentialsError``, ``InvalidRequestError``)."""
        client = self.client
        credentials = select(client._credentials, self.op)
        self._tokens = [c for c in credentials if c.per_attempt]
        self.request = build_request(
            http,
            self.op,
            parts,
            self.options,
            client._defaults(self.op),
            credentials,
            self.retries_left,
        )
        self._origin = origin(self.request.url)

    @property
    def token_timeout(self) -> Timeout:
        timeout = self.options.timeout
        return self.client.timeout if isinstance(timeout, NotGiven) else timeout

    def begin(self) -> list[TokenSource]:
        """Begin an attempt: raise ``APITimeoutError`` if the deadline has passed; return the
        sources whose tokens this attempt needs (none once a redirect has left the API's origin)."""
        request = self._sent()
        self.deadline.check(self.what, request)
        if not self._tokens or origin(request.url) != self._origin:
            return []
        return [c.source for c in self._tokens if c.source is not None]

    def authorize(self, token: str) -> None:
        self._sent().headers["Authorization"] = f"Bearer {token}"

    def sending(self) -> httpx.Request:
        """The request of this attempt, its timeouts capped by the deadline, once logged and
        shown to the ``before_request`` hooks."""
        request = self._sent()
        self.deadline.cap(request)
        client = self.client
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s: %s %s (attempt %d) headers=%s",
                self.op.name,
                request.method,
                _redact.url_text(request.url, client._secret_query),
                self.attempt + 1,
                _redact.header_items(request.headers, client._secret_headers),
            )
        if client.hooks.before_request:
            info = self._info()
            for hook in client.hooks.before_request:
                hook(info)
        return request

    # -- after an answer ------------------------------------------------------------------------
    def answer(self, response: httpx.Response) -> Again | None:
        """``Again`` to send another attempt (the caller closes ``response``), ``None`` when
        ``response`` is the answer to read."""
        client = self.client
        if client.hooks.after_response:
            rid = _outcome.request_id(response, client.api.request_id_headers)
            info = response_info(self._info(), response, rid, client._secret_headers)
            for hook in client.hooks.after_response:
                hook(info)
        if client.follow_redirects:
            hop = next_hop(response, self._hops, client._secret_headers, client._secret_query)
            if hop is not None:
                self.request, self._hops = hop, self._hops + 1
                return Again()
        if response.status_code == 401 and self._tokens and not self._refreshed:
            log.info("%s: 401; fetching a new token and trying once more", self.op.name)
            sent = self._sent().headers.get("authorization", "").removeprefix("Bearer ")
            for cred in self._tokens:
                if cred.source is not None:
                    cred.source.expire(sent)  # the refused token: the retry gets a new one
            self._refreshed, self.attempt = True, self.attempt + 1
            return Again()
        if self.retries_left > 0 and self._retry_status(response):
            delay = self._backoff(response)
            if delay is not None:
                log.info(
                    "%s: status %s; retrying in %.2fs",
                    self.op.name,
                    response.status_code,
                    delay,
                )
                return self._retry(delay)
        return None

    def unread(self, response: httpx.Response) -> bool:
        """Whether the success body is handed over unread (streamed, or an event stream)."""
        return (self.stream or self.op.streamed) and response.is_success

    def transport_failed(self, exc: httpx.TransportError) -> float:
        """The delay before retrying after ``exc``; raises the typed error when not retried."""
        request = self._sent()
        delay = None
        if self.retries_left > 0 and _retries.should_retry_error(exc, self._replay_safe()):
            delay = self._backoff(None)
        if delay is None:
            raise _failures.connection_error(self.op, request, exc) from exc
        log.info("%s: %s; retrying in %.2fs", self.op.name, type(exc).__name__, delay)
        self._retry(delay)
        return delay

    def unsendable(self, exc: httpx.HTTPError) -> APIError:
        """Any other httpx failure (a body it cannot decode, say): typed, not retried."""
        return _failures.unsendable(self.op, self._sent(), exc)

    def result(self, response: httpx.Response) -> APIResponse[T]:
        """The answer: decoded (a read body) or handed over unread; an error status raises."""
        client = self.client
        rid = _outcome.request_id(response, client.api.request_id_headers)
        if self.unread(response):
            return _outcome.unread(self.op, response, self.stream, rid)
        if log.isEnabledFor(logging.DEBUG):  # redacting the URL costs more than the rest
            url = _redact.url_text(response.request.url, client._secret_query)
            log.debug(
                "%s: %s %s -> %s",
                self.op.name,
                self.op.method,
                url,
                response.status_code,
            )
        return _outcome.success(self.op, response, strict=client.strict_decoding, rid=rid)

    def failed(self, error: APIError) -> None:
        """Show the error the call raises to the ``on_error`` hooks."""
        if self.client.hooks.on_error:
            info = self._info()
            for hook in self.client.hooks.on_error:
                hook(info, error)

    # -- helpers --------------------------------------------------------------------------------
    def _sent(self) -> httpx.Request:
        assert self.request is not None, "Call.start() builds the request first"
        return self.request

    def _info(self) -> RequestInfo:
        client = self.client
        return request_info(
            self.op.name,
            self.op.method,
            client.base_url + self.op.path,
            self.request,
            self.attempt + 1,
            client._secret_headers,
            client._secret_query,
        )

    def _replay_safe(self) -> bool:
        header = self.client.api.idempotency_header
        return _retries.replay_safe(self.op.idempotent, self._sent(), header)

    def _retry_status(self, response: httpx.Response) -> bool:
        statuses = self.client.retry_statuses
        return _retries.should_retry_status(response, statuses, self._replay_safe())

    def _backoff(self, response: httpx.Response | None) -> float | None:
        """The delay before the next attempt, or ``None`` if the deadline leaves no time for one."""
        client = self.client
        delay = _retries.retry_delay(self.attempt, response, client._random, client._now)
        if not self.deadline.allows(delay):
            log.info(
                "%s: no retry, %.2fs of backoff would pass the deadline",
                self.op.name,
                delay,
            )
            return None
        return delay

    def _retry(self, delay: float) -> Again:
        self.retries_left, self.attempt = self.retries_left - 1, self.attempt + 1
        return Again(delay)
