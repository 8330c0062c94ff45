"""HTTP plumbing shared by every generated operation: auth, retries, timeouts, errors, logging.

Generated endpoint functions describe an operation as data (``Operation``) and its arguments as
``RequestParts``; everything else happens here, once, so it is tested once.
"""

from __future__ import annotations

import base64
import dataclasses
import email.utils
import logging
import math
import os
import random
import re
import time
import urllib.parse
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Generic, Literal, Self, TypeVar, cast

import httpx

from . import _checks, _redact
from ._bounds import DEFAULT_MAX_RESPONSE_SIZE, Deadline, aread_bounded, read_bounded
from ._decode import DecodeError, lenient
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ClientConfigError,
    InvalidRequestError,
    MissingCredentialsError,
    UnsafeRedirectError,
    error_class,
)
from ._params import cookie_pairs, header_value, is_unset, path_text, query_pairs, quote
from ._servers import ChosenServer, Server
from ._streaming import StreamedResponse
from ._types import NOT_GIVEN, UNSET, NotGiven

T = TypeVar("T")
H = TypeVar("H")

log = logging.getLogger(__name__.split(".")[0])

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
MAX_REDIRECTS = 20

Timeout = float | httpx.Timeout | None
Decoder = Callable[[httpx.Response], T]
# Retried for every method: the server did not act on the request.
_RETRY_ALWAYS = frozenset({408, 429, 503})
# Retried only when replaying is harmless: the server (or a gateway) may have acted.
_RETRY_IDEMPOTENT = frozenset({500, 502, 504})
_PATH_PARAM = re.compile(r"\{([^{}]*)\}")


def json_body(decode: Callable[[Any], T], *, any_media: bool = False) -> Decoder[T]:
    """A response decoder that parses JSON and hands it to a generated ``from_dict``-style callable.

    ``any_media``: the spec declares the answer as a media range (``*/*``), so the server picks the
    type; a text answer that is not JSON (``text/plain`` "available") is decoded as that string.
    """

    def decoder(response: httpx.Response) -> T:
        try:
            value = response.json()
        except ValueError as exc:  # json.JSONDecodeError, or text that is not UTF-8
            media = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if not (any_media and media.startswith("text/")):
                raise DecodeError(f"the body is not valid JSON ({exc})") from None
            value = response.text
        return decode(value)

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
    # A success body is handed to its decoder unread (an event stream), not buffered first.
    streamed: bool = False
    # The operation's own servers (the first is used); () means the client's base URL.
    servers: tuple[Server, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class RequestParts:
    """The arguments of one call, still unencoded; built by a generated function."""

    path: Mapping[str, Any] = dataclasses.field(default_factory=_no_path_params)
    # (wire name, value); a value whose style is not its location's default comes as ``Styled``.
    query: Sequence[tuple[str, Any]] = ()
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

    def __post_init__(self) -> None:
        """Refuse a value that could not be sent as given (whitespace, control characters)."""
        source = f" (or ${self.env_var})" if self.env_var else ""
        if isinstance(self.value, tuple):
            user, password = self.value
            _checks.credential(f"the basic auth user name{source}", user)
            if ":" in user:
                raise ClientConfigError(f"the basic auth user name{source} contains ':'")
            _checks.credential(f"the basic auth password{source}", password, allow_spaces=True)
        elif self.value is not None:
            label = {
                "bearer": "the bearer token",
                "basic": "the basic auth credential",
            }.get(self.kind, f"the API key {self.param_name!r}")
            _checks.credential(label + source, self.value)

    def secrets(self) -> list[str]:
        """Every form this credential's value travels in (for redaction)."""
        if isinstance(self.value, tuple):
            return _redact.Secrets.basic(*self.value)
        if self.kind == "basic" and self.value:
            return _redact.Secrets.basic(self.value, "")
        return [self.value] if self.value else []

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

    Operations whose responses declare headers get a generated subclass (one per status where the
    statuses declare different headers) that also exposes those headers as typed attributes
    (parsed in ``_read_headers``). An optional header that is missing or does not parse leaves its
    attribute ``None`` and is reported in ``header_errors`` (its raw text stays in ``headers``); a
    required one raises ``APIResponseValidationError`` (the body and response kept on it), unless
    the client decodes leniently (``strict_decoding=False``), which treats it as an optional one.
    """

    __slots__ = ("_strict", "header_errors", "http_response", "parsed")

    def __init__(self, *, http_response: httpx.Response, parsed: T, strict: bool = False) -> None:
        self.http_response = http_response
        self.parsed = parsed
        self.header_errors: dict[str, str] = {}
        """Declared response headers that are missing (when required) or do not parse: name → why."""
        self._strict = strict
        self._read_headers(http_response.headers)

    def _read_headers(self, headers: httpx.Headers) -> None:
        """Parse the declared response headers; overridden by generated subclasses."""

    def _header(
        self,
        headers: httpx.Headers,
        name: str,
        parse: Callable[[str], H],
        required: bool = False,
    ) -> H | None:
        """One declared header, parsed; None (and an entry in ``header_errors``) when it is
        missing although required, or does not parse."""
        raw = headers.get(name)
        if raw is None:
            if required:
                self.header_errors[name] = "required by the API description, but missing"
            return None
        try:
            return parse(raw)
        except (ValueError, TypeError, DecodeError) as exc:
            self.header_errors[name] = f"{raw[:80]!r} does not parse: {exc}"
            log.debug("response header %s does not match the API description: %s", name, exc)
            return None

    def _required_header(self, headers: httpx.Headers, name: str, parse: Callable[[str], H]) -> H:
        """A header the response must carry, parsed; when missing or unparsable it raises
        ``APIResponseValidationError`` (decoding strictly) or is ``None`` (leniently)."""
        value = self._header(headers, name, parse, required=True)
        if name in self.header_errors and self._strict:
            raise APIResponseValidationError(
                f"response header {name}: {self.header_errors[name]}"
                " (strict_decoding=False reads the body anyway)",
                response=self.http_response,
                body=self.parsed,
            )
        return cast("H", value)

    @classmethod
    def of(cls, response: APIResponse[T], *, strict: bool = False) -> Self:
        """Re-wrap a response as this (generated) class, parsing its declared headers."""
        return cls(http_response=response.http_response, parsed=response.parsed, strict=strict)

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


REDACTED = _redact.REDACTED
_SECRET_HEADERS = _redact.SECRET_HEADERS


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


class BaseClient:
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
        strict_decoding: bool = True,
        servers: ChosenServer | None = None,
    ) -> None:
        self.base_url = _checks.base_url(base_url)
        self._servers = servers
        self._operation_urls: dict[str, str] = {}
        self.timeout = timeout
        self.max_retries = max_retries
        self.follow_redirects = follow_redirects
        self.max_response_size = max_response_size
        self.deadline = deadline
        self.strict_decoding = strict_decoding
        self._credentials = dict(credentials)
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
        self._secrets = _redact.Secrets(
            [secret for c in self._credentials.values() for secret in c.secrets()],
            headers=self._secret_headers,
            query=self._secret_query,
        )
        _redact.register(self._secrets, log.name)
        self._sleep_seconds: Callable[[float], Any] = time.sleep
        self._random: Callable[[], float] = random.random
        self._now: Callable[[], float] = time.time

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
            if all(c is not None and c.value for c in creds):
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

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        parts: RequestParts,
        options: RequestOptions,
    ) -> httpx.Request:
        """The request for one call; arguments that cannot be sent raise ``InvalidRequestError``."""
        try:
            return self._encode_request(http, op, parts, options)
        except APIError:
            raise
        except (ValueError, TypeError, UnicodeError) as exc:
            if parts.json is not UNSET:
                _checks.finite_json(parts.json, where=f"{_describe(op)} was not sent")
            raise InvalidRequestError(
                f"{_describe(op)} was not sent: {type(exc).__name__}: {_redact.clean(str(exc))}"
            ) from None

    def _encode_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        parts: RequestParts,
        options: RequestOptions,
    ) -> httpx.Request:
        path = _PATH_PARAM.sub(lambda m: path_text(m.group(1), parts.path[m.group(1)]), op.path)
        query: list[str] = []
        for name, value in parts.query:
            query.extend(query_pairs(name, value))
        headers = dict(self._default_headers)
        if not self._accept_fixed:
            headers["Accept"] = op.accept
        cookies: list[tuple[str, str]] = []
        credential_query: list[tuple[str, str]] = []
        credential_cookies: dict[str, str] = {}
        for cred in self._auth(op):
            cred.apply(headers, credential_query, credential_cookies)
        query.extend(f"{quote(k)}={quote(v)}" for k, v in credential_query)
        for name, value in credential_cookies.items():  # RFC 6265 octets, as any cookie
            cookies.extend(cookie_pairs(name, value))
        for name, value in parts.headers:
            if not is_unset(value):
                try:
                    headers[name] = header_value(value)
                except ValueError as exc:  # say which header; never its value
                    raise InvalidRequestError(
                        f"{_describe(op)} was not sent: header {name}: {exc}"
                    ) from None
        for name, value in parts.cookies:
            cookies.extend(cookie_pairs(name, value))
        where = f"{_describe(op)} was not sent"
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies)
        if parts.content_type:
            headers["Content-Type"] = parts.content_type
        if options.extra_headers:
            headers.update(options.extra_headers)
        if options.extra_query:
            query.extend(f"{quote(k)}={quote(str(v))}" for k, v in options.extra_query.items())
        _checks.headers(headers, where=where)
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        url = self._base_url_of(op) + path + ("?" + "&".join(query) if query else "")
        return http.build_request(
            op.method,
            url,
            headers=headers,
            json=None if parts.json is UNSET else parts.json,
            content=parts.content,
            data=parts.data,
            files=parts.files,
            timeout=timeout,
        )

    # -- retrying ---------------------------------------------------------------------------
    @staticmethod
    def _replay_safe(op: Operation[Any], request: httpx.Request) -> bool:
        return op.idempotent or "idempotency-key" in request.headers

    def _retry_status(
        self, op: Operation[Any], request: httpx.Request, response: httpx.Response
    ) -> bool:
        status = response.status_code
        return status in _RETRY_ALWAYS or (
            status in _RETRY_IDEMPOTENT and self._replay_safe(op, request)
        )

    def _retry_error(
        self, op: Operation[Any], request: httpx.Request, exc: httpx.TransportError
    ) -> bool:
        # A request h11 refuses to send fails the same way when repeated.
        if isinstance(exc, httpx.LocalProtocolError):
            return False
        not_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
        return not_sent or self._replay_safe(op, request)

    def _retry_delay(self, attempt: int, response: httpx.Response | None) -> float:
        if response is not None:
            after = self._retry_after(response.headers.get("retry-after"))
            if after is not None:
                return after
        base = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
        return base * (1 - 0.25 * self._random())

    def _retry_after(self, header: str | None) -> float | None:
        if not header:
            return None
        try:
            seconds = float(header)
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(header)
            except (TypeError, ValueError, IndexError):
                return None
            seconds = when.timestamp() - self._now()
        if math.isnan(seconds):
            return None
        return min(max(seconds, 0.0), MAX_RETRY_AFTER)

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
            if _has_body(request):
                raise UnsafeRedirectError(
                    f"{response.request.method} {_redact_url(response.request.url, self._secret_query)} "
                    f"was redirected ({response.status_code}) to another origin "
                    f"({request.url.scheme}://{request.url.host}); not followed, because it would "
                    "send the request body there",
                    response=response,
                    body=None,
                )
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
        if 200 <= status < 300:
            decoder = _lookup(op.success, status) or next(iter(op.success.values()), None)
            if decoder is None:
                return APIResponse(http_response=response, parsed=None)  # type: ignore[arg-type]
            return APIResponse(http_response=response, parsed=self._decode(op, decoder, response))
        body = self._error_body(op, response)
        detail = _error_detail(body)
        raise error_class(status)(
            f"{_describe(op)} failed with {status} {_redact.clean(response.reason_phrase, 100)}"
            + (f": {detail}" if detail else ""),
            response=response,
            body=body,
        )

    def _unread(self, op: Operation[T], response: httpx.Response, raw: bool) -> APIResponse[T]:
        """A success whose body the caller reads as it arrives (streamed or an event stream)."""
        log.debug("%s: %s %s -> %s (streamed)", op.name, op.method, op.path, response.status_code)
        if raw:
            streamed: Any = StreamedResponse(response)
            return APIResponse(http_response=response, parsed=streamed)
        decoder = _lookup(op.success, response.status_code) or next(iter(op.success.values()))
        return APIResponse(http_response=response, parsed=decoder(response))

    def _decode(self, op: Operation[T], decoder: Decoder[T], response: httpx.Response) -> T:
        """The decoded body; anything that does not match raises ``APIResponseValidationError``."""
        try:
            if self.strict_decoding:
                return decoder(response)
            with lenient():
                return decoder(response)
        except DecodeError as exc:
            path, reason = exc.path, f"at {exc.location}: {exc.reason}"
        except RecursionError:
            path, reason = [], "it is nested more deeply than this client decodes"
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
            path, reason = [], f"{type(exc).__name__}: {exc}"
        raise APIResponseValidationError(
            f"{_describe(op)} returned {response.status_code}, but its body does not match the API "
            f"description {_redact.clean(reason)}",
            response=response,
            path=path,
            body=_raw_body(response),
        )

    @staticmethod
    def _error_body(op: Operation[Any], response: httpx.Response) -> Any:
        decoder = _lookup(op.errors, response.status_code)
        if decoder is not None:
            try:
                return decoder(response)
            except (
                KeyError,
                TypeError,
                ValueError,
                AttributeError,
                ArithmeticError,
                RecursionError,
            ):
                log.debug("%s: error body does not match the API description; kept raw", op.name)
        try:
            return response.json()
        except (ValueError, RecursionError):
            return response.text

    @staticmethod
    def _connection_error(
        op: Operation[Any], request: httpx.Request, exc: httpx.TransportError
    ) -> APIError:
        _scrub_exception(exc)
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(
                f"{_describe(op)} timed out ({type(exc).__name__})", request=request
            )
        return APIConnectionError(
            f"{_describe(op)} could not reach {request.url.host}: {type(exc).__name__}: "
            f"{_redact.clean(str(exc))}",
            request=request,
        )

    @staticmethod
    def _unsendable(op: Operation[Any], request: httpx.Request, exc: httpx.HTTPError) -> APIError:
        """Any other httpx failure (an invalid URL, say): typed, redacted, not retried."""
        _scrub_exception(exc)
        return APIConnectionError(
            f"{_describe(op)} failed: {type(exc).__name__}: {_redact.clean(str(exc))}",
            request=request,
        )


def _has_body(request: httpx.Request) -> bool:
    length = request.headers.get("content-length")
    return "transfer-encoding" in request.headers or (length is not None and length != "0")


def _scrub_exception(exc: BaseException) -> None:
    """Mask secrets in the text of an exception kept as ``__cause__`` (tracebacks print it)."""
    exc.args = tuple(_redact.scrub(a) if isinstance(a, str) else a for a in exc.args)


def _raw_body(response: httpx.Response) -> Any:
    """The body as parsed JSON, or its text when it is not JSON (nor nested too deeply)."""
    try:
        return response.json()
    except (ValueError, RecursionError):
        return response.text


def _json_fields(body: object) -> Mapping[str, object]:
    return cast("dict[str, object]", body) if isinstance(body, dict) else {}


def _error_detail(body: object) -> str:
    fields = _json_fields(body)
    for name in ("message", "error", "detail", "title"):
        value: object = getattr(body, name, None)
        if value is None:
            value = fields.get(name)
        if isinstance(value, str) and value:
            return _redact.clean(value)
    return ""


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
        strict_decoding: bool = True,
        servers: ChosenServer | None = None,
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
            strict_decoding=strict_decoding,
            servers=servers,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(transport=transport, follow_redirects=False)

    def close(self) -> None:
        _redact.unregister(self._secrets)
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _call(
        self,
        op: Operation[T],
        parts: RequestParts,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, str] | None,
        timeout: Timeout | NotGiven,
        max_retries: int | None,
    ) -> T:
        """Send one call of a generated endpoint and return its decoded body."""
        options = RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._send(op, parts, options).parsed

    def _send(
        self,
        op: Operation[T],
        parts: RequestParts,
        options: RequestOptions,
        *,
        stream: bool = False,
    ) -> APIResponse[T]:
        """Send with retries; ``stream`` leaves a success body unread (a ``StreamedResponse``)."""
        request = self._build_request(self._http, op, parts, options)
        retries_left = self._max_retries(options)
        deadline = Deadline(self.deadline)
        attempt = hops = 0
        while True:
            deadline.check(_describe(op), request)
            deadline.cap(request)
            self._log_request(op, request, attempt)
            try:
                response = self._http.send(request, follow_redirects=False, stream=True)
                next_request = self._redirect(response, hops)
                if next_request is not None:
                    response.close()
                    request, hops = next_request, hops + 1
                    continue
                if retries_left > 0 and self._retry_status(op, request, response):
                    delay = self._backoff(op, deadline, attempt, response)
                    if delay is not None:
                        response.close()
                        log.info(
                            "%s: status %s; retrying in %.2fs", op.name, response.status_code, delay
                        )
                        self._sleep_seconds(delay)
                        retries_left, attempt = retries_left - 1, attempt + 1
                        continue
                if (stream or op.streamed) and response.is_success:
                    return self._unread(op, response, stream)
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
            except (
                httpx.HTTPError
            ) as exc:  # e.g. DecodingError for a brotli body: typed, not retried
                raise self._unsendable(op, request, exc) from exc
            return self._process(op, response)


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
        strict_decoding: bool = True,
        servers: ChosenServer | None = None,
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
            strict_decoding=strict_decoding,
            servers=servers,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport, follow_redirects=False)
        import asyncio  # here, not at the top: it costs more to import than httpx's sync half

        self._async_sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep

    async def close(self) -> None:
        _redact.unregister(self._secrets)
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def _call(self, op: Operation[Any], *args: Any) -> Any:
        """A synchronous endpoint was called with this async client: say which form to use."""
        raise TypeError(
            f"{op.name}() is synchronous and needs a Client; with an AsyncClient, "
            f"call {op.name}_async()"
        )

    async def _send(
        self,
        op: Operation[T],
        parts: RequestParts,
        options: RequestOptions,
        *,
        stream: bool = False,
    ) -> APIResponse[T]:
        """Send with retries; ``stream`` leaves a success body unread (a ``StreamedResponse``)."""
        request = self._build_request(self._http, op, parts, options)
        retries_left = self._max_retries(options)
        deadline = Deadline(self.deadline)
        attempt = hops = 0
        while True:
            deadline.check(_describe(op), request)
            deadline.cap(request)
            self._log_request(op, request, attempt)
            try:
                response = await self._http.send(request, follow_redirects=False, stream=True)
                next_request = self._redirect(response, hops)
                if next_request is not None:
                    await response.aclose()
                    request, hops = next_request, hops + 1
                    continue
                if retries_left > 0 and self._retry_status(op, request, response):
                    delay = self._backoff(op, deadline, attempt, response)
                    if delay is not None:
                        await response.aclose()
                        log.info(
                            "%s: status %s; retrying in %.2fs", op.name, response.status_code, delay
                        )
                        await self._async_sleep(delay)
                        retries_left, attempt = retries_left - 1, attempt + 1
                        continue
                if (stream or op.streamed) and response.is_success:
                    return self._unread(op, response, stream)
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
            except (
                httpx.HTTPError
            ) as exc:  # e.g. DecodingError for a brotli body: typed, not retried
                raise self._unsendable(op, request, exc) from exc
            return self._process(op, response)
