"""Client-wide settings: what the API description fixes for every call (``ApiInfo``), the
per-call options every endpoint accepts, and ``with_options`` (a copy of a client with other
settings that shares its connection pool and credentials, OAuth2 token cache included).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Collection, Mapping
from typing import Self, TypedDict

from . import _checks
from ._errors import ClientConfigError
from ._hooks import Hooks
from ._operation import Timeout
from ._servers import ChosenServer
from ._types import NOT_GIVEN, NotGiven

__all__ = ["ApiInfo", "CallOptions", "OptionsMixin", "Timeout"]

DEFAULT_REQUEST_ID_HEADERS = ("x-request-id", "request-id")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ApiInfo:
    """What the API description (and the generator's configuration) says about every call."""

    security: tuple[tuple[str, ...], ...] = ()
    """The API-wide security requirement: what ``client.request(...)`` authenticates with."""
    idempotency_header: str = ""
    """The header that makes a non-idempotent request safe to retry; empty when the API has none."""
    request_id_headers: tuple[str, ...] = DEFAULT_REQUEST_ID_HEADERS
    """Response headers that carry the server's request ID, the first present one wins."""
    log_env: str = ""
    """The environment variable that turns on logging to stderr (``debug`` or ``info``)."""


DEFAULT_API = ApiInfo()


class CallOptions(TypedDict, total=False):
    """Per-call options of ``client.request(...)``, as every endpoint function has them."""

    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, str] | None
    extra_body: Mapping[str, object] | None
    timeout: Timeout | NotGiven
    max_retries: int | None


class OptionsMixin:
    """``with_options`` for the sync and async clients."""

    base_url: str
    timeout: Timeout
    max_retries: int
    retry_statuses: frozenset[int]
    default_query: tuple[tuple[str, str], ...]
    hooks: Hooks
    max_response_size: int | None
    deadline: float | None
    strict_decoding: bool
    _default_headers: dict[str, str]
    _accept_fixed: bool
    _owns_http: bool
    _owns_secrets: bool
    _servers: ChosenServer | None

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        default_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        retry_statuses: Collection[int] | NotGiven = NOT_GIVEN,
        hooks: Hooks | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        strict_decoding: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with other settings; what is not given stays as it is.

        It is cheap (no new connections), so it also serves for one call's settings:
        ``get_report(client.with_options(deadline=5, max_response_size=2**30), id=...)``.
        ``headers`` and ``default_query`` are added to (and override) the client's own. The copy
        shares the connection pool and the credentials (and so the OAuth2 token cache); closing
        it does not close the pool, closing the original does.
        """
        clone = copy.copy(self)
        clone._owns_http = clone._owns_secrets = False
        if not isinstance(base_url, NotGiven):
            clone.base_url = _checks.base_url(base_url)
            if self._servers is not None:  # an explicit base URL wins over operations' servers
                clone._servers = dataclasses.replace(self._servers, overridden=True)
        if not isinstance(timeout, NotGiven):
            clone.timeout = timeout
        if not isinstance(max_retries, NotGiven):
            clone.max_retries = max_retries
        if not isinstance(headers, NotGiven):
            clone._default_headers = {**self._default_headers, **headers}
            _checks.headers(
                clone._default_headers,
                where="with_options(headers=...)",
                error=ClientConfigError,
            )
            clone._accept_fixed = self._accept_fixed or any(k.lower() == "accept" for k in headers)
        if not isinstance(default_query, NotGiven):
            merged = {**dict(self.default_query), **default_query}
            clone.default_query = tuple(merged.items())
        if not isinstance(retry_statuses, NotGiven):
            clone.retry_statuses = frozenset(retry_statuses)
        if not isinstance(hooks, NotGiven):
            clone.hooks = hooks
        if not isinstance(max_response_size, NotGiven):
            clone.max_response_size = _checks.size_limit(max_response_size)
        if not isinstance(deadline, NotGiven):
            clone.deadline = _checks.seconds("deadline", deadline)
        if not isinstance(strict_decoding, NotGiven):
            clone.strict_decoding = strict_decoding
        return clone
