# Generated from spec.yaml by the generator; do not edit by hand.
"""The clients: configuration, credentials and connection pooling for every endpoint function."""

from __future__ import annotations

import typing as _t
from collections.abc import Callable as _Callable
from collections.abc import Coroutine as _Coroutine

import httpx as _httpx

from . import _runtime as _rt

__all__ = [
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "OPERATION_SERVERS",
    "SERVERS",
    "AsyncClient",
    "Client",
]

DEFAULT_BASE_URL: _t.Final[str] = "https://us.schemas.example.com/v1"
"""Where requests go unless the client is told otherwise."""
BASE_URL_ENV: _t.Final[str] = "SCHEMAS_31_CLIENT_BASE_URL"
"""The environment variable that, when set, replaces ``DEFAULT_BASE_URL``."""
SERVERS: _t.Final[tuple[_rt.Server, ...]] = (
    _rt.Server(
        name="production",
        url="https://{region}.schemas.example.com/v1",
        variables={"region": _rt.ServerVariable(default="us", enum=("us", "eu"))},
        description="Production",
    ),
    _rt.Server(
        name="local",
        url="http://localhost:8080/v1",
        description="A development server on this machine",
    ),
)
"""The servers the API description lists: ``Client(server=...)`` picks one by name or index."""
OPERATION_SERVERS: _t.Final[tuple[_rt.Server, ...]] = (
    _rt.Server(name="server_0", url="https://animals.schemas.example.com"),
)
"""The servers of operations that have their own (the API description's per-path or
per-operation ``servers``); those operations are sent there, with the same ``server_variables``."""
_USER_AGENT: _t.Final[str] = "schemas-31-client/1.0.0 (python)"
_API: _t.Final = _rt.ApiInfo(
    security=(),
    idempotency_header="",
    request_id_headers=("x-request-id", "request-id"),
    log_env="SCHEMAS_31_CLIENT_LOG",
)


def _credentials() -> dict[str, _rt.Credential]:
    return {}


class Client(_rt.SyncClient):
    """Synchronous client for the Schemas 3.1.

    Use it as a context manager (``with Client() as client: ...``) or call ``close()``.

    Args:
        base_url: The server to talk to, for every operation (a proxy or a mock server, say);
            defaults to ``$SCHEMAS_31_CLIENT_BASE_URL`` when set, else the chosen ``server``.
        server: One of ``SERVERS``, by name or index; defaults to the first.
        server_variables: Values for the servers' ``{variables}`` (each one of its ``enum`` when
            the API description lists values), also for operations with servers of their own.
        timeout: Seconds per request phase (or an ``httpx.Timeout``; ``None`` for no limit).
        max_retries: Retries of a failed request that is safe to repeat (0 turns them off).
        headers: Headers sent with every request.
        follow_redirects: Follow redirects; credentials are dropped when the origin changes, and a
            redirect to another origin that would resend the body raises ``UnsafeRedirectError``.
        max_response_size: The largest body read into memory, in bytes after decompression
            (``None`` for no limit); a larger one raises ``ResponseTooLargeError``.
        deadline: Seconds the whole call may take: connecting, reading, every retry and every
            backoff sleep (``None`` for no limit, the default; ``timeout`` bounds each phase).
        transport: An httpx transport, e.g. for tests.
        http_client: An ``httpx.Client`` to use instead of the client's own.
        strict_decoding: Refuse a response body whose values do not have the types the API
            description gives them (``APIResponseValidationError``, naming the value's path).
            ``False`` keeps such values as they arrived; a body that cannot be decoded at all
            still raises.
        default_query: Query parameters sent with every request.
        retry_statuses: The statuses that are retried (default 408, 429, 500, 502, 503, 504);
            those that say the server did not act (408, 425, 429, 503) for every method, the
            others only for requests that are safe to repeat.
        hooks: Callables run before each attempt, after each response and on errors.

    Set ``SCHEMAS_31_CLIENT_LOG=debug`` (or ``info``) in the environment to log requests to stderr.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        server: str | int | None = None,
        server_variables: _t.Mapping[str, str] | None = None,
        timeout: _rt.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        headers: _t.Mapping[str, str] | None = None,
        follow_redirects: bool = False,
        max_response_size: int | None = _rt.DEFAULT_MAX_RESPONSE_SIZE,
        deadline: float | None = None,
        transport: _httpx.BaseTransport | None = None,
        http_client: _httpx.Client | None = None,
        strict_decoding: bool = True,
        default_query: _t.Mapping[str, str] | None = None,
        retry_statuses: _t.Collection[int] | None = None,
        hooks: _rt.Hooks | None = None,
    ) -> None:
        chosen = _rt.choose_server(
            SERVERS,
            base_url=base_url,
            server=server,
            variables=server_variables,
            env_var=BASE_URL_ENV,
            default=DEFAULT_BASE_URL,
            operation_servers=OPERATION_SERVERS,
        )
        super().__init__(
            base_url=chosen.base_url,
            credentials=_credentials(),
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            follow_redirects=follow_redirects,
            user_agent=_USER_AGENT,
            max_response_size=max_response_size,
            deadline=deadline,
            transport=transport,
            http_client=http_client,
            strict_decoding=strict_decoding,
            api=_API,
            default_query=default_query,
            retry_statuses=retry_statuses,
            hooks=hooks,
            servers=chosen,
        )


class AsyncClient(_rt.AsyncClient):
    """Asynchronous client for the Schemas 3.1; the same options as :class:`Client`."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        server: str | int | None = None,
        server_variables: _t.Mapping[str, str] | None = None,
        timeout: _rt.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        headers: _t.Mapping[str, str] | None = None,
        follow_redirects: bool = False,
        max_response_size: int | None = _rt.DEFAULT_MAX_RESPONSE_SIZE,
        deadline: float | None = None,
        transport: _httpx.AsyncBaseTransport | None = None,
        http_client: _httpx.AsyncClient | None = None,
        strict_decoding: bool = True,
        default_query: _t.Mapping[str, str] | None = None,
        retry_statuses: _t.Collection[int] | None = None,
        hooks: _rt.Hooks | None = None,
    ) -> None:
        chosen = _rt.choose_server(
            SERVERS,
            base_url=base_url,
            server=server,
            variables=server_variables,
            env_var=BASE_URL_ENV,
            default=DEFAULT_BASE_URL,
            operation_servers=OPERATION_SERVERS,
        )
        super().__init__(
            base_url=chosen.base_url,
            credentials=_credentials(),
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            follow_redirects=follow_redirects,
            user_agent=_USER_AGENT,
            max_response_size=max_response_size,
            deadline=deadline,
            transport=transport,
            http_client=http_client,
            strict_decoding=strict_decoding,
            api=_API,
            default_query=default_query,
            retry_statuses=retry_statuses,
            hooks=hooks,
            servers=chosen,
        )


_P = _t.ParamSpec("_P")
_R = _t.TypeVar("_R")
_RC = _t.TypeVar("_RC", bound=_rt.APIResponse[_t.Any])


def async_form(
    fn: _Callable[_t.Concatenate[Client, _P], _R],
) -> _rt.Form[AsyncClient, _P, _Coroutine[_t.Any, _t.Any, _R]]:
    """The ``_async`` form of an endpoint function: the same parameters, with an ``AsyncClient``."""
    return _rt.async_form(fn, AsyncClient)


@_t.overload
def with_response(
    fn: _Callable[_t.Concatenate[Client, _P], _R],
) -> _rt.Form[Client, _P, _rt.APIResponse[_R]]: ...
@_t.overload
def with_response(
    fn: _Callable[_t.Concatenate[Client, _P], _t.Any],
    response_class: type[_RC],
    by_status: _t.Mapping[str, type[_RC]] | None = None,
) -> _rt.Form[Client, _P, _RC]: ...
def with_response(
    fn: _Callable[_t.Concatenate[Client, _P], _t.Any],
    response_class: type[_rt.APIResponse[_t.Any]] | None = None,
    by_status: _t.Mapping[str, type[_rt.APIResponse[_t.Any]]] | None = None,
) -> _rt.Form[Client, _P, _t.Any]:
    """The ``_with_response`` form of an endpoint function: the body with the HTTP response (as
    the operation's typed response class, or the subclass ``by_status`` names for the status)."""
    return _rt.with_response(fn, response_class, by_status)


def streaming(
    fn: _Callable[_t.Concatenate[Client, _P], _t.Any],
) -> _rt.Form[Client, _P, _rt.StreamedResponse]:
    """The ``_streaming`` form of an endpoint function: the response with its body unread."""
    return _rt.streaming(fn)


_E = _t.TypeVar("_E")


def events(
    fn: _Callable[_t.Concatenate[Client, _P], _t.Any],
    operation: _rt.Operation[_rt.EventStream[_E]],
    flag: str,
) -> _rt.Form[Client, _P, _rt.EventStream[_E]]:
    """The ``_stream`` form of an endpoint function that answers events when ``flag`` is set."""
    return _rt.events(fn, operation, flag)


def negotiated(
    fn: _Callable[_t.Concatenate[Client, _P], _t.Any],
    operation: _rt.Operation[_E],
    suffix: str,
) -> _rt.Form[Client, _P, _E]:
    """The ``_as_<suffix>`` form of an endpoint function whose answers come in several media types."""
    return _rt.negotiated(fn, operation, suffix)


def paged(
    fn: _Callable[_t.Concatenate[Client, _P], _t.Any],
    paging: _rt.Paging[_E],
) -> _rt.Form[Client, _P, _rt.Page[_E]]:
    """The ``_pages`` form of a list endpoint: its first page; iterating walks every page's items."""
    return _rt.paged(fn, paging)


def paged_async(
    fn: _Callable[_t.Concatenate[Client, _P], _t.Any],
    paging: _rt.Paging[_E],
) -> _rt.Form[AsyncClient, _P, _Coroutine[_t.Any, _t.Any, _rt.AsyncPage[_E]]]:
    """The ``_pages_async`` form of a list endpoint: ``async for`` walks every page's items."""
    return _rt.paged_async(fn, paging)
