"""Behaviour of the ``schemas_31`` golden client: type arrays with null, const, anyOf + discriminator."""

from __future__ import annotations

import httpx
import pytest

from generator.pipeline import build
from tests.golden_cases import GOLDEN, case_config
from tests.golden_import import use
from tests.server import LocalServer, Reply

use("schemas_31")

from schemas_31_client import Client
from schemas_31_client._runtime import DecodeError, encode_value
from schemas_31_client.api import animals, events
from schemas_31_client.models import Animal, Cat, Created, Deleted, DeletedLevel, Dog

EXAMPLE = [
    {"type": "created", "id": 1, "note": None, "tags": ["a"]},
    {"type": "deleted", "id": 2, "reason": "gone", "level": 2},
]


def test_spec_example_decodes_and_round_trips(server: LocalServer) -> None:
    server.reply(Reply(status=200, body=EXAMPLE))
    with Client(base_url=server.url) as client:
        listed = events.list_events(client)
    created, deleted = listed
    assert isinstance(created, Created) and created.note is None and created.tags == ["a"]
    assert isinstance(deleted, Deleted) and deleted.level is DeletedLevel.VALUE_2
    assert encode_value(listed) == EXAMPLE


def test_const_fields_default_and_are_checked() -> None:
    assert Created(id=3).to_dict() == {"type": "created", "id": 3}
    with pytest.raises(DecodeError):
        Created.from_dict({"type": "deleted", "id": 1})


def test_unknown_discriminator_value_falls_back_to_shape_then_fails_clearly() -> None:
    decoder = events._LIST_EVENTS.success["200"]
    with pytest.raises(DecodeError, match="no variant"):
        decoder(httpx.Response(200, json=[{"type": "renamed", "id": 1}]))


def test_webhooks_are_skipped_with_a_located_warning() -> None:
    result = build(case_config(GOLDEN / "schemas_31"))
    (skipped,) = [d for d in result.diagnostics if d.code == "webhooks-skipped"]
    assert (skipped.severity, skipped.line, skipped.pointer) == ("warning", 50, "/webhooks")


def test_allof_subtypes_decode_by_their_tag_and_fill_it_on_construction(server: LocalServer) -> None:
    body = [{"petType": "dog", "name": "Rex", "bark": True}, {"petType": "Cat", "name": "Tom", "lives": 9},
            {"petType": "Fox", "name": "Sly"}]
    server.reply(Reply(status=200, body=body))
    with Client(base_url=server.url) as client:
        dog, cat, fox = animals.list_animals(client)
    assert (type(dog), type(cat), type(fox)) == (Dog, Cat, Animal)  # an unknown tag: the base
    assert dog == Dog(name="Rex", bark=True) and cat == Cat(name="Tom", lives=9)
    assert encode_value([dog, cat, fox]) == body
