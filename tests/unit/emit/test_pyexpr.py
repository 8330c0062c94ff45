"""Decode expressions built for literal sources (example values) are decided at generation time."""

from __future__ import annotations

import warnings

from generator import ir
from generator.emit.pyexpr import Needs, decode
from generator.emit.pysource import literal

NULLABLE_DATETIME = ir.Nullable(inner=ir.Primitive(kind="datetime"))


def test_nullable_decode_of_a_literal_has_no_runtime_none_check() -> None:
    source = decode(NULLABLE_DATETIME, literal("2026-01-01T00:00:00Z"), Needs())
    assert source == '_rt.parse_datetime("2026-01-01T00:00:00Z")'
    assert decode(NULLABLE_DATETIME, literal(None), Needs()) == "None"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        compile(source, "<expr>", "eval")


def test_nullable_decode_of_a_variable_checks_for_none() -> None:
    assert decode(NULLABLE_DATETIME, 'data["at"]', Needs()) == '_rt.null(data["at"], _rt.parse_datetime)'


def test_scalars_are_checked_unless_checks_are_off() -> None:
    assert decode(ir.Primitive(kind="str"), "v", Needs()) == "_rt.string(v)"
    assert decode(ir.ListOf(item=ir.Primitive(kind="int")), "v", Needs()) == "_rt.list_of(v, _rt.integer)"
    assert decode(ir.ListOf(item=ir.Primitive(kind="int")), "v", Needs(checks=False)) == "v"
    assert decode(ir.MapOf(value=ir.AnyType()), "v", Needs()) == "_rt.json_object(v)"


def test_split_union_ignores_brackets_and_bars_inside_literal_values() -> None:
    from generator.compat.apidiff import split_union as surface_members
    from generator.emit.pyexpr import split_union

    text = "_t.Literal['a] | b'] | list[int | str] | None"
    assert split_union(text) == ["_t.Literal['a] | b']", "list[int | str]", "None"]
    assert surface_members("_t.Literal['x', 'y|z'] | int") == ["_t.Literal['x']", "_t.Literal['y|z']", "int"]
