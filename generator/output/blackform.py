"""Telling, mostly without black, that a rendered file is already exactly as black writes it.

black parses and lays out every token (about 20 µs each), though nearly every rendered line is
already in its form. A statement is *settled* when black prints it unchanged whatever surrounds it:
one line whose tokens are spaced and spelled as black writes them (blackspacing.py) and that fits;
a docstring as black normalises it, any other string statement; or a statement over several lines
laid out as black's splits lay it out (blacksplits.py).

``skeleton`` replaces settled statements by short stand-ins of the same kind, and a run of settled
plain statements (or imports) at one indentation by a single one where black keeps the blank lines
between them: black's blank-line rules, docstring detection and stub bodies look only at a line's
kind (def, class, decorator, import, block opener, docstring, plain) and depth, and at the blank
lines the stand-in keeps. black then formats the skeleton, which checks everything not decided
here. When black leaves the skeleton unchanged it leaves the file unchanged; otherwise the caller
formats the whole file. A wrong "not settled" costs time; a wrong "settled" would change the bytes
written, so every doubt is a "not settled" (tests/unit/output/test_blackform.py and
tests/fuzz/test_blackform.py check against black).
"""

from __future__ import annotations

import tokenize
from collections.abc import Iterable, Sequence

from generator.output.blackmode import LINE_LENGTH
from generator.output.blackspacing import (
    NAME,
    OP,
    SOFT_KEYWORDS,
    STRING,
    docstring_settled,
    spaced_as_black,
    string_settled,
)
from generator.output.blacksplits import multiline_kind
from generator.output.statements import Statement, Unscannable, scan, statements

# The black releases whose stable style blackspacing.py and blacksplits.py replay (black keeps a
# calendar year's stable style unchanged; pyproject.toml allows only that year's releases).
BLACK_SERIES = "26."
# A header line's stand-in, by its first word; other compound statements are left to black.
_HEADER_STAND_INS = {
    "def": "def _():",
    "class": "class _:",
    "if": "if _:",
    "elif": "elif _:",
    "while": "while _:",
    "for": "for _ in _:",
    "with": "with _:",
    "except": "except _:",
}
_COMPOUND = frozenset(_HEADER_STAND_INS) | {"else", "try", "finally", "async", "match", "case"}
# Statements whose first word makes black treat the line, or the lines around it, specially.
_KEPT_FIRST = frozenset({"global", "nonlocal", "del", "assert", "..."})
_PLAIN, _IMPORT, _DOCSTRING, _ASYNC_DEF = "_ = 0", "import _", '"""_"""', "async def _():"
_MULTILINE_STAND_INS = {"plain": _PLAIN, "import": _IMPORT, "def": _HEADER_STAND_INS["def"], "async def": _ASYNC_DEF}


def skeleton(text: str) -> str | None:
    """``text`` with settled statements replaced by stand-ins, or None when none is settled or the
    text has something this module does not reason about (tabs, form feeds, carriage returns,
    backslash continuations, ``fmt:``/``yapf:`` directives, text the tokenizer rejects)."""
    if "\t" in text or "\r" in text or "\f" in text or "\\\n" in text or "fmt:" in text or "yapf:" in text:
        return None
    try:
        try:
            settled = _settled_statements(scan(text))
        except Unscannable:
            settled = _settled_statements(statements(text))
    except (tokenize.TokenError, SyntaxError):
        return None
    if not settled:
        return None
    lines = text.splitlines(keepends=True)
    previous: tuple[int, int, str, str, int] | None = None
    for entry in settled:
        start, end, indent, stand_in, number = entry
        # Between two plain statements (or two imports) at one indentation black keeps the blank
        # lines written, up to 2 at the top level and 1 below: a run of them within those limits
        # shares one stand-in.
        if previous is not None and stand_in in (_PLAIN, _IMPORT) and previous[3] == stand_in \
                and previous[2] == indent and previous[4] + 1 == number \
                and start - previous[1] - 1 <= (1 if indent else 2):
            for row in range(previous[1], start):  # the blank lines between them, and this line
                lines[row] = ""
        else:
            lines[start - 1] = indent + stand_in + "\n"
        for row in range(start, end):
            lines[row] = ""
        previous = entry
    return "".join(lines)


def _settled_statements(read: Iterable[Statement]) -> list[tuple[int, int, str, str, int]]:
    """(first row, last row, indentation, stand-in, statement number) of each settled statement;
    a comment between two statements counts as a statement (it is never part of a run)."""
    settled = []
    for toks, newline, first_in_block, commented, number in read:
        stand_in = None if commented else _settled(toks, newline, first_in_block)
        if stand_in is not None:
            first = toks[0]
            settled.append((first.start[0], toks[-1].end[0], first.line[: first.start[1]], stand_in, number))
    return settled


def _settled(toks: Sequence[tokenize.TokenInfo], newline: tokenize.TokenInfo, first_in_block: bool) -> str | None:
    """The stand-in of a statement black leaves as it is (``newline`` ends it), else None."""
    head, last = toks[0], toks[-1]
    if newline.string != "\n" or newline.start != last.end or head.start[1] % 4:
        return None  # trailing whitespace, no newline at the end of the file, odd indentation
    if head.type == STRING:
        if len(toks) != 1 or head.start[1] % 4:
            return None
        if first_in_block:
            # A docstring: black re-indents and strips it; the stand-in keeps its place, so
            # black still sees a docstring there.
            value = head.string
            return _DOCSTRING if value.startswith('"""') and docstring_settled(value, head.start[1] // 4) \
                else None
        # Any other string statement is only normalised.
        return _PLAIN if string_settled(head.string) else None
    physical = newline.line
    if last.end[0] != head.start[0]:
        kind = multiline_kind(toks)
        return None if kind is None else _MULTILINE_STAND_INS[kind]
    if len(toks) < 3 or not physical.isascii() or len(physical) > LINE_LENGTH + 1 \
            or physical[last.end[1]:] != "\n":
        return None
    first = head.string
    if first in ("import", "from"):
        return _IMPORT if _import_as_black(toks) else None
    if first == "@":
        return "@_" if toks[1].start[1] == head.end[1] and spaced_as_black(toks[1:], False) else None
    if first in _KEPT_FIRST or first in SOFT_KEYWORDS:
        return None
    header = first in _COMPOUND
    if header:
        stand_in = _HEADER_STAND_INS.get(first)
        if first == "async" and toks[1].string == "def":
            stand_in = _ASYNC_DEF
        if stand_in is None or (first == "class" and toks[2].string == "(" and toks[3].string == ")"):
            return None
    else:
        stand_in = _PLAIN
    return stand_in if spaced_as_black(toks, header) else None


def _import_as_black(toks: Sequence[tokenize.TokenInfo]) -> bool:
    """Is this one-line ``import``/``from ... import`` written as black writes it (no
    parentheses, which black removes from a line that fits; one space around each word)?"""
    words: list[str] = []
    part: list[str] = []  # a dotted name, written without spaces
    for tok in toks:
        kind, s = tok.type, tok.string
        if kind == NAME and s in ("import", "from", "as"):
            if part:
                words.append("".join(part))
                part = []
            words.append(s)
        elif kind == NAME or kind == OP and s in (".", "...", "*"):
            part.append(s)
        elif kind == OP and s == ",":
            if not part:
                return False
            words.append("".join(part) + ",")
            part = []
        else:
            return False
    if not part:
        return False
    words.append("".join(part))
    return toks[0].line[toks[0].start[1]:toks[-1].end[1]] == " ".join(words)


