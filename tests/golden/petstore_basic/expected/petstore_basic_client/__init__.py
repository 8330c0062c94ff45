# Generated from spec.yaml by the generator; do not edit by hand.
"""Petstore client."""

from ._client import DEFAULT_BASE_URL, AsyncClient, Client
from ._runtime import NOT_GIVEN, UNSET, APIResponse, NotGiven, Unset
from ._runtime._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientConfigError,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    UnprocessableEntityError,
    UnsafeRedirectError,
)

__version__ = "1.2.0"

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientConfigError",
    "ConflictError",
    "InternalServerError",
    "InvalidRequestError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
    "UnsafeRedirectError",
    "Unset",
    "__version__",
]
