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
"Animal":{"type":"object","properties":{"petType":{"type":"string"},"name":{"type":"string"}},"required":["petType","name"],"additional":{}},
"Cat":{"type":"object","properties":{"petType":{"enum":["Cat"]},"name":{"type":"string"},"lives":{"type":"integer"}},"required":["petType","name","lives"],"additional":{}},
"Created":{"type":"object","properties":{"type":{"enum":["created"]},"id":{"type":"integer"},"note":{"nullable":{"type":"string"}},"tags":{"type":"array","items":{"type":"string"}}},"required":["type","id"],"additional":{}},
"Deleted":{"type":"object","properties":{"type":{"enum":["deleted"]},"id":{"type":"integer"},"reason":{"nullable":{"type":"string"}},"level":{"nullable":{"ref":"DeletedLevel"}}},"required":["type","id"],"additional":{}},
"DeletedLevel":{"enum":[1,2]},
"Dog":{"type":"object","properties":{"petType":{"enum":["dog"]},"name":{"type":"string"},"bark":{"type":"boolean"}},"required":["petType","name"],"additional":{}},
"Event":{"anyOf":[{"ref":"Created"},{"ref":"Deleted"}]},
"MixedCode":{"enum":["auto",1,2.5]},
"Ratio":{"enum":[1.4,1.5]},
"Shapes":{"type":"object","properties":{"pair":{"type":"array"},"point":{"type":"array"},"ratio":{"ref":"Ratio"},"code":{"ref":"MixedCode"},"nothing":{"type":"null"},"onlyNull":{"type":"null"},"pi":{"type":"number"},"blob":{"type":"string"},"anything":{"type":"array","items":{}}},"required":["pair"],"additional":{}},
"Tags":{"type":"array","items":{"type":"string"}}
}""")
"""Named shapes (objects, enums, aliases) that request bodies and parameters are checked against."""

OPERATIONS: dict[str, _t.Any] = _json.loads("""{
"list_events":{"method":"GET","path":"/events","group":"events","params":[],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":[{"type":"created","id":1,"note":null,"tags":["a"]},{"type":"deleted","id":2,"reason":"gone","level":2}]}}},
"list_animals":{"method":"GET","path":"/animals","group":"animals","params":[],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":[{"petType":"example","name":"example"}]}}}
}""")
"""Every operation: method, path template, parameters, body shape and example answers."""


class FakeTransport(_fake.FakeTransport):
    """An ``httpx`` transport (sync and async) that plays the API offline; see the module docstring."""

    def __init__(self) -> None:
        super().__init__(OPERATIONS, SCHEMAS)


_EXAMPLES: dict[str, str] = _json.loads("""{
"list_events":"[{}, {}]",
"list_animals":"[{}, {}]\"
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
