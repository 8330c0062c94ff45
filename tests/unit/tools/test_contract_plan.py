"""The wire harness's plan (tools/contract.py) and its peer-argument conversion (tools/contract_caller.py),
without Prism or the peer: fake peer types stand in for the ones openapi-python-client writes."""

from __future__ import annotations

import datetime
import enum
import io
import json
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import pytest

from generator import ir
from tools import contract, contract_caller


def _op(**kw: Any) -> Any:
    """The fields of ``ir.Operation`` the plan reads (a stand-in, so IR additions do not break it)."""
    base: dict[str, Any] = {"py_name": "get_pet", "operation_id": "getPet", "method": "GET", "path": "/pets/{petId}",
                                "pointer": "/paths/~1pets~1{petId}/get", "group": "pets", "parameters": ()}
    return SimpleNamespace(**{**base, **kw})


def test_sampled_arguments_are_read_from_testing_py_without_importing_it() -> None:
    values = {"get_pet": repr([{"pet_id": 1}, {"pet_id": 1, "fields": ["a"]}]),
              "upload": repr([{"body": b"\x00\x01"}, {"body": b"\x00\x01"}])}
    source = ("import json as _json\n"
              f"_EXAMPLES: dict[str, str] = _json.loads(\n    {json.dumps(json.dumps(values))}\n)\n")
    found = contract.sampled_arguments(source)
    assert found["get_pet"] == [{"pet_id": 1}, {"pet_id": 1, "fields": ["a"]}]
    assert found["upload"][0] == {"body": b"\x00\x01"}


def test_sampled_arguments_without_examples_is_an_error() -> None:
    with pytest.raises(LookupError):
        contract.sampled_arguments("X = 1\n")


def test_bytes_survive_the_json_plan() -> None:
    encoded = contract.jsonable({"a": [b"hi"], "b": 1})
    assert encoded == {"a": [{"$bytes": "aGk="}], "b": 1}
    assert contract_caller._bytes(encoded["a"][0]) == b"hi"


def test_select_is_every_operation_or_an_even_fixed_subset() -> None:
    ops = [_op(py_name=f"op{i}") for i in range(10)]
    assert contract.select(ops, 0) == ops
    assert contract.select(ops, 20) == ops
    assert [o.py_name for o in contract.select(ops, 4)] == ["op0", "op2", "op5", "op7"]
    assert contract.select(ops, 4) == contract.select(ops, 4)


def test_response_statuses_follow_refs_and_ignore_bodies_without_a_json_schema() -> None:
    data = {"paths": {"/pets/{petId}": {"get": {"responses": {
        "200": {"content": {"application/vnd.api+json": {"schema": {"type": "object"}}}},
        "204": {"description": "none"},
        "2xx": {"content": {"text/csv": {"schema": {"type": "string"}}}},
        "default": {"$ref": "#/components/responses/Err"}}}}},
        "components": {"responses": {"Err": {"content": {"*/*": {"schema": {"type": "object"}}}}}}}
    assert contract.response_statuses(data, _op()) == {"200": True, "204": False, "2XX": False, "default": True}


def test_plan_gives_the_peer_wire_names_and_locations() -> None:
    param = SimpleNamespace(py_name="pet_id", wire_name="petId", location="path")
    op = _op(parameters=(param,))
    calls = contract.plan_calls({"get_pet": [{"pet_id": 3}, {"pet_id": 3, "body": b"x"}]}, [op])
    assert [c["shape"] for c in calls] == ["minimal", "full"]
    assert calls[0]["args"] == [{"in": "path", "name": "petId", "value": 3}]
    assert calls[1]["args"][1] == {"in": "body", "name": "body", "value": {"$bytes": "eA=="}}
    assert calls[0]["peer_names"] == ["getpet", "getpetspetid"]


def test_credentials_for_each_kind_of_scheme() -> None:
    def scheme(key: str, kind: str, location: str, name: str) -> ir.SecurityScheme:
        return ir.SecurityScheme(key=key, kind=kind, location=location, param_name=name,  # type: ignore[arg-type]
                                 py_name=key.lower(), env_var="", description="")
    api = ir.Api(title="t", version="1", description="", base_url="", spec_name="s", models=(), enums=(),
                 aliases=(), operations=(), security_schemes=(
                     scheme("Bearer", "bearer", "header", "Authorization"),
                     scheme("Basic", "basic", "header", "Authorization"),
                     scheme("Key", "apiKey", "header", "X-Key"),
                     scheme("Q", "apiKey", "query", "key"),
                     scheme("C", "apiKey", "cookie", "sid")))
    ours, peer = contract.credentials(api)
    assert ours == {"bearer": "test-token", "basic": ["user", "password"], "key": "test-token", "q": "test-token",
                    "c": "test-token"}
    assert peer == {"token": "test-token", "basic": ["user", "password"], "headers": {"X-Key": "test-token"},
                    "params": {"key": "test-token"}, "cookies": {"sid": "test-token"}}


# -- the peer's argument types (shapes openapi-python-client generates) ---------------------------------

class Unset:
    pass


UNSET = Unset()


class Colour(enum.Enum):
    RED = "red"


@dataclass
class Pet:
    name: str

    @classmethod
    def from_dict(cls, src: dict[str, Any]) -> Pet:
        return cls(name=src["name"])


@dataclass
class File:
    payload: io.BytesIO
    file_name: str | None = None
    mime_type: str | None = None


def test_convert_follows_the_peer_annotation() -> None:
    convert = contract_caller.convert
    assert convert({"name": "Rex"}, Pet | Unset, File) == Pet("Rex")
    assert convert(["red"], list[Colour] | Unset, File) == [Colour.RED]
    assert convert("2026-01-01T00:00:00Z", datetime.datetime | Unset, File) == \
        datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    assert convert(None, None | str | Unset, File) is None
    assert convert(2, float, File) == 2.0
    file = convert({"$bytes": "aGk="}, File | Unset, File)
    assert isinstance(file, File) and file.payload.read() == b"hi"


def test_convert_tries_each_union_alternative_in_turn() -> None:
    assert contract_caller.convert(5, Pet | int | Unset, File) == 5
    assert contract_caller.convert({"name": "a"}, int | Pet, File) == Pet("a")
    with pytest.raises(TypeError, match="cannot convert"):
        contract_caller.convert("x", int | Pet, File)
    with pytest.raises(TypeError):
        contract_caller.convert(True, int, File)


def test_peer_kwargs_match_wire_names_to_the_peer_parameters() -> None:
    def sync_detailed(pet_id: int, *, client: object, body: Pet | Unset = UNSET,
                      x_request_id: str | Unset = UNSET, limit_query: int | Unset = UNSET) -> None:
        raise NotImplementedError

    call = {"args": [{"in": "path", "name": "petId", "value": 1},
                     {"in": "header", "name": "X-Request-ID", "value": "r"},
                     {"in": "query", "name": "limit", "value": 2},
                     {"in": "body", "name": "body", "value": {"name": "Rex"}}]}
    assert contract_caller.peer_kwargs(sync_detailed, call, File) == \
        {"pet_id": 1, "x_request_id": "r", "limit_query": 2, "body": Pet("Rex")}
    with pytest.raises(LookupError, match="no parameter for query 'other'"):
        contract_caller.peer_kwargs(sync_detailed, {"args": [{"in": "query", "name": "other", "value": 1}]}, File)


@dataclass
class Upload:
    """A peer multipart model: its ``from_dict`` wraps the bytes it is given in a ``File``."""

    image: File
    prompt: str

    @classmethod
    def from_dict(cls, src: dict[str, Any]) -> Upload:
        return cls(image=File(payload=io.BytesIO(src["image"])), prompt=src["prompt"])


def test_convert_gives_a_peer_model_bytes_where_it_types_a_file() -> None:
    upload = contract_caller.convert({"image": "example", "prompt": "p"}, Upload, File)
    assert upload.image.payload.read() == b"example"
    assert upload.prompt == "p"


def test_convert_literals_and_nulls() -> None:
    from typing import Literal

    assert contract_caller.convert("a", Literal["a"] | Unset, File) == "a"
    assert contract_caller.convert([None], list[None], File) == [None]
    with pytest.raises(TypeError):
        contract_caller.convert("b", Literal["a"], File)


SPEC_30 = {
    "openapi": "3.0.3",
    "paths": {"/pets/{petId}": {"get": {"responses": {
        "200": {"$ref": "#/components/responses/Pet"},
        "default": {"content": {"application/json": {"schema": {"type": "object"}}}}}}}},
    "components": {
        "responses": {"Pet": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}},
        "schemas": {"Pet": {"type": "object", "required": ["id"], "properties": {
            "id": {"type": "string"}, "owner": {"$ref": "#/components/schemas/User"}}},
            "User": {"type": "object", "nullable": True, "properties": {"name": {"type": "string"}}}}},
}


def test_schema_pointer_follows_response_refs_and_media_types() -> None:
    assert contract.schema_pointer(SPEC_30, _op(), 200, "application/json; charset=utf-8") == \
        "/components/responses/Pet/content/application~1json/schema"
    assert contract.schema_pointer(SPEC_30, _op(), 201, "application/json") == \
        "/paths/~1pets~1{petId}/get/responses/default/content/application~1json/schema"
    assert contract.schema_pointer(SPEC_30, _op(pointer="/paths/~1nope/get"), 200, "application/json") is None


def test_answer_violations_check_a_body_against_the_specs_schema() -> None:
    def record(body: Any) -> dict[str, Any]:
        return {"status": 200, "response_type": "application/json", "response_body": json.dumps(body)}

    assert contract.answer_violations(SPEC_30, _op(), record({"id": "1", "owner": None})) == []
    found = contract.answer_violations(SPEC_30, _op(), record({"id": 1, "owner": [{"name": "a"}]}))
    assert found is not None and [f.split(":")[0] for f in found] == ["id", "owner"]
    assert contract.answer_violations(SPEC_30, _op(), {"status": 200, "response_body": "not json"}) is None


def test_every_outcome_of_a_spec_appears_in_its_table_row() -> None:
    from tools import contract_outcomes as o

    tally = o.SpecTally()
    for outcome in o.OUTCOMES:
        tally.add(o.OperationResult("op", o.Verdict(outcome, "why")))
    side = contract.Side(generated=True, tally=tally)
    cells = [c.strip().split(" ")[0].strip("*") for c in contract._counts(side).split("|")]
    assert sum(int(c) for c in cells) == len(o.OUTCOMES)


def test_a_discriminator_value_that_names_no_schema_breaks_the_spec() -> None:
    """Prism answers ``petType: "string"`` for a location typed by an allOf subtype (openapi-generator's
    allOf_composition_discriminator): valid JSON Schema, but the discriminator maps it to no schema."""
    from pathlib import Path

    import yaml

    data = yaml.safe_load((Path(__file__).parents[2] / "client" / "specs" / "reptiles.yaml").read_text())
    pointer = "/paths/~1reptile/get/responses/200/content/application~1json/schema"
    assert contract.discriminator_violations(data, pointer, {"petType": "string"}) == [
        "petType: the discriminator value 'string' names no schema this location allows ('Reptile', 'Lizard')"]
    assert contract.discriminator_violations(data, pointer, {"petType": "Lizard"}) == []
    root = "/paths/~1pet/get/responses/200/content/application~1json/schema"
    assert contract.discriminator_violations(data, root, {"petType": "string"}) == []  # the base takes any tag
