"""The emitter's black layouts: black must leave them exactly as written (so it formats in one pass)."""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator.emit.pysource import docstring_block, docstring_body
from generator.output import format as fmt
from generator.render import layout
from generator.render.layout import (
    assign_call,
    import_line,
    paging_layout,
    param_line,
    returns_layout,
    statement,
    wrap,
)

LONG = "VeryLongModelNameForTestingTheLayoutOfSignatures"


def _no_black(statement: str, indent: int = 0) -> str:
    raise AssertionError(f"black_layout asked about {statement!r}")


def _stable(source: str) -> None:
    assert black.format_str(source, mode=fmt.mode()) == source


@pytest.mark.parametrize("text", [
    "One line.", "First.\n\nSecond paragraph\n  indented more.", "  leading space\nnext", "x\n\n\n", "",
    'quote " and backslash \\ end\\', "a\n  b\n    c",
])
def test_docstring_blocks_are_black_stable(text: str) -> None:
    block = docstring_block(docstring_body(text) or "Fallback.", 4)
    _stable(f"def f() -> None:\n    {block}\n")


@pytest.mark.parametrize("items", [["*", "a: int"], ["*", f"first: {LONG}", f"second: {LONG} | None = None"],
                                   ["*", *(f"p{i}: {LONG} | str | int | None = None" for i in range(3))]])
def test_signatures_are_black_stable(items: list[str]) -> None:
    _stable(wrap("def _parts(", items, ") -> int:", 0, params=True) + "\n    return 1\n")


def test_calls_imports_returns_and_statements_are_black_stable() -> None:
    call = wrap("return g(", [f"argument_{i}=argument_{i}" for i in range(6)], ")", 4)
    _stable(f"def f() -> None:\n    {call}\n")
    _stable(import_line(".module_with_a_rather_long_name", f"{LONG}Extra as {LONG}Extra", 0) + "\n")
    ret = returns_layout(" | ".join(f"{LONG}{i}" for i in range(4)))
    _stable(f"def f(\n    a: int,\n) -> {ret}:\n    pass\n")
    expr = f'(None if data["x"] is None else {LONG}.from_dict(data["x"])) if "x" in data else _rt.UNSET'
    _stable(f"f(\n    {statement('long_field_name=', expr, ',', 4)}\n)\n")
    param = param_line(f"field: {LONG} | {LONG[:20]} | str | None = None")
    _stable(f"def f(\n    *,\n    {param}\n) -> None:\n    pass\n")


@pytest.mark.parametrize("func", ["_async_form", "_with_response"])
@pytest.mark.parametrize("second", ["", "Resp", "R" * 40])
def test_assign_call_matches_black(func: str, second: str) -> None:
    """The derived endpoint forms' ``name = func(args)`` lines, over name and argument lengths on
    both sides of every break black makes."""
    for name_len in (10, 60, 80, 83, 85, 86, 88, 95, 97, 99):
        for arg_len in (5, 40, 80, 85, 88, 91, 95, 99):
            args = ["a" * arg_len, *([second] if second else [])]
            expected = black.format_str(f"{'n' * name_len} = {func}({', '.join(args)})\n", mode=fmt.mode())
            assert assign_call("n" * name_len, func, args) + "\n" == expected, (name_len, arg_len)


@pytest.mark.parametrize("parser", ["str", "_rt.parse_bool", "p" * 30])
def test_nested_assign_call_matches_black(parser: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A response header's ``self.name = self._header(headers, "Wire-Name", parser)`` inside a
    method (indent 8), over target and header-name lengths on both sides of every break."""
    monkeypatch.setattr(layout, "black_layout", _no_black)
    for name_len in (10, 40, 60, 70, 75, 78, 80, 84, 88, 91):
        for wire_len in (5, 20, 40, 60, 70, 75, 80, 85, 90):
            name, args = "self." + "n" * name_len, ["headers", '"' + "W" * wire_len + '"', parser]
            source = f"class C:\n    def f(self) -> None:\n        {name} = self._header({', '.join(args)})\n"
            expected = black.format_str(source, mode=fmt.mode())
            got = f"class C:\n    def f(self) -> None:\n        {assign_call(name, 'self._header', args, 8)}\n"
            assert got == expected, (name_len, wire_len)


@pytest.mark.parametrize("query", [0, 1, 3, 8])
def test_paging_constant_matches_black(query: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """``NAME: _rt.Paging[Item] = _rt.Paging(...)`` over constant and item-name lengths on both
    sides of each of black's choices (split the call, wrap the right-hand side in parentheses,
    split the subscript), with no, one and several ``query`` entries; laid out without asking
    black (``black_layout``) for any of them."""
    monkeypatch.setattr(layout, "black_layout", _no_black)
    entries = [f'"Param{i}": "param_{i}"' for i in range(query)]
    for const_len in (10, 30, 50, 62, 70, 76, 82):  # longer: not even ``NAME: _rt.Paging[`` fits
        for item_len in (5, 20, 30, 40, 60, 90):
            args = [("scheme", '"next_url"', []), ("items", '("data",)', []), ("next", '("meta", "next")', [])]
            if query:
                args.append(("query", "{" + ", ".join(entries) + "}", entries))
            const, item = "_" + "C" * const_len, "I" * item_len
            one = f"{const}: _rt.Paging[{item}] = _rt.Paging({', '.join(f'{k}={v}' for k, v, _ in args)})\n"
            assert paging_layout(const, item, args) + "\n" == black.format_str(one, mode=fmt.mode()), (
                const_len, item_len)


def test_black_layouts_are_kept_for_the_next_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.render import layout

    statement = "x = some_function(" + ", ".join(f"argument_{i}" for i in range(12)) + ")"
    layout._black_layout.cache_clear()
    layout.keep_layouts(tmp_path, "out")
    first = layout.black_layout(statement, 4)
    layout.save_layouts()
    layout._black_layout.cache_clear()

    def no_black(statement: str, indent: int = 0) -> str:
        raise AssertionError("black asked again")

    monkeypatch.setattr(layout, "_black_layout", no_black)
    layout.keep_layouts(tmp_path, "out")
    try:
        assert layout.black_layout(statement, 4) == first  # from the cache folder
    finally:
        layout.save_layouts()
    layout.keep_layouts(tmp_path, "elsewhere")  # another output folder keeps its own
    try:
        with pytest.raises(AssertionError):
            layout.black_layout(statement, 4)
    finally:
        layout.save_layouts()


def test_a_layout_this_process_knows_is_kept_for_another_folder(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.render import layout

    statement = "y = other_function(" + ", ".join(f"value_{i}" for i in range(12)) + ")"
    for scope in ("first", "second"):  # the second run is answered from this process's memory
        layout.keep_layouts(tmp_path, scope)
        try:
            first = layout.black_layout(statement, 4)
        finally:
            layout.save_layouts()

    def no_black(statement: str, indent: int = 0) -> str:
        raise AssertionError("black asked again")

    monkeypatch.setattr(layout, "_black_layout", no_black)
    layout.keep_layouts(tmp_path, "second")
    try:
        assert layout.black_layout(statement, 4) == first  # kept although black was not asked
    finally:
        layout.save_layouts()


@pytest.mark.parametrize("fields", [1, 2, 5, 40])
@pytest.mark.parametrize("name_len", [3, 20])
def test_form_body_arguments_are_black_stable(fields: int, name_len: int) -> None:
    """``**_rt.form_fields(value, {encoding})`` too long for its line: split as a call, its
    encoding mapping as a dict display (a small one kept on one line)."""
    value = "None if isinstance(body, _rt.Unset) else body.to_dict(request=True)"
    entries = [f'"{"p" * name_len}{i}": _rt.Encoding(style="deepObject", explode=True)' for i in range(fields)]
    encoding = "{" + ", ".join(entries) + "}"
    item = f"**_rt.form_fields({value}, {encoding})"
    splits = {item: layout.Split("**_rt.form_fields(", [value, encoding], ")",
                                 {encoding: layout.Split("{", entries, "}")})}
    parts = wrap("parts = _rt.RequestParts(", ["path={'id': id}".replace("'", '"'), item], ")", 4, splits=splits)
    _stable(f"def f() -> None:\n    {parts}\n")


@pytest.mark.parametrize("length", [10, 80, 200])
@pytest.mark.parametrize("indent", [4, 8])
def test_a_call_with_one_long_string_is_black_stable(length: int, indent: int) -> None:
    call = layout.call_with_atom("_rt.warn_deprecated", '"' + "w" * length + '"', indent)
    body = "".join("    " * k + "if x:\n" for k in range(1, indent // 4))
    _stable("def f() -> None:\n" + body + " " * indent + call + "\n")
