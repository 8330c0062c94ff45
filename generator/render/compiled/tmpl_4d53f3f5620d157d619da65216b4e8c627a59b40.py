# package_init.py.jinja, compiled by jinja2 3.1.6: written by write_compiled; do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package_init.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_title_doc = resolve('title_doc')
    l_0_version = resolve('version')
    pass
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""'
    yield str((undefined(name='title_doc') if l_0_title_doc is missing else l_0_title_doc))
    yield '"""\n\n# The runtime\'s names come from its modules, not from ``._runtime``: importing from a package binds\n# its name here, and pyright would then take the other modules\' ``from . import _runtime`` for a use\n# of this module\'s private name.\nfrom ._client import BASE_URL_ENV, DEFAULT_BASE_URL, SERVERS, AsyncClient, Client\nfrom ._runtime._errors import (\n    APIConnectionError,\n    APIError,\n    APIResponseValidationError,\n    APIStatusError,\n    APITimeoutError,\n    AuthenticationError,\n    BadRequestError,\n    ClientConfigError,\n    ConflictError,\n    InternalServerError,\n    InvalidRequestError,\n    MissingCredentialsError,\n    NotFoundError,\n    OAuthTokenError,\n    PermissionDeniedError,\n    RateLimitError,\n    ResponseTooLargeError,\n    UnprocessableEntityError,\n    UnsafeRedirectError,\n)\nfrom ._runtime._files import File, FileInput\nfrom ._runtime._hooks import Hooks, RequestInfo, ResponseInfo\nfrom ._runtime._oauth import OAuth2Tokens, TokenProvider, TokenSource\nfrom ._runtime._pagination import AsyncPage, Page\nfrom ._runtime._response import APIResponse\nfrom ._runtime._servers import Server\nfrom ._runtime._sse import EventStream, ServerSentEvent\nfrom ._runtime._streaming import StreamedResponse\nfrom ._runtime._types import NOT_GIVEN, UNSET, NotGiven, Unset\n\n__version__ = '
    yield str((undefined(name='version') if l_0_version is missing else l_0_version))
    yield '\n\n__all__ = [\n    "BASE_URL_ENV",\n    "DEFAULT_BASE_URL",\n    "NOT_GIVEN",\n    "SERVERS",\n    "UNSET",\n    "APIConnectionError",\n    "APIError",\n    "APIResponse",\n    "APIResponseValidationError",\n    "APIStatusError",\n    "APITimeoutError",\n    "AsyncClient",\n    "AsyncPage",\n    "AuthenticationError",\n    "BadRequestError",\n    "Client",\n    "ClientConfigError",\n    "ConflictError",\n    "EventStream",\n    "File",\n    "FileInput",\n    "Hooks",\n    "InternalServerError",\n    "InvalidRequestError",\n    "MissingCredentialsError",\n    "NotFoundError",\n    "NotGiven",\n    "OAuth2Tokens",\n    "OAuthTokenError",\n    "Page",\n    "PermissionDeniedError",\n    "RateLimitError",\n    "RequestInfo",\n    "ResponseInfo",\n    "ResponseTooLargeError",\n    "Server",\n    "ServerSentEvent",\n    "StreamedResponse",\n    "TokenProvider",\n    "TokenSource",\n    "UnprocessableEntityError",\n    "UnsafeRedirectError",\n    "Unset",\n    "__version__",\n]\n'

blocks = {}
debug_info = '2=14&3=16&40=18'
