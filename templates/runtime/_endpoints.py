"""One definition, four forms: how an endpoint's async and raw-response forms are derived.

A generated endpoint is written once, as a synchronous function whose body only builds the request
and hands it to ``client.request``. Its other forms call that same function with a stand-in for the
client (``_Mode``) whose ``request`` sends asynchronously and/or returns the whole response. So the
parameters, their encoding and the docstring exist once, and the forms cannot drift apart; the
generated ``_client`` module gives these helpers their precise types.
"""

# ``_Mode`` sends through its client's ``_send``, as the client's own ``request`` does.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable, Mapping
from typing import Any, ParamSpec, Protocol, TypeVar, cast

from ._client import (
    APIResponse,
    AsyncClient,
    Operation,
    RequestOptions,
    RequestParts,
    SyncClient,
)
from ._options import Timeout
from ._pagination import AsyncPage, Page, Paging
from ._types import NOT_GIVEN, NotGiven

Endpoint = Callable[..., Any]

C_contra = TypeVar("C_contra", contravariant=True)
P = ParamSpec("P")
R_co = TypeVar("R_co", covariant=True)


class Form(Protocol[C_contra, P, R_co]):
    """The type of a derived form: the endpoint's parameters ``P`` after a client of type
    ``C_contra``, which type checkers accept by position or as ``client=`` (a
    ``Callable[Concatenate[C, P], R]`` would make it positional-only)."""

    def __call__(self, client: C_contra, *args: P.args, **kwargs: P.kwargs) -> R_co: ...


class _Mode:
    """Stands in for the client inside an endpoint's body, for the async and raw-response forms."""

    __slots__ = ("by_status", "client", "is_async", "response_class", "stream", "variant")

    def __init__(
        self,
        client: SyncClient | AsyncClient,
        is_async: bool,
        response_class: type[APIResponse[Any]] | None,
        *,
        stream: bool = False,
        variant: Variant | None = None,
        by_status: Mapping[str, type[APIResponse[Any]]] | None = None,
    ) -> None:
        self.client = client
        self.is_async = is_async
        self.response_class = response_class
        self.by_status = by_status  # the per-status subclasses of response_class
        self.stream = stream  # the _streaming form: the success body left unread
        self.variant = variant  # the _stream form of a JSON-or-events operation

    def request(
        self,
        op: Operation[Any],
        parts: RequestParts,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        options = RequestOptions(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        if self.variant is not None:
            op, parts = self.variant.apply(parts)
        if self.is_async:
            return self._call_async(op, parts, options)
        assert isinstance(self.client, SyncClient)
        return self._result(self.client._send(op, parts, options, stream=self.stream))

    async def _call_async(
        self, op: Operation[Any], parts: RequestParts, options: RequestOptions
    ) -> Any:
        assert isinstance(self.client, AsyncClient)
        return self._result(await self.client._send(op, parts, options, stream=self.stream))

    def _result(self, response: APIResponse[Any]) -> Any:
        if self.response_class is None or self.stream:
            return response.parsed
        status = response.status_code
        table = self.by_status or {}
        chosen = table.get(str(status)) or table.get(f"{status // 100}XX") or table.get("default")
        return (chosen or self.response_class).of(response, strict=self.client.strict_decoding)


@dataclasses.dataclass(frozen=True, slots=True)
class Variant:
    """The event-stream form of an operation that streams when a body flag says so."""

    operation: Operation[Any]
    flag: str  # the JSON body property that asks for a stream

    def apply(self, parts: RequestParts) -> tuple[Operation[Any], RequestParts]:
        if not self.flag:  # Accept: text/event-stream alone asks for the stream
            return self.operation, parts
        given: Any = parts.json  # the encoded JSON body: a dict for an object schema
        body = cast("dict[str, Any]", given) if isinstance(given, dict) else {}
        return self.operation, dataclasses.replace(parts, json={**body, self.flag: True})


def async_form(fn: Endpoint, client_type: type[AsyncClient] = AsyncClient) -> Endpoint:
    """The ``_async`` form of an endpoint (or of its ``_with_response`` form)."""
    name = fn.__name__ + "_async"

    async def endpoint(client: Any, *args: Any, **kwargs: Any) -> Any:
        if not isinstance(client, AsyncClient):
            raise TypeError(
                f"{name}() needs an AsyncClient, not {type(client).__name__}; "
                f"with a Client, call {fn.__name__}()"
            )
        return await fn(_Mode(client, True, None), *args, **kwargs)

    _describe(endpoint, fn, name, f"Async form of :func:`{fn.__name__}`.", client_type, None)
    return endpoint


def with_response(
    fn: Endpoint,
    response_class: type[APIResponse[Any]] | None = None,
    by_status: Mapping[str, type[APIResponse[Any]]] | None = None,
) -> Endpoint:
    """The ``_with_response`` form of an endpoint: the decoded body with the HTTP response, as
    ``response_class`` or, for a status ``by_status`` names, that subclass of it."""
    name = fn.__name__ + "_with_response"

    def endpoint(client: Any, *args: Any, **kwargs: Any) -> Any:
        cls = response_class or APIResponse
        if isinstance(client, _Mode):  # the async form of this form
            mode = _Mode(client.client, client.is_async, cls, by_status=by_status)
        elif isinstance(client, SyncClient):
            mode = _Mode(client, False, cls, by_status=by_status)
        else:
            raise TypeError(
                f"{name}() needs a Client, not {type(client).__name__}; "
                f"with an AsyncClient, call {name}_async()"
            )
        return fn(mode, *args, **kwargs)

    returns = fn.__annotations__.get("return", "Any")
    raw = response_class.__name__ if response_class else f"_rt.APIResponse[{returns}]"
    doc = f"Like :func:`{fn.__name__}`, but also returns the HTTP status and headers."
    _describe(endpoint, fn, name, doc, None, raw)
    return endpoint


def _mode_for(client: Any, name: str, **kwargs: Any) -> _Mode:
    if isinstance(client, _Mode):  # the async form of this form
        return _Mode(client.client, client.is_async, None, **kwargs)
    if isinstance(client, SyncClient):
        return _Mode(client, False, None, **kwargs)
    raise TypeError(
        f"{name}() needs a Client, not {type(client).__name__}; "
        f"with an AsyncClient, call {name}_async()"
    )


def streaming(fn: Endpoint) -> Endpoint:
    """The ``_streaming`` form: a ``StreamedResponse`` whose body is read as it arrives."""
    name = fn.__name__ + "_streaming"

    def endpoint(client: Any, *args: Any, **kwargs: Any) -> Any:
        return fn(_mode_for(client, name, stream=True), *args, **kwargs)

    doc = f"Like :func:`{fn.__name__}`, but the body is streamed: iterate it or write it to a file."
    _describe(endpoint, fn, name, doc, None, "_rt.StreamedResponse")
    return endpoint


def events(fn: Endpoint, operation: Operation[Any], flag: str) -> Endpoint:
    """The ``_stream`` form of an operation whose body flag ``flag`` asks for server-sent events."""
    name = fn.__name__ + "_stream"
    variant = Variant(operation, flag)

    def endpoint(client: Any, *args: Any, **kwargs: Any) -> Any:
        return fn(_mode_for(client, name, variant=variant), *args, **kwargs)

    doc = f"Like :func:`{fn.__name__}`, but with ``{flag}`` set: the answer as a stream of events."
    _describe(endpoint, fn, name, doc, None, "_rt.EventStream[_t.Any]")
    return endpoint


def negotiated(fn: Endpoint, operation: Operation[Any], suffix: str) -> Endpoint:
    """The ``_as_<suffix>`` form of an operation whose answers come in several media types: the same
    call, asking (``Accept``) for the one ``operation`` decodes."""
    name = f"{fn.__name__}_as_{suffix}"
    variant = Variant(operation, "")

    def endpoint(client: Any, *args: Any, **kwargs: Any) -> Any:
        return fn(_mode_for(client, name, variant=variant), *args, **kwargs)

    doc = f"Like :func:`{fn.__name__}`, but asks for ``{operation.accept}`` and decodes it as such."
    _describe(endpoint, fn, name, doc, None, "_t.Any")
    return endpoint


def paged(fn: Endpoint, paging: Paging[Any]) -> Endpoint:
    """The ``_pages`` form: the first ``Page``; iterating it walks the items of every page."""
    name = fn.__name__ + "_pages"

    def endpoint(client: Any, **kwargs: Any) -> Any:
        if not isinstance(client, SyncClient):
            raise TypeError(
                f"{name}() needs a Client, not {type(client).__name__}; "
                f"with an AsyncClient, call {name}_async()"
            )
        mode = _Mode(client, False, APIResponse)

        def fetch(**arguments: Any) -> APIResponse[Any]:
            return cast("APIResponse[Any]", fn(mode, **arguments))

        return Page(fetch, paging, kwargs, fetch(**kwargs))

    doc = f"Like :func:`{fn.__name__}`, but iterates the items of every page (a ``Page``)."
    _describe(endpoint, fn, name, doc, None, "_rt.Page[_t.Any]")
    return endpoint


def paged_async(fn: Endpoint, paging: Paging[Any]) -> Endpoint:
    """The ``_pages_async`` form: the first ``AsyncPage``; ``async for`` walks every page."""
    name = fn.__name__ + "_pages_async"

    async def endpoint(client: Any, **kwargs: Any) -> Any:
        if not isinstance(client, AsyncClient):
            raise TypeError(
                f"{name}() needs an AsyncClient, not {type(client).__name__}; "
                f"with a Client, call {fn.__name__}_pages()"
            )
        mode = _Mode(client, True, APIResponse)

        async def fetch(**arguments: Any) -> APIResponse[Any]:
            return cast("APIResponse[Any]", await fn(mode, **arguments))

        return AsyncPage(fetch, paging, kwargs, await fetch(**kwargs))

    doc = f"Async form of :func:`{fn.__name__}_pages` (an ``AsyncPage``)."
    _describe(endpoint, fn, name, doc, AsyncClient, "_rt.AsyncPage[_t.Any]")
    return endpoint


def _describe(
    endpoint: Endpoint,
    fn: Endpoint,
    name: str,
    doc: str,
    client_type: type[AsyncClient] | None,
    returns: str | None,
) -> None:
    """Name, document and sign ``endpoint`` as the form ``name`` of ``fn`` (for help(), IDEs)."""
    endpoint.__name__ = endpoint.__qualname__ = name
    endpoint.__module__ = fn.__module__
    endpoint.__doc__ = doc
    endpoint.__wrapped__ = fn  # type: ignore[attr-defined]  # where get_type_hints finds globals
    annotations = dict(fn.__annotations__)
    sig = inspect.signature(fn)
    params = list(sig.parameters.values())
    if client_type is not None:
        annotations["client"] = client_type
        params[0] = params[0].replace(annotation=client_type)
    if returns is not None:
        annotations["return"] = returns
    endpoint.__annotations__ = annotations
    endpoint.__signature__ = sig.replace(  # type: ignore[attr-defined]
        parameters=params,
        return_annotation=annotations.get("return", sig.return_annotation),
    )
