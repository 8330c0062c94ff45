# Generated from spec.yaml by the generator; do not edit by hand.
"""Models, enumerations and type aliases of the API.

Each lives in its own module and is imported on first use, so importing the package stays fast
however large the API is; type checkers still see every name.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from .chat_answer import ChatAnswer
    from .chat_delta import ChatDelta
    from .create_chat_request import CreateChatRequest
    from .create_completion_request import CreateCompletionRequest
    from .create_completion_response import CreateCompletionResponse
    from .create_completion_stream_response import CreateCompletionStreamResponse
    from .event import Event

__all__ = [
    "ChatAnswer",
    "ChatDelta",
    "CreateChatRequest",
    "CreateCompletionRequest",
    "CreateCompletionResponse",
    "CreateCompletionStreamResponse",
    "Event",
]

# Which module defines each name, as one string: one token for black, quick to import.
_INDEX = "ChatAnswer:chat_answer ChatDelta:chat_delta CreateChatRequest:create_chat_request CreateCompletionRequest:create_completion_request CreateCompletionResponse:create_completion_response CreateCompletionStreamResponse:create_completion_stream_response Event:event"
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
