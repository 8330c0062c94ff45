"""allOf inheritance with the discriminator on the base, against a real local server (issue 16).

A value typed by the base (``Animal``) is the union of its subtypes and, last, the base itself:
the tag picks the subtype (explicit mapping, or the schema's name), and a tag the client does not
know decodes to the base, with the subtype's extra properties kept. Each subtype's tag property is
a ``Literal`` filled on construction. docs/schemas.md says why a union and not subclasses.
"""

from __future__ import annotations

import importlib
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator import ir
from generator.config import ClientConfig
from generator.lowering.lower import lower
from generator.spec.bundle import load
from tests.client.conftest import generate_package
from tests.server import LocalServer, Reply

SPEC = Path(__file__).resolve().parent / "specs" / "zoo.yaml"


@pytest.fixture(scope="module")
def zoo(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    generate_package(SPEC, tmp_path_factory.mktemp("zoo") / "client", "zoo_client")
    return importlib.import_module("zoo_client")


def _api(tmp_path: Path) -> ir.Api:
    config = ClientConfig(spec=SPEC, output=tmp_path / "out", package="zoo")
    api, diagnostics = lower(load(SPEC, config.limits), config)
    assert not [d for d in diagnostics if d.severity == "error"]
    return api


def test_the_base_as_a_value_is_the_union_of_its_subtypes_then_itself(tmp_path: Path) -> None:
    api = _api(tmp_path)
    (listing,) = [op for op in api.operations if op.py_name == "list_animals"]
    assert listing.successes[0].type == ir.ListOf(item=ir.UnionOf(
        variants=tuple(ir.ModelRef(name=n) for n in ("Dog", "Puppy", "Cat", "Bird", "Animal")),
        discriminator=ir.Discriminator(property_wire_name="petType", fallback="Animal", mapping=(
            ("dog", "Dog"), ("Puppy", "Puppy"), ("Cat", "Cat"), ("Bird", "Bird")))))
    models = {m.name: m for m in api.models}
    tag = {name: next(f for f in models[name].fields if f.wire_name == "petType") for name in models
           if name in ("Animal", "Dog", "Puppy", "Cat", "Bird")}
    assert tag["Animal"].type == ir.Primitive(kind="str")  # the base takes any tag
    assert tag["Dog"].type == ir.LiteralOf(values=("dog",)) and tag["Dog"].init_default == '"dog"'
    assert tag["Puppy"].type == ir.LiteralOf(values=("Puppy",))
    assert tag["Bird"].type == ir.LiteralOf(values=("Bird",))  # a subtype that adds nothing is a model too
    # One level down: a Dog value may be a Puppy (the discriminator is inherited).
    (get_dog,) = [op for op in api.operations if op.py_name == "get_dog"]
    assert get_dog.successes[0].type == ir.UnionOf(
        variants=(ir.ModelRef(name="Puppy"), ir.ModelRef(name="Dog")),
        discriminator=ir.Discriminator(property_wire_name="petType", mapping=(("Puppy", "Puppy"),), fallback="Dog"))


def test_a_list_decodes_each_animal_to_its_subtype(zoo: ModuleType, server: LocalServer) -> None:
    from zoo_client.api import animals
    from zoo_client.models import Animal, Bird, Cat, Dog, Puppy

    body: list[dict[str, Any]] = [
        {"petType": "dog", "name": "Rex", "bark": True},
        {"petType": "Cat", "name": "Tom", "lives": 9},
        {"petType": "Puppy", "name": "Bit", "ageWeeks": 8},
        {"petType": "Bird", "name": "Tweety"},
        {"petType": "Fish", "name": "Nemo", "fins": 2},  # a subtype newer than this client
    ]
    server.reply(Reply(status=200, body=body))
    with zoo.Client(base_url=server.url) as client:
        dog, cat, puppy, bird, fish = animals.list_animals(client)
    assert type(dog) is Dog and dog.bark is True and dog.pet_type == "dog"
    assert type(cat) is Cat and cat.lives == 9
    assert type(puppy) is Puppy and puppy.age_weeks == 8
    assert type(bird) is Bird and bird.name == "Tweety"
    assert type(fish) is Animal and fish.pet_type == "Fish" and fish.additional_properties == {"fins": 2}
    assert [a.to_dict() for a in (dog, cat, puppy, bird, fish)] == body  # each round-trips


def test_construction_fills_the_tag_and_the_request_carries_it(zoo: ModuleType, server: LocalServer) -> None:
    from zoo_client.api import animals
    from zoo_client.models import Cat, Dog

    cat = Cat(name="Tom", lives=7)
    assert cat.pet_type == "Cat" and cat.to_dict() == {"petType": "Cat", "name": "Tom", "lives": 7}
    server.reply(Reply(status=201, body={"petType": "dog", "name": "Rex"}))
    with zoo.Client(base_url=server.url) as client:
        stored = animals.add_animal(client, body=cat)
    assert server.requests[-1].json() == {"petType": "Cat", "name": "Tom", "lives": 7}
    assert stored == Dog(name="Rex")
    hints = typing.get_type_hints(Dog, vars(importlib.import_module("zoo_client.models.dog")))
    assert hints["pet_type"] == typing.Literal["dog"]


def test_a_subtype_refuses_another_subtypes_tag(zoo: ModuleType, server: LocalServer) -> None:
    from zoo_client.api import dogs
    from zoo_client.models import Dog, Puppy

    server.reply(Reply(status=200, body={"petType": "Puppy", "name": "Bit"}))
    server.reply(Reply(status=200, body={"petType": "Cat", "name": "Tom"}))
    with zoo.Client(base_url=server.url) as client:
        assert type(dogs.get_dog(client, id="1")) is Puppy
        with pytest.raises(zoo.APIResponseValidationError) as info:
            dogs.get_dog(client, id="2")
    assert info.value.location == "$.petType" and "'dog'" in str(info.value)
    with pytest.raises(ValueError, match="petType"):
        Dog.from_dict({"petType": "Cat", "name": "Tom"})


def test_one_of_variants_get_their_tag_too(zoo: ModuleType, server: LocalServer) -> None:
    from zoo_client.api import shelters
    from zoo_client.models import Kennel, Stable

    assert Kennel().kind == "kennel" and Stable().to_dict() == {"kind": "Stable"}
    server.reply(Reply(status=200, body={"kind": "Stable", "stalls": 4}))
    with zoo.Client(base_url=server.url) as client:
        shelter = shelters.get_shelter(client, id="1")
    assert shelter == Stable(stalls=4)


REPTILES = Path(__file__).resolve().parent / "specs" / "reptiles.yaml"


@pytest.fixture(scope="module")
def reptiles(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    generate_package(REPTILES, tmp_path_factory.mktemp("reptiles") / "client", "reptiles_client")
    return importlib.import_module("reptiles_client")


def test_a_tag_that_names_no_schema_is_refused_where_a_subtype_is_declared(
        reptiles: ModuleType, server: LocalServer) -> None:
    """``petType: "string"`` (Prism's answer for openapi-generator's allOf_composition_discriminator)
    at a location typed ``Reptile``, a subtype of ``Pet`` with subtypes of its own: by the
    discriminator the value names schema "string", which does not exist, so OpenAPI says no schema
    can be determined and validation should fail. ``Reptile``'s tag is ``Literal["Reptile"]`` (it
    is a concrete type), so decoding it as a ``Reptile`` would break its type: the client raises,
    naming the path and every tag that location takes. Where the root base is declared, the same
    value decodes to ``Pet``, whose tag is a ``str`` (a subtype newer than the client)."""
    from reptiles_client.api import pet, reptile
    from reptiles_client.models import Lizard, Pet, Reptile

    for body in ({"petType": "Lizard", "lovesRocks": True}, {"petType": "Reptile"}, {"petType": "string"}):
        server.reply(Reply(status=200, body=body))
    server.reply(Reply(status=200, body={"petType": "string"}))
    with reptiles.Client(base_url=server.url) as client:
        assert reptile.get_reptile(client) == Lizard(loves_rocks=True)
        assert reptile.get_reptile(client) == Reptile()
        with pytest.raises(reptiles.APIResponseValidationError) as info:
            reptile.get_reptile(client)
        assert pet.get_pet(client) == Pet(pet_type="string")
    error = info.value
    assert error.location == "$.petType" and error.body == {"petType": "string"}
    assert "expected one of ['Reptile'], got a string 'string'" in str(error)
    assert "a subtype's tag would do too: 'Lizard'" in str(error)
    hints = typing.get_type_hints(Reptile, vars(importlib.import_module("reptiles_client.models.reptile")))
    assert hints["pet_type"] == typing.Literal["Reptile"]
    server.reply(Reply(status=200, body={"petType": "string"}))
    lenient = reptiles.Client(base_url=server.url, strict_decoding=False)  # a tag is no mere type
    with lenient, pytest.raises(reptiles.APIResponseValidationError, match=r"\$\.petType"):
        reptile.get_reptile(lenient)
