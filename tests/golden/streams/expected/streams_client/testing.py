# Generated from spec.yaml by the generator; do not edit by hand.
"""Offline testing support: a fake transport that answers from the API description.

``Client(transport=FakeTransport())`` sends nothing over the network: each request is checked
against the operation it targets, recorded in ``fake.calls`` and answered with the spec's example
(or with a value built from the schema), unless the test chose another answer with
``fake.set_response(...)``. ``example_arguments(name)`` gives valid keyword arguments for a call.
"""

from __future__ import annotations

import ast as _ast
import json as _json
import typing as _t

from ._runtime import _fake
from .models.create_chat_request import CreateChatRequest
from .models.create_completion_request import CreateCompletionRequest

__all__ = ["OPERATIONS", "SCHEMAS", "FakeCall", "FakeTransport", "example_arguments"]

FakeCall = _fake.FakeCall

SCHEMAS: dict[str, _t.Any] = _json.loads("""{
"Charge":{"type":"object","properties":{"id":{"type":"string"}},"required":["id"],"additional":{}},
"ChargeList":{"type":"object","properties":{"data":{"type":"array","items":{"ref":"Charge"}},"has_more":{"type":"boolean"},"url":{"type":"string"}},"required":["data","has_more"],"additional":{}},
"ChatAnswer":{"type":"object","properties":{"text":{"type":"string"}},"required":["text"],"additional":{}},
"ChatDelta":{"type":"object","properties":{"delta":{"type":"string"}},"required":["delta"],"additional":{}},
"Commit":{"type":"object","properties":{"id":{"type":"string"}},"required":["id"],"additional":{}},
"Commits":{"type":"array","items":{"ref":"Commit"}},
"CreateChatRequest":{"type":"object","properties":{"message":{"type":"string"}},"required":["message"],"additional":{}},
"CreateCompletionRequest":{"type":"object","properties":{"prompt":{"type":"string"},"stream":{"type":"boolean"}},"required":["prompt"],"additional":{}},
"CreateCompletionResponse":{"type":"object","properties":{"id":{"type":"string"},"text":{"type":"string"}},"required":["id","text"],"additional":{}},
"CreateCompletionStreamResponse":{"type":"object","properties":{"id":{"type":"string"},"delta":{"type":"string"}},"required":["id","delta"],"additional":{}},
"Event":{"type":"object","properties":{"kind":{"type":"string"},"detail":{"type":"string"}},"required":["kind"],"additional":{}},
"File":{"type":"object","properties":{"id":{"type":"string"}},"required":["id"],"additional":{}},
"FileList":{"type":"object","properties":{"entries":{"type":"array","items":{"ref":"File"}},"next_marker":{"nullable":{"type":"string"}}},"required":["entries"],"additional":{}},
"Room":{"type":"object","properties":{"id":{"type":"string"}},"required":["id"],"additional":{}},
"RoomList":{"type":"object","properties":{"rooms":{"type":"array","items":{"ref":"Room"}},"meta":{"ref":"RoomListMeta"}},"required":["rooms","meta"],"additional":{}},
"RoomListMeta":{"type":"object","properties":{"page":{"type":"integer"},"next_page_url":{"nullable":{"type":"string"}}},"required":[],"additional":{}},
"Tag":{"type":"object","properties":{"id":{"type":"string"}},"required":["id"],"additional":{}},
"TagList":{"type":"object","properties":{"results":{"type":"array","items":{"ref":"Tag"}},"total_pages":{"type":"integer"}},"required":["results"],"additional":{}},
"User":{"type":"object","properties":{"id":{"type":"string"}},"required":["id"],"additional":{}},
"UserList":{"type":"object","properties":{"Resources":{"type":"array","items":{"ref":"User"}},"totalResults":{"type":"integer"}},"required":["Resources","totalResults"],"additional":{}}
}""")
"""Named shapes (objects, enums, aliases) that request bodies and parameters are checked against."""

OPERATIONS: dict[str, _t.Any] = _json.loads("""{
"create_completion":{"method":"POST","path":"/completions","group":"completions","params":[],"body":{"required":true,"kind":"json","media_type":"application/json","shape":{"ref":"CreateCompletionRequest"},"encoding":{}},"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"id":"example","text":"example"}}},"events":{"example":{"id":"example","delta":"example"}}},
"create_chat":{"method":"POST","path":"/chat","group":"chat","params":[],"body":{"required":true,"kind":"json","media_type":"application/json","shape":{"ref":"CreateChatRequest"},"encoding":{}},"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"text":"example"}}},"events":{"example":{"delta":"example"}}},
"watch_events":{"method":"GET","path":"/events","group":"events","params":[],"body":null,"default_status":"200","responses":{"200":{"media_type":"text/event-stream","kind":"events","example":{"kind":"example","detail":"example"}}}},
"tail_logs":{"method":"GET","path":"/logs","group":"logs","params":[],"body":null,"default_status":"200","responses":{"200":{"media_type":"text/event-stream","kind":"events","example":"example"}}},
"download_export":{"method":"GET","path":"/exports/{id}","group":"exports","params":[{"name":"id","in":"path","required":true,"shape":{"type":"string"},"style":"simple","explode":false}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/octet-stream","kind":"binary","example":"example"}}},
"list_charges":{"method":"GET","path":"/charges","group":"charges","params":[{"name":"limit","in":"query","required":false,"shape":{"type":"integer"},"style":"form","explode":true},{"name":"starting_after","in":"query","required":false,"shape":{"type":"string"},"style":"form","explode":true}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"data":[{"id":"example"}],"has_more":true,"url":"example"}}}},
"list_files":{"method":"GET","path":"/files","group":"files","params":[{"name":"marker","in":"query","required":false,"shape":{"type":"string"},"style":"form","explode":true},{"name":"limit","in":"query","required":false,"shape":{"type":"integer"},"style":"form","explode":true}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"entries":[{"id":"example"}],"next_marker":"example"}}}},
"list_rooms":{"method":"GET","path":"/rooms","group":"rooms","params":[{"name":"PageSize","in":"query","required":false,"shape":{"type":"integer"},"style":"form","explode":true},{"name":"Page","in":"query","required":false,"shape":{"type":"integer"},"style":"form","explode":true},{"name":"PageToken","in":"query","required":false,"shape":{"type":"string"},"style":"form","explode":true}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"rooms":[{"id":"example"}],"meta":{"page":1,"next_page_url":null}}}}},
"list_users":{"method":"GET","path":"/users","group":"users","params":[{"name":"startIndex","in":"query","required":false,"shape":{"type":"integer"},"style":"form","explode":true},{"name":"count","in":"query","required":false,"shape":{"type":"integer"},"style":"form","explode":true}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"Resources":[{"id":"example"}],"totalResults":1}}}},
"list_tags":{"method":"GET","path":"/tags","group":"tags","params":[{"name":"page","in":"query","required":false,"shape":{"type":"integer"},"style":"form","explode":true}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"results":[{"id":"example"}],"total_pages":1}}}},
"list_commits":{"method":"GET","path":"/commits","group":"commits","params":[{"name":"per_page","in":"query","required":false,"shape":{"type":"integer"},"style":"form","explode":true},{"name":"page","in":"query","required":false,"shape":{"type":"integer"},"style":"form","explode":true}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":[{"id":"example"}]}}}
}""")
"""Every operation: method, path template, parameters, body shape and example answers."""


class FakeTransport(_fake.FakeTransport):
    """An ``httpx`` transport (sync and async) that plays the API offline; see the module docstring."""

    def __init__(self) -> None:
        super().__init__(OPERATIONS, SCHEMAS)


_EXAMPLES: dict[str, str] = _json.loads("""{
"create_completion":"[{\\"body\\": {\\"prompt\\": \\"example\\"}}, {\\"body\\": {\\"prompt\\": \\"example\\", \\"stream\\": True}}]",
"create_chat":"[{\\"body\\": {\\"message\\": \\"example\\"}}, {\\"body\\": {\\"message\\": \\"example\\"}}]",
"watch_events":"[{}, {}]",
"tail_logs":"[{}, {}]",
"download_export":"[{\\"id\\": \\"example\\"}, {\\"id\\": \\"example\\"}]",
"list_charges":"[{}, {\\"limit\\": 1, \\"starting_after\\": \\"example\\"}]",
"list_files":"[{}, {\\"marker\\": \\"example\\", \\"limit\\": 1}]",
"list_rooms":"[{}, {\\"page_size\\": 1, \\"page\\": 1, \\"page_token\\": \\"example\\"}]",
"list_users":"[{}, {\\"start_index\\": 1, \\"count\\": 1}]",
"list_tags":"[{}, {\\"page\\": 1}]",
"list_commits":"[{}, {\\"per_page\\": 1, \\"page\\": 1}]\"
}""")
"""Per operation, the Python literal of its sampled [minimal, full] values, before decoding."""

_DECODERS: dict[str, dict[str, _t.Callable[[_t.Any], _t.Any]]] = {
    "create_completion": {"body": CreateCompletionRequest.from_dict},
    "create_chat": {"body": CreateChatRequest.from_dict},
}
"""Per operation, the decoders of the keywords whose JSON value is not the argument as it is."""


def example_arguments(operation: str, *, full: bool = False) -> dict[str, _t.Any]:
    """Keyword arguments for a valid call of ``operation``: required ones only, or every one.

    Values come from the spec's examples, defaults and schemas. Raises ``KeyError`` for an
    unknown operation name.
    """
    values: dict[str, _t.Any] = _ast.literal_eval(_EXAMPLES[operation])[int(full)]
    decoders = _DECODERS.get(operation, {})
    return {key: decoders[key](v) if key in decoders else v for key, v in values.items()}
