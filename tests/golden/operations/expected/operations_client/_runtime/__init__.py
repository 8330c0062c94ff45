"""The generated client's runtime: code that is the same for every API, copied verbatim.

Generated modules import this package as ``_rt`` so that no schema name can shadow it.
"""

from ._client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    APIResponse,
    AsyncClient,
    BaseClient,
    Credential,
    Operation,
    RequestOptions,
    RequestParts,
    SyncClient,
    Timeout,
    bytes_body,
    json_body,
    no_body,
    text_body,
)
from ._endpoints import async_form, with_response
from ._forms import form_fields, multipart_fields
from ._params import parse_bool, parse_list, read_header, require_header
from ._serde import (
    DecodeError,
    b64decode,
    b64encode,
    decode_discriminated,
    decode_union,
    encode_value,
    enum_value,
    format_datetime,
    identity,
    literal_value,
    open_int_enum,
    open_str_enum,
    parse_datetime,
)
from ._types import NOT_GIVEN, UNSET, NotGiven, Unset

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "UNSET",
    "APIResponse",
    "AsyncClient",
    "BaseClient",
    "Credential",
    "DecodeError",
    "NotGiven",
    "Operation",
    "RequestOptions",
    "RequestParts",
    "SyncClient",
    "Timeout",
    "Unset",
    "async_form",
    "b64decode",
    "b64encode",
    "bytes_body",
    "decode_discriminated",
    "decode_union",
    "encode_value",
    "enum_value",
    "form_fields",
    "format_datetime",
    "identity",
    "json_body",
    "literal_value",
    "multipart_fields",
    "no_body",
    "open_int_enum",
    "open_str_enum",
    "parse_bool",
    "parse_datetime",
    "parse_list",
    "read_header",
    "require_header",
    "text_body",
    "with_response",
]
