"""Sampled and spec-given example values satisfy their schemas: patterns, lengths, required
arrays, nullability; a spec example that would be rejected (or ``example: null``) is not used."""

from __future__ import annotations

import re
from typing import Any

import pytest

from generator.examples import conform
from generator.examples.pattern import matching
from generator.examples.sampler import Sampler, media_example

PATTERNS = [
    r"^AC[0-9a-f]{32}$", r"^[A-Z]{3}$", r"^[a-z0-9-]+$", r"^\d{3}-\d{4}$", r"^(foo|bar)_\w+$",
    r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^\+?[1-9]\d{1,14}$", r"^(?:v\d+)(\.\d+){2}$", r"^[\w.\-]{1,64}$",
    r"^\S+$", r"^[A-Za-z0-9+/]*={0,2}$", r"^#[0-9a-fA-F]{6}$", r"^cus_[a-zA-Z0-9]{14,}$", r"^.{3,5}$",
    r"^[a-z]+(?:-[a-z]+)*$", r"^\u00e9+$", r"^x\x41$", "[a-z]", r"^(\d{4})-(0[1-9]|1[0-2])$",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_generated_string_matches_its_pattern(pattern: str) -> None:
    text = matching(pattern)
    assert text is not None and re.search(pattern, text), (pattern, text)
    assert matching(pattern) == text  # deterministic


@pytest.mark.parametrize(("pattern", "low", "high"), [(r"^[a-z0-9]+$", 20, 30), (r"^PN[0-9a-f]{2,}$", 12, None),
                                                      (r"^\d+(\.\d+)?$", 5, 8)])
def test_generated_string_meets_length_bounds(pattern: str, low: int, high: int | None) -> None:
    text = matching(pattern, low, high)
    assert text is not None and re.search(pattern, text)
    assert len(text) >= low and (high is None or len(text) <= high)


@pytest.mark.parametrize("pattern", [r"^(?=a)\w+$", r"^(a)\1$", r"^\p{L}+$", r"^[a-z]{3}$"])
def test_unreadable_or_unsatisfiable_patterns_fall_back(pattern: str) -> None:
    # Lookarounds, backreferences and property escapes are outside the subset; ^[a-z]{3}$ cannot
    # be 10 characters long.
    assert matching(pattern, 10 if pattern == r"^[a-z]{3}$" else 0) is None


def test_sampler_honours_pattern_format_and_length() -> None:
    sampler = Sampler({})
    sid = sampler.sample({"type": "string", "pattern": "^AC[0-9a-f]{32}$"}, full=True, direction="request")
    assert re.fullmatch("AC[0-9a-f]{32}", sid)
    # A value that already matches stays readable.
    assert sampler.sample({"type": "string", "format": "email", "pattern": "@"}, full=True,
                          direction="request") == "user@example.com"
    assert len(sampler.sample({"type": "string", "minLength": 12}, full=True, direction="request")) == 12


def test_required_arrays_are_not_empty() -> None:
    schema = {"type": "object", "required": ["tags", "ids"], "properties": {
        "tags": {"type": "array", "items": {"type": "string"}},
        "ids": {"type": "array", "minItems": 3, "maxItems": 4, "items": {"type": "integer"}},
        "optional": {"type": "array", "items": {"type": "string"}}}}
    value = Sampler({}).sample(schema, full=False, direction="request")
    assert value == {"tags": ["example"], "ids": [1, 1, 1]}
    assert conform.conforms(value, schema, lambda s: s)


DOC: dict[str, Any] = {"components": {"schemas": {
    "Id": {"type": "string", "pattern": "^PT[0-9]{4}$"},
    "Pet": {"type": "object", "required": ["id", "name"], "properties": {
        "id": {"$ref": "#/components/schemas/Id", "readOnly": True}, "name": {"type": "string"}}},
    "MaybePet": {"allOf": [{"$ref": "#/components/schemas/Pet"}], "nullable": True},
}}}


def test_spec_examples_are_used_only_when_they_validate() -> None:
    sampler = Sampler(DOC)
    schema = {"$ref": "#/components/schemas/Pet"}
    good = {"id": "PT0001", "name": "Rex"}
    assert media_example({"example": good}, sampler, schema, "response") == good
    # A stale example (the id breaks its pattern) gives way to the next one, then to sampling.
    stale = {"id": "pet-1", "name": "Rex"}
    assert media_example({"example": stale, "examples": {"b": {"value": good}}}, sampler, schema,
                         "response") == good
    assert not isinstance(media_example({"example": stale}, sampler, schema, "response"), dict)
    # In a request the readOnly id may be missing.
    assert media_example({"example": {"name": "Rex"}}, sampler, schema, "request") == {"name": "Rex"}


def test_example_null_is_not_a_body_unless_the_schema_admits_null() -> None:
    sampler = Sampler(DOC)
    pet = {"$ref": "#/components/schemas/Pet"}
    assert media_example({"example": None}, sampler, pet, "request") is not None
    assert media_example({"example": None}, sampler, {"$ref": "#/components/schemas/MaybePet"}, "response") is None


@pytest.mark.parametrize("schema", [
    {"type": "string", "nullable": True},
    {"type": ["string", "null"]},
    {"oneOf": [{"type": "string"}, {"type": "null"}]},
    {"allOf": [{"$ref": "#/components/schemas/Id"}], "nullable": True},
    {"allOf": [{"type": "string", "nullable": True}]},
    {"anyOf": [{"$ref": "#/components/schemas/Id"}, {"type": "null"}]},
    {"$ref": "#/components/schemas/MaybePet"},
])
def test_nullability_survives_wrapping(schema: dict[str, Any]) -> None:
    sampler = Sampler(DOC)
    assert conform.nullable(schema, sampler.resolved)
    assert conform.conforms(None, schema, sampler.resolved)


@pytest.mark.parametrize("schema", [{"type": "string"}, {"allOf": [{"$ref": "#/components/schemas/Id"}]},
                                    {"$ref": "#/components/schemas/Pet"}])
def test_not_nullable(schema: dict[str, Any]) -> None:
    assert not conform.conforms(None, schema, Sampler(DOC).resolved)


def test_unique_items_are_distinct_and_read_only_beside_ref_is_skipped() -> None:
    sampler = Sampler(DOC)
    schema = {"type": "object", "required": ["tags", "colors"], "properties": {
        "tags": {"type": "array", "minItems": 3, "uniqueItems": True, "items": {"type": "string"}},
        "colors": {"type": "array", "minItems": 2, "uniqueItems": True,
                   "items": {"type": "string", "enum": ["red", "blue"]}}}}
    value = sampler.sample(schema, full=False, direction="request")
    assert len(set(value["tags"])) == 3 and sorted(value["colors"]) == ["blue", "red"]
    pet = sampler.sample({"$ref": "#/components/schemas/Pet"}, full=True, direction="request")
    assert "id" not in pet and pet["name"]
