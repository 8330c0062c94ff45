"""How black spaces and spells the tokens of a statement, decided without black (blackform.py).

For each token, the gap black puts before it on one line (its canonical spacing, which no split
changes), and whether black would rewrite it: strings, numbers and docstrings are checked with
black's own normalisers; anything whose spacing depends on the syntax tree in ways not reasoned
about here (slices, lambdas, power operators, redundant parentheses...) makes the statement
undecided. Kept apart from the renderer's own layout code (render/layout.py) on purpose: a check
that shared the writer's reasoning would share its mistakes.
"""

from __future__ import annotations

import functools
import keyword
import tokenize
from collections.abc import Sequence
from typing import Any

from generator.output.blackmode import LINE_LENGTH

NAME, NUMBER, STRING, OP = tokenize.NAME, tokenize.NUMBER, tokenize.STRING, tokenize.OP
_ATOM_WORDS = frozenset({"True", "False", "None"})
KEYWORDS = frozenset(keyword.kwlist) - _ATOM_WORDS
SOFT_KEYWORDS = frozenset({"match", "case", "type", "_"})
# Words black treats specially wherever they are (parentheses it removes or adds around them).
_REFUSED_WORDS = frozenset({"lambda", "yield", "print", "exec"})
OPEN = frozenset({"(", "[", "{"})
CLOSE = frozenset({")", "]", "}"})
_UNARY = frozenset({"-", "+", "~", "*", "**"})
# Kinds of bracket, for what ``=`` and ``:`` mean inside them.
CALL, DEF, SUBSCRIPT, COLLECTION, DICT_OR_SET, GROUP = range(6)


def operand_end(tok: tokenize.TokenInfo) -> bool:
    """Can ``tok`` end an operand (so an operator after it is binary)?"""
    kind = tok.type
    if kind == NAME:
        return tok.string not in KEYWORDS
    if kind == OP:
        return tok.string in CLOSE or tok.string == "..."
    return kind in (NUMBER, STRING)


def spaced_as_black(toks: Sequence[tokenize.TokenInfo], header: bool) -> bool:
    """Are the gaps between ``toks`` (one physical line) the ones black leaves, and is every token
    one black does not rewrite?"""
    found = analyse(toks, header)
    if found is None:
        return False
    gaps = found.gaps
    return all(gaps[i] == toks[i].start[1] - toks[i - 1].end[1] for i in range(1, len(toks)))


class Shape:
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


def analyse(toks: Sequence[tokenize.TokenInfo], header: bool, trailing_commas: bool = False) -> Shape | None:
    """The statement's ``Shape``, or None when a token is one black may rewrite or whose spacing
    is not decided here (``trailing_commas``: a comma before a closing bracket is allowed, which
    on one line black would explode). Conservative: anything not reasoned about is a None."""
    shape = Shape(toks)
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
        is_op = kind == OP
        if kind == NAME:
            if s in _REFUSED_WORDS:
                return None
        elif kind == STRING:
            if (prev is not None and prev.type == STRING) or not string_settled(s):
                return None
        elif kind == NUMBER:
            if (i < last and toks[i + 1].string == ".") or not number_settled(s):
                return None
        elif s in (";", ":=", "!", "`"):
            return None
        operand_before = prev is not None and operand_end(prev)
        unary = is_op and s in _UNARY and not operand_before
        if is_op and s == "**" and operand_before:
            return None  # black hugs simple power operands
        if unary:
            shape.unary.add(i)
        if is_op and s == "=":
            if not stack:
                tight_equal = False
            elif stack[-1][0] == CALL:
                tight_equal = True
            elif stack[-1][0] == DEF:
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
            p_op = prev.type == OP
            if is_op and (s == "," or s in CLOSE):
                if p_op and p == "," and (s == "," or not trailing_commas):
                    return None  # a magic trailing comma (or ",,"): black explodes the brackets
                if p_op and p in OPEN and s == ",":
                    return None
                gap = 0
            elif p_op and p in OPEN:
                gap = 0
            elif p_op and p == ",":
                gap = 1
            elif is_op and s == ".":
                if prev.type == NAME and p in KEYWORDS:
                    return None
                gap = 0
            elif p_op and p == ".":
                if kind != NAME:
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
            elif is_op and s in OPEN and (prev.type == NAME and operand_before or p_op and p in CLOSE):
                gap = 0  # a call or a subscript
            else:
                gap = 1
        gaps.append(gap)
        depths.append(len(stack) - (1 if is_op and s in CLOSE else 0))
        # Brackets, and what ``:`` means here.
        if is_op:
            if s in OPEN:
                if prev is not None and (prev.type == NAME and operand_before
                                         or prev.type == OP and prev.string in CLOSE):
                    if s == "(":
                        is_def = first_word in ("def", "async") and not stack and i <= 3
                        bracket = DEF if is_def else CALL
                    elif s == "[":
                        bracket = SUBSCRIPT
                    else:
                        return None
                elif s == "(":
                    # Parentheses that are not a call: black removes redundant ones in many
                    # places, so only a tuple (a comma inside) or ``()`` inside an expression,
                    # or a tuple that is a whole assigned value, is decided here.
                    if prev is None or unwrapping or (
                            prev.type == NAME and prev.string not in ("in", "not", "and", "or", "is")):
                        return None
                    if not _tuple_or_empty(toks, i):
                        return None
                    if not stack and prev.type != NAME and not (
                            prev.string == "=" and _closing(toks, i) == last and not header):
                        return None
                    bracket = GROUP
                elif s == "[":
                    bracket = COLLECTION
                else:
                    bracket = DICT_OR_SET
                stack.append([bracket, 0])
                kinds[i] = bracket
                openers.append(i)
            elif s in CLOSE:
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
                    if top[0] == DEF:
                        top[1] = 1
                    elif top[0] != DICT_OR_SET:
                        return None  # slices, lambdas: spacing that depends on the operands
            elif s == "," and stack and stack[-1][0] == DEF:
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
        if toks[i].type == OP:
            if s in OPEN:
                depth += 1
            elif s in CLOSE:
                depth -= 1
                if depth == 0:
                    return i
    return -1


def _tuple_or_empty(toks: Sequence[tokenize.TokenInfo], start: int) -> bool:
    """Do the parentheses opening at ``start`` hold nothing, or a comma at their own level?"""
    depth = 0
    for tok in toks[start:]:
        s = tok.string
        if tok.type != OP:
            continue
        if s in OPEN:
            depth += 1
        elif s in CLOSE:
            depth -= 1
            if depth == 0:
                return tok is toks[start + 1]
        elif s == "," and depth == 1:
            return True
    return False


@functools.lru_cache(maxsize=8192)
def string_settled(value: str) -> bool:
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


def docstring_settled(value: str, depth: int) -> bool:
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
def number_settled(value: str) -> bool:
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


