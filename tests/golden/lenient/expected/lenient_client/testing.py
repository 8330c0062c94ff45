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

__all__ = ["OPERATIONS", "SCHEMAS", "FakeCall", "FakeTransport", "example_arguments"]

FakeCall = _fake.FakeCall

SCHEMAS: dict[str, _t.Any] = _json.loads("""{
"Incident":{"type":"object","properties":{"id":{"type":"string"},"title":{"type":"string"},"files":{"type":"array","items":{"type":"string"}}},"required":["id","title"],"additional":{}}
}""")
"""Named shapes (objects, enums, aliases) that request bodies and parameters are checked against."""

OPERATIONS: dict[str, _t.Any] = _json.loads("""{
"list_incidents":{"method":"GET","path":"/incidents","group":"incidents","params":[{"name":"limit","in":"query","required":false,"shape":{"type":"integer"},"style":"form","explode":true}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":[{"id":"example","title":"example","files":["example"]}]}}}
}""")
"""Every operation: method, path template, parameters, body shape and example answers."""


class FakeTransport(_fake.FakeTransport):
    """An ``httpx`` transport (sync and async) that plays the API offline; see the module docstring."""

    def __init__(self) -> None:
        super().__init__(OPERATIONS, SCHEMAS)


_EXAMPLES: dict[str, str] = _json.loads("""{
"list_incidents":"[{}, {\\"limit\\": 1}]\"
}""")
"""Per operation, the Python literal of its sampled [minimal, full] values, before decoding."""

_DECODERS: dict[str, dict[str, _t.Callable[[_t.Any], _t.Any]]] = {}
"""Per operation, the decoders of the keywords whose JSON value is not the argument as it is."""


def example_arguments(operation: str, *, full: bool = False) -> dict[str, _t.Any]:
    """Keyword arguments for a valid call of ``operation``: required ones only, or every one.

    Values come from the spec's examples, defaults and schemas. Raises ``KeyError`` for an
    unknown operation name.
    """
    values: dict[str, _t.Any] = _ast.literal_eval(_EXAMPLES[operation])[int(full)]
    decoders = _DECODERS.get(operation, {})
    return {key: decoders[key](v) if key in decoders else v for key, v in values.items()}
