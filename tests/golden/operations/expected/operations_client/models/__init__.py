# Generated from spec.yaml by the generator; do not edit by hand.
"""Models, enumerations and type aliases of the API.

Each lives in its own module and is imported on first use, so importing the package stays fast
however large the API is; type checkers still see every name.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from .get_report_response import GetReportResponse
    from .item import Item
    from .login_body import LoginBody
    from .pending import Pending
    from .problem import Problem
    from .upload_body import UploadBody
    from .upload_body_meta import UploadBodyMeta
    from .upload_response import UploadResponse

__all__ = [
    "GetReportResponse",
    "Item",
    "LoginBody",
    "Pending",
    "Problem",
    "UploadBody",
    "UploadBodyMeta",
    "UploadResponse",
]

# Which module defines each name, one a line: one token for black, quick to import.
_INDEX = """
GetReportResponse:get_report_response
Item:item
LoginBody:login_body
Pending:pending
Problem:problem
UploadBody:upload_body
UploadBodyMeta:upload_body_meta
UploadResponse:upload_response
"""
_MODULES: dict[str, str] = {n: m for n, _, m in (pair.partition(":") for pair in _INDEX.split())}


def __getattr__(name: str) -> _t.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
