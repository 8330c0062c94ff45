"""The sync and async clients: an httpx client each, and the one send loop in two colours.

Generated endpoint functions describe an operation as data (``Operation``) and its arguments as
``RequestParts`` and hand both to ``client.request``; every decision between attempts is made by
``_attempts.Call``, so the two loops below only send, read, sleep and fetch tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack, overload

import httpx

from ._attempts import Call
from ._base import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, BaseClient
from ._bounds import aread_bounded, read_bounded
from ._credentials import Credential
from ._errors import APIError
from ._operation import (
    Operation,
    RequestOptions,
    RequestParts,
    Timeout,
    bytes_body,
    json_body,
    no_body,
    text_body,
)
from ._options import CallOptions
from ._request import call_parts
from ._response import APIResponse
from ._types import NOT_GIVEN, UNSET, NotGiven

if TYPE_CHECKING:
    from ._request import FromDict, Params

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIResponse",
    "AsyncClient",
    "BaseClient",
    "Credential",
    "Operation",
    "RequestOptions",
    "RequestParts",
    "SyncClient",
    "Timeout",
    "bytes_body",
    "json_body",
    "no_body",
    "text_body",
]

T = TypeVar("T")
M = TypeVar("M", bound="FromDict")


class SyncClient(BaseClient[httpx.Client, httpx.BaseTransport]):
    """Synchronous transport: an ``httpx.Client`` plus the send loop."""

    def _open_http(self, transport: httpx.BaseTransport | None) -> httpx.Client:
        return httpx.Client(transport=transport, follow_redirects=False)

    def close(self) -> None:
        self._release()
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
        op, parts, call_options, raw = call_parts(self.api, target, where, args, adhoc, options)
        response = self._send(op, parts, call_options)
        return response if raw else response.parsed

    def _send(
        self,
        op: Operation[T],
        parts: RequestParts,
        options: RequestOptions,
        *,
        stream: bool = False,
    ) -> APIResponse[T]:
        """Send with retries; ``stream`` leaves a success body unread (a ``StreamedResponse``)."""
        call = Call(self, op, options, stream=stream)
        try:
            call.start(self._http, parts)
            while True:
                for source in call.begin():
                    call.authorize(source.token(self._http, call.token_timeout))
                request = call.sending()
                try:
                    response = self._http.send(request, follow_redirects=False, stream=True)
                    again = call.answer(response)
                    if again is not None:
                        response.close()
                        if again.delay is not None:
                            self._sleep_seconds(again.delay)
                        continue
                    if not call.unread(response):
                        read_bounded(response, self.max_response_size, call.deadline, call.what)
                except httpx.TransportError as exc:
                    self._sleep_seconds(call.transport_failed(exc))
                    continue
                except httpx.HTTPError as exc:  # e.g. DecodingError for a brotli body
                    raise call.unsendable(exc) from exc
                return call.result(response)
        except APIError as exc:
            call.failed(exc)
            raise


class AsyncClient(BaseClient[httpx.AsyncClient, httpx.AsyncBaseTransport]):
    """Asynchronous transport: an ``httpx.AsyncClient`` plus the send loop."""

    def _open_http(self, transport: httpx.AsyncBaseTransport | None) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=transport, follow_redirects=False)

    @staticmethod
    async def _async_sleep(seconds: float) -> None:
        """The backoff sleep (a seam for tests, which replace it on the instance)."""
        import asyncio  # here, not at the top: it costs more to import than httpx's sync half

        await asyncio.sleep(seconds)

    async def close(self) -> None:
        self._release()
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
        op, parts, call_options, raw = call_parts(self.api, target, where, args, adhoc, options)
        return self._request(op, parts, call_options, raw)

    async def _request(
        self,
        op: Operation[Any],
        parts: RequestParts,
        options: RequestOptions,
        raw: bool,
    ) -> Any:
        response = await self._send(op, parts, options)
        return response if raw else response.parsed

    async def _send(
        self,
        op: Operation[T],
        parts: RequestParts,
        options: RequestOptions,
        *,
        stream: bool = False,
    ) -> APIResponse[T]:
        """Send with retries; ``stream`` leaves a success body unread (a ``StreamedResponse``)."""
        call = Call(self, op, options, stream=stream)
        try:
            call.start(self._http, parts)
            while True:
                for source in call.begin():
                    call.authorize(await source.token_async(self._http, call.token_timeout))
                request = call.sending()
                try:
                    response = await self._http.send(request, follow_redirects=False, stream=True)
                    again = call.answer(response)
                    if again is not None:
                        await response.aclose()
                        if again.delay is not None:
                            await self._async_sleep(again.delay)
                        continue
                    if not call.unread(response):
                        await aread_bounded(
                            response, self.max_response_size, call.deadline, call.what
                        )
                except httpx.TransportError as exc:
                    await self._async_sleep(call.transport_failed(exc))
                    continue
                except httpx.HTTPError as exc:  # e.g. DecodingError for a brotli body
                    raise call.unsendable(exc) from exc
                return call.result(response)
        except APIError as exc:
            call.failed(exc)
            raise
