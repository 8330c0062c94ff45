"""Strict response decoding against a real local server: a body whose values do not have the
types the API description gives them raises ``APIResponseValidationError`` naming the value's
path, with the parsed body and the raw response kept; ``strict_decoding=False`` keeps them."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.client.conftest import generate_package
from tests.server import LocalServer, Reply

SPEC = Path(__file__).resolve().parent / "specs" / "strict.yaml"
ROW = {"id": "0b7e8f4c-3c1e-4c61-9b1a-6f6b8c7d9e0f", "tags": ["a"]}
GOOD: dict[str, Any] = {"count": 2, "title": "t", "rows": [ROW, ROW], "labels": {"k": "v"}, "level": "low"}


@pytest.fixture(scope="module")
def strict(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    generate_package(SPEC, tmp_path_factory.mktemp("strict") / "client", "strict_client")
    return importlib.import_module("strict_client")


def _get(strict: ModuleType, server: LocalServer, body: Any, **options: Any) -> Any:
    from strict_client.api import report

    server.reply(Reply(status=200, body=body))
    with strict.Client(base_url=server.url, **options) as client:
        return report.get_report(client)


def test_a_matching_body_decodes(strict: ModuleType, server: LocalServer) -> None:
    report = _get(strict, server, GOOD)
    assert report.count == 2 and report.rows[1].tags == ["a"] and report.labels == {"k": "v"}


@pytest.mark.parametrize(("change", "location", "expected"), [
    ({"count": "abc"}, "$.count", "expected an integer, got a string 'abc'"),
    ({"count": True}, "$.count", "expected an integer, got a boolean True"),
    ({"title": None}, "$.title", "expected a string, got null"),
    ({"rows": "nope"}, "$.rows", "expected an array, got a string"),
    ({"rows": {}}, "$.rows", "expected an array, got an object"),
    ({"labels": [["k", "v"]]}, "$.labels", "expected an object, got an array"),
    ({"labels": {"k": 1}}, "$.labels.k", "expected a string, got an integer 1"),
    ({"rows": [ROW, {**ROW, "tags": ["a", 5]}]}, "$.rows[1].tags[1]", "expected a string, got an integer 5"),
    ({"rows": [ROW, {"tags": []}]}, "$.rows[1].id", "required property is missing"),
    ({"rows": [{**ROW, "id": "not-a-uuid"}]}, "$.rows[0].id", "expected a UUID string"),
    ({"ratio": "1.5"}, "$.ratio", "expected a number"),
    ({"done": "true"}, "$.done", "expected a boolean"),
    ({"when": "yesterday"}, "$.when", "expected an RFC 3339 date-time string"),
    ({"level": 3}, "$.level", "expected a string (Level)"),
])
def test_a_mismatch_is_located(strict: ModuleType, server: LocalServer, change: dict[str, Any], location: str,
                               expected: str) -> None:
    body = {**GOOD, **change}
    with pytest.raises(strict.APIResponseValidationError) as info:
        _get(strict, server, body)
    error = info.value
    assert error.location == location
    assert expected in str(error) and location in str(error)
    assert error.body == body  # the parsed body is kept
    assert error.response.status_code == 200 and error.response.json() == body
    assert "getReport" in str(error) or "get_report" in str(error)


def test_a_body_that_is_not_an_object_or_not_json(strict: ModuleType, server: LocalServer) -> None:
    with pytest.raises(strict.APIResponseValidationError) as info:
        _get(strict, server, [["count", 1]])
    assert info.value.location == "$" and "expected an object" in str(info.value)
    with pytest.raises(strict.APIResponseValidationError) as info:
        _get(strict, server, "{not json")
    assert "not valid JSON" in str(info.value) and info.value.body == "{not json"


def test_nesting_too_deep_is_a_typed_error(strict: ModuleType, server: LocalServer) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(strict.APIResponseValidationError) as info:
        _get(strict, server, deep)
    assert "nested more deeply" in str(info.value) and info.value.location == "$"


def test_lenient_decoding_keeps_mistyped_values(strict: ModuleType, server: LocalServer) -> None:
    report = _get(strict, server, {**GOOD, "count": "abc", "rows": [{**ROW, "tags": [5]}]}, strict_decoding=False)
    assert report.count == "abc" and report.rows[0].tags == [5]
    # What cannot be represented at all still raises, lenient or not.
    with pytest.raises(strict.APIResponseValidationError) as info:
        _get(strict, server, {**GOOD, "rows": [{"tags": []}]}, strict_decoding=False)
    assert info.value.location == "$.rows[0].id"


def test_from_dict_raises_decode_error_with_the_path(strict: ModuleType) -> None:
    from strict_client import _runtime as rt
    from strict_client.models import Report

    with pytest.raises(rt.DecodeError) as info:
        Report.from_dict({**GOOD, "rows": [ROW, {**ROW, "tags": "x"}]})
    assert info.value.path == ["rows", 1, "tags"]
    assert isinstance(info.value, ValueError)  # what callers caught before stays caught
