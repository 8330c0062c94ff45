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
from .models.item import Item
from .models.login_body import LoginBody
from .models.upload_body import UploadBody

__all__ = ["OPERATIONS", "SCHEMAS", "FakeCall", "FakeTransport", "example_arguments"]

FakeCall = _fake.FakeCall

SCHEMAS: dict[str, _t.Any] = _json.loads("""{
"GetReportResponse":{"type":"object","properties":{"rows":{"type":"integer"}},"required":[],"additional":{}},
"Item":{"type":"object","properties":{"name":{"type":"string"},"from":{"type":"string"},"callback":{"type":"string"}},"required":["name"],"additional":{}},
"LoginBody":{"type":"object","properties":{"user":{"type":"string"},"remember":{"type":"boolean"},"scopes":{"type":"array","items":{"type":"string"}}},"required":["user"],"additional":{}},
"Pending":{"type":"object","properties":{"eta":{"type":"integer"}},"required":["eta"],"additional":{}},
"Problem":{"type":"object","properties":{"title":{"type":"string"},"status":{"type":"integer"}},"required":[],"additional":{}},
"UploadBody":{"type":"object","properties":{"file":{"format":"binary"},"attachments":{"type":"array","items":{"format":"binary"}},"note":{"type":"string"},"meta":{"ref":"UploadBodyMeta"}},"required":["file"],"additional":{}},
"UploadBodyMeta":{"type":"object","properties":{"size":{"type":"integer"}},"required":[],"additional":{}},
"UploadResponse":{"type":"object","properties":{"stored":{"type":"integer"}},"required":[],"additional":{}}
}""")
"""Named shapes (objects, enums, aliases) that request bodies and parameters are checked against."""

OPERATIONS: dict[str, _t.Any] = _json.loads("""{
"get_item":{"method":"GET","path":"/items/{item-id}","group":"items","params":[{"name":"item-id","in":"path","required":true,"shape":{"type":"integer"},"style":"simple","explode":false},{"name":"class","in":"query","required":false,"shape":{"type":"string"},"style":"form","explode":true},{"name":"Class","in":"query","required":false,"shape":{"type":"string"},"style":"form","explode":true},{"name":"tags","in":"query","required":false,"shape":{"type":"array","items":{"type":"string"}},"style":"form","explode":true},{"name":"ids","in":"query","required":false,"shape":{"type":"array","items":{"type":"integer"}},"style":"form","explode":false},{"name":"pipes","in":"query","required":false,"shape":{"type":"array","items":{"type":"string"}},"style":"pipeDelimited","explode":false},{"name":"filter","in":"query","required":false,"shape":{"type":"object","properties":{},"required":[],"additional":{"type":"string"}},"style":"deepObject","explode":true},{"name":"limit","in":"query","required":false,"shape":{"type":"integer"},"style":"form","explode":true},{"name":"X-Trace","in":"header","required":false,"shape":{"type":"string"},"style":"simple","explode":false},{"name":"session","in":"cookie","required":false,"shape":{"type":"string"},"style":"form","explode":true}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/vnd.example+json","kind":"json","example":{"id":1,"name":"example","from":"example","callback":"example"}},"202":{"media_type":"application/json","kind":"json","example":{"eta":1}},"4XX":{"media_type":"application/json","kind":"json","example":{"title":"example","status":1}},"default":{"media_type":"application/json","kind":"json","example":{"title":"example","status":1}}}},
"delete_items_by_item_id":{"method":"DELETE","path":"/items/{item-id}","group":"items","params":[{"name":"item-id","in":"path","required":true,"shape":{"type":"integer"},"style":"simple","explode":false},{"name":"X-Trace","in":"header","required":false,"shape":{"type":"string"},"style":"simple","explode":false}],"body":null,"default_status":"204","responses":{"204":{"media_type":\"","kind":"empty","example":null},"5XX":{"media_type":\"","kind":"empty","example":null}}},
"create_item":{"method":"POST","path":"/items","group":"items","params":[],"body":{"required":true,"kind":"json","media_type":"application/json","shape":{"ref":"Item"},"encoding":{}},"default_status":"201","responses":{"201":{"media_type":"application/json","kind":"json","example":{"id":1,"name":"example","from":"example","callback":"example"}}}},
"login":{"method":"POST","path":"/login","group":"login","params":[],"body":{"required":true,"kind":"form","media_type":"application/x-www-form-urlencoded","shape":{"ref":"LoginBody"},"encoding":{}},"default_status":"200","responses":{"200":{"media_type":"text/plain","kind":"text","example":"example"}}},
"upload":{"method":"POST","path":"/upload","group":"upload","params":[],"body":{"required":true,"kind":"multipart","media_type":"multipart/form-data","shape":{"ref":"UploadBody"},"encoding":{}},"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"stored":1}}}},
"get_blob":{"method":"GET","path":"/blobs/{name}","group":"blobs","params":[{"name":"name","in":"path","required":true,"shape":{"type":"string"},"style":"simple","explode":false}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/octet-stream","kind":"binary","example":"example"}}},
"put_blob":{"method":"PUT","path":"/blobs/{name}","group":"blobs","params":[{"name":"name","in":"path","required":true,"shape":{"type":"string"},"style":"simple","explode":false},{"name":"x_request_id","in":"query","required":false,"shape":{"type":"string"},"style":"form","explode":true},{"name":"X-Request-Id","in":"header","required":true,"shape":{"type":"string"},"style":"simple","explode":false}],"body":{"required":true,"kind":"binary","media_type":"application/octet-stream","shape":{"format":"binary"},"encoding":{}},"default_status":"204","responses":{"204":{"media_type":\"","kind":"empty","example":null}}},
"get_report":{"method":"GET","path":"/reports/{id}","group":"reports","params":[{"name":"id","in":"path","required":true,"shape":{"type":"integer"},"style":"simple","explode":false}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"rows":1}},"404":{"media_type":\"","kind":"empty","example":null}}}
}""")
"""Every operation: method, path template, parameters, body shape and example answers."""


class FakeTransport(_fake.FakeTransport):
    """An ``httpx`` transport (sync and async) that plays the API offline; see the module docstring."""

    def __init__(self) -> None:
        super().__init__(OPERATIONS, SCHEMAS)


_EXAMPLES: dict[str, str] = _json.loads("""{
"get_item":"[{\\"item_id\\": 1}, {\\"item_id\\": 1, \\"class_\\": \\"example\\", \\"class_2\\": \\"example\\", \\"tags\\": [\\"example\\"], \\"ids\\": [1], \\"pipes\\": [\\"example\\"], \\"filter\\": {\\"key\\": \\"example\\"}, \\"limit\\": 10, \\"x_trace\\": \\"example\\", \\"session\\": \\"example\\"}]",
"delete_items_by_item_id":"[{\\"item_id\\": 1}, {\\"item_id\\": 1, \\"x_trace\\": \\"example\\"}]",
"create_item":"[{\\"body\\": {\\"name\\": \\"example\\"}}, {\\"body\\": {\\"name\\": \\"example\\", \\"from\\": \\"example\\", \\"callback\\": \\"example\\"}}]",
"login":"[{\\"body\\": {\\"user\\": \\"example\\"}}, {\\"body\\": {\\"user\\": \\"example\\", \\"remember\\": True, \\"scopes\\": [\\"example\\"]}}]",
"upload":"[{\\"body\\": {\\"file\\": \\"example\\"}}, {\\"body\\": {\\"file\\": \\"example\\", \\"attachments\\": [\\"example\\"], \\"note\\": \\"example\\", \\"meta\\": {\\"size\\": 1}}}]",
"get_blob":"[{\\"name\\": \\"example\\"}, {\\"name\\": \\"example\\"}]",
"put_blob":"[{\\"name\\": \\"example\\", \\"x_request_id2\\": \\"example\\", \\"body\\": b\\"example\\"}, {\\"name\\": \\"example\\", \\"x_request_id\\": \\"example\\", \\"x_request_id2\\": \\"example\\", \\"body\\": b\\"example\\"}]",
"get_report":"[{\\"id\\": 1}, {\\"id\\": 1}]\"
}""")
"""Per operation, the Python literal of its sampled [minimal, full] values, before decoding."""

_DECODERS: dict[str, dict[str, _t.Callable[[_t.Any], _t.Any]]] = {
    "create_item": {"body": Item.from_dict},
    "login": {"body": LoginBody.from_dict},
    "upload": {"body": UploadBody.from_dict},
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
