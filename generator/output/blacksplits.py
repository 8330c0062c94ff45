"""How black splits a statement over several lines, replayed without black (blackform.py).

black splits a statement that does not fit (or holds a magic trailing comma) with a right-hand
split at its last bracket (a left-hand split at the parameters for a ``def``), then splits each
resulting line again; inside brackets a line is first split at its commas (``delimiter_split``).
``Layout`` replays those steps (linegen.py of black 26) for the shapes the renderer writes (calls,
collections, tuples, ``def`` parameters, the value of ``return`` or of an assignment, imports) and
raises ``Undecided`` at every branch it does not follow (other delimiters, omitted trailers,
optional parentheses kept, lines that still do not fit): black decides those.
"""

from __future__ import annotations

import tokenize
from collections.abc import Sequence

from generator.output.blackmode import LINE_LENGTH
from generator.output.blackspacing import (
    CALL,
    CLOSE,
    COLLECTION,
    DEF,
    DICT_OR_SET,
    GROUP,
    KEYWORDS,
    NAME,
    OP,
    OPEN,
    SOFT_KEYWORDS,
    STRING,
    SUBSCRIPT,
    Shape,
    analyse,
    operand_end,
    string_settled,
)

_COMMA, _DOT = 18, 1
_MATH = {"|": 9, "^": 8, "&": 7, "<<": 6, ">>": 6, "+": 5, "-": 5, "*": 4, "/": 4, "//": 4, "%": 4, "@": 4}
_COMPARATORS = frozenset({"<", ">", "==", "!=", "<=", ">="})
# Words that make a delimiter whose priority depends on the syntax tree (comprehensions, lambdas).
# Without them at a line's depth, ``if`` and ``else`` there are a conditional expression's.
_TREE_WORDS = frozenset({"for", "lambda", "async"})
_TERNARY = 16


class Undecided(Exception):
    """black's choice here is not replayed by ``Layout``."""


class Layout:
    """black's lines for one statement: (first token, end token, depth) each, in order."""

    def __init__(self, shape: Shape, invisible: int | None) -> None:
        self.shape = shape
        toks = shape.toks
        self.n = len(toks)
        self.invisible = invisible  # where the value's invisible parentheses open (they close at the end)
        self.lines: list[tuple[int, int, int]] = []
        column = [0] * self.n  # each token's column in the statement written on one line
        for i in range(1, self.n):
            column[i] = column[i - 1] + len(toks[i - 1].string) + shape.gaps[i]
        self.column = column
        self.closing = [i for i, t in enumerate(toks) if t.type == OP and t.string in CLOSE]
        self.magic_at = {c for c in self.closing if self._magic_comma(c)}
        self._delimiters: dict[tuple[int, int], list[tuple[int, int]]] = {}

    # -- measures
    def width(self, lo: int, hi: int) -> int:
        return self.column[hi - 1] + len(self.shape.toks[hi - 1].string) - self.column[lo]

    def fits(self, lo: int, hi: int, depth: int) -> bool:
        return 4 * depth + self.width(lo, hi) <= LINE_LENGTH

    def _commas_inside(self, opening: int, closing: int) -> int:
        toks, depth = self.shape.toks, self.shape.depth
        inner = depth[opening] + 1
        return sum(1 for i in range(opening + 1, closing) if toks[i].string == "," and depth[i] == inner
                   and toks[i].type == OP)

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
            return kind != SUBSCRIPT or self._commas_inside(o, c) >= 2
        if kind in (CALL, DEF):
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
        return commas == 0 if self.shape.kinds[o] in (CALL, DEF) else commas < 2

    def delimiters(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """(token after which black may split, priority) at the line's own bracket depth (a split
        asks for a body's twice: whether to split it, then where)."""
        found = self._delimiters.get((lo, hi))
        if found is None:
            found = self._delimiters[lo, hi] = self._find_delimiters(lo, hi)
        return found

    def _find_delimiters(self, lo: int, hi: int) -> list[tuple[int, int]]:
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
            if kind == OP:
                if s == ".":
                    previous = toks[i - 1] if i > lo else None
                    if previous is not None and previous.type == OP and previous.string in CLOSE:
                        priority = _DOT
                elif s in _MATH and i not in unary:
                    priority = _MATH[s]
                elif s in _COMPARATORS:
                    priority = 10
            elif kind == NAME:
                if s in _TREE_WORDS:
                    raise Undecided(s)
                if s in ("if", "else"):
                    priority = _TERNARY
                elif s in ("and", "or"):
                    priority = 14
                elif s == "is" or s == "in" and not (i > lo and toks[i - 1].string == "not"):
                    priority = 10
                elif s == "not" and i > lo and operand_end(toks[i - 1]):
                    priority = 10  # ``not in``
            if priority:
                if i > lo:
                    found.append((i - 1, priority))
            elif kind == OP and s == ",":
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
                        raise Undecided("black adds a trailing comma")
                    start = lo
                    for at, priority in found:
                        if priority == _COMMA:
                            self.transform(start, at + 1, depth, True)
                            start = at + 1
                    if start != hi:
                        raise Undecided("comma split")
                    return
                if not (top == _DOT and len(rest) == 1):
                    raise Undecided("split at an operator")
        self.right_hand_split(lo, hi, depth)

    def _trailers_omitted(self, lo: int, hi: int, depth: int) -> bool:
        """Would ``generate_trailers_to_omit`` offer a split at an earlier bracket (magic lines)?"""
        toks, match, gaps = self.shape.toks, self.shape.match, self.shape.gaps
        length = 4 * depth
        opening: int | None = None
        closing: int | None = None
        for i in range(hi - 1, lo - 1, -1):
            if self.invisible is not None and i < self.invisible - 1 and lo == 0:
                raise Undecided("scan reaches the assignment target")
            length += len(toks[i].string) + (gaps[i] if i > lo else 0)
            if length > LINE_LENGTH:
                return False
            t = toks[i]
            is_closing = t.type == OP and t.string in CLOSE
            if opening is not None:
                if i == opening:
                    opening = None
                elif is_closing and i > lo and toks[i - 1].string == "," \
                        and not self._one_sequence(match[i], i):
                    return False
            elif is_closing:
                prev = toks[i - 1] if i > lo else None
                if prev is not None and prev.type == OP and prev.string in OPEN:
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
            raise Undecided("omitted trailers")
        c = next((i for i in range(hi - 1, lo - 1, -1) if toks[i].type == OP and toks[i].string in CLOSE), -1)
        if c < 0 or match[c] < lo or match[c] + 1 == c:
            raise Undecided("no bracket to split at")
        o = match[c]
        k = self.invisible
        if k is not None and lo == 0 and hi == self.n:
            # The value is in invisible parentheses: black drops them (splits at the last bracket)
            # when the value has no delimiter, or one dot, and the split reads better.
            value = self.delimiters(k, self.n)
            if value and not (len(value) == 1 and value[0][1] == _DOT):
                raise Undecided("optional parentheses")
            if o < k:
                raise Undecided("bracket before the value")
            if not self._prefer_without_parens(k, o, depth):
                raise Undecided("optional parentheses kept")
        if not self.fits(lo, o + 1, depth):
            raise Undecided("head too long")
        split = False
        found = [d for d in self.delimiters(o + 1, c) if d[0] != c - 1]
        if found and max(p for _, p in found) == _COMMA:
            split = toks[c - 1].string == "," or shape.kinds[o] in (COLLECTION, DICT_OR_SET, GROUP)
        self.transform(lo, o + 1, depth, False)
        self.transform(o + 1, c, depth + 1, True, split)
        if not self.fits(c, hi, depth) or self.magic(c, hi):
            raise Undecided("tail too long")
        self.lines.append((c, hi, depth))

    def _prefer_without_parens(self, k: int, o: int, depth: int) -> bool:
        """black's ``_prefer_split_rhs_oop_over_rhs`` for a statement whose value starts at ``k``
        and whose last bracket opens at ``o``."""
        toks, match = self.shape.toks, self.shape.match
        if toks[k - 1].string != "=":
            return True  # ``return``
        head = range(k - 1)
        annotated = any(toks[i].string == ":" and self.shape.depth[i] == 0 for i in head)
        if not annotated and not any(toks[i].type == OP and toks[i].string in OPEN | CLOSE for i in head):
            return True
        if 4 * depth + self.width(0, k) + 1 > LINE_LENGTH - 1 or self.magic(0, k):
            return True
        if any(toks[i].type == OP and toks[i].string in CLOSE and match[i] >= k for i in range(k, o)):
            return True
        return self.fits(0, o + 1, depth)

    def left_hand_split(self, depth: int) -> None:
        toks, match, kinds = self.shape.toks, self.shape.match, self.shape.kinds
        p = 3 if toks[0].string == "async" else 2
        if toks[p].string != "(" or kinds.get(p) != DEF:
            raise Undecided("def without parameters where expected")
        c = match[p]
        arrow = next((i for i in range(c, self.n) if toks[i].string == "->"), None)
        if arrow is not None and (self.magic(arrow, self.n) or toks[arrow + 1].type == STRING):
            raise Undecided("return annotation")
        if c == p + 1:
            raise Undecided("no parameters")
        found = [d for d in self.delimiters(p + 1, c) if d[0] != c - 1]
        if toks[c - 1].string == ",":
            split = bool(found) and max(q for _, q in found) == _COMMA
        elif any(q == _COMMA for _, q in found):
            split = False  # commas already: black adds none, and keeps the parameters on one line if they fit
        else:
            raise Undecided("black may add a trailing comma")
        self.lines.append((0, p + 1, depth))
        self.transform(p + 1, c, depth + 1, True, split)
        if not self.fits(c, self.n, depth) or self.magic(c, self.n):
            raise Undecided("tail too long")
        self.lines.append((c, self.n, depth))


def multiline_kind(toks: Sequence[tokenize.TokenInfo]) -> str | None:
    """For a statement over several lines that black leaves as it is, what it is ("import",
    "def", "async def" or "plain": what its stand-in must be); else None."""
    head = toks[0]
    first = head.string
    if first in ("import", "from"):
        return "import" if _exploded_import(toks) else None
    is_def = first == "def" or first == "async" and toks[1].string == "def"
    if head.type != NAME or not is_def and (first in KEYWORDS and first != "return" or first in SOFT_KEYWORDS):
        return None
    if head.start[1] % 4:
        return None
    if any(t.type == STRING and t.start[0] != t.end[0] for t in toks):
        # ``name = """..."""``: no bracket to split at, so black leaves the line as it is.
        value = toks[-1]
        if len(toks) == 3 and head.type == NAME and first not in KEYWORDS and toks[1].string == "=" \
                and value.type == STRING and toks[1].start[1] == head.end[1] + 1 \
                and value.start[1] == toks[1].end[1] + 1 and string_settled(value.string):
            return "plain"
        return None
    shape = analyse(toks, is_def, trailing_commas=True)
    if shape is None:
        return None
    invisible = None
    if first == "return":
        invisible = 1
    elif not is_def:
        equals = [i for i, t in enumerate(toks) if t.type == OP and shape.depth[i] == 0
                  and (t.string == "=" or t.string.endswith("=") and t.string not in _COMPARATORS)]
        if len(equals) > 1 or equals and toks[equals[0]].string != "=":
            return None
        if equals:
            invisible = equals[0] + 1
        elif any(toks[i].type == OP and toks[i].string == ":" and shape.depth[i] == 0 for i in range(len(toks))):
            return None  # an annotation alone
    layout = Layout(shape, invisible)
    if invisible is None and not is_def and layout.delimiters(0, len(toks)):
        return None  # an expression statement black may wrap in invisible parentheses
    try:
        layout.transform(0, len(toks), head.start[1] // 4, False, is_def=is_def)
    except Undecided:
        return None
    if not _laid_out_as(toks, shape, layout.lines):
        return None
    if is_def:
        return "async def" if first == "async" else "def"
    return "plain"


def _laid_out_as(toks: Sequence[tokenize.TokenInfo], shape: Shape, lines: list[tuple[int, int, int]]) -> bool:
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
    if not module or not all(t.type == NAME or t.string in (".", "...") for t in module):
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
        if not (len(words) == 1 and item[0].type == NAME
                or len(words) == 3 and words[1] == "as" and item[0].type == NAME and item[2].type == NAME):
            return False
        line = item[0].line
        if item[0].start != (row, indent + 4) or item[-1].end[0] != row or line[item[-1].end[1]:] != "\n" \
                or line[indent + 4:item[-1].end[1]] != " ".join(words) + ",":
            return False
    closing = toks[-1]
    return closing.start == (row + 1, indent) and closing.line[closing.end[1]:] == "\n"
