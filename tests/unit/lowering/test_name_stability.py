"""Names do not churn when unrelated parts of a spec grow: every old class and module keeps its name."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.config import ClientConfig
from generator.pipeline import build
from tests.golden_cases import GOLDEN


def _names(spec: dict[str, object], tmp: Path, name: str) -> dict[str, str]:
    path = tmp / f"{name}.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    result = build(ClientConfig(spec=path, output=tmp / name, package="client"))
    assert result.ok and result.api is not None
    api = result.api
    names = {d.name: d.module for d in (*api.models, *api.enums, *api.aliases)}
    names.update({f"op:{op.py_name}": op.group for op in api.operations})
    return names


@pytest.mark.slow
def test_adding_schemas_and_operations_elsewhere_keeps_names(tmp_path: Path) -> None:
    spec = yaml.safe_load((GOLDEN / "schemas_30" / "spec.yaml").read_text(encoding="utf-8"))
    before = _names(spec, tmp_path, "before")
    inline = {"type": "object", "properties": {"x": {"type": "string"}}}
    grown = dict(spec)
    grown["paths"] = {
        "/aaa": {"get": {"responses": {"200": {"description": "new", "content": {
            "application/json": {"schema": inline}}}}}},
        **spec["paths"],
    }
    grown["components"] = {"schemas": {
        "AaaNew": {"type": "object", "properties": {"shape": inline, "size": {"type": "string", "enum": ["a"]}}},
        **spec["components"]["schemas"],
    }}
    after = _names(grown, tmp_path, "after")
    assert {k: after.get(k) for k in before} == before
    assert len(after) > len(before)
