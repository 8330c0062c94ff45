"""Behaviour of the ``schemas_30`` golden client: unions, readOnly/writeOnly, enums, formats, recursion."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid

import pytest

from tests.golden_import import use
from tests.server import LocalServer, Reply

use("schemas_30")

from schemas_30_client import Client
from schemas_30_client._runtime import DecodeError
from schemas_30_client.api import pets, shapes
from schemas_30_client.models import (
    Cat,
    Dog,
    Everything,
    GetShapeResponseOption1,
    GetShapeResponseOption2,
    Lizard,
    Node,
    Priority,
    Size,
)

EVERYTHING = {
    "when": "2026-04-15T12:00:00Z",
    "day": "2026-04-15",
    "at": "12:30:00",
    "id": "2489e9ad-2ee2-8e00-8ec9-32d5f69181c0",
    "link": "https://example.com/x",
    "mail": "a@example.com",
    "blob": "aGVsbG8=",
    "small": 1,
    "big": 9007199254740993,
    "ratio": 0.5,
    "exact": 1.25,
    "money": "10.10",
    "priority": 3,
    "grid": [[1, 2], [3]],
    "pets_by_name": {"tom": {"kind": "cat", "id": "c1", "name": "Tom", "lives": 7}},
    "anything": {"a": [1, {"b": None}]},
    "closed": {"only": "x"},
    "tree": {"value": "root", "children": [{"value": "leaf", "children": []}], "partner": {"back": {"value": "p"}}},
    "alias": {"kind": "cat", "name": "Alias", "lives": 9},
    "link_or_null": None,
    "extra": {"kept": True},
}


def test_formats_and_containers_round_trip() -> None:
    value = Everything.from_dict(EVERYTHING)
    assert value.when == dt.datetime(2026, 4, 15, 12, tzinfo=dt.UTC)
    assert value.day == dt.date(2026, 4, 15)
    assert value.at == dt.time(12, 30)
    assert value.id == uuid.UUID("2489e9ad-2ee2-8e00-8ec9-32d5f69181c0")
    assert value.blob == b"hello"
    assert value.money == decimal.Decimal("10.10")
    assert value.priority is Priority.HIGH
    assert value.grid == [[1, 2], [3]]
    assert isinstance(value.pets_by_name, dict) and isinstance(value.pets_by_name["tom"], Cat)
    assert isinstance(value.tree, Node) and isinstance(value.tree.children, list)
    assert value.additional_properties == {"extra": {"kept": True}}
    assert value.to_dict() == EVERYTHING


def test_discriminator_explicit_mapping_implicit_name_and_no_match() -> None:
    ops = pets._GET_PET.success["200"]
    import httpx

    def decode(body: object) -> object:
        return ops(httpx.Response(200, json=body))

    assert isinstance(decode({"kind": "cat", "id": "1", "name": "Tom"}), Cat)
    dog = decode({"kind": "doggo", "id": "2", "name": "Rex", "good": True, "size": "x-large"})
    assert isinstance(dog, Dog) and dog.size is Size.X_LARGE
    assert isinstance(decode({"kind": "Lizard", "name": "Liz"}), Lizard)
    with pytest.raises(DecodeError, match="no variant"):
        decode("not an object")


def test_union_by_shape_with_inline_variants() -> None:
    import httpx

    decoder = shapes._GET_SHAPE.success["200"]
    assert decoder(httpx.Response(200, json={"radius": 1.5})) == GetShapeResponseOption1(radius=1.5)
    assert decoder(httpx.Response(200, json={"side": 2})) == GetShapeResponseOption2(side=2)
    assert decoder(httpx.Response(200, json="square")) == "square"
    with pytest.raises(DecodeError):
        decoder(httpx.Response(200, json=[1]))


def test_enums_keep_unknown_values_and_odd_names() -> None:
    assert [m.value for m in Size] == ["small", "Small", "x-large", "1st", "", "class"]
    assert Size.SMALL2.value == "Small" and Size.EMPTY.value == "" and Size.CLASS.value == "class"
    assert Priority.UNKNOWN == -1
    dog = Dog.from_dict({"kind": "doggo", "name": "R", "good": False, "size": "new-size"})
    assert dog.size == "new-size"
    assert Dog.from_dict({"kind": "doggo", "name": "R", "good": False, "size": None}).size is None


def test_defaults_are_documented_as_safe_literals_not_sent() -> None:
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(inspect.getmodule(Lizard)))  # type: ignore[arg-type]
    docs = [n.value.value for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)]
    tag, colour = [d for d in docs if isinstance(d, str) and d.startswith("Default:")]
    assert ast.literal_eval(tag.split("``")[1]) == "Lizard"  # the discriminator tag, set on construction
    assert ast.literal_eval(colour.split("``")[1]) == "green \"\"\" '"
    assert Lizard(name="L").to_dict() == {"kind": "Lizard", "name": "L"}


def test_read_only_left_out_of_requests_write_only_out_of_responses(server: LocalServer) -> None:
    server.reply(Reply(status=200, body={"kind": "cat", "id": "c9", "name": "Tom", "lives": 3}))
    with Client(base_url=server.url) as client:
        stored = pets.put_pet(client, id="c9", body=Cat(id="c9", name="Tom", secret="s3", lives=3))
    (request,) = server.requests
    assert request.method == "PUT" and request.path == "/pets/c9"
    assert request.json() == {"kind": "cat", "name": "Tom", "secret": "s3", "lives": 3}
    assert isinstance(stored, Cat) and stored.id == "c9"
    assert stored.to_dict() == {"kind": "cat", "id": "c9", "name": "Tom", "lives": 3}
    assert "s3" not in repr(Cat(name="x", secret="s3"))


def test_additional_properties_of_model_type_round_trip() -> None:
    from schemas_30_client.models import Kennel

    raw = {"name": "k", "tom": {"kind": "cat", "name": "Tom"}}
    kennel = Kennel.from_dict(raw)
    assert isinstance(kennel.additional_properties["tom"], Cat)
    assert kennel.to_dict() == raw
    assert Kennel().additional_properties == {}
