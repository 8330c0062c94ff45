"""Sampled values for composed schemas meet every constraint the composition adds: required names
from any allOf level, a oneOf variant with its discriminator, required names given no schema, and an
allOf wrapper around an enum (the shapes Asana, Box and openapi-python-client's baseline spec use)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.examples import conform
from generator.examples.sampler import Sampler

DOC: dict[str, Any] = {"components": {"schemas": {
    # Asana: data = allOf[AllocationRequest, {required: [start_date, assignee]}], where
    # AllocationRequest = allOf[AllocationBase, {assignee}] and start_date lives in AllocationBase.
    "AllocationBase": {"type": "object", "properties": {
        "gid": {"type": "string", "readOnly": True}, "start_date": {"type": "string", "format": "date"}}},
    "AllocationRequest": {"allOf": [{"$ref": "#/components/schemas/AllocationBase"},
                                    {"type": "object", "properties": {"assignee": {"type": "string"}}}]},
    # Box: ai_agent = allOf[$ref AiAskAgent, {description}], AiAskAgent a oneOf of objects each
    # requiring its "type" tag (an enum of one value), with a discriminator.
    "AgentRef": {"type": "object", "required": ["type", "id"], "properties": {
        "type": {"type": "string", "enum": ["ai_agent_id"]}, "id": {"type": "string"}}},
    "AgentAsk": {"type": "object", "required": ["type"], "properties": {
        "type": {"type": "string", "enum": ["ai_agent_ask"]}}},
    "AskAgent": {"oneOf": [{"$ref": "#/components/schemas/AgentRef"}, {"$ref": "#/components/schemas/AgentAsk"}],
                 "discriminator": {"propertyName": "type", "mapping": {
                     "ai_agent_id": "#/components/schemas/AgentRef", "ai_agent_ask": "#/components/schemas/AgentAsk"}}},
    "Colour": {"title": "Colour", "enum": ["red", "green", "overridden"], "default": "red"},
}}}


def _check(schema: dict[str, Any], *, full: bool) -> Any:
    sampler = Sampler(DOC)
    value = sampler.sample(schema, full=full, direction="request")
    assert conform.conforms(value, schema, sampler.resolved, direction="request"), value
    return value


@pytest.mark.parametrize("full", [False, True])
def test_required_names_from_every_allof_level_are_sampled(full: bool) -> None:
    schema = {"allOf": [{"$ref": "#/components/schemas/AllocationRequest"},
                        {"type": "object", "required": ["start_date", "assignee"]}]}
    value = _check(schema, full=full)
    assert value["start_date"] == "2026-01-01" and isinstance(value["assignee"], str)
    assert "gid" not in value  # readOnly, in a request


@pytest.mark.parametrize("full", [False, True])
def test_a_oneof_inside_allof_is_sampled_with_its_tag(full: bool) -> None:
    schema = {"allOf": [{"$ref": "#/components/schemas/AskAgent"}, {"description": "The agent."}]}
    assert _check(schema, full=full) == {"type": "ai_agent_id", "id": "example"}


def test_a_oneof_falls_through_to_a_variant_the_value_can_meet() -> None:
    # The first variant cannot be met (a string that must be both "a" and "b"); the second can.
    schema = {"oneOf": [{"allOf": [{"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["b"]}]},
                        {"type": "integer", "minimum": 3}]}
    assert _check(schema, full=False) == 3


def test_a_discriminator_mapping_sets_the_tag() -> None:
    schema = {"oneOf": [{"$ref": "#/components/schemas/AgentAsk"}],
              "discriminator": {"propertyName": "kind", "mapping": {"ask": "#/components/schemas/AgentAsk"}}}
    assert Sampler(DOC).sample(schema, full=False, direction="request") == {"type": "ai_agent_ask", "kind": "ask"}


def test_required_names_without_a_schema_get_a_value_unless_no_extra_property_is_allowed() -> None:
    # Box's lock requires "type" but declares only "access"; OpenAI's CreateRunRequest requires
    # "thread_id" with additionalProperties: false (no value can satisfy it: left out).
    lock = {"type": "object", "required": ["type"], "properties": {"access": {"type": "string"}}}
    assert _check(lock, full=False) == {"type": "example"}
    typed = {"type": "object", "required": ["n"], "additionalProperties": {"type": "integer", "minimum": 2}}
    assert _check(typed, full=False) == {"n": 2}
    closed = {"type": "object", "required": ["thread_id"], "additionalProperties": False,
              "properties": {"assistant_id": {"type": "string"}}}
    assert "thread_id" not in Sampler(DOC).sample(closed, full=True, direction="request")


def test_allof_around_an_untyped_enum_is_the_enum_with_the_wrapper_default() -> None:
    wrapped = {"allOf": [{"$ref": "#/components/schemas/Colour"}], "default": "overridden"}
    assert _check(wrapped, full=False) == "overridden"
    assert _check({"allOf": [{"$ref": "#/components/schemas/Colour"}]}, full=True) == "red"


def test_prefix_items_get_one_value_per_position() -> None:
    # openapi-python-client's 3.1 spec: the client decodes such an array as a tuple.
    schema = {"type": "array", "prefixItems": [{"type": "string", "const": "prefix"}, {"type": "string"}],
              "items": {"type": "number"}}
    assert _check(schema, full=True) == ["prefix", "example"]
    assert not conform.conforms(["prefix", 1], schema, lambda s: s)  # position 2 is a string
    assert conform.conforms(["prefix", "x", 2.5], schema, lambda s: s)


def test_a_oneof_object_meeting_several_variants_gets_a_property_only_one_admits() -> None:
    # openapi-python-client's baseline: oneOf[free-form object, closed model with optional fields].
    schema = {"oneOf": [{"type": "object"}, {"type": "object", "additionalProperties": False,
                                             "properties": {"a": {"type": "string"}}}, {"type": "null"}]}
    value = _check(schema, full=False)
    assert value == {"extra": "example"}
    assert sum(conform.conforms(value, v, lambda s: s) for v in schema["oneOf"]) == 1
