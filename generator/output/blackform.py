"""Telling, without black, which lines of a rendered file black would leave exactly as they are.

black parses and lays out every token (about 20 µs each), though nearly every rendered line is
already in its form. A statement is *settled* when black prints it unchanged whatever surrounds it:
one physical line whose tokens are spaced as black spaces them, whose strings and numbers are as
black normalises them, that fits in the line length and holds nothing black rewrites (redundant
parentheses, magic trailing commas, slices, power operators, lambdas, comments, implicit
concatenation...), or a string statement outside a docstring's place.

``skeleton`` replaces settled statements by short stand-ins of the same kind, and a run of settled
plain statements (or imports) at one indentation with no blank line or comment between them by a
single one: black's blank-line rules, docstring detection and stub bodies look only at a line's
kind (def, class, decorator, import, block opener, docstring, plain) and depth, and at the blank
lines the stand-in keeps. black then formats the skeleton, which checks everything not decided
here. When black leaves the skeleton unchanged it leaves the file unchanged; otherwise the caller
formats the whole file. A wrong "not settled" costs time; a wrong "settled" would change the bytes
written, so every doubt is a "not settled" (tests/unit/output/test_blackform.py checks against
black).
"""

from __future__ import annotations

import functools
import io
import keyword
import tokenize
from collections.abc import Sequence
from typing import Any

LINE_LENGTH = 100  # black's line length in format.py's mode

_NAME, _NUMBER, _STRING, _OP = tokenize.NAME, tokenize.NUMBER, tokenize.STRING, tokenize.OP
_ATOM_WORDS = frozenset({"True", "False", "None"})
_KEYWORDS = frozenset(keyword.kwlist) - _ATOM_WORDS
_SOFT_KEYWORDS = frozenset({"match", "case", "type", "_"})
# Words black treats specially wherever they are (parentheses it removes or adds around them).
_REFUSED_WORDS = frozenset({"lambda", "yield", "print", "exec"})
_OPEN = frozenset({"(", "[", "{"})
_CLOSE = frozenset({")", "]", "}"})
_UNARY = frozenset({"-", "+", "~", "*", "**"})
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
_PLAIN, _IMPORT, _DOCSTRING = "_ = 0", "import _", '"""_"""'


def skeleton(text: str) -> str | None:
    """``text`` with settled statements replaced by stand-ins, or None when none is settled or the
    text has something this module does not reason about (tabs, form feeds, carriage returns,
    backslash continuations, ``fmt:``/``yapf:`` directives, text the tokenizer rejects)."""
    if "\t" in text or "\r" in text or "\f" in text or "\\\n" in text or "fmt:" in text or "yapf:" in text:
        return None
    # (first row, last row, indentation, stand-in, statement number) of each settled statement;
    # a comment between two statements counts as a statement (it is never part of a run).
    settled: list[tuple[int, int, str, str, int]] = []
    statement: list[tokenize.TokenInfo] = []
    commented = False
    opens_block = True  # the next statement is first in its block (or in the file)
    number = 0
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            kind = tok.type
            if kind == tokenize.NEWLINE:
                if statement and not commented:
                    stand_in = _settled(statement, tok, opens_block)
                    if stand_in is not None:
                        first = statement[0]
                        settled.append((first.start[0], statement[-1].end[0], first.line[: first.start[1]],
                                        stand_in, number))
                opens_block = bool(statement) and statement[-1].string == ":"
                statement = []
                commented = False
                number += 1
            elif kind == tokenize.COMMENT:
                if statement:
                    commented = True
                else:
                    number += 1
            elif kind in (_NAME, _NUMBER, _STRING, _OP):
                statement.append(tok)
            elif kind == tokenize.ERRORTOKEN:
                return None
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


def _settled(toks: Sequence[tokenize.TokenInfo], newline: tokenize.TokenInfo, first_in_block: bool) -> str | None:
    """The stand-in of a statement black leaves as it is (``newline`` ends it), else None."""
    head, last = toks[0], toks[-1]
    if newline.string != "\n" or newline.start != last.end or head.start[1] % 4:
        return None  # trailing whitespace, no newline at the end of the file, odd indentation
    if head.type == _STRING:
        if len(toks) != 1 or head.start[1] % 4:
            return None
        if first_in_block:
            # A docstring: black re-indents and strips it; the stand-in keeps its place, so
            # black still sees a docstring there.
            value = head.string
            return _DOCSTRING if value.startswith('"""') and _docstring_settled(value, head.start[1] // 4) \
                else None
        # Any other string statement is only normalised.
        return _PLAIN if _string_settled(head.string) else None
    physical = newline.line
    if last.end[0] != head.start[0]:
        return _multiline_stand_in(toks)
    if len(toks) < 3 or not physical.isascii() or len(physical) > LINE_LENGTH + 1 \
            or physical[last.end[1]:] != "\n":
        return None
    first = head.string
    if first in ("import", "from"):
        return _IMPORT if _import_as_black(toks) else None
    if first == "@":
        return "@_" if toks[1].start[1] == head.end[1] and _spaced_as_black(toks[1:], False) else None
    if first in _KEPT_FIRST or first in _SOFT_KEYWORDS:
        return None
    header = first in _COMPOUND
    if header:
        stand_in = _HEADER_STAND_INS.get(first)
        if first == "async" and toks[1].string == "def":
            stand_in = "async def _():"
        if stand_in is None or (first == "class" and toks[2].string == "(" and toks[3].string == ")"):
            return None
    else:
        stand_in = _PLAIN
    return stand_in if _spaced_as_black(toks, header) else None


def _import_as_black(toks: Sequence[tokenize.TokenInfo]) -> bool:
    """Is this one-line ``import``/``from ... import`` written as black writes it (no
    parentheses, which black removes from a line that fits; one space around each word)?"""
    words: list[str] = []
    part: list[str] = []  # a dotted name, written without spaces
    for tok in toks:
        kind, s = tok.type, tok.string
        if kind == _NAME and s in ("import", "from", "as"):
            if part:
                words.append("".join(part))
                part = []
            words.append(s)
        elif kind == _NAME or kind == _OP and s in (".", "...", "*"):
            part.append(s)
        elif kind == _OP and s == ",":
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


# Kinds of bracket, for what ``=`` and ``:`` mean inside them.
_CALL, _DEF, _SUBSCRIPT, _COLLECTION, _DICT_OR_SET, _GROUP = range(6)


def _operand_end(tok: tokenize.TokenInfo) -> bool:
    """Can ``tok`` end an operand (so an operator after it is binary)?"""
    kind = tok.type
    if kind == _NAME:
        return tok.string not in _KEYWORDS
    if kind == _OP:
        return tok.string in _CLOSE or tok.string == "..."
    return kind in (_NUMBER, _STRING)


def _spaced_as_black(toks: Sequence[tokenize.TokenInfo], header: bool) -> bool:
    """Are the gaps between ``toks`` (one physical line) the ones black leaves, and is every token
    one black does not rewrite?"""
    found = _analyse(toks, header)
    if found is None:
        return False
    gaps = found.gaps
    return all(gaps[i] == toks[i].start[1] - toks[i - 1].end[1] for i in range(1, len(toks)))


class _Shape:
    """What black's layout of one statement depends on: the gap black puts before each token (its
    canonical spacing), each bracket's kind and partner, each token's bracket depth, and which
    ``+ - * **`` are unary."""

    __slots__ = ("depth", "gaps", "kinds", "match", "toks", "unary")

    def __init__(self, toks: Sequence[tokenize.TokenInfo]) -> None:
        self.toks = toks
        self.gaps: list[int] = []
        self.kinds: dict[int, int] = {}  # opening bracket index -> kind
        self.match: dict[int, int] = {}  # bracket index -> its partner's index
        self.depth: list[int] = []
        self.unary: set[int] = set()


def _analyse(toks: Sequence[tokenize.TokenInfo], header: bool, trailing_commas: bool = False) -> _Shape | None:
    """The statement's ``_Shape``, or None when a token is one black may rewrite or whose spacing
    is not decided here (``trailing_commas``: a comma before a closing bracket is allowed, which
    on one line black would explode). Conservative: anything not reasoned about is a None."""
    shape = _Shape(toks)
    gaps, kinds, match, depths = shape.gaps, shape.kinds, shape.match, shape.depth
    openers: list[int] = []
    first_word = toks[0].string
    # Statements whose parenthesised operands black unwraps or rewraps.
    unwrapping = first_word in ("for", "with", "return", "raise", "async")
    last = len(toks) - 1
    stack: list[list[int]] = []  # [kind of bracket, annotated (def parameters)] per open bracket
    tight_equal = False  # the last ``=`` binds without spaces (keyword argument, plain default)
    prev: tokenize.TokenInfo | None = None
    prev_unary = False
    for i, tok in enumerate(toks):
        kind, s = tok.type, tok.string
        is_op = kind == _OP
        if kind == _NAME:
            if s in _REFUSED_WORDS:
                return None
        elif kind == _STRING:
            if (prev is not None and prev.type == _STRING) or not _string_settled(s):
                return None
        elif kind == _NUMBER:
            if (i < last and toks[i + 1].string == ".") or not _number_settled(s):
                return None
        elif s in (";", ":=", "!", "`"):
            return None
        operand_before = prev is not None and _operand_end(prev)
        unary = is_op and s in _UNARY and not operand_before
        if is_op and s == "**" and operand_before:
            return None  # black hugs simple power operands
        if unary:
            shape.unary.add(i)
        if is_op and s == "=":
            if not stack:
                tight_equal = False
            elif stack[-1][0] == _CALL:
                tight_equal = True
            elif stack[-1][0] == _DEF:
                tight_equal = not stack[-1][1]
            else:
                return None
        # The gap black puts before this token.
        if prev is None:
            if is_op and not unary:
                return None
            gap = 0
        else:
            p = prev.string
            p_op = prev.type == _OP
            if is_op and (s == "," or s in _CLOSE):
                if p_op and p == "," and (s == "," or not trailing_commas):
                    return None  # a magic trailing comma (or ",,"): black explodes the brackets
                if p_op and p in _OPEN and s == ",":
                    return None
                gap = 0
            elif p_op and p in _OPEN:
                gap = 0
            elif p_op and p == ",":
                gap = 1
            elif is_op and s == ".":
                if prev.type == _NAME and p in _KEYWORDS:
                    return None
                gap = 0
            elif p_op and p == ".":
                if kind != _NAME:
                    return None
                gap = 0
            elif prev_unary:
                gap = 0
            elif is_op and s == "=" or p_op and p == "=":
                gap = 0 if tight_equal else 1
            elif p_op and p == ":":
                gap = 1
            elif is_op and s == ":":
                gap = 0
            elif is_op and s in _OPEN and (prev.type == _NAME and operand_before or p_op and p in _CLOSE):
                gap = 0  # a call or a subscript
            else:
                gap = 1
        gaps.append(gap)
        depths.append(len(stack) - (1 if is_op and s in _CLOSE else 0))
        # Brackets, and what ``:`` means here.
        if is_op:
            if s in _OPEN:
                if prev is not None and (prev.type == _NAME and operand_before
                                         or prev.type == _OP and prev.string in _CLOSE):
                    if s == "(":
                        is_def = first_word in ("def", "async") and not stack and i <= 3
                        bracket = _DEF if is_def else _CALL
                    elif s == "[":
                        bracket = _SUBSCRIPT
                    else:
                        return None
                elif s == "(":
                    # Parentheses that are not a call: black removes redundant ones in many
                    # places, so only a tuple (a comma inside) or ``()`` inside an expression,
                    # or a tuple that is a whole assigned value, is decided here.
                    if prev is None or unwrapping or (
                            prev.type == _NAME and prev.string not in ("in", "not", "and", "or", "is")):
                        return None
                    if not _tuple_or_empty(toks, i):
                        return None
                    if not stack and prev.type != _NAME and not (
                            prev.string == "=" and _closing(toks, i) == last and not header):
                        return None
                    bracket = _GROUP
                elif s == "[":
                    bracket = _COLLECTION
                else:
                    bracket = _DICT_OR_SET
                stack.append([bracket, 0])
                kinds[i] = bracket
                openers.append(i)
            elif s in _CLOSE:
                if not stack:
                    return None
                stack.pop()
                opened = openers.pop()
                match[opened] = i
                match[i] = opened
            elif s == ":":
                if not stack:
                    if i == last:
                        if not header:
                            return None
                    elif header or i == 0:
                        return None  # a body on the header's line: black moves it
                else:
                    top = stack[-1]
                    if top[0] == _DEF:
                        top[1] = 1
                    elif top[0] != _DICT_OR_SET:
                        return None  # slices, lambdas: spacing that depends on the operands
            elif s == "," and stack and stack[-1][0] == _DEF:
                stack[-1][1] = 0
        prev = tok
        prev_unary = unary
    if stack or (header and toks[-1].string != ":"):
        return None
    return shape


def _closing(toks: Sequence[tokenize.TokenInfo], start: int) -> int:
    """The index of the bracket closing the one at ``start`` (-1 when it is not closed)."""
    depth = 0
    for i in range(start, len(toks)):
        s = toks[i].string
        if toks[i].type == _OP:
            if s in _OPEN:
                depth += 1
            elif s in _CLOSE:
                depth -= 1
                if depth == 0:
                    return i
    return -1


def _tuple_or_empty(toks: Sequence[tokenize.TokenInfo], start: int) -> bool:
    """Do the parentheses opening at ``start`` hold nothing, or a comma at their own level?"""
    depth = 0
    for tok in toks[start:]:
        s = tok.string
        if tok.type != _OP:
            continue
        if s in _OPEN:
            depth += 1
        elif s in _CLOSE:
            depth -= 1
            if depth == 0:
                return tok is toks[start + 1]
        elif s == "," and depth == 1:
            return True
    return False


@functools.lru_cache(maxsize=8192)
def _string_settled(value: str) -> bool:
    """Is this string literal as black's string normalisation leaves it? (f-strings: not decided)"""
    from black.strings import get_string_prefix, normalize_string_prefix, normalize_string_quotes

    prefix = get_string_prefix(value).lower()
    if "f" in prefix or "t" in prefix:
        return False
    if "\\" in value and "r" not in prefix:
        # Escapes: black lowercases \x/\u/\U/\N hex digits; decide with its own function.
        from black.strings import normalize_unicode_escape_sequences
        leaf = _leaf(value, number=False)
        normalize_unicode_escape_sequences(leaf)
        if leaf.value != value:
            return False
    from generator.output.blackmode import mode

    return normalize_string_quotes(normalize_string_prefix(value, mode())) == value


def _docstring_settled(value: str, depth: int) -> bool:
    """Does black leave this docstring (a string statement first in its block, ``depth`` blocks
    deep) as it is? The steps of black's ``LineGenerator.visit_STRING``, on black's own helpers."""
    import re

    from black.nodes import is_multiline_string
    from black.strings import (
        fix_multiline_docstring,
        get_string_prefix,
        normalize_string_prefix,
        normalize_string_quotes,
        normalize_unicode_escape_sequences,
    )

    from generator.output.blackmode import mode

    black_mode = mode()
    leaf = _leaf(value, number=False)
    normalize_unicode_escape_sequences(leaf)
    if set(get_string_prefix(leaf.value)) & set("bBfFtT") or re.search(r"\\\s*\n", leaf.value):
        return False  # not formatted as a docstring: not decided here
    docstring = normalize_string_quotes(normalize_string_prefix(leaf.value, black_mode))
    prefix = get_string_prefix(docstring)
    docstring = docstring[len(prefix):]
    quote_char = docstring[0]
    quote_len = 1 if docstring[1] != quote_char else 3
    docstring = docstring[quote_len:-quote_len]
    started_empty = not docstring
    indent = " " * 4 * depth
    docstring = fix_multiline_docstring(docstring, indent) if is_multiline_string(leaf) else docstring.strip()
    trailing_backslash = False
    if docstring:
        if docstring[0] == quote_char:
            docstring = " " + docstring
        if docstring[-1] == quote_char:
            docstring += " "
        if docstring[-1] == "\\" and (len(docstring) - len(docstring.rstrip("\\"))) % 2:
            docstring += " "
            trailing_backslash = True
    elif not started_empty:
        docstring = " "
    quote = quote_char * quote_len
    new = prefix + quote + docstring + quote
    if quote_len == 3:
        lines = docstring.splitlines()
        last_length = len(lines[-1]) if docstring and not docstring.endswith("\n") else 0
        if len(lines) > 1 and last_length + quote_len > LINE_LENGTH and len(indent) + quote_len <= LINE_LENGTH \
                and not trailing_backslash and leaf.value[-1 - quote_len] != "\n":
            new = prefix + quote + docstring + "\n" + indent + quote
    return normalize_string_quotes(normalize_string_prefix(new, black_mode)) == value


@functools.lru_cache(maxsize=4096)
def _number_settled(value: str) -> bool:
    """Is this number literal as black writes it (lowercase prefixes, exponents, uppercase hex)?"""
    from black.numerics import normalize_numeric_literal

    leaf = _leaf(value, number=True)
    normalize_numeric_literal(leaf)
    return bool(leaf.value == value)


def _leaf(value: str, *, number: bool) -> Any:
    """A blib2to3 leaf holding ``value``, for black's own normalisers (which take leaves)."""
    from blib2to3.pgen2 import token  # type: ignore[import-untyped]  # black's bundled parser
    from blib2to3.pytree import Leaf  # type: ignore[import-untyped]

    return Leaf(token.NUMBER if number else token.STRING, value)


# ------------------------------------------------------------------------------ multi-line statements
#
# black splits a statement that does not fit (or holds a magic trailing comma) with a right-hand
# split at its last bracket (a left-hand split at the parameters for a ``def``), then splits each
# resulting line again; inside brackets a line is first split at its commas (``delimiter_split``).
# ``_Layout`` replays those steps for the shapes the renderer writes (calls, collections, tuples,
# def parameters, one value of ``return`` or an assignment) and raises ``_Undecided`` at every
# branch it does not follow (other delimiters, omitted trailers, optional parentheses kept, lines
# that still do not fit): black decides those.

_COMMA, _DOT = 18, 1
_MATH = {"|": 9, "^": 8, "&": 7, "<<": 6, ">>": 6, "+": 5, "-": 5, "*": 4, "/": 4, "//": 4, "%": 4, "@": 4}
_COMPARATORS = frozenset({"<", ">", "==", "!=", "<=", ">="})
# Words that make a delimiter whose priority depends on the syntax tree (comprehensions, ternaries).
_TREE_WORDS = frozenset({"for", "if", "else", "lambda", "async"})


class _Undecided(Exception):
    """black's choice here is not replayed by ``_Layout``."""


class _Layout:
    """black's lines for one statement: (first token, end token, depth) each, in order."""

    def __init__(self, shape: _Shape, invisible: int | None) -> None:
        self.shape = shape
        toks = shape.toks
        self.n = len(toks)
        self.invisible = invisible  # where the value's invisible parentheses open (they close at the end)
        self.lines: list[tuple[int, int, int]] = []
        column = [0] * self.n  # each token's column in the statement written on one line
        for i in range(1, self.n):
            column[i] = column[i - 1] + len(toks[i - 1].string) + shape.gaps[i]
        self.column = column
        self.closing = [i for i, t in enumerate(toks) if t.type == _OP and t.string in _CLOSE]
        self.magic_at = {c for c in self.closing if self._magic_comma(c)}

    # -- measures
    def width(self, lo: int, hi: int) -> int:
        return self.column[hi - 1] + len(self.shape.toks[hi - 1].string) - self.column[lo]

    def fits(self, lo: int, hi: int, depth: int) -> bool:
        return 4 * depth + self.width(lo, hi) <= LINE_LENGTH

    def _commas_inside(self, opening: int, closing: int) -> int:
        toks, depth = self.shape.toks, self.shape.depth
        inner = depth[opening] + 1
        return sum(1 for i in range(opening + 1, closing) if toks[i].string == "," and depth[i] == inner
                   and toks[i].type == _OP)

    def _magic_comma(self, c: int) -> bool:
        """black's ``has_magic_trailing_comma`` for the closing bracket at ``c``."""
        toks = self.shape.toks
        o = self.shape.match[c]
        if c - 1 <= o or toks[c - 1].string != ",":
            return False
        kind, s = self.shape.kinds[o], toks[c].string
        if s == "}":
            return True
        if s == "]":
            return kind != _SUBSCRIPT or self._commas_inside(o, c) >= 2
        if kind in (_CALL, _DEF):
            return True
        return self._commas_inside(o, c) >= 2  # a one-tuple's comma is not magic

    def magic(self, lo: int, hi: int) -> bool:
        match = self.shape.match
        return any(lo <= c < hi and match[c] >= lo for c in self.magic_at)

    def _one_sequence(self, o: int, c: int) -> bool:
        """black's ``is_one_sequence_between`` (parentheses only)."""
        if self.shape.toks[c].string != ")":
            return False
        commas = self._commas_inside(o, c)
        return commas == 0 if self.shape.kinds[o] in (_CALL, _DEF) else commas < 2

    def delimiters(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """(token after which black may split, priority) at the line's own bracket depth."""
        shape = self.shape
        toks, depth, unary = shape.toks, shape.depth, shape.unary
        base = depth[lo]
        found: list[tuple[int, int]] = []
        for i in range(lo, hi):
            if depth[i] != base:
                continue
            tok = toks[i]
            s, kind = tok.string, tok.type
            priority = 0
            if kind == _OP:
                if s == ".":
                    previous = toks[i - 1] if i > lo else None
                    if previous is not None and previous.type == _OP and previous.string in _CLOSE:
                        priority = _DOT
                elif s in _MATH and i not in unary:
                    priority = _MATH[s]
                elif s in _COMPARATORS:
                    priority = 10
            elif kind == _NAME:
                if s in _TREE_WORDS:
                    raise _Undecided(s)
                if s in ("and", "or"):
                    priority = 14
                elif s == "is" or s == "in" and not (i > lo and toks[i - 1].string == "not"):
                    priority = 10
                elif s == "not" and i > lo and _operand_end(toks[i - 1]):
                    priority = 10  # ``not in``
            if priority:
                if i > lo:
                    found.append((i - 1, priority))
            elif kind == _OP and s == ",":
                found.append((i, _COMMA))
        return found

    # -- black's transform_line, for the shapes decided here
    def transform(self, lo: int, hi: int, depth: int, inside: bool, split: bool = False,
                  is_def: bool = False) -> None:
        if not split and not self.magic(lo, hi) and self.fits(lo, hi, depth):
            self.lines.append((lo, hi, depth))
            return
        if is_def:
            self.left_hand_split(depth)
            return
        if inside:
            found = self.delimiters(lo, hi)
            rest = [d for d in found if d[0] != hi - 1]
            if rest:
                top = max(p for _, p in rest)
                if top == _COMMA:
                    if self.shape.toks[hi - 1].string != ",":
                        raise _Undecided("black adds a trailing comma")
                    start = lo
                    for at, priority in found:
                        if priority == _COMMA:
                            self.transform(start, at + 1, depth, True)
                            start = at + 1
                    if start != hi:
                        raise _Undecided("comma split")
                    return
                if not (top == _DOT and len(rest) == 1):
                    raise _Undecided("split at an operator")
        self.right_hand_split(lo, hi, depth)

    def _trailers_omitted(self, lo: int, hi: int, depth: int) -> bool:
        """Would ``generate_trailers_to_omit`` offer a split at an earlier bracket (magic lines)?"""
        toks, match, gaps = self.shape.toks, self.shape.match, self.shape.gaps
        length = 4 * depth
        opening: int | None = None
        closing: int | None = None
        for i in range(hi - 1, lo - 1, -1):
            if self.invisible is not None and i < self.invisible - 1 and lo == 0:
                raise _Undecided("scan reaches the assignment target")
            length += len(toks[i].string) + (gaps[i] if i > lo else 0)
            if length > LINE_LENGTH:
                return False
            t = toks[i]
            is_closing = t.type == _OP and t.string in _CLOSE
            if opening is not None:
                if i == opening:
                    opening = None
                elif is_closing and i > lo and toks[i - 1].string == "," \
                        and not self._one_sequence(match[i], i):
                    return False
            elif is_closing:
                prev = toks[i - 1] if i > lo else None
                if prev is not None and prev.type == _OP and prev.string in _OPEN:
                    continue
                if closing is not None:
                    return True
                if prev is not None and prev.string == "," and not self._one_sequence(match[i], i):
                    return False
                opening, closing = match[i], i
        return False

    def right_hand_split(self, lo: int, hi: int, depth: int) -> None:
        shape = self.shape
        toks, match = shape.toks, shape.match
        if self.magic(lo, hi) and self._trailers_omitted(lo, hi, depth):
            raise _Undecided("omitted trailers")
        c = next((i for i in range(hi - 1, lo - 1, -1) if toks[i].type == _OP and toks[i].string in _CLOSE), -1)
        if c < 0 or match[c] < lo or match[c] + 1 == c:
            raise _Undecided("no bracket to split at")
        o = match[c]
        k = self.invisible
        if k is not None and lo == 0 and hi == self.n:
            # The value is in invisible parentheses: black drops them (splits at the last bracket)
            # when the value has no delimiter, or one dot, and the split reads better.
            value = self.delimiters(k, self.n)
            if value and not (len(value) == 1 and value[0][1] == _DOT):
                raise _Undecided("optional parentheses")
            if o < k:
                raise _Undecided("bracket before the value")
            if not self._prefer_without_parens(k, o, depth):
                raise _Undecided("optional parentheses kept")
        if not self.fits(lo, o + 1, depth):
            raise _Undecided("head too long")
        split = False
        found = [d for d in self.delimiters(o + 1, c) if d[0] != c - 1]
        if found and max(p for _, p in found) == _COMMA:
            split = toks[c - 1].string == "," or shape.kinds[o] in (_COLLECTION, _DICT_OR_SET, _GROUP)
        self.transform(lo, o + 1, depth, False)
        self.transform(o + 1, c, depth + 1, True, split)
        if not self.fits(c, hi, depth) or self.magic(c, hi):
            raise _Undecided("tail too long")
        self.lines.append((c, hi, depth))

    def _prefer_without_parens(self, k: int, o: int, depth: int) -> bool:
        """black's ``_prefer_split_rhs_oop_over_rhs`` for a statement whose value starts at ``k``
        and whose last bracket opens at ``o``."""
        toks, match = self.shape.toks, self.shape.match
        if toks[k - 1].string != "=":
            return True  # ``return``
        head = range(k - 1)
        annotated = any(toks[i].string == ":" and self.shape.depth[i] == 0 for i in head)
        if not annotated and not any(toks[i].type == _OP and toks[i].string in _OPEN | _CLOSE for i in head):
            return True
        if 4 * depth + self.width(0, k) + 1 > LINE_LENGTH - 1 or self.magic(0, k):
            return True
        if any(toks[i].type == _OP and toks[i].string in _CLOSE and match[i] >= k for i in range(k, o)):
            return True
        return self.fits(0, o + 1, depth)

    def left_hand_split(self, depth: int) -> None:
        toks, match, kinds = self.shape.toks, self.shape.match, self.shape.kinds
        p = 3 if toks[0].string == "async" else 2
        if toks[p].string != "(" or kinds.get(p) != _DEF:
            raise _Undecided("def without parameters where expected")
        c = match[p]
        arrow = next((i for i in range(c, self.n) if toks[i].string == "->"), None)
        if arrow is not None and (self.magic(arrow, self.n) or toks[arrow + 1].type == _STRING):
            raise _Undecided("return annotation")
        if c == p + 1 or toks[c - 1].string != ",":
            raise _Undecided("parameters without a trailing comma")
        found = [d for d in self.delimiters(p + 1, c) if d[0] != c - 1]
        split = bool(found) and max(q for _, q in found) == _COMMA
        self.lines.append((0, p + 1, depth))
        self.transform(p + 1, c, depth + 1, True, split)
        if not self.fits(c, self.n, depth) or self.magic(c, self.n):
            raise _Undecided("tail too long")
        self.lines.append((c, self.n, depth))


def _multiline_stand_in(toks: Sequence[tokenize.TokenInfo]) -> str | None:
    """The stand-in of a statement over several lines that black leaves as it is, else None."""
    head = toks[0]
    first = head.string
    if first in ("import", "from"):
        return _IMPORT if _exploded_import(toks) else None
    is_def = first == "def" or first == "async" and toks[1].string == "def"
    if head.type != _NAME or not is_def and (first in _KEYWORDS and first != "return" or first in _SOFT_KEYWORDS):
        return None
    if head.start[1] % 4:
        return None
    if any(t.type == _STRING and t.start[0] != t.end[0] for t in toks):
        # ``name = """..."""``: no bracket to split at, so black leaves the line as it is.
        value = toks[-1]
        if len(toks) == 3 and head.type == _NAME and first not in _KEYWORDS and toks[1].string == "=" \
                and value.type == _STRING and toks[1].start[1] == head.end[1] + 1 \
                and value.start[1] == toks[1].end[1] + 1 and _string_settled(value.string):
            return _PLAIN
        return None
    shape = _analyse(toks, is_def, trailing_commas=True)
    if shape is None:
        return None
    invisible = None
    if first == "return":
        invisible = 1
    elif not is_def:
        equals = [i for i, t in enumerate(toks) if t.type == _OP and shape.depth[i] == 0
                  and (t.string == "=" or t.string.endswith("=") and t.string not in _COMPARATORS)]
        if len(equals) > 1 or equals and toks[equals[0]].string != "=":
            return None
        if equals:
            invisible = equals[0] + 1
        elif any(toks[i].type == _OP and toks[i].string == ":" and shape.depth[i] == 0 for i in range(len(toks))):
            return None  # an annotation alone
    layout = _Layout(shape, invisible)
    if invisible is None and not is_def and layout.delimiters(0, len(toks)):
        return None  # an expression statement black may wrap in invisible parentheses
    try:
        layout.transform(0, len(toks), head.start[1] // 4, False, is_def=is_def)
    except _Undecided:
        return None
    if not _laid_out_as(toks, shape, layout.lines):
        return None
    if is_def:
        return "async def _():" if first == "async" else "def _():"
    return _PLAIN


def _laid_out_as(toks: Sequence[tokenize.TokenInfo], shape: _Shape, lines: list[tuple[int, int, int]]) -> bool:
    """Are ``toks`` written on exactly these lines (one physical line each, in order, indented by
    depth, spaced as black spaces them, without trailing whitespace)?"""
    gaps = shape.gaps
    row = toks[0].start[0] - 1
    for lo, hi, depth in lines:
        row += 1
        first, last = toks[lo], toks[hi - 1]
        if first.start[0] != row or last.end[0] != row or first.start[1] != 4 * depth:
            return False
        physical = first.line
        if not physical.isascii() or physical[last.end[1]:] != "\n":
            return False
        for i in range(lo + 1, hi):
            if toks[i].start[1] - toks[i - 1].end[1] != gaps[i]:
                return False
    return True


def _exploded_import(toks: Sequence[tokenize.TokenInfo]) -> bool:
    """``from m import (`` / one name per line, each with its comma / ``)``: how black writes an
    import with a magic trailing comma (it never joins those lines, nor splits them further)."""
    try:
        opening = next(i for i, t in enumerate(toks) if t.string == "(")
    except StopIteration:
        return False
    if toks[0].string != "from" or toks[opening - 1].string != "import" or toks[-1].string != ")" \
            or toks[-2].string != ",":
        return False
    module = toks[1:opening - 1]
    if not module or not all(t.type == _NAME or t.string in (".", "...") for t in module):
        return False
    indent = toks[0].start[1]
    head = "from " + "".join(t.string for t in module) + " import ("
    if toks[0].line[indent:toks[opening].end[1]] != head:
        return False
    row = toks[0].start[0]
    if toks[opening].start[0] != row or toks[opening].line[toks[opening].end[1]:] != "\n":
        return False
    names = toks[opening + 1:-1]
    i = 0
    while i < len(names):
        item = [names[i]]
        while names[i].string != ",":
            i += 1
            if i >= len(names):
                return False
            item.append(names[i])
        i += 1
        row += 1
        words = [t.string for t in item[:-1]]
        if not (len(words) == 1 and item[0].type == _NAME
                or len(words) == 3 and words[1] == "as" and item[0].type == _NAME and item[2].type == _NAME):
            return False
        line = item[0].line
        if item[0].start != (row, indent + 4) or item[-1].end[0] != row or line[item[-1].end[1]:] != "\n" \
                or line[indent + 4:item[-1].end[1]] != " ".join(words) + ",":
            return False
    closing = toks[-1]
    return closing.start == (row + 1, indent) and closing.line[closing.end[1]:] == "\n"
