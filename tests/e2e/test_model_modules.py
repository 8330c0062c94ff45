"""Compact model modules: the runtime helpers they call, and the layouts they are emitted in.

A model's ``from_dict`` / ``to_dict`` call small runtime helpers instead of spelling out a
conditional per field (far less code for black to format). These tests pin what the helpers do
with absent (``UNSET``), null and unknown values, and that the emitted layouts are black's own.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from decimal import Decimal
from typing import Any

import black
import pytest
from reflexdb_client import _runtime as rt
from reflexdb_client.models import Database, DatabaseStatus

from generator import ir
from generator.emit.pyexpr import Call, Needs, field_decode, field_encode
from generator.output import format as fmt
from generator.render.layout import alias_line, bracketed, call_line, field_line
from tests.conftest import GENERATED

LONG = "VeryLongModelNameForTestingTheLayoutOfModelFields"


def _stable(source: str) -> None:
    assert black.format_str(source, mode=fmt.mode()) == source


class Color(rt.OpenStrEnum):
    RED = "red"


@dataclasses.dataclass
class Box:
    size: int

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Box:
        return cls(size=data["size"])

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        return {"size": self.size, "request": request}


def test_present_drops_only_unset() -> None:
    assert rt.present({"a": 1, "b": None, "c": rt.UNSET}) == {"a": 1, "b": None}
    whole = {"a": 1}
    assert rt.present(whole) is whole  # nothing to drop: no copy


def test_opt_and_opt_null_pass_absent_and_null_through() -> None:
    data: dict[str, Any] = {"box": {"size": 2}, "none": None}
    assert rt.opt(data.get, "missing", Box.from_dict) is rt.UNSET
    assert rt.opt(data.get, "box", Box.from_dict) == Box(2)
    assert rt.opt_null(data.get, "none", Box.from_dict) is None
    with pytest.raises(TypeError):  # null where the schema does not allow it is not hidden
        rt.opt(data.get, "none", Box.from_dict)
    rest = dict(data)
    assert rt.opt_null(rest.pop, "box", Box.from_dict) == Box(2)
    assert rest == {"none": None}  # popped: what remains are the additional properties
    assert rt.null(None, Box.from_dict) is None
    assert rt.null({"size": 3}, Box.from_dict) == Box(3)


def test_enum_list_and_union_helpers() -> None:
    assert rt.str_enum("red", Color) is Color.RED
    blue = rt.str_enum("blue", Color)  # open enum: an unknown value is a member made on demand
    assert isinstance(blue, Color) and blue == "blue" and blue.value == "blue" and not blue.is_known
    assert Color.RED.is_known and list(Color) == [Color.RED]  # the class does not grow
    with pytest.raises(rt.DecodeError):
        rt.str_enum(5, Color)
    assert rt.list_of(["red", "x"], rt.str_enum, Color) == [Color.RED, "x"]
    with pytest.raises(rt.DecodeError) as info:
        rt.list_of(["red", 7], rt.str_enum, Color)
    assert info.value.path == [1]
    assert rt.map_of({"k": {"size": 1}}, Box.from_dict) == {"k": Box(1)}
    assert rt.str_or("box_123", Box.from_dict) == "box_123"
    assert rt.str_or({"size": 4}, Box.from_dict) == Box(4)
    with pytest.raises(rt.DecodeError):
        rt.str_or(7, Box.from_dict)
    variants = (("str", rt.str_enum, Color), ("object", Box.from_dict))
    assert rt.union_of("red", variants) is Color.RED
    assert rt.union_of({"size": 5}, variants) == Box(5)
    with pytest.raises(rt.DecodeError):
        rt.union_of(1.5, variants)
    tagged = rt.tagged_of({"kind": "box", "size": 6}, "kind", {"box": Box.from_dict}, variants)
    assert tagged == Box(6)


def test_encoders_keep_unset_and_none() -> None:
    for encode in (rt.enum_json, rt.datetime_json):
        assert encode(rt.UNSET) is rt.UNSET
        assert encode(None) is None
    assert rt.enum_json(Color.RED) == "red"
    assert rt.enum_json("other") == "other"
    assert rt.model_json(Box(1), True) == {"size": 1, "request": True}
    assert rt.model_json(rt.UNSET, False) is rt.UNSET
    assert rt.models_json([Box(1)], False) == [{"size": 1, "request": False}]
    assert rt.json_value(rt.UNSET, False) is rt.UNSET
    assert rt.json_value([Color.RED], False) == ["red"]
    assert rt.enums_json([Color.RED, "new"]) == ["red", "new"]
    assert rt.json_of(rt.UNSET, str) is rt.UNSET
    assert rt.json_of(None, str) is None
    assert rt.json_of(Decimal("1.50"), str) == "1.50"
    assert rt.parse_decimal(0.1) == Decimal("0.1")


def test_generated_model_round_trip_keeps_absent_null_and_unknown() -> None:
    payload = {
        "id": "0b7e8f4c-3c1e-4c61-9b1a-6f6b8c7d9e0f", "customerId": "0b7e8f4c-3c1e-4c61-9b1a-6f6b8c7d9e0f",
        "connectionId": "0b7e8f4c-3c1e-4c61-9b1a-6f6b8c7d9e0f", "name": "n", "mysqlDb": "db",
        "syncMode": "poll", "syncInterval": 60, "taskCpu": 256, "taskMemoryMb": 512, "logLevel": "info",
        "status": "brand-new-status", "instanceSize": "nano", "region": "eu", "lastError": None,
        "somethingNew": {"x": 1},
    }
    db = Database.from_dict(payload)
    assert db.last_error is None and db.endpoint_url is rt.UNSET
    assert db.status == "brand-new-status" and isinstance(db.status, DatabaseStatus)
    assert not db.status.is_known
    assert db.additional_properties == {"somethingNew": {"x": 1}}
    assert db.to_dict() == payload
    with pytest.raises(rt.DecodeError) as info:
        Database.from_dict({k: v for k, v in payload.items() if k != "name"})
    assert info.value.path == ["name"] and "missing" in str(info.value)


def _field(t: ir.TypeExpr, optional: bool) -> str:
    needs = Needs()
    out = field_decode(t, '"k"', optional, needs)
    return out.source() if isinstance(out, Call) else out


def test_field_decoders_read_each_property_once() -> None:
    model = ir.ModelRef(name="Box")
    assert _field(ir.Primitive(kind="str"), False) == '_rt.string(take("k"))'
    assert _field(ir.Primitive(kind="str"), True) == '_rt.opt(take, "k", _rt.string)'
    assert _field(ir.AnyType(), False) == 'take("k")'
    assert _field(ir.AnyType(), True) == 'take("k", UNSET)'
    assert _field(model, False) == 'Box.from_dict(take("k"))'
    assert _field(ir.Nullable(inner=model), False) == '_rt.null(take("k"), Box.from_dict)'
    assert _field(ir.Nullable(inner=model), True) == '_rt.opt_null(take, "k", Box.from_dict)'
    union = ir.UnionOf(variants=(ir.Primitive(kind="str"), model))
    assert _field(union, True) == '_rt.opt(take, "k", _rt.str_or, Box.from_dict)'
    nested = ir.ListOf(item=ir.ListOf(item=model))
    assert _field(nested, True) == '_rt.opt(take, "k", _rt.list_of, _rt.list_of, Box.from_dict)'
    decimals = ir.Nullable(inner=ir.ListOf(item=ir.Primitive(kind="decimal")))
    assert _field(decimals, False) == '_rt.null(take("k"), _rt.list_of, _rt.parse_decimal)'


def test_field_encoders_pass_unset_through() -> None:
    needs = Needs()
    model = ir.ModelRef(name="Box")
    assert field_encode(ir.Primitive(kind="str"), "self.x", True, needs) == "self.x"
    required = field_encode(model, "self.x", False, needs)
    assert isinstance(required, Call) and required.source() == "self.x.to_dict(request=request)"
    optional = field_encode(model, "self.x", True, needs)
    assert isinstance(optional, Call) and optional.source() == "_rt.model_json(self.x, request)"


@pytest.mark.parametrize("ann", [
    "str | None | Unset",
    f"{LONG} | str | Unset",
    f"list[{LONG}Item | str] | Unset",
    f"list[{LONG}] | {LONG}Other | str | Unset",
    f"{LONG}{LONG} | {LONG}Other | str | Unset",  # a member longer than the line on its own
])
@pytest.mark.parametrize("default", [None, "UNSET"])
def test_field_lines_are_black_stable(ann: str, default: str | None) -> None:
    _stable(f"class A:\n    {field_line('some_field_name', ann, default)}\n")


@pytest.mark.parametrize("ann", ["A | B", f"{LONG} | {LONG}2", f"{LONG} | {LONG}2 | {LONG}3"])
def test_alias_lines_are_black_stable(ann: str) -> None:
    _stable(alias_line("SomeAliasName", ann) + "\n")


def test_helper_calls_are_black_stable() -> None:
    variants = "(" + ", ".join(f'("object", {LONG}{i}.from_dict)' for i in range(3)) + ")"
    long_enum = f'("str", _rt.str_enum, {LONG}{LONG[:20]})'
    for args in (["take", '"k"', "X.from_dict"], ["take", '"key"', "_rt.union_of", variants],
                 ["take", '"key"', "_rt.union_of", f"({long_enum}, (\"number\", float))"],
                 ["take", '"key"', "_rt.tagged_of", '"kind"', f'{{"a": {LONG}.from_dict, "b": {LONG}B.from_dict}}',
                  variants]):
        line = call_line("field_name=", Call("_rt.opt", tuple(args)), ",", 12)
        _stable(f"def f():\n    if x:\n        return cls(\n            {line}\n        )\n")
    _stable("x = " + bracketed("f(", ["a", "b"], ")", 0, atom=False) + "\n")


_LOADED_MODELS = """
import json, sys
def loaded():
    return sorted(m.rpartition(".")[2] for m in sys.modules if m.startswith("reflexdb_client.models."))
from reflexdb_client.models import BuildHistory
before = loaded()
BuildHistory.from_dict({"builds": [], "activeBuildId": None})
print(json.dumps([before, loaded()]))
"""


def test_importing_a_model_loads_no_other_model_until_it_decodes() -> None:
    """Each model reaches the models it refers to through the package's lazy index: importing
    one loads only its own module (and its enums); its first decode loads what it decodes."""
    out = subprocess.run([sys.executable, "-c", _LOADED_MODELS], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(GENERATED)})
    before, after = json.loads(out.stdout)
    assert before == ["build_history"]
    assert "build_summary" in after and "database" not in after
