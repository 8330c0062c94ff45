"""The statements of a rendered file: its tokens, grouped by logical line (blackform.py reads them).

``tokenize`` (a Python loop over regular expressions, one physical line at a time) was half the
cost of telling that a file is in black's form. ``scan`` reads the same tokens in one pass of one
regular expression over the whole text, built from ``tokenize``'s own patterns (``Number``,
``Special``, ``StringPrefix``), and yields the same ``TokenInfo`` values: types, strings, positions
and lines. It does so only for text it reads exactly as ``tokenize`` does, the text the renderer
writes; on anything else (a character it has no pattern for, an unterminated string, a backslash
continuation, an inconsistent dedent, unbalanced brackets, a missing final newline) it raises
``Unscannable`` and the caller reads the text again with ``statements``, which is ``tokenize``
itself. It yields as it reads, so a large file's tokens are never all held at once.
tests/unit/output/test_statements.py checks that both agree on every file generated from the corpus
and on fuzzed text.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterator
from typing import NamedTuple

NAME, NUMBER, STRING, OP, NEWLINE = tokenize.NAME, tokenize.NUMBER, tokenize.STRING, tokenize.OP, tokenize.NEWLINE
TokenInfo = tokenize.TokenInfo


class Statement(NamedTuple):
    """One logical line of a file."""

    tokens: list[tokenize.TokenInfo]  # its names, numbers, strings and operators
    newline: tokenize.TokenInfo  # the NEWLINE token that ends it
    first_in_block: bool  # first statement of its block or of the file (a docstring's place)
    commented: bool  # a comment on one of its lines
    number: int  # its place in the file; a standalone comment takes a number too


def statements(text: str) -> Iterator[Statement]:
    """The statements of ``text``, in order, read by ``tokenize`` (its errors propagate)."""
    tokens: list[tokenize.TokenInfo] = []
    commented = False
    opens_block = True
    number = 0
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        kind = tok.type
        if kind == NEWLINE:
            if tokens:
                yield Statement(tokens, tok, opens_block, commented, number)
            opens_block = bool(tokens) and tokens[-1].string == ":"
            tokens = []
            commented = False
            number += 1
        elif kind == tokenize.COMMENT:
            if tokens:
                commented = True
            else:
                number += 1
        elif kind in (NAME, NUMBER, STRING, OP):
            tokens.append(tok)
        elif kind == tokenize.ERRORTOKEN:
            raise tokenize.TokenError("unexpected character", tok.start)


# One token per match, with the spaces before it, tried in an order that reads what tokenize reads:
# a name (never a string's prefix: it fails when a quote follows), an operator (not a dot that starts
# a number, which tokenize tries first), a newline, a triple-quoted string before a single-quoted
# one, a number, a comment. A string matches only when terminated (a single-quoted one on its line);
# a backslash never escapes a newline in text that is scanned. A string's body is read possessively:
# with backtracking, re keeps a frame per character of it (230 MB for a 1.4 MB string).
_PREFIX = tokenize.StringPrefix
_TOKEN = re.compile(
    r" *+(?:(?P<name>[^\W\d]\w*+)(?![\"'])"
    r"|(?P<op>(?!\.[0-9])" + tokenize.Special + r")"
    r"|(?P<nl>\n)"
    r"|(?P<string3>" + _PREFIX + r'(?:"""(?:[^"\\]++|\\[^\n]|"(?!""))*+"""' + r"|'''(?:[^'\\]++|\\[^\n]|'(?!''))*+'''))"
    r"|(?P<string>" + _PREFIX + r'(?:"(?:[^"\\\n]++|\\[^\n])*+"' + r"|'(?:[^'\\\n]++|\\[^\n])*+'))"
    r"|(?P<number>" + tokenize.Number + r")"
    r"|(?P<comment>#[^\n]*))"
)
_NEW = tuple.__new__  # a TokenInfo from its five fields, without the namedtuple's Python __new__
_OPENING, _CLOSING = frozenset("([{"), frozenset(")]}")


class Unscannable(Exception):
    """Raised by ``scan`` where it cannot vouch for reading the text as ``tokenize`` does."""


def scan(text: str) -> Iterator[Statement]:
    """The statements of ``text`` as ``statements`` reads them; ``Unscannable`` where this scanner
    cannot vouch for reading them the same way (the caller reads the whole text again)."""
    if not text.endswith("\n") or "\r" in text or "\\\n" in text:
        raise Unscannable("text outside the scanner's reach")
    tokens: list[tokenize.TokenInfo] = []
    append = tokens.append
    commented = False
    opens_block = True
    number = 0
    depth = 0
    indents = [0]
    row, line_start, pos = 1, 0, 0
    line = text[: text.find("\n") + 1]
    match = _TOKEN.match
    size = len(text)
    while pos < size:
        m = match(text, pos)
        if m is None:
            raise Unscannable("a character with no pattern here")  # tokenize: an error token
        pos = m.end()
        kind = m.lastgroup or ""  # every alternative is a named group
        if kind == "nl":
            if depth == 0 and tokens:
                col = pos - 1 - line_start
                yield Statement(tokens, _NEW(TokenInfo, (NEWLINE, "\n", (row, col), (row, col + 1), line)),
                                opens_block, commented, number)
                opens_block = tokens[-1].string == ":"
                tokens = []
                append = tokens.append
                commented = False
                number += 1
            row += 1
            line_start = pos
            line = text[pos : text.find("\n", pos) + 1]
            continue
        value = m[kind]
        width = len(value)
        col = pos - width - line_start
        if not tokens and depth == 0 and kind != "comment" and not _indented(indents, col):
            raise Unscannable("a dedent to no outer indentation level")
        if kind == "name":
            if not value.isascii():
                raise Unscannable("a non-ASCII name")
            code = NAME
        elif kind == "op":
            code = OP
            if value in _OPENING:
                depth += 1
            elif value in _CLOSING:
                depth -= 1
                if depth < 0:
                    raise Unscannable("an unopened bracket")
        elif kind == "comment":
            if tokens:
                commented = True
            else:
                number += 1
            continue
        elif kind == "string3":
            rows = value.count("\n")
            if rows:  # its line is every physical line it spans; the lines after it are its last
                end_of_line = text.find("\n", pos) + 1
                physical = text[line_start:end_of_line]
                line_start = pos - width + value.rfind("\n") + 1
                line = text[line_start:end_of_line]
                append(_NEW(TokenInfo, (STRING, value, (row, col), (row + rows, pos - line_start), physical)))
                row += rows
                continue
            code = STRING
        elif kind == "string":
            if value.lstrip("bBrRuUfF") == value[-1] * 2 and text.startswith(value[-1], pos):
                raise Unscannable("an unterminated triple-quoted string")
            code = STRING
        else:
            code = NUMBER
        append(_NEW(TokenInfo, (code, value, (row, col), (row, col + width), line)))
    if depth or tokens:
        raise Unscannable("an unclosed bracket or statement at the end")


def _indented(indents: list[int], col: int) -> bool:
    """Track the indentation of a logical line's first token; False where tokenize would raise
    "unindent does not match any outer indentation level"."""
    if col > indents[-1]:
        indents.append(col)
    elif col < indents[-1]:
        while col < indents[-1]:
            indents.pop()
        return col == indents[-1]
    return True
