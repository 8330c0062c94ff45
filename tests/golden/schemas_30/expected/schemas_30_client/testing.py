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

from . import _runtime as _rt
from ._runtime import _fake
from .models.cat import Cat
from .models.dog import Dog
from .models.lizard import Lizard

__all__ = ["OPERATIONS", "SCHEMAS", "FakeCall", "FakeTransport", "example_arguments"]

FakeCall = _fake.FakeCall

SCHEMAS: dict[str, _t.Any] = _json.loads("""{
"Cat":{"type":"object","properties":{"kind":{"enum":["cat"]},"name":{"type":"string"},"secret":{"type":"string"},"nickname":{"nullable":{"type":"string"}},"lives":{"type":"integer"}},"required":["kind","name"],"additional":{}},
"Dog":{"type":"object","properties":{"kind":{"enum":["doggo"]},"name":{"type":"string"},"secret":{"type":"string"},"nickname":{"nullable":{"type":"string"}},"good":{"type":"boolean"},"size":{"nullable":{"ref":"Size"}}},"required":["kind","name","good"],"additional":{}},
"Everything":{"type":"object","properties":{"when":{"type":"string","format":"date-time"},"day":{"type":"string","format":"date"},"at":{"type":"string","format":"time"},"id":{"type":"string","format":"uuid"},"link":{"type":"string"},"mail":{"type":"string"},"blob":{"type":"string"},"small":{"type":"integer"},"big":{"type":"integer"},"ratio":{"type":"number"},"exact":{"type":"number"},"money":{"type":"number"},"priority":{"ref":"Priority"},"grid":{"type":"array","items":{"type":"array","items":{"type":"integer"}}},"pets_by_name":{"type":"object","properties":{},"required":[],"additional":{"ref":"Cat"}},"anything":{"type":"object","properties":{},"required":[],"additional":{}},"closed":{"ref":"EverythingClosed"},"tree":{"ref":"Node"},"alias":{"ref":"Cat"},"link_or_null":{"nullable":{"ref":"Partner"}}},"required":["when"],"additional":{}},
"EverythingClosed":{"type":"object","properties":{"only":{"type":"string"}},"required":[],"additional":null},
"GetShapeResponseOption1":{"type":"object","properties":{"radius":{"type":"number"}},"required":["radius"],"additional":null},
"GetShapeResponseOption2":{"type":"object","properties":{"side":{"type":"integer"}},"required":["side"],"additional":null},
"Kennel":{"type":"object","properties":{"name":{"type":"string"}},"required":[],"additional":{"ref":"Cat"}},
"Lizard":{"type":"object","properties":{"kind":{"enum":["Lizard"]},"name":{"type":"string"},"secret":{"type":"string"},"nickname":{"nullable":{"type":"string"}},"colour":{"type":"string"}},"required":["kind","name"],"additional":{}},
"Node":{"type":"object","properties":{"value":{"type":"string"},"children":{"type":"array","items":{"ref":"Node"}},"partner":{"ref":"Partner"}},"required":[],"additional":{}},
"Partner":{"type":"object","properties":{"back":{"ref":"Node"}},"required":[],"additional":{}},
"Pet":{"anyOf":[{"ref":"Cat"},{"ref":"Dog"},{"ref":"Lizard"}]},
"PetAlias":{"ref":"Cat"},
"PetBase":{"type":"object","properties":{"kind":{"type":"string"},"name":{"type":"string"},"secret":{"type":"string"},"nickname":{"nullable":{"type":"string"}}},"required":["kind","name"],"additional":{}},
"Priority":{"enum":[1,2,3,-1]},
"Size":{"enum":["small","Small","x-large","1st",\"","class"]}
}""")
"""Named shapes (objects, enums, aliases) that request bodies and parameters are checked against."""

OPERATIONS: dict[str, _t.Any] = _json.loads("""{
"get_pet":{"method":"GET","path":"/pets/{id}","group":"pets","params":[{"name":"id","in":"path","required":true,"shape":{"type":"string"},"style":"simple","explode":false}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"kind":"cat","id":"example","name":"example","nickname":null,"lives":9}}}},
"put_pet":{"method":"PUT","path":"/pets/{id}","group":"pets","params":[{"name":"id","in":"path","required":true,"shape":{"type":"string"},"style":"simple","explode":false}],"body":{"required":true,"kind":"json","media_type":"application/json","shape":{"anyOf":[{"ref":"Cat"},{"ref":"Dog"},{"ref":"Lizard"}]},"encoding":{}},"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"kind":"cat","id":"example","name":"example","nickname":null,"lives":9}}}},
"get_shape":{"method":"GET","path":"/shapes","group":"shapes","params":[],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"radius":1}}}},
"get_everything":{"method":"GET","path":"/everything","group":"everything","params":[],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"when":"2026-01-01T00:00:00Z","day":"2026-01-01","at":"12:00:00","id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","link":"https://example.com","mail":"user@example.com","blob":"ZXhhbXBsZQ==","small":1,"big":1,"ratio":1,"exact":1,"money":"12.5","priority":1,"grid":[[1]],"pets_by_name":{"key":{"kind":"cat","id":"example","name":"example"}},"anything":{},"closed":{"only":"example"},"tree":{"value":"example","children":[],"partner":{}},"alias":{"kind":"cat","id":"example","name":"example","nickname":null,"lives":9},"link_or_null":{"back":{}}}}}}
}""")
"""Every operation: method, path template, parameters, body shape and example answers."""


class FakeTransport(_fake.FakeTransport):
    """An ``httpx`` transport (sync and async) that plays the API offline; see the module docstring."""

    def __init__(self) -> None:
        super().__init__(OPERATIONS, SCHEMAS)


_EXAMPLES: dict[str, str] = _json.loads("""{
"get_pet":"[{\\"id\\": \\"example\\"}, {\\"id\\": \\"example\\"}]",
"put_pet":"[{\\"id\\": \\"example\\", \\"body\\": {\\"kind\\": \\"cat\\", \\"name\\": \\"example\\"}}, {\\"id\\": \\"example\\", \\"body\\": {\\"kind\\": \\"cat\\", \\"name\\": \\"example\\", \\"secret\\": \\"example\\", \\"nickname\\": None, \\"lives\\": 9}}]",
"get_shape":"[{}, {}]",
"get_everything":"[{}, {}]\"
}""")
"""Per operation, the Python literal of its sampled [minimal, full] values, before decoding."""

_DECODERS: dict[str, dict[str, _t.Callable[[_t.Any], _t.Any]]] = {
    "put_pet": {
        "body": lambda _v0: _rt.tagged_of(
            _v0,
            "kind",
            {"cat": Cat.from_dict, "doggo": Dog.from_dict, "Lizard": Lizard.from_dict},
            (("object", Cat.from_dict), ("object", Dog.from_dict), ("object", Lizard.from_dict)),
        ),
    },
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
