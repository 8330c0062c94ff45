"""Identifiers and literals: every spec string reaches Python source through these, so test hard."""

from __future__ import annotations

import ast
import io
import keyword
import tokenize

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.emit.pysource import doc_source, docstring_body, literal, toml_string, triple_quoted
from generator.naming import NameTable, all_order, module_name, pascal, snake, upper_snake
from generator.output import format as fmt

NASTY = [
    "", "class", "None", "match", "_", "123", "ｉｆ", "𝐢𝐦𝐩𝐨𝐫𝐭", "Привет", "a-b c.d", "__init__",
    "x\x00y", "\udc80", "'; import os; '", "con", "NUL", "../etc/passwd", "C:\\x",
]


@pytest.mark.parametrize("name", NASTY)
def test_identifiers_are_always_valid_and_never_keywords(name: str) -> None:
    for ident in (snake(name), pascal(name), upper_snake(name)):
        assert ident.isidentifier() and ident.isascii()
        assert not keyword.iskeyword(ident) and not keyword.issoftkeyword(ident)
    file_name = module_name(name)
    assert file_name.isidentifier() and file_name.lower() not in {"con", "nul", "prn", "aux"}


def test_case_conversions() -> None:
    assert snake("createManagementKey") == "create_management_key"
    assert snake("HTTPServerID") == "http_server_id"
    assert pascal("create_management-key body") == "CreateManagementKeyBody"
    assert upper_snake("in-progress") == "IN_PROGRESS"
    assert snake("ｉｆ") == "if_"  # NFKC folds the full-width letters into a keyword


def test_name_table_resolves_collisions_deterministically() -> None:
    table = NameTable({"client"}, casefold=True)
    assert [table.claim(n) for n in ("client", "Pet", "pet", "pet", "v2", "v2")] == [
        "client2", "Pet", "pet2", "pet3", "v2", "v2_2"]


def test_all_order_matches_ruff() -> None:
    names = ["b_func", "Created", "CreateM", "CONST", "Model10", "Model2"]
    assert sorted(names, key=all_order) == ["CONST", "CreateM", "Created", "Model2", "Model10", "b_func"]


@pytest.mark.parametrize("text", [
    'a """ b', "ends with quote\"", "back\\slash\\", "nul\x00 and bell\x07", "\udc80 lone surrogate",
    "f{x} {{y}}", "line\u2028separator", "'''", "\"\"\"; import os; \"\"\"",
])
def test_docstrings_cannot_be_closed_and_keep_the_text(text: str) -> None:
    body = docstring_body(text)
    module = ast.parse(f'def f():\n    """{body}"""\n')
    function = module.body[0]
    assert isinstance(function, ast.FunctionDef) and len(function.body) == 1
    # Lone surrogates become U+FFFD: CPython UTF-8-encodes class docstrings when it creates the class,
    # so a surrogate kept as an escape makes the generated module fail to import (tests/security).
    expected = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    assert ast.get_docstring(function, clean=False) == expected


@pytest.mark.parametrize("value", [
    "x'\"\\\n\r\x00\udc80", 0, -1, 1.5, True, None, [1, "a", {"k": [None]}], {"'": "\"\"\""},
])
def test_literals_round_trip(value: object) -> None:
    assert ast.literal_eval(literal(value)) == value


def test_toml_strings_are_valid_toml() -> None:
    import tomllib

    text = "a\"b\\c\nd\x00\udc80é😀"
    parsed = tomllib.loads(f"k = {toml_string(text)}")["k"]
    assert parsed == text.replace("\udc80", "\ufffd")


_QUOTY = st.text(alphabet=st.sampled_from(["'", '"', "\\", "a", "\n", "\x00", "é", "\u2028"]), max_size=12)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(value=st.one_of(_QUOTY, st.text(max_size=8), _QUOTY.map(lambda s: s.encode("utf-8"))))
def test_string_literals_are_in_blacks_final_form(value: str | bytes) -> None:
    """literal() picks black's quotes, so black leaves the generated line alone (one pass, not two)."""
    source = literal(value)
    assert ast.literal_eval(source) == value
    line = f"x = {source}\n"
    assert black.format_str(line, mode=fmt.mode()) == line


@pytest.mark.parametrize(("value", "shown"), [("a", "'a'"), ("it's", '"it\'s"'), ('say "x"', "'say \"x\"'")])
def test_doc_source_shows_strings_without_quote_escapes(value: str, shown: str) -> None:
    assert doc_source(literal(value)) == shown
    assert doc_source("Colour.RED") == "Colour.RED"


_TRIPLE_TRAPS = st.text(alphabet=st.sampled_from(['"', "'", "\\", "a", "\n", "\r", "\x00", "\x7f", "é", "\u2028",
                                                  "\u200b", "\udc80", "😀"]), max_size=16)


@pytest.mark.slow
@settings(max_examples=500, deadline=None)
@given(value=st.one_of(_TRIPLE_TRAPS, st.text(max_size=12)))
def test_triple_quoted_data_strings_stay_one_string(value: str) -> None:
    """triple_quoted() (large JSON data in testing.py): one string token, the same text back, one
    line (no raw newline or control character), valid UTF-8, and left alone by black."""
    source = triple_quoted(value)
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
              if t.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER)]
    assert [t.type for t in tokens] == [tokenize.STRING]
    assert ast.literal_eval(source) == value
    assert "\n" not in source and "\r" not in source
    source.encode("utf-8")
    line = f"x = {source}\n"
    assert black.format_str(line, mode=fmt.mode()) == line

