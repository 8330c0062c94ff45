"""Sampled string values parse as what the client decodes their format into, so example calls
(the offline fake, generated tests) do not fail on their own examples."""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import uuid

import pytest

from generator.examples.sampler import Sampler

PARSERS = {
    "decimal": decimal.Decimal,
    "uuid": uuid.UUID,
    "date-time": dt.datetime.fromisoformat,
    "date": dt.date.fromisoformat,
    "time": dt.time.fromisoformat,
    "byte": base64.b64decode,
}


@pytest.mark.parametrize("fmt", sorted(PARSERS))
def test_sampled_string_parses_in_its_format(fmt: str) -> None:
    value = Sampler({}).sample({"type": "string", "format": fmt}, full=True, direction="request")
    assert isinstance(value, str)
    PARSERS[fmt](value)
