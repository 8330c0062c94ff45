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
from .._client import negotiated as _negotiated
from .._client import with_response as _with_response
from ..models.get_report_response import GetReportResponse

__all__ = [
    "get_report",
    "get_report_as_csv",
    "get_report_as_csv_async",
    "get_report_as_pdf",
    "get_report_as_pdf_async",
    "get_report_async",
    "get_report_with_response",
    "get_report_with_response_async",
]


_GET_REPORT: _rt.Operation[GetReportResponse] = _rt.Operation(
    name="get_report",
    method="GET",
    path="/reports/{id}",
    success={"200": _rt.json_body(GetReportResponse.from_dict)},
    errors={"404": _rt.no_body},
    security=(),
    idempotent=True,
)
_GET_REPORT_AS_CSV: _rt.Operation[str] = _rt.Operation(
    name="get_report_as_csv",
    method="GET",
    path="/reports/{id}",
    success={"200": _rt.text_body},
    errors={"404": _rt.no_body},
    security=(),
    idempotent=True,
    accept="text/csv",
)
_GET_REPORT_AS_PDF: _rt.Operation[bytes] = _rt.Operation(
    name="get_report_as_pdf",
    method="GET",
    path="/reports/{id}",
    success={"200": _rt.bytes_body},
    errors={"404": _rt.no_body},
    security=(),
    idempotent=True,
    accept="application/pdf",
)


def get_report(
    client: _Client,
    *,
    id: int,
    extra_headers: _Mapping[str, str] | None = None,
    extra_query: _Mapping[str, str] | None = None,
    extra_body: _Mapping[str, object] | None = None,
    timeout: _rt.Timeout | _rt.NotGiven = _rt.NOT_GIVEN,
    max_retries: int | None = None,
) -> GetReportResponse:
    """GET /reports/{id}.

    Sends ``GET /reports/{id}``.
    """
    parts = _rt.RequestParts(path={"id": id})
    return client.request(
        _GET_REPORT, parts, extra_headers, extra_query, extra_body, timeout, max_retries
    )


get_report_async = _async_form(get_report)
"""Async form of :func:`get_report`."""
get_report_with_response = _with_response(get_report)
"""Like :func:`get_report`, but also returns the HTTP status and headers."""
get_report_with_response_async = _async_form(get_report_with_response)
"""Async form of :func:`get_report_with_response`."""
get_report_as_csv = _negotiated(get_report, _GET_REPORT_AS_CSV, "csv")
"""Like :func:`get_report`, but asks for ``text/csv`` and returns the answer as that type."""
get_report_as_csv_async = _async_form(get_report_as_csv)
"""Async form of :func:`get_report_as_csv`."""
get_report_as_pdf = _negotiated(get_report, _GET_REPORT_AS_PDF, "pdf")
"""Like :func:`get_report`, but asks for ``application/pdf`` and returns the answer as that type."""
get_report_as_pdf_async = _async_form(get_report_as_pdf)
"""Async form of :func:`get_report_as_pdf`."""
