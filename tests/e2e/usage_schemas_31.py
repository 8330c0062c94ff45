"""How a user's code reads with the ``schemas_31`` golden client: open enums, tuples, allOf
polymorphism and servers. ``tests/e2e/test_usage_golden.py`` type-checks this file with
``mypy --strict`` and pyright strict, and runs it against a local server."""

from __future__ import annotations

from typing import Literal, assert_type

from schemas_31_client import SERVERS, Client
from schemas_31_client.api import animals
from schemas_31_client.models import Animal, Cat, Dog, MixedCode, Ratio, Shapes


def describe(animal: Dog | Cat | Animal) -> str:
    """Polymorphism: a value typed by the base is one of its subtypes, narrowed with isinstance."""
    match animal:
        case Dog(bark=True):
            return f"{animal.name} barks"
        case Dog():
            return f"{animal.name} is quiet"
        case Cat():
            return f"{animal.name} has {animal.lives} lives"
        case _:
            return f"{animal.name} is a {animal.pet_type} this client does not know"


def new_dog(name: str) -> Dog:
    dog = Dog(name=name, bark=True)  # the tag is filled in
    assert_type(dog.pet_type, Literal["dog"])
    return dog


def tags_narrow(animal: Dog | Cat) -> int:
    """Between subtypes, the Literal tag narrows as well as isinstance."""
    if animal.pet_type == "Cat":
        return animal.lives
    return 0


def rest_of(shapes: Shapes) -> float:
    """prefixItems: a tuple of the positions, then the rest (``items``)."""
    first, second, *rest = shapes.pair
    assert_type(first, str)
    assert_type(second, str)
    return sum(rest)


def ratio_label(ratio: Ratio | MixedCode) -> str:
    """Open enums type-check as the enum; an unknown value is a member too, ``is_known`` False."""
    assert_type(ratio.is_known, bool)
    return ratio.name if ratio.is_known else f"unknown ({ratio.value!r})"


def server_names() -> list[str]:
    return [server.name for server in SERVERS]


def list_animals(base_url: str) -> list[str]:
    with Client(base_url=base_url) as client:
        return [describe(a) for a in animals.list_animals(client)]


def client_for(region: str) -> Client:
    """A server chosen by name, its variable checked against its enum."""
    return Client(server="production", server_variables={"region": region})
