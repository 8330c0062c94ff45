"""``parse_uuid``'s fast path gives exactly what ``uuid.UUID`` gives, and refuses what it refuses."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from templates.runtime._decode import DecodeError, parse_uuid

_PIECES = st.sampled_from(list("0123456789abcdefABCDEF-_ +{}xurn:g\u0663"))


def _stdlib(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _ours(text: str) -> uuid.UUID | None:
    try:
        return parse_uuid(text)
    except DecodeError:
        return None


def _same(text: str) -> None:
    expected, got = _stdlib(text), _ours(text)
    assert got == expected
    if got is not None and expected is not None:
        assert (type(got), got.int, got.is_safe, str(got), hash(got)) == (
            type(expected), expected.int, expected.is_safe, str(expected), hash(expected))


@given(st.uuids())
def test_canonical_text_round_trips(value: uuid.UUID) -> None:
    for text in (str(value), str(value).upper(), value.hex, f"{{{value}}}", value.urn):
        _same(text)


@given(st.lists(_PIECES, min_size=30, max_size=40).map("".join))
def test_near_uuid_text_is_judged_as_the_stdlib_judges_it(text: str) -> None:
    _same(text)


@pytest.mark.parametrize("text", [
    "0b7e8f4c-3c1e-4c61-9b1a-6f6b8c7d9e0f", "0b7e8f4c3c1e-4c61-9b1a-6f6b8c7d9e0f--", "+b7e8f4c-3c1e-4c61-9b1a-6f6b8c7d9e0f",
    " b7e8f4c-3c1e-4c61-9b1a-6f6b8c7d9e0f", "0b7e_f4c-3c1e-4c61-9b1a-6f6b8c7d9e0f", "0x7e8f4c-3c1e-4c61-9b1a-6f6b8c7d9e0f",
    "0b7e8f4c-3c1e-4c61-9b1a-6f6b8c7d9e0g", "", "-" * 36,
])
def test_edge_cases_match_the_stdlib(text: str) -> None:
    _same(text)


def test_a_non_string_is_refused() -> None:
    with pytest.raises(DecodeError):
        parse_uuid(0x0B7E8F4C3C1E4C619B1A6F6B8C7D9E0F)
