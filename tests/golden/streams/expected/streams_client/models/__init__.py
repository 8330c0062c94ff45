# Generated from spec.yaml by the generator; do not edit by hand.
"""Models, enumerations and type aliases of the API.

Each lives in its own module and is imported on first use, so importing the package stays fast
however large the API is; type checkers still see every name.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _t

if _t.TYPE_CHECKING:
    from .charge import Charge
    from .charge_list import ChargeList
    from .chat_answer import ChatAnswer
    from .chat_delta import ChatDelta
    from .commit import Commit
    from .commits import Commits
    from .create_chat_request import CreateChatRequest
    from .create_completion_request import CreateCompletionRequest
    from .create_completion_response import CreateCompletionResponse
    from .create_completion_stream_response import CreateCompletionStreamResponse
    from .event import Event
    from .file import File
    from .file_list import FileList
    from .room import Room
    from .room_list import RoomList
    from .room_list_meta import RoomListMeta
    from .tag import Tag
    from .tag_list import TagList
    from .user import User
    from .user_list import UserList

__all__ = [
    "Charge",
    "ChargeList",
    "ChatAnswer",
    "ChatDelta",
    "Commit",
    "Commits",
    "CreateChatRequest",
    "CreateCompletionRequest",
    "CreateCompletionResponse",
    "CreateCompletionStreamResponse",
    "Event",
    "File",
    "FileList",
    "Room",
    "RoomList",
    "RoomListMeta",
    "Tag",
    "TagList",
    "User",
    "UserList",
]

# Which module defines each name, one a line: one token for black, quick to import.
_INDEX = """
Charge:charge
ChargeList:charge_list
ChatAnswer:chat_answer
ChatDelta:chat_delta
Commit:commit
Commits:commits
CreateChatRequest:create_chat_request
CreateCompletionRequest:create_completion_request
CreateCompletionResponse:create_completion_response
CreateCompletionStreamResponse:create_completion_stream_response
Event:event
File:file
FileList:file_list
Room:room
RoomList:room_list
RoomListMeta:room_list_meta
Tag:tag
TagList:tag_list
User:user
UserList:user_list
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
