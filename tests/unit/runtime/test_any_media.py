"""A response the spec declares as ``*/*``: the server picks the media type, so a text answer that is
not JSON is the string it says (petstore's fakeOuterStringSerialize answers text/plain)."""

from __future__ import annotations

import httpx
import pytest

from templates.runtime._client import json_body
from templates.runtime._decode import DecodeError


def _string(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError("not a number")
    return float(value)


def _answer(content: str, media: str) -> httpx.Response:
    return httpx.Response(200, content=content.encode(), headers={"content-type": media})


def test_a_text_answer_to_a_media_range_is_its_string() -> None:
    assert json_body(_string, any_media=True)(_answer("available", "text/plain")) == "available"
    assert json_body(_string, any_media=True)(_answer('"quoted"', "application/json")) == "quoted"
    assert json_body(_number, any_media=True)(_answer("1.5", "text/plain")) == 1.5  # JSON first


def test_a_declared_json_answer_must_still_be_json() -> None:
    with pytest.raises(DecodeError, match="not valid JSON"):
        json_body(_string)(_answer("available", "text/plain"))
    with pytest.raises(DecodeError, match="not valid JSON"):  # binary answers are not text
        json_body(_string, any_media=True)(_answer("available", "application/octet-stream"))
