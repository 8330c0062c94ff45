# Generated from spec.yaml by the generator; do not edit by hand.
"""Offline testing support: a fake transport that answers from the API description.

``Client(transport=FakeTransport())`` sends nothing over the network: each request is checked
against the operation it targets, recorded in ``fake.calls`` and answered with the spec's example
(or with a value built from the schema), unless the test chose another answer with
``fake.set_response(...)``. ``example_arguments(name)`` gives valid keyword arguments for a call.
"""

from __future__ import annotations

import json as _json
import typing as _t

from ._runtime import _fake

__all__ = ["OPERATIONS", "SCHEMAS", "FakeCall", "FakeTransport", "example_arguments"]

FakeCall = _fake.FakeCall

SCHEMAS: dict[str, _t.Any] = _json.loads(
    '{"Incident":{"type":"object","properties":{"id":{"type":"string"},"title":{"type":"string"},"files":{"type":"array","items":{"type":"string"}}},"required":["id","title"],"additional":{}}}'
)
"""Named shapes (objects, enums, aliases) that request bodies and parameters are checked against."""

OPERATIONS: dict[str, _t.Any] = _json.loads(
    '{"list_incidents":{"method":"GET","path":"/incidents","group":"incidents","params":[{"name":"limit","in":"query","required":false,"shape":{"type":"integer"}}],"body":null,"default_status":"200","responses":{"200":{"media_type":"application/json","kind":"json","example":[{"id":"example","title":"example","files":["example"]}]}}}}'
)
"""Every operation: method, path template, parameters, body shape and example answers."""


class FakeTransport(_fake.FakeTransport):
    """An ``httpx`` transport (sync and async) that plays the API offline; see the module docstring."""

    def __init__(self) -> None:
        super().__init__(OPERATIONS, SCHEMAS)


def _list_incidents_arguments(full: bool) -> dict[str, _t.Any]:
    if full:
        return {
            "limit": "25",
        }
    return {}


_EXAMPLES: dict[str, _t.Callable[[bool], dict[str, _t.Any]]] = {
    "list_incidents": _list_incidents_arguments,
}


def example_arguments(operation: str, *, full: bool = False) -> dict[str, _t.Any]:
    """Keyword arguments for a valid call of ``operation``: required ones only, or every one.

    Values come from the spec's examples, defaults and schemas. Raises ``KeyError`` for an
    unknown operation name.
    """
    return _EXAMPLES[operation](full)
