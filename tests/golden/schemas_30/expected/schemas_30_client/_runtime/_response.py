"""``APIResponse``: a decoded body together with the HTTP response it came from."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, Self, TypeVar, cast

import httpx

from ._decode import DecodeError
from ._errors import APIResponseValidationError

__all__ = ["APIResponse"]

T = TypeVar("T")
H = TypeVar("H")

log = logging.getLogger(__name__.split(".")[0])


class APIResponse(Generic[T]):
    """A decoded body together with the HTTP response it came from.

    Operations whose responses declare headers get a generated subclass (one per status where the
    statuses declare different headers) that also exposes those headers as typed attributes
    (parsed in ``_read_headers``). An optional header that is missing or does not parse leaves its
    attribute ``None`` and is reported in ``header_errors`` (its raw text stays in ``headers``); a
    required one raises ``APIResponseValidationError`` (the body and response kept on it), unless
    the client decodes leniently (``strict_decoding=False``), which treats it as an optional one.
    """

    __slots__ = ("_strict", "header_errors", "http_response", "parsed", "request_id")

    def __init__(
        self,
        *,
        http_response: httpx.Response,
        parsed: T,
        request_id: str | None = None,
        strict: bool = False,
    ) -> None:
        self.http_response = http_response
        self.parsed = parsed
        self.request_id = request_id
        """The server's request ID (``x-request-id`` or the like), for support requests."""
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
                request_id=self.request_id,
            )
        return cast("H", value)

    @classmethod
    def of(cls, response: APIResponse[T], *, strict: bool = False) -> Self:
        """Re-wrap a response as this (generated) class, parsing its declared headers."""
        return cls(
            http_response=response.http_response,
            parsed=response.parsed,
            request_id=response.request_id,
            strict=strict,
        )

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {type(self.parsed).__name__}>"
