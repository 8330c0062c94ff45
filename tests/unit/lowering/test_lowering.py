"""Lowering decisions visible to users: names, nullability, warnings."""

from __future__ import annotations

import dataclasses
import importlib
import typing
from pathlib import Path

from generator.config import ClientConfig
from generator.pipeline import build

SPEC_NO_IDS = """
openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /items/{itemId}/parts:
    parameters:
      - {name: itemId, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '204': {description: none}
    post:
      responses:
        '204': {description: none}
"""


def _build(tmp_path: Path, text: str) -> object:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text)
    return build(ClientConfig(spec=spec, output=tmp_path / "out", package="pkg"))


def test_operations_without_operation_id_get_stable_names_and_a_located_warning(tmp_path: Path) -> None:
    result = _build(tmp_path, SPEC_NO_IDS)
    assert result.ok  # type: ignore[attr-defined]
    names = [op.py_name for op in result.api.operations]  # type: ignore[attr-defined]
    assert names == ["get_items_by_item_id_parts", "post_items_by_item_id_parts"]
    warnings = [d for d in result.diagnostics if d.code == "operation-id-missing"]  # type: ignore[attr-defined]
    assert [(w.severity, w.pointer, w.line) for w in warnings] == [
        ("warning", "/paths/~1items~1{itemId}~1parts/get", 8),
        ("warning", "/paths/~1items~1{itemId}~1parts/post", 11),
    ]
    assert all(w.render().startswith(f"{tmp_path / 'spec.yaml'}:") for w in warnings)


def test_nullable_and_optional_stay_distinct_in_the_reflexdb_client() -> None:
    from reflexdb_client._runtime import Unset
    from reflexdb_client.models import BuildHistory, CreatedManagementKey

    # A model names the other models for type checkers only (it imports them on first decode):
    # the package's lazy index resolves them.
    models = importlib.import_module("reflexdb_client.models")
    hints = typing.get_type_hints(BuildHistory, globalns=vars(importlib.import_module(BuildHistory.__module__)),
                                  localns={name: getattr(models, name) for name in models.__all__})
    assert type(None) in typing.get_args(hints["active_build_id"])  # required and nullable
    assert Unset not in typing.get_args(hints["active_build_id"])
    fields = {f.name: f for f in dataclasses.fields(CreatedManagementKey)}
    assert fields["revoked_at"].default is not dataclasses.MISSING  # optional: defaults to UNSET
    assert fields["created_at"].default is dataclasses.MISSING  # required
    decoded = BuildHistory.from_dict({"builds": [], "activeBuildId": None})
    assert decoded.active_build_id is None and decoded.to_dict() == {"builds": [], "activeBuildId": None}
    assert CreatedManagementKey.__doc__ and "raw key shown once" in CreatedManagementKey.__doc__


SPEC_BAD_HEADER = """
openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - {name: header param, in: header, schema: {type: string}}
        - {name: X-Fine, in: header, schema: {type: string}}
      responses:
        '204': {description: none}
"""


def test_a_header_parameter_whose_name_is_no_http_token_gets_a_located_warning(tmp_path: Path) -> None:
    # openapi-python-client's baseline spec has a header named "header param": nothing can send it.
    result = _build(tmp_path, SPEC_BAD_HEADER)
    assert result.ok  # type: ignore[attr-defined]
    warnings = [d for d in result.diagnostics if d.code == "header-name-not-token"]  # type: ignore[attr-defined]
    assert [(w.pointer, w.line) for w in warnings] == [("/paths/~1things/get/parameters/0/name", 9)]
    assert "'header param' is not an HTTP token" in warnings[0].message
