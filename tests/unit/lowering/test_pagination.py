"""The pagination pass: detection per scheme, configuration overrides, and its located problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import ClientConfig, client_from_mapping
from generator.diagnostics import SpecError
from generator.lowering.lower import lower
from generator.spec.bundle import load
from tests.golden_cases import GOLDEN

SPEC = GOLDEN / "streams" / "spec.yaml"


def _paging(**config: object) -> dict[str, object]:
    api, diagnostics = lower(load(SPEC), ClientConfig(spec=SPEC, output=Path("out"), package="p", **config))  # type: ignore[arg-type]
    assert not [d for d in diagnostics if d.code == "config-pagination"], diagnostics
    return {op.py_name: op.pagination for op in api.operations}


def test_each_scheme_is_detected_with_its_reason() -> None:
    found = {name: (p.scheme, p.reason) for name, p in _paging().items() if p is not None}
    assert found == {
        "list_charges": ("has_more", "'has_more' and the 'starting_after' parameter"),
        "list_files": ("cursor", "the 'marker' parameter and 'next_marker'"),
        "list_rooms": ("next_url", "'meta.next_page_url' gives the next page's URL"),
        "list_users": ("offset", "the 'startIndex' parameter and 'totalResults'"),
        "list_tags": ("page", "the 'page' parameter and 'total_pages'"),
        "list_commits": ("link", "a declared 'Link' response header"),
    }


def test_paths_are_python_names() -> None:
    users = _paging()["list_users"]
    assert users is not None
    assert (users.items, users.param, users.total, users.start) == (("resources",), "start_index", ("total_results",), 1)
    rooms = _paging()["list_rooms"]
    assert rooms is not None and ("PageToken", "page_token") in rooms.query


def test_configuration_overrides_and_turns_off() -> None:
    found = _paging(paginate=True, pagination=(
        ("GET /tags", ()),
        ("GET /files", (("items", "entries"), ("next", "next_marker"), ("param", "limit"), ("scheme", "cursor"))),
    ))
    assert found["list_tags"] is None
    files = found["list_files"]
    assert files is not None and (files.param, files.reason) == ("limit", "configured")
    assert all(p is None for p in _paging(paginate=False).values())


def test_a_configured_field_that_does_not_exist_is_reported() -> None:
    _, diagnostics = lower(load(SPEC), ClientConfig(spec=SPEC, output=Path("o"), package="p", pagination=(
        ("GET /files", (("next", "nope"), ("scheme", "cursor"))), ("GET /nowhere", (("scheme", "page"),)))))
    messages = [d.message for d in diagnostics if d.code == "config-pagination"]
    assert any("no field 'nope'" in m for m in messages)
    assert any("matches no operation" in m for m in messages)


@pytest.mark.parametrize("entry", [{"scheme": "spiral"}, {"scheme": "page", "colour": "red"}, "yes"])
def test_bad_configuration_is_a_located_error(entry: object, tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        client_from_mapping({"spec": "s.yaml", "output": "o", "package": "p", "pagination": {"GET /a": entry}},
                            root=tmp_path, where="pyproject.toml")
    assert "pagination['GET /a'] must be false or a table" in caught.value.diagnostics[0].message
