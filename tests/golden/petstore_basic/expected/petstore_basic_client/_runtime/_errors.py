"""The exceptions a caller can catch; every message says which request failed and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

from ._redact import scrub

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientConfigError",
    "ConflictError",
    "InternalServerError",
    "InvalidRequestError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
    "UnsafeRedirectError",
]


class APIError(Exception):
    """Base class of every error raised by this client.

    Its message has the credentials of every open client masked (see ``_redact``).
    """

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        message = scrub(message)
        super().__init__(message)
        self.message = message
        self.request = request


class ClientConfigError(APIError, ValueError):
    """A client was given an unusable option: a malformed base URL, a credential with whitespace."""


class InvalidRequestError(APIError, ValueError):
    """A call's arguments cannot be sent as given (e.g. CR/LF in a header, NaN in a JSON body).

    Nothing was sent, and the call is not retried.
    """


class MissingCredentialsError(APIError):
    """An operation needs credentials that were neither passed to the client nor set in the environment."""


class APIConnectionError(APIError):
    """The request could not be sent, or no response arrived."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(APIError):
    """A successful response does not match what the API description promises.

    ``path`` locates the offending value in the body (``["databases", 3, "syncInterval"]``;
    empty when the body as a whole is wrong, or a header is), ``location`` spells it
    (``$.databases[3].syncInterval``), ``body`` keeps the body as parsed JSON (the text when it is
    not JSON), and ``response`` the raw ``httpx.Response``.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        path: Sequence[str | int] = (),
        body: Any = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.path = list(path)
        self.body = body

    @property
    def location(self) -> str:
        parts = ["$"]
        for step in self.path:
            if isinstance(step, int):
                parts.append(f"[{step}]")
            else:
                parts.append(f".{step}" if step.isidentifier() else f"[{step!r}]")
        return "".join(parts)


class ResponseTooLargeError(APIError):
    """A response body is larger than the client's ``max_response_size`` (counted decompressed)."""

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.limit = limit


class APIStatusError(APIError):
    """The server answered with a status code that is not a success.

    ``body`` is the decoded error model when the API describes one and the body matches it,
    otherwise the raw JSON value or text.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class UnsafeRedirectError(APIStatusError):
    """A redirect was not followed: it leads to another origin and would replay the request body."""


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests."""


class InternalServerError(APIStatusError):
    """Any 5xx status."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
