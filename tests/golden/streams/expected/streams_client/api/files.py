# Generated from spec.yaml by the generator; do not edit by hand.
"""Endpoint functions: each operation in sync, async and raw-response forms.

Each operation is written once, as its synchronous function; the other forms are derived from it
(``_async_form``, ``_with_response``), so they take exactly the same parameters.
"""

from __future__ import annotations

from collections.abc import Mapping as _Mapping

from .. import _runtime as _rt
from .._client import Client as _Client
from .._client import async_form as _async_form
from .._client import paged as _paged
from .._client import paged_async as _paged_async
from .._client import with_response as _with_response
from ..models.file import File
from ..models.file_list import FileList

__all__ = [
    "list_files",
    "list_files_async",
    "list_files_pages",
    "list_files_pages_async",
    "list_files_with_response",
    "list_files_with_response_async",
]


_LIST_FILES: _rt.Operation[FileList] = _rt.Operation(
    name="list_files",
    method="GET",
    path="/files",
    success={"200": _rt.json_body(FileList.from_dict)},
    errors={},
    security=(("bearer",),),
    idempotent=True,
)
_LIST_FILES_PAGING: _rt.Paging[File] = _rt.Paging(
    scheme="cursor", items=("entries",), param="marker", next=("next_marker",)
)


def list_files(
    client: _Client,
    *,
    marker: str | _rt.Unset = _rt.UNSET,
    limit: int | _rt.Unset = _rt.UNSET,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> FileList:
    """List (listFiles).

    Sends ``GET /files``.
    """
    parts = _rt.RequestParts(query=(("marker", marker), ("limit", limit)))
    return client._call(_LIST_FILES, parts, extra_headers, extra_query, timeout, max_retries)


list_files_async = _async_form(list_files)
"""Async form of :func:`list_files`."""
list_files_with_response = _with_response(list_files)
"""Like :func:`list_files`, but also returns the HTTP status and headers."""
list_files_with_response_async = _async_form(list_files_with_response)
"""Async form of :func:`list_files_with_response`."""
list_files_pages = _paged(list_files, _LIST_FILES_PAGING)
"""Like :func:`list_files`, but iterating the result walks the items of every page."""
list_files_pages_async = _paged_async(list_files, _LIST_FILES_PAGING)
"""Async form of :func:`list_files_pages`: ``async for`` walks every page."""
