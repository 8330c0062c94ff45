"""Untagged operations are grouped by their path's first meaningful segment, stably."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.config import ClientConfig
from generator.lowering.lower import lower
from generator.lowering.operations import path_group
from generator.spec.bundle import load


@pytest.mark.parametrize(("path", "group"), [
    ("/v1/customers/{customer}/sources", "customers"), ("/api/v2/pets", "pets"), ("/V3.1/orders", "orders"),
    ("/rest/api/2/issue/{id}", "issue"), ("/{tenant}/users", "users"), ("/", ""), ("/{id}", ""),
    ("/v1", ""), ("/-/", ""), ("/apis.json", "apis.json"), ("/users.v1/x", "users.v1"),
])
def test_path_group(path: str, group: str) -> None:
    assert path_group(path) == group


def _op(op_id: str, tags: list[str] | None = None) -> dict[str, object]:
    op: dict[str, object] = {"operationId": op_id, "responses": {"204": {"description": "none"}}}
    if tags:
        op["tags"] = tags
    return op


def _groups(tmp_path: Path, paths: dict[str, object]) -> dict[str, str]:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths}))
    config = ClientConfig(spec=spec, output=tmp_path / "out", package="pkg")
    api, _ = lower(load(spec, config.limits), config)
    return {op.py_name: op.group for op in api.operations}


BASE: dict[str, object] = {
    "/v1/charges": {"get": _op("list_charges"), "post": _op("create_charge")},
    "/v1/charges/{charge}": {"get": _op("get_charge")},
    "/v1/customers/{customer}": {"delete": _op("delete_customer")},
    "/v1/{anything}": {"get": _op("get_anything")},
    "/v1/pets": {"get": _op("list_pets", ["Pets"])},
}


def test_untagged_operations_are_grouped_by_path_segment(tmp_path: Path) -> None:
    assert _groups(tmp_path, BASE) == {
        "list_charges": "charges", "create_charge": "charges", "get_charge": "charges",
        "delete_customer": "customers", "get_anything": "default", "list_pets": "pets",
    }


def test_adding_an_unrelated_operation_moves_no_other(tmp_path: Path) -> None:
    before = _groups(tmp_path, BASE)
    more = {"/v0/aardvarks": {"get": _op("list_aardvarks")}, **BASE, "/v1/zebras": {"get": _op("list_zebras")},
            "/": {"get": _op("root")}}
    after = _groups(tmp_path, more)
    assert {k: after[k] for k in before} == before
    assert (after["list_aardvarks"], after["list_zebras"], after["root"]) == ("aardvarks", "zebras", "default")
