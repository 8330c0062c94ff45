"""A string that matches a schema's ``pattern``: deterministic, short, readable.

Real specs constrain IDs and codes with patterns (Twilio ``^AC[0-9a-f]{32}$``, ISO codes
``^[A-Z]{3}$``, slugs ``^[a-z0-9-]+$``), and a validating server rejects an example that ignores
them. This module reads the part of ECMA-262 regular expressions (the dialect OpenAPI names) that
such patterns use: literals and escapes (``\\d \\w \\s \\.``, ``\\uXXXX``, ``\\xHH``), ``.``,
character classes with ranges and negation, groups (capturing, ``(?:)``, named), alternation,
the quantifiers ``* + ? {n} {n,} {n,m}`` (greedy or lazy) and the anchors ``^ $ \\b``. It builds the
first string the pattern accepts: each quantifier at its minimum (more where ``minLength`` asks
for it), the first alternative, the first letter or digit a class allows.

Fallback (documented behaviour): a pattern outside that subset (lookarounds, backreferences,
Unicode property escapes), or one whose generated string Python's ``re`` does not confirm, or one
that cannot meet the schema's length bounds, gives ``None``; the sampler then keeps its
format-based value (which may not match; the spec's own ``example`` is preferred when it does).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_PREFERRED = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_ ."
_DIGITS = ((48, 57),)
_WORD = ((48, 57), (65, 90), (95, 95), (97, 122))
_SPACE = ((9, 13), (32, 32))
_CLASSES = {"d": (False, _DIGITS), "D": (True, _DIGITS), "w": (False, _WORD), "W": (True, _WORD),
            "s": (False, _SPACE), "S": (True, _SPACE)}
_CONTROL = {"n": "\n", "r": "\r", "t": "\t", "f": "\f", "v": "\v", "0": "\0"}
_MAX_REPEAT = 1_000


class Unsupported(Exception):
    """The pattern uses syntax outside the subset this module reads."""


@dataclass(frozen=True, slots=True)
class _Set:
    negate: bool
    ranges: tuple[tuple[int, int], ...]

    def pick(self) -> str:
        for ch in _PREFERRED:
            if self.allows(ord(ch)):
                return ch
        if not self.negate and self.ranges:
            return chr(self.ranges[0][0])
        for code in range(33, 127):
            if self.allows(code):
                return chr(code)
        raise Unsupported("empty character class")

    def allows(self, code: int) -> bool:
        inside = any(lo <= code <= hi for lo, hi in self.ranges)
        return inside != self.negate


@dataclass(frozen=True, slots=True)
class _Repeat:
    node: object
    low: int
    high: int | None


@dataclass(frozen=True, slots=True)
class _Group:
    alternatives: tuple[tuple[object, ...], ...]


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def take(self) -> str:
        ch = self.peek()
        if not ch:
            raise Unsupported("unexpected end of pattern")
        self.pos += 1
        return ch

    def alternatives(self) -> _Group:
        options = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            options.append(self.sequence())
        return _Group(tuple(options))

    def sequence(self) -> tuple[object, ...]:
        items: list[object] = []
        while self.peek() not in ("", "|", ")"):
            atom = self.atom()
            if atom is None:
                continue
            items.append(self.quantified(atom))
        return tuple(items)

    def quantified(self, atom: object) -> object:
        ch = self.peek()
        bounds: tuple[int, int | None] | None = None
        if ch and ch in "*+?":
            self.pos += 1
            bounds = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
        elif ch == "{":
            match = re.match(r"\{(\d+)(,(\d*))?\}", self.text[self.pos:])
            if match:
                self.pos += match.end()
                low = int(match.group(1))
                high = low if match.group(2) is None else (int(match.group(3)) if match.group(3) else None)
                bounds = (low, high)
        if bounds is None:
            return atom
        if self.peek() == "?":  # lazy: the same strings
            self.pos += 1
        if bounds[0] > _MAX_REPEAT or (bounds[1] is not None and bounds[1] < bounds[0]):
            raise Unsupported("repetition bounds")
        return _Repeat(atom, bounds[0], bounds[1])

    def atom(self) -> object | None:
        ch = self.take()
        if ch in "^$":
            return None
        if ch == ".":
            return _Set(True, ((10, 10), (13, 13)))
        if ch == "(":
            if self.text.startswith("?:", self.pos):
                self.pos += 2
            elif self.text.startswith(("?<", "?P<"), self.pos) and not self.text.startswith(("?<=", "?<!"), self.pos):
                self.pos = self.text.index(">", self.pos) + 1
            elif self.peek() == "?":
                raise Unsupported("lookaround or inline flag")
            group = self.alternatives()
            if self.take() != ")":
                raise Unsupported("unbalanced group")
            return group
        if ch == "[":
            return self.char_class()
        if ch == "\\":
            return self.escape(in_class=False)
        if ch in "*+?{" and ch != "{":
            raise Unsupported("quantifier without an atom")
        return ch

    def escape(self, *, in_class: bool) -> object | None:
        ch = self.take()
        if ch in _CLASSES:
            negate, ranges = _CLASSES[ch]
            return _Set(negate, ranges)
        if ch in "bB" and not in_class:
            return None
        if ch == "b":
            return "\b"
        if ch in _CONTROL and not (ch == "0" and self.peek().isdigit()):
            return _CONTROL[ch]
        if ch in "ux":
            width = 4 if ch == "u" else 2
            digits = self.text[self.pos:self.pos + width]
            if ch == "u" and self.peek() == "{" or not re.fullmatch(r"[0-9A-Fa-f]+", digits) or len(digits) < width:
                raise Unsupported("escape")
            self.pos += width
            return chr(int(digits, 16))
        if ch.isdigit() or ch in "pPkc":
            raise Unsupported("backreference or property escape")
        return ch

    def char_class(self) -> _Set:
        negate = self.peek() == "^"
        if negate:
            self.pos += 1
        ranges: list[tuple[int, int]] = []
        first = True
        while first or self.peek() != "]":
            first = False
            item = self.class_atom()
            if isinstance(item, _Set):
                if item.negate:
                    raise Unsupported("negated class inside a class")
                ranges.extend(item.ranges)
                continue
            if self.peek() == "-" and self.text[self.pos + 1:self.pos + 2] not in ("]", ""):
                self.pos += 1
                end = self.class_atom()
                if not isinstance(end, str) or ord(end) < ord(item):
                    raise Unsupported("class range")
                ranges.append((ord(item), ord(end)))
            else:
                ranges.append((ord(item), ord(item)))
        self.pos += 1
        return _Set(negate, tuple(ranges))

    def class_atom(self) -> str | _Set:
        ch = self.take()
        if ch == "\\":
            item = self.escape(in_class=True)
            if item is None or not isinstance(item, (str, _Set)):
                raise Unsupported("class escape")
            return item
        return ch


def _render(node: object, grow: list[int]) -> str:
    """The string ``node`` matches, its quantifiers at their minimum plus ``grow[0]`` repeats
    spent on the first quantifiers that allow more."""
    if isinstance(node, str):
        return node
    if isinstance(node, _Set):
        return node.pick()
    if isinstance(node, _Group):
        return "".join(_render(item, grow) for item in node.alternatives[0])
    assert isinstance(node, _Repeat)
    count = node.low
    spare = (node.high - node.low) if node.high is not None else grow[0]
    extra = min(spare, grow[0])
    grow[0] -= extra
    count += extra
    return "".join(_render(node.node, grow) for _ in range(count))


@functools.lru_cache(maxsize=4096)
def matching(pattern: str, min_length: int = 0, max_length: int | None = None) -> str | None:
    """A string that ``pattern`` matches within the length bounds, or None (see the module docstring)."""
    try:
        parser = _Parser(pattern)
        tree = parser.alternatives()
        if parser.pos != len(pattern):
            raise Unsupported("unbalanced ')'")
        text = _render(tree, [0])
        grow = 1
        while len(text) < min_length and grow <= min_length:
            longer = _render(tree, [grow])
            if len(longer) <= len(text):
                break  # nothing can grow
            text, grow = longer, grow + 1
    except (Unsupported, ValueError, IndexError, RecursionError):
        return None
    if len(text) < min_length or (max_length is not None and len(text) > max_length):
        return None
    return text if _confirmed(pattern, text) else None


def _confirmed(pattern: str, text: str) -> bool:
    """Python's ``re`` agrees (ECMA named groups spelled the Python way); an ECMA-only pattern
    Python cannot compile is trusted to the parser above."""
    try:
        return re.search(re.sub(r"\(\?<(?![=!])", "(?P<", pattern), text) is not None
    except re.error:
        return True


def matches(pattern: str, text: str) -> bool:
    """Whether ``text`` satisfies ``pattern`` (unanchored, as JSON Schema says); True if unreadable."""
    try:
        return re.search(re.sub(r"\(\?<(?![=!])", "(?P<", pattern), text) is not None
    except re.error:
        return True
