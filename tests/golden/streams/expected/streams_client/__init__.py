# Generated from spec.yaml by the generator; do not edit by hand.
"""Streams API client."""

# The runtime's names come from its modules, not from ``._runtime``: importing from a package binds
# its name here, and pyright would then take the other modules' ``from . import _runtime`` for a use
# of this module's private name.
from ._client import BASE_URL_ENV, DEFAULT_BASE_URL, SERVERS, AsyncClient, Client
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
    OAuthTokenError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    UnprocessableEntityError,
    UnsafeRedirectError,
)
from ._runtime._files import File, FileInput
from ._runtime._hooks import Hooks, RequestInfo, ResponseInfo
from ._runtime._oauth import OAuth2Tokens, TokenProvider, TokenSource
from ._runtime._pagination import AsyncPage, Page
from ._runtime._response import APIResponse
from ._runtime._servers import Server
from ._runtime._sse import EventStream, ServerSentEvent
from ._runtime._streaming import StreamedResponse
from ._runtime._types import NOT_GIVEN, UNSET, NotGiven, Unset

__version__ = "1.0.0"

__all__ = [
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "SERVERS",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPage",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientConfigError",
    "ConflictError",
    "EventStream",
    "File",
    "FileInput",
    "Hooks",
    "InternalServerError",
    "InvalidRequestError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "OAuth2Tokens",
    "OAuthTokenError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestInfo",
    "ResponseInfo",
    "ResponseTooLargeError",
    "Server",
    "ServerSentEvent",
    "StreamedResponse",
    "TokenProvider",
    "TokenSource",
    "UnprocessableEntityError",
    "UnsafeRedirectError",
    "Unset",
    "__version__",
]
