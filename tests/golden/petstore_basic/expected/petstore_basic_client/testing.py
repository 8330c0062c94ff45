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
from .models.new_pet import NewPet
from .models.pet_status import PetStatus

__all__ = ["OPERATIONS", "SCHEMAS", "FakeCall", "FakeTransport", "example_arguments"]

FakeCall = _fake.FakeCall

SCHEMAS: dict[str, _t.Any] = _json.loads("""{
"Error":{"type":"object","properties":{"code":{"type":"integer"},"message":{"type":"string"}},"required":["code","message"],"additional":{}},
"NewPet":{"type":"object","properties":{"name":{"type":"string"},"tag":{"nullable":{"type":"string"}},"status":{"ref":"PetStatus"}},"required":["name"],"additional":{}},
"Pet":{"type":"object","properties":{"id":{"type":"integer"},"name":{"type":"string"},"tag":{"nullable":{"type":"string"}},"status":{"ref":"PetStatus"},"vaccinated":{"type":"boolean"}},"required":["id","name"],"additional":{}},
"PetStatus":{"enum":["available","pending","sold"]}
}""")
"""Named shapes (objects, enums, aliases) that request bodies and parameters are checked against."""

OPERATIONS: dict[str, _t.Any] = _json.loads("""{
"list_pets":{"method":"GET","path":"/pets","group":"pets","params":[{"name":"limit","in":"query","required":false,"shape":{"type":"integer"},"style":"form","explode":true},{"name":"status","in":"query","required":false,"shape":{"ref":"PetStatus"},"style":"form","explode":true}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":[{"id":1,"name":"example","tag":null,"status":"available","vaccinated":false}]}}},
"create_pet":{"method":"POST","path":"/pets","group":"pets","params":[],"body":{"required":true,"kind":"json","media_type":"application/json","shape":{"ref":"NewPet"},"encoding":{}},"default_status":"201","responses":{"201":{"media_type":"application/json","kind":"json","example":{"id":1,"name":"example","tag":"example","status":"available","vaccinated":false}},"default":{"media_type":"application/json","kind":"json","example":{"code":1,"message":"example"}}}},
"get_pets_by_pet_id":{"method":"GET","path":"/pets/{petId}","group":"pets","params":[{"name":"petId","in":"path","required":true,"shape":{"type":"integer"},"style":"simple","explode":false}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":{"id":1,"name":"example","tag":"example","status":"available","vaccinated":false}},"404":{"media_type":"application/json","kind":"json","example":{"code":1,"message":"example"}}}}
}""")
"""Every operation: method, path template, parameters, body shape and example answers."""


class FakeTransport(_fake.FakeTransport):
    """An ``httpx`` transport (sync and async) that plays the API offline; see the module docstring."""

    def __init__(self) -> None:
        super().__init__(OPERATIONS, SCHEMAS)


_EXAMPLES: dict[str, str] = _json.loads("""{
"list_pets":"[{}, {\\"limit\\": 20, \\"status\\": \\"available\\"}]",
"create_pet":"[{\\"body\\": {\\"name\\": \\"example\\"}}, {\\"body\\": {\\"name\\": \\"example\\", \\"tag\\": \\"example\\", \\"status\\": \\"available\\"}}]",
"get_pets_by_pet_id":"[{\\"pet_id\\": 1}, {\\"pet_id\\": 1}]\"
}""")
"""Per operation, the Python literal of its sampled [minimal, full] values, before decoding."""

_DECODERS: dict[str, dict[str, _t.Callable[[_t.Any], _t.Any]]] = {
    "list_pets": {"status": lambda _v0: _rt.str_enum(_v0, PetStatus)},
    "create_pet": {"body": NewPet.from_dict},
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
