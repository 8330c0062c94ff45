"""HTTP plumbing shared by every generated operation: auth, retries, timeouts, errors, logging.

Generated endpoint functions describe an operation as data (``Operation``) and its arguments as
``RequestParts``; everything else happens here, once, so it is tested once.
"""

from __future__ import annotations

import base64
import dataclasses
import logging
import os
import random
import re
import time
import urllib.parse
from collections.abc import Awaitable, Callable, Collection, Coroutine, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, Unpack, cast, overload

import httpx

from . import _retries
from ._bounds import DEFAULT_MAX_RESPONSE_SIZE, Deadline, aread_bounded, read_bounded
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    MissingCredentialsError,
    error_class,
)
from ._hooks import NO_HOOKS, Hooks, RequestInfo, ResponseInfo, setup_logging
from ._oauth import TokenSource
from ._options import DEFAULT_API, ApiInfo, CallOptions, OptionsMixin, Timeout
from ._params import header_value, path_segment, query_pairs
from ._serde import DecodeError
from ._types import NOT_GIVEN, UNSET, NotGiven

if TYPE_CHECKING:
    from ._request import FromDict, Params

T = TypeVar("T")

log = logging.getLogger(__name__.split(".")[0])

M = TypeVar("M", bound="FromDict")

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
MAX_REDIRECTS = 20

Decoder = Callable[[httpx.Response], T]
_PATH_PARAM = re.compile(r"\{([^{}]*)\}")


def json_body(decode: Callable[[Any], T]) -> Decoder[T]:
    """A response decoder that parses JSON and hands it to a generated ``from_dict``-style callable."""

    def decoder(response: httpx.Response) -> T:
        return decode(response.json())

    return decoder


def text_body(response: httpx.Response) -> str:
    return response.text


def bytes_body(response: httpx.Response) -> bytes:
    return response.content


def no_body(response: httpx.Response) -> None:
    return None


def _no_decoders() -> dict[str, Decoder[Any]]:
    return {}


def _no_path_params() -> dict[str, Any]:
    return {}


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Operation(Generic[T]):
    """What the API description says about one operation."""

    name: str
    method: str
    path: str
    success: Mapping[str, Decoder[T]]
    errors: Mapping[str, Decoder[Any]] = dataclasses.field(default_factory=_no_decoders)
    security: tuple[tuple[str, ...], ...] = ()
    idempotent: bool = False
    # The media types the operation answers with: a server that honours Accept strictly (or a
    # mock built from the spec) refuses a text or binary operation asked for JSON only.
    accept: str = "application/json"


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class RequestParts:
    """The arguments of one call, still unencoded; built by a generated function."""

    path: Mapping[str, Any] = dataclasses.field(default_factory=_no_path_params)
    query: Sequence[tuple[str, Any, str, bool]] = ()
    headers: Sequence[tuple[str, Any]] = ()
    cookies: Sequence[tuple[str, Any]] = ()
    json: Any = UNSET
    content: bytes | str | None = None
    data: Mapping[str, Any] | None = None
    files: Sequence[tuple[str, Any]] | None = None
    content_type: str | None = None


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class RequestOptions:
    """Per-call overrides; every endpoint function accepts them as keyword arguments."""

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, str] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | None = None


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Credential:
    """One security scheme's credential. Its value never appears in a repr or a log line."""

    kind: Literal["bearer", "basic", "apiKey"]
    location: Literal["header", "query", "cookie"] = "header"
    param_name: str = "Authorization"
    env_var: str = ""
    value: str | tuple[str, str] | None = dataclasses.field(default=None, repr=False)
    source: TokenSource | None = None
    """Where bearer tokens come from when there is no fixed ``value`` (OAuth2, a provider)."""

    @property
    def available(self) -> bool:
        return bool(self.value) or self.source is not None

    @classmethod
    def resolve(
        cls,
        kind: Literal["bearer", "basic", "apiKey"],
        value: str | tuple[str, str] | None,
        *,
        env_var: str = "",
        location: Literal["header", "query", "cookie"] = "header",
        param_name: str = "Authorization",
    ) -> Credential:
        """Use ``value``, else the environment variable (``user:password`` for basic)."""
        if value is None and env_var:
            raw = os.environ.get(env_var)
            if raw and kind == "basic":
                user, _, password = raw.partition(":")
                value = (user, password)
            elif raw:
                value = raw
        return cls(
            kind=kind, location=location, param_name=param_name, env_var=env_var, value=value
        )

    def apply(
        self, headers: dict[str, str], query: list[tuple[str, str]], cookies: dict[str, str]
    ) -> None:
        if self.source is not None and not self.value:
            return  # a fresh token is set on each attempt (``BaseClient._authorize``)
        if self.kind == "bearer":
            headers["Authorization"] = f"Bearer {self.value}"
        elif self.kind == "basic":
            user, password = self.value if isinstance(self.value, tuple) else (str(self.value), "")
            token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            headers["Authorization"] = f"Basic {token}"
        elif self.location == "header":
            headers[self.param_name] = str(self.value)
        elif self.location == "query":
            query.append((self.param_name, str(self.value)))
        else:
            cookies[self.param_name] = str(self.value)


class APIResponse(Generic[T]):
    """A decoded body together with the HTTP response it came from.

    Operations whose responses declare headers get a generated subclass that also exposes those
    headers as typed attributes (parsed in ``_read_headers``).
    """

    __slots__ = ("http_response", "parsed", "request_id")

    def __init__(
        self, *, http_response: httpx.Response, parsed: T, request_id: str | None = None
    ) -> None:
        self.http_response = http_response
        self.parsed = parsed
        self.request_id = request_id
        """The server's request ID (``x-request-id`` or the like), for support requests."""
        self._read_headers(http_response.headers)

    def _read_headers(self, headers: httpx.Headers) -> None:
        """Parse the declared response headers; overridden by generated subclasses."""

    @classmethod
    def of(cls, response: APIResponse[T]) -> Self:
        """Re-wrap a response as this (generated) class, parsing its declared headers.

        A declared header that is missing (when required) or does not parse raises
        ``APIResponseValidationError``.
        """
        try:
            return cls(
                http_response=response.http_response,
                parsed=response.parsed,
                request_id=response.request_id,
            )
        except ValueError as exc:
            request = response.http_response.request
            raise APIResponseValidationError(
                f"{request.method} {_redact_url(request.url, frozenset())} returned "
                f"{response.status_code}, but its headers do not match the API description: {exc}",
                response=response.http_response,
                request_id=response.request_id,
            ) from exc

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {type(self.parsed).__name__}>"


def _lookup(table: Mapping[str, Decoder[T]], status: int) -> Decoder[T] | None:
    return table.get(str(status)) or table.get(f"{status // 100}XX") or table.get("default")


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


def _describe(op: Operation[Any]) -> str:
    return f"{op.name} ({op.method} {op.path})"


REDACTED = "<redacted>"
# Header names that carry credentials whatever the API description says.
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def _redact_url(url: httpx.URL, secret_query: frozenset[str]) -> str:
    """The URL for a log line or message: credential query parameters masked."""
    if not url.query or not secret_query:
        return str(url)
    pairs = [(k, REDACTED if k in secret_query else v) for k, v in url.params.multi_items()]
    return str(url.copy_with(query=urllib.parse.urlencode(pairs, safe="<>").encode()))


def _redact_headers(headers: httpx.Headers, secret: frozenset[str]) -> dict[str, str]:
    return {
        name: REDACTED if name.lower() in secret else value for name, value in headers.multi_items()
    }


class BaseClient(OptionsMixin):
    """State and logic shared by the sync and async clients; no I/O happens here."""

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, Credential],
        timeout: Timeout,
        max_retries: int,
        headers: Mapping[str, str] | None,
        follow_redirects: bool,
        user_agent: str,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        deadline: float | None = None,
        api: ApiInfo = DEFAULT_API,
        default_query: Mapping[str, str] | None = None,
        retry_statuses: Collection[int] | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        if not base_url:
            raise ValueError(
                "base_url is required: the API description names no absolute server URL"
            )
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.follow_redirects = follow_redirects
        self.max_response_size = max_response_size
        self.deadline = deadline
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
        self._sleep_seconds: Callable[[float], Any] = time.sleep
        self._random: Callable[[], float] = random.random
        self._now: Callable[[], float] = time.time
        if api.log_env:
            setup_logging(api.log_env, log)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    @property
    def _secret_headers(self) -> frozenset[str]:
        return _SECRET_HEADERS | {
            c.param_name.lower() for c in self._credentials.values() if c.location == "header"
        }

    @property
    def _secret_query(self) -> frozenset[str]:
        return frozenset(c.param_name for c in self._credentials.values() if c.location == "query")

    # -- building ---------------------------------------------------------------------------
    def _auth(self, op: Operation[Any]) -> list[Credential]:
        """The credentials of the first requirement that can be met.

        An empty requirement (``{}`` in the API description) makes authentication optional:
        credentials are still sent when the client has them.
        """
        if not op.security:
            return []
        for alternative in op.security:
            if not alternative:
                continue
            creds = [self._credentials.get(key) for key in alternative]
            if all(c is not None and c.available for c in creds):
                return [c for c in creds if c is not None]
        if () in op.security:
            return []
        wanted = " or ".join(
            " and ".join(
                f"{key} ({self._credentials[key].env_var})" if key in self._credentials else key
                for key in alt
            )
            for alt in op.security
        )
        raise MissingCredentialsError(
            f"{_describe(op)} needs credentials: {wanted}. Pass them to the client or set the "
            "environment variable."
        )

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        parts: RequestParts,
        options: RequestOptions,
    ) -> httpx.Request:
        path = _PATH_PARAM.sub(lambda m: path_segment(m.group(1), parts.path[m.group(1)]), op.path)
        query: list[tuple[str, str]] = list(self.default_query)
        for name, value, style, explode in parts.query:
            query.extend(query_pairs(name, value, style, explode))
        headers = dict(self._default_headers)
        if not self._accept_fixed:
            headers["Accept"] = op.accept
        cookies: dict[str, str] = {}
        for cred in self._auth(op):
            cred.apply(headers, query, cookies)
        for name, value in parts.headers:
            if value is not UNSET:
                headers[name] = header_value(value)
        for name, value in parts.cookies:
            if value is not UNSET:
                cookies[name] = header_value(value)
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        if parts.content_type and parts.json is UNSET:
            headers["Content-Type"] = parts.content_type
        if options.extra_headers:
            headers.update(options.extra_headers)
        if options.extra_query:
            query.extend(options.extra_query.items())
        key_header = self.api.idempotency_header
        if (
            key_header
            and not op.idempotent
            and self._max_retries(options) > 0
            and not any(name.lower() == key_header.lower() for name in headers)
        ):
            headers[key_header] = _retries.new_idempotency_key()  # the same on every attempt
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        body = parts.json
        if options.extra_body:
            body = _with_extra_body(op, parts, options.extra_body)
        return http.build_request(
            op.method,
            self.base_url + path,
            params=tuple(query) if query else None,
            headers=headers,
            json=None if body is UNSET else body,
            content=parts.content,
            data=parts.data,
            files=parts.files,
            timeout=timeout,
        )

    # -- retrying (the policy is in ``_retries``) ------------------------------------------------
    def _replay_safe(self, op: Operation[Any], request: httpx.Request) -> bool:
        return _retries.replay_safe(op.idempotent, request, self.api.idempotency_header)

    def _retry_status(
        self, op: Operation[Any], request: httpx.Request, response: httpx.Response
    ) -> bool:
        return _retries.should_retry_status(
            response, self.retry_statuses, self._replay_safe(op, request)
        )

    def _retry_error(
        self, op: Operation[Any], request: httpx.Request, exc: httpx.TransportError
    ) -> bool:
        return _retries.should_retry_error(exc, self._replay_safe(op, request))

    def _retry_delay(self, attempt: int, response: httpx.Response | None) -> float:
        return _retries.retry_delay(attempt, response, self._random, self._now)

    def _backoff(
        self, op: Operation[Any], deadline: Deadline, attempt: int, response: httpx.Response | None
    ) -> float | None:
        """The delay before the next attempt, or ``None`` if the deadline leaves no time for one."""
        delay = self._retry_delay(attempt, response)
        if not deadline.allows(delay):
            log.info("%s: no retry, %.2fs of backoff would pass the deadline", op.name, delay)
            return None
        return delay

    def _max_retries(self, options: RequestOptions) -> int:
        return self.max_retries if options.max_retries is None else options.max_retries

    # -- redirects --------------------------------------------------------------------------
    def _redirect(self, response: httpx.Response, hops: int) -> httpx.Request | None:
        if not self.follow_redirects or response.next_request is None:
            return None
        if hops >= MAX_REDIRECTS:
            raise APIConnectionError(
                f"too many redirects (>{MAX_REDIRECTS})", request=response.request
            )
        request = response.next_request
        if _origin(request.url) != _origin(response.request.url):
            secret_headers = self._secret_headers
            secret_query = self._secret_query
            for name in list(request.headers):
                if name.lower() in secret_headers:
                    del request.headers[name]
            if secret_query:
                kept = [
                    (k, v) for k, v in request.url.params.multi_items() if k not in secret_query
                ]
                request.url = request.url.copy_with(
                    query=urllib.parse.urlencode(kept).encode() or None
                )
        log.debug("following redirect to %s", _redact_url(request.url, self._secret_query))
        return request

    # -- logging ----------------------------------------------------------------------------
    def _log_request(self, op: Operation[Any], request: httpx.Request, attempt: int) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s: %s %s (attempt %d) headers=%s",
                op.name,
                request.method,
                _redact_url(request.url, self._secret_query),
                attempt + 1,
                _redact_headers(request.headers, self._secret_headers),
            )

    # -- responses --------------------------------------------------------------------------
    def _process(self, op: Operation[T], response: httpx.Response) -> APIResponse[T]:
        status = response.status_code
        if log.isEnabledFor(logging.DEBUG):  # redacting the URL costs more than the rest
            log.debug(
                "%s: %s %s -> %s",
                op.name,
                op.method,
                _redact_url(response.request.url, self._secret_query),
                status,
            )
        request_id = self._request_id(response)
        if 200 <= status < 300:
            decoder = _lookup(op.success, status) or next(iter(op.success.values()), None)
            if decoder is None:
                return APIResponse(http_response=response, parsed=None, request_id=request_id)  # type: ignore[arg-type]
            try:
                parsed = decoder(response)
            except (KeyError, TypeError, ValueError, AttributeError, DecodeError) as exc:
                raise APIResponseValidationError(
                    f"{_describe(op)} returned {status}, but its body does not match the API description: "
                    f"{type(exc).__name__}: {exc}" + _request_id_note(request_id),
                    response=response,
                    request_id=request_id,
                ) from exc
            return APIResponse(http_response=response, parsed=parsed, request_id=request_id)
        body = self._error_body(op, response)
        detail = _error_detail(body)
        raise error_class(status)(
            f"{_describe(op)} failed with {status} {response.reason_phrase}"
            + (f": {detail}" if detail else "")
            + _request_id_note(request_id),
            response=response,
            body=body,
            request_id=request_id,
        )

    def _request_id(self, response: httpx.Response) -> str | None:
        for name in self.api.request_id_headers:
            value: str | None = response.headers.get(name)
            if value:
                return value[:200]
        return None

    # -- hooks --------------------------------------------------------------------------------
    def _info(self, op: Operation[Any], request: httpx.Request | None, attempt: int) -> RequestInfo:
        """What hooks see of an attempt: credentials masked (the request itself never leaves)."""
        if request is None:  # the call failed before a request could be built
            return RequestInfo(
                operation=op.name,
                method=op.method,
                url=self.base_url + op.path,
                headers={},
                attempt=attempt + 1,
            )
        return RequestInfo(
            operation=op.name,
            method=request.method,
            url=_redact_url(request.url, self._secret_query),
            headers=httpx.Headers(_redact_headers(request.headers, self._secret_headers)),
            attempt=attempt + 1,
        )

    def _before(self, op: Operation[Any], request: httpx.Request, attempt: int) -> None:
        self._log_request(op, request, attempt)
        if self.hooks.before_request:
            info = self._info(op, request, attempt)
            for hook in self.hooks.before_request:
                hook(info)

    def _after(self, op: Operation[Any], response: httpx.Response, attempt: int) -> None:
        if self.hooks.after_response:
            info = ResponseInfo(
                request=self._info(op, response.request, attempt),
                status_code=response.status_code,
                headers=httpx.Headers(_redact_headers(response.headers, self._secret_headers)),
                request_id=self._request_id(response),
            )
            for hook in self.hooks.after_response:
                hook(info)

    def _failed(
        self, op: Operation[Any], request: httpx.Request | None, attempt: int, error: APIError
    ) -> None:
        if self.hooks.on_error:
            info = self._info(op, request, attempt)
            for hook in self.hooks.on_error:
                hook(info, error)

    # -- token sources (OAuth2, providers) ----------------------------------------------------
    def _token_sources(self, op: Operation[Any]) -> list[Credential]:
        return [c for c in self._auth(op) if c.source is not None and not c.value]

    def _token_timeout(self, options: RequestOptions) -> Timeout:
        return self.timeout if isinstance(options.timeout, NotGiven) else options.timeout

    @staticmethod
    def _expire_tokens(request: httpx.Request, sources: list[Credential]) -> None:
        """After a 401: drop the tokens just refused, so the one retry gets new ones."""
        sent = request.headers.get("authorization", "").removeprefix("Bearer ")
        for cred in sources:
            assert cred.source is not None
            cred.source.expire(sent)

    @staticmethod
    def _error_body(op: Operation[Any], response: httpx.Response) -> Any:
        decoder = _lookup(op.errors, response.status_code)
        if decoder is not None:
            try:
                return decoder(response)
            except (KeyError, TypeError, ValueError, AttributeError, DecodeError):
                log.debug("%s: error body does not match the API description; kept raw", op.name)
        try:
            return response.json()
        except ValueError:
            return response.text

    @staticmethod
    def _connection_error(
        op: Operation[Any], request: httpx.Request, exc: httpx.TransportError
    ) -> APIError:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(
                f"{_describe(op)} timed out ({type(exc).__name__})", request=request
            )
        return APIConnectionError(
            f"{_describe(op)} could not reach {request.url.host}: {type(exc).__name__}: {exc}",
            request=request,
        )


def _request_id_note(request_id: str | None) -> str:
    return f" (request ID {request_id})" if request_id else ""


def _with_extra_body(op: Operation[Any], parts: RequestParts, extra: Mapping[str, object]) -> Any:
    """The JSON body with ``extra_body``'s properties added (the whole body, when there is none)."""
    body = parts.json
    if parts.content is not None or parts.data is not None or parts.files is not None:
        raise TypeError(f"{_describe(op)}: extra_body needs a JSON body; this one is not JSON")
    if body is UNSET:
        return dict(extra)
    if not isinstance(body, dict):
        raise TypeError(
            f"{_describe(op)}: extra_body needs a JSON object body, not {type(body).__name__}"
        )
    return {**cast("dict[str, Any]", body), **extra}


def _json_fields(body: object) -> Mapping[str, object]:
    return cast("dict[str, object]", body) if isinstance(body, dict) else {}


def _error_detail(body: object) -> str:
    fields = _json_fields(body)
    for name in ("message", "error", "detail", "title"):
        value: object = getattr(body, name, None)
        if value is None:
            value = fields.get(name)
        if isinstance(value, str) and value:
            return value[:500]
    return ""


_OPTION_NAMES = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")


def _call_parts(
    api: ApiInfo,
    target: Operation[Any] | str,
    where: RequestParts | str,
    args: tuple[Any, ...],
    adhoc: dict[str, Any],
    options: dict[str, Any],
) -> tuple[Operation[Any], RequestParts, RequestOptions, bool]:
    """(operation, parts, options, raw) of a ``request(...)`` call, in either of its forms."""
    options.update(zip(_OPTION_NAMES, args))
    call_options = RequestOptions(**options)
    if isinstance(target, Operation):
        assert isinstance(where, RequestParts)
        return target, where, call_options, False
    from ._request import adhoc as adhoc_call  # here: _request imports this module

    assert isinstance(where, str)
    op, parts = adhoc_call(api, target, where, **adhoc)
    return op, parts, call_options, adhoc["cast_to"] is None


class SyncClient(BaseClient):
    """Synchronous transport: an ``httpx.Client`` plus the retry loop."""

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
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        api: ApiInfo = DEFAULT_API,
        default_query: Mapping[str, str] | None = None,
        retry_statuses: Collection[int] | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            follow_redirects=follow_redirects,
            user_agent=user_agent,
            max_response_size=max_response_size,
            deadline=deadline,
            api=api,
            default_query=default_query,
            retry_statuses=retry_statuses,
            hooks=hooks,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(transport=transport, follow_redirects=False)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @overload
    def request(
        self,
        operation: Operation[T],
        parts: RequestParts,
        /,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> T: ...
    @overload
    def request(
        self,
        method: str,
        path: str,
        /,
        *,
        cast_to: type[M],
        path_params: Mapping[str, Any] | None = None,
        params: Params | None = None,
        json: Any = UNSET,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> M: ...
    @overload
    def request(
        self,
        method: str,
        path: str,
        /,
        *,
        cast_to: Callable[[Any], T],
        path_params: Mapping[str, Any] | None = None,
        params: Params | None = None,
        json: Any = UNSET,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> T: ...
    @overload
    def request(
        self,
        method: str,
        path: str,
        /,
        *,
        cast_to: None = None,
        path_params: Mapping[str, Any] | None = None,
        params: Params | None = None,
        json: Any = UNSET,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> APIResponse[Any]: ...
    def request(
        self,
        target: Operation[Any] | str,
        where: RequestParts | str,
        /,
        *args: Any,
        cast_to: Any = None,
        path_params: Mapping[str, Any] | None = None,
        params: Params | None = None,
        json: Any = UNSET,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Any,
    ) -> Any:
        """Send a request with this client's auth, retries, hooks and typed errors.

        ``client.request("GET", "/things/{id}", path_params={"id": 1}, cast_to=Thing)`` calls an
        endpoint the API description does not describe and decodes its JSON body with the model's
        ``from_dict`` (or any callable); without ``cast_to`` it returns the ``APIResponse``, whose
        ``parsed`` is the JSON value, text or bytes. Generated endpoint functions call it with
        their ``Operation`` and ``RequestParts``.
        """
        adhoc = {
            "cast_to": cast_to,
            "path_params": path_params,
            "params": params,
            "json": json,
            "content": content,
            "headers": headers,
        }
        op, parts, call_options, raw = _call_parts(self.api, target, where, args, adhoc, options)
        response = self._send(op, parts, call_options)
        return response if raw else response.parsed

    def _send(
        self, op: Operation[T], parts: RequestParts, options: RequestOptions
    ) -> APIResponse[T]:
        request: httpx.Request | None = None
        attempt = 0
        try:
            request = self._build_request(self._http, op, parts, options)
            sources = self._token_sources(op)
            origin = _origin(request.url)
            retries_left = self._max_retries(options)
            deadline = Deadline(self.deadline)
            hops = 0
            refreshed = False
            while True:
                deadline.check(_describe(op), request)
                if sources and _origin(request.url) == origin:
                    for cred in sources:
                        assert cred.source is not None
                        token = cred.source.token(self._http, self._token_timeout(options))
                        request.headers["Authorization"] = f"Bearer {token}"
                deadline.cap(request)
                self._before(op, request, attempt)
                try:
                    response = self._http.send(request, follow_redirects=False, stream=True)
                    self._after(op, response, attempt)
                    next_request = self._redirect(response, hops)
                    if next_request is not None:
                        response.close()
                        request, hops = next_request, hops + 1
                        continue
                    if response.status_code == 401 and sources and not refreshed:
                        log.info("%s: 401; fetching a new token and trying once more", op.name)
                        self._expire_tokens(request, sources)
                        response.close()
                        refreshed, attempt = True, attempt + 1
                        continue
                    if retries_left > 0 and self._retry_status(op, request, response):
                        delay = self._backoff(op, deadline, attempt, response)
                        if delay is not None:
                            response.close()
                            log.info(
                                "%s: status %s; retrying in %.2fs",
                                op.name,
                                response.status_code,
                                delay,
                            )
                            self._sleep_seconds(delay)
                            retries_left, attempt = retries_left - 1, attempt + 1
                            continue
                    read_bounded(response, self.max_response_size, deadline, _describe(op))
                except httpx.TransportError as exc:
                    delay = None
                    if retries_left > 0 and self._retry_error(op, request, exc):
                        delay = self._backoff(op, deadline, attempt, None)
                    if delay is None:
                        raise self._connection_error(op, request, exc) from exc
                    log.info("%s: %s; retrying in %.2fs", op.name, type(exc).__name__, delay)
                    self._sleep_seconds(delay)
                    retries_left, attempt = retries_left - 1, attempt + 1
                    continue
                return self._process(op, response)
        except APIError as exc:
            self._failed(op, request, attempt, exc)
            raise


class AsyncClient(BaseClient):
    """Asynchronous transport: an ``httpx.AsyncClient`` plus the retry loop."""

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
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        api: ApiInfo = DEFAULT_API,
        default_query: Mapping[str, str] | None = None,
        retry_statuses: Collection[int] | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            follow_redirects=follow_redirects,
            user_agent=user_agent,
            max_response_size=max_response_size,
            deadline=deadline,
            api=api,
            default_query=default_query,
            retry_statuses=retry_statuses,
            hooks=hooks,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport, follow_redirects=False)
        import asyncio  # here, not at the top: it costs more to import than httpx's sync half

        self._async_sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @overload
    def request(
        self,
        method: str,
        path: str,
        /,
        *,
        cast_to: type[M],
        path_params: Mapping[str, Any] | None = None,
        params: Params | None = None,
        json: Any = UNSET,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> Coroutine[Any, Any, M]: ...
    @overload
    def request(
        self,
        method: str,
        path: str,
        /,
        *,
        cast_to: Callable[[Any], T],
        path_params: Mapping[str, Any] | None = None,
        params: Params | None = None,
        json: Any = UNSET,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> Coroutine[Any, Any, T]: ...
    @overload
    def request(
        self,
        method: str,
        path: str,
        /,
        *,
        cast_to: None = None,
        path_params: Mapping[str, Any] | None = None,
        params: Params | None = None,
        json: Any = UNSET,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> Coroutine[Any, Any, APIResponse[Any]]: ...
    def request(
        self,
        target: Operation[Any] | str,
        where: RequestParts | str,
        /,
        *args: Any,
        cast_to: Any = None,
        path_params: Mapping[str, Any] | None = None,
        params: Params | None = None,
        json: Any = UNSET,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Any,
    ) -> Coroutine[Any, Any, Any]:
        """The async form of :meth:`SyncClient.request` (await it)."""
        if isinstance(target, Operation):  # a synchronous endpoint function was given this client
            raise TypeError(
                f"{target.name}() is synchronous and needs a Client; with an AsyncClient, "
                f"call {target.name}_async()"
            )
        adhoc = {
            "cast_to": cast_to,
            "path_params": path_params,
            "params": params,
            "json": json,
            "content": content,
            "headers": headers,
        }
        op, parts, call_options, raw = _call_parts(self.api, target, where, args, adhoc, options)
        return self._request(op, parts, call_options, raw)

    async def _request(
        self, op: Operation[Any], parts: RequestParts, options: RequestOptions, raw: bool
    ) -> Any:
        response = await self._send(op, parts, options)
        return response if raw else response.parsed

    async def _send(
        self, op: Operation[T], parts: RequestParts, options: RequestOptions
    ) -> APIResponse[T]:
        request: httpx.Request | None = None
        attempt = 0
        try:
            request = self._build_request(self._http, op, parts, options)
            sources = self._token_sources(op)
            origin = _origin(request.url)
            retries_left = self._max_retries(options)
            deadline = Deadline(self.deadline)
            hops = 0
            refreshed = False
            while True:
                deadline.check(_describe(op), request)
                if sources and _origin(request.url) == origin:
                    for cred in sources:
                        assert cred.source is not None
                        token = await cred.source.token_async(
                            self._http, self._token_timeout(options)
                        )
                        request.headers["Authorization"] = f"Bearer {token}"
                deadline.cap(request)
                self._before(op, request, attempt)
                try:
                    response = await self._http.send(request, follow_redirects=False, stream=True)
                    self._after(op, response, attempt)
                    next_request = self._redirect(response, hops)
                    if next_request is not None:
                        await response.aclose()
                        request, hops = next_request, hops + 1
                        continue
                    if response.status_code == 401 and sources and not refreshed:
                        log.info("%s: 401; fetching a new token and trying once more", op.name)
                        self._expire_tokens(request, sources)
                        await response.aclose()
                        refreshed, attempt = True, attempt + 1
                        continue
                    if retries_left > 0 and self._retry_status(op, request, response):
                        delay = self._backoff(op, deadline, attempt, response)
                        if delay is not None:
                            await response.aclose()
                            log.info(
                                "%s: status %s; retrying in %.2fs",
                                op.name,
                                response.status_code,
                                delay,
                            )
                            await self._async_sleep(delay)
                            retries_left, attempt = retries_left - 1, attempt + 1
                            continue
                    await aread_bounded(response, self.max_response_size, deadline, _describe(op))
                except httpx.TransportError as exc:
                    delay = None
                    if retries_left > 0 and self._retry_error(op, request, exc):
                        delay = self._backoff(op, deadline, attempt, None)
                    if delay is None:
                        raise self._connection_error(op, request, exc) from exc
                    log.info("%s: %s; retrying in %.2fs", op.name, type(exc).__name__, delay)
                    await self._async_sleep(delay)
                    retries_left, attempt = retries_left - 1, attempt + 1
                    continue
                return self._process(op, response)
        except APIError as exc:
            self._failed(op, request, attempt, exc)
            raise
