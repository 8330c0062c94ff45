"""The intermediate representation: what the client is, independent of OpenAPI and of templates.

Frozen, slotted, keyword-only dataclasses that refer to each other by name (never by object), so
recursive schemas need no special casing. ``TypeExpr`` is a closed union consumed with ``match``.

Facts marked *derived* are set by the last lowering pass (``generator.lowering.derive``) from the
others; every consumer (render, surface, README, api.md, testing.py) reads them instead of working
them out again, so the generated code and its descriptions cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

PrimitiveKind = Literal[
    "str", "int", "float", "bool", "bytes", "date", "datetime", "time", "uuid", "decimal", "binary", "null"
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Primitive:
    kind: PrimitiveKind


@dataclass(frozen=True, slots=True, kw_only=True)
class ListOf:
    item: TypeExpr


@dataclass(frozen=True, slots=True, kw_only=True)
class TupleOf:
    """``prefixItems``: one type per position; ``rest`` types any further items (None: no more)."""

    items: tuple[TypeExpr, ...]
    rest: TypeExpr | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MapOf:
    value: TypeExpr


@dataclass(frozen=True, slots=True, kw_only=True)
class ModelRef:
    name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class EnumRef:
    name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AliasRef:
    """A named schema that is not an object (an array, a union, a primitive with a name)."""

    name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Discriminator:
    property_wire_name: str
    mapping: tuple[tuple[str, str], ...]  # (wire value, model name), in spec order
    # allOf inheritance: the base model, what a value whose tag the mapping does not know (or that
    # has none) decodes to; such a value is valid as the base alone. None: a oneOf / anyOf, whose
    # unknown tags are decoded by shape.
    fallback: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class UnionOf:
    variants: tuple[TypeExpr, ...]
    discriminator: Discriminator | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class LiteralOf:
    values: tuple[str | int | bool, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class AnyType:
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class Nullable:
    inner: TypeExpr


TypeExpr = (
    Primitive | ListOf | TupleOf | MapOf | ModelRef | EnumRef | AliasRef | UnionOf | LiteralOf | AnyType
    | Nullable
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Field:
    wire_name: str
    py_name: str
    type: TypeExpr
    required: bool
    description: str
    default_source: str | None  # a Python literal made by ``literals``; None means no default
    read_only: bool = False
    write_only: bool = False
    secret: bool = False
    deprecated: bool = False
    # derived: the constructor may omit it (not required, or read-only / write-only: such a field
    # travels in one direction only, so neither direction can require it); its type is then ``T | Unset``.
    optional: bool = False
    # derived: the constructor default as Python source: "UNSET" when optional, a required const's one
    # value, None when the constructor requires the field.
    init_default: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Model:
    name: str
    module: str
    pointer: str
    description: str
    fields: tuple[Field, ...]
    # None: additionalProperties is false; otherwise the type of extra values (AnyType when open).
    additional: TypeExpr | None
    deprecated: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class EnumMember:
    py_name: str
    value: str | int | float
    value_source: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Enum:
    name: str
    module: str
    pointer: str
    description: str
    # "value": a number or mixed-type enum, decoded by value (``_rt.OpenEnum``).
    base: Literal["str", "int", "value"]
    members: tuple[EnumMember, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Alias:
    name: str
    module: str
    pointer: str
    description: str
    type: TypeExpr


ParamLocation = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Parameter:
    wire_name: str
    py_name: str
    location: ParamLocation
    type: TypeExpr
    required: bool
    description: str
    style: str
    explode: bool
    default_source: str | None = None
    deprecated: bool = False
    allow_reserved: bool = False
    # derived: the keyword's default as Python source (None: the caller must pass it).
    init_default: str | None = None


BodyKind = Literal["json", "form", "multipart", "binary", "text"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PropertyEncoding:
    """One entry of a form or multipart body's ``encoding`` object (None: not given)."""

    property: str  # the property's wire name
    style: str | None = None
    explode: bool | None = None
    allow_reserved: bool = False
    content_type: str | None = None
    # Part headers whose value the API description fixes (a default, a const or a one-value enum).
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestBody:
    media_type: str
    kind: BodyKind
    type: TypeExpr
    required: bool
    description: str
    encoding: tuple[PropertyEncoding, ...] = ()
    # derived: the ``body`` keyword's default as Python source (None: the caller must pass it).
    init_default: str | None = None


ResponseKind = Literal["json", "text", "binary", "empty", "events"]
# What a caller gets from a response body: nothing, text, bytes, a decoded JSON value or a stream.
ResultKind = Literal["none", "text", "bytes", "json", "events"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Response:
    status: str  # "200", "2XX" or "default"
    description: str
    media_type: str
    kind: ResponseKind
    type: TypeExpr | None  # None for an empty body; for "events", the type of each event's data
    headers: tuple[ResponseHeader, ...] = ()
    # derived: 2XX, or ``default`` when the operation declares no 2XX response
    success: bool = False
    # derived: what the body decodes to
    result: ResultKind = "none"
    # "events": the data of the event that ends the stream (OpenAI's ``[DONE]``), if any.
    terminator: str | None = None
    # derived: declared as a media range (``*/*``): the answer's own Content-Type decides its type
    any_media: bool = False


PagingScheme = Literal["cursor", "has_more", "next_url", "offset", "page", "link"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Pagination:
    """How a list operation pages (see the runtime's ``Paging``): paths are Python attribute names."""

    scheme: PagingScheme
    item: TypeExpr
    items: tuple[str, ...]  # () when the body itself is the list
    param: str = ""  # the Python name of the parameter the next call sets
    next: tuple[str, ...] = ()
    total: tuple[str, ...] = ()
    item_id: str = "id"
    cursor_field: tuple[str, ...] = ()
    start: int = 0
    query: tuple[tuple[str, str], ...] = ()  # (wire, Python) names of the query parameters
    reason: str = ""  # why, for the coverage report


@dataclass(frozen=True, slots=True, kw_only=True)
class MediaChoice:
    """Another media type an operation's success answers come in (petstore's ``application/xml``
    beside JSON, a report as ``text/csv``): its own function form ``<op>_as_<suffix>`` asks for it
    with ``Accept`` and decodes it as such; the operation's main form keeps the preferred type."""

    suffix: str  # "csv", "xml": a Python identifier part, unique within the operation
    media_type: str
    # The success responses as this form decodes them: the statuses that offer this media type
    # with it, the others as the main form has them.
    responses: tuple[Response, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class EventVariant:
    """An operation that answers JSON, or server-sent events when asked: its ``_stream`` form.

    Asked for by setting the JSON body's boolean ``flag`` (when the API has one) and by
    ``Accept: text/event-stream``.
    """

    status: str
    type: TypeExpr  # each event's data
    flag: str  # wire name of the body property; "" when Accept alone asks for the stream
    terminator: str | None
    reason: str  # why the operation was found to stream, for the coverage report
    schema_pointer: str = ""  # the events' schema in the document ("" when they are text)


@dataclass(frozen=True, slots=True, kw_only=True)
class ResponseClass:
    """An ``APIResponse`` subclass that carries typed response headers (derived).

    An operation with one success response has one, its headers required as that response says.
    With several successes, a base class holds the headers every success declares alike, and each
    success that declares others gets a subclass of it with those, required as *its* response says
    (so a header required on 200 is not Optional on the 200 class).
    """

    name: str
    statuses: tuple[str, ...]  # the success statuses it is used for; () for the base of several
    base: str | None  # the operation's base class, for a per-status subclass
    headers: tuple[ResponseHeader, ...]  # declared here (a subclass inherits the base's too)


@dataclass(frozen=True, slots=True, kw_only=True)
class ResponseHeader:
    wire_name: str
    py_name: str
    type: TypeExpr
    required: bool
    description: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ClientArgument:
    """A keyword argument of the clients that carries part of a credential, and its environment variable."""

    py_name: str
    env_var: str  # "" when it is not read from the environment


@dataclass(frozen=True, slots=True, kw_only=True)
class OAuth:
    """What the client does for an ``oauth2`` scheme: the grants it can run itself."""

    flows: tuple[str, ...]  # the flows the spec lists, in spec order (e.g. "clientCredentials")
    token_url: str  # the clientCredentials flow's tokenUrl; "" when the spec has no such flow
    refresh_url: str  # the first refreshUrl of any flow; "" when none
    scopes: tuple[str, ...]  # the clientCredentials flow's scopes, requested with each token
    client_id: ClientArgument | None  # None when there is neither a token nor a refresh URL
    client_secret: ClientArgument | None
    refresh_token: ClientArgument | None  # offered when a refreshUrl is given


@dataclass(frozen=True, slots=True, kw_only=True)
class ServerVariable:
    """A ``{name}`` in a server URL: its default and, when the spec lists them, the allowed values."""

    name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Server:
    """One entry of a ``servers`` list that passed the URL checks (lowering/servers.py)."""

    name: str  # how ``Client(server=...)`` names it (unique in its list)
    url: str  # the template, ``{variable}`` placeholders kept
    description: str
    variables: tuple[ServerVariable, ...]
    pointer: str
    default_url: str  # the URL with every variable at its default, without a trailing slash


@dataclass(frozen=True, slots=True, kw_only=True)
class SecurityScheme:
    key: str  # the name in components.securitySchemes
    kind: Literal["bearer", "basic", "apiKey"]
    location: Literal["header", "query", "cookie"]
    param_name: str  # header/query/cookie name for apiKey; "Authorization" otherwise
    py_name: str  # the Client keyword argument that carries the credential
    env_var: str
    description: str
    source: str = "http"  # the spec's type: http, apiKey, oauth2, openIdConnect
    provider_name: str = ""  # the keyword taking a token provider (bearer kinds); "" otherwise
    oauth: OAuth | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Operation:
    py_name: str
    operation_id: str
    method: str
    path: str
    pointer: str
    group: str  # module under api/
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    body: RequestBody | None
    responses: tuple[Response, ...]
    # Alternatives (OR) of scheme-key sets (AND); () means no authentication.
    security: tuple[tuple[str, ...], ...]
    idempotent: bool
    deprecated: bool = False
    events: EventVariant | None = None
    pagination: Pagination | None = None
    media_choices: tuple[MediaChoice, ...] = ()  # content negotiation: one form per other media type
    # The operation's own servers (its ``servers``, else its path item's); () means the API's.
    servers: tuple[Server, ...] = ()
    # derived: the success responses (a synthetic empty "2XX" when the spec declares none) and the
    # error responses, each in spec order
    successes: tuple[Response, ...] = ()
    errors: tuple[Response, ...] = ()
    accept: str = "application/json"  # derived: the Accept header (success media types first)
    constant: str = ""  # derived: the module constant holding the runtime ``Operation``
    # derived: the APIResponse subclasses carrying the success responses' typed headers, the base
    # first; and the one the ``_with_response`` form is typed as returning (None when no headers)
    response_classes: tuple[ResponseClass, ...] = ()
    response_class: str | None = None
    # derived: a success answers server-sent events (handed to its decoder unread)
    streamed: bool = False
    # derived: a success body is text or bytes, so the operation has a ``_streaming`` form
    streaming_form: bool = False
    # derived: the names of the forms beyond the four every operation has (``_stream``, ``_pages``,
    # ``_as_<suffix>``, ``_streaming`` and their async twins), in the order the api/ module defines them
    derived_forms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ClientPolicy:
    """Decisions about every call, made once from the spec and the configuration."""

    # The header that makes a retried non-idempotent request safe (the same key on every attempt).
    idempotency_header: str = ""
    idempotency_source: str = ""  # why: "spec" (header parameters), "config", or "" (none)
    # Response headers that carry the server's request ID, in the order they are looked for.
    request_id_headers: tuple[str, ...] = ("x-request-id", "request-id")
    # The API-wide security requirement, used by ``client.request(...)`` for undocumented endpoints.
    default_security: tuple[tuple[str, ...], ...] = ()
    log_env: str = ""  # the environment variable that turns on logging to stderr


@dataclass(frozen=True, slots=True, kw_only=True)
class Api:
    title: str
    version: str
    description: str
    base_url: str
    spec_name: str
    models: tuple[Model, ...]
    enums: tuple[Enum, ...]
    aliases: tuple[Alias, ...]
    operations: tuple[Operation, ...]
    security_schemes: tuple[SecurityScheme, ...]
    policy: ClientPolicy = ClientPolicy()
    servers: tuple[Server, ...] = ()  # the document's top-level servers, in order
    base_url_env: str = ""  # the environment variable that overrides the base URL
    # (key, type) of each security scheme the client cannot send (mutualTLS, an unknown type): left out
    # of security_schemes, named in the README
    unsupported_security: tuple[tuple[str, str], ...] = ()
    # derived: the distinct servers of operations that have their own, in document order
    operation_servers: tuple[Server, ...] = ()
    # derived: (operation pointer, form name) of each content-negotiation form left out because
    # another operation of the same api/ module already has that name
    dropped_forms: tuple[tuple[str, str], ...] = ()
    # derived: every declaration by name, and each enum's base ("str" or "int")
    index: dict[str, Model | Enum | Alias] = field(default_factory=dict, compare=False, repr=False)
    enum_bases: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def groups(self) -> dict[str, list[Operation]]:
        """Group (module under api/) → its operations in document order, groups sorted by name."""
        by_group: dict[str, list[Operation]] = {}
        for op in self.operations:
            by_group.setdefault(op.group, []).append(op)
        return dict(sorted(by_group.items()))
