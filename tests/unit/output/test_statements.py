"""The fast statement scanner reads exactly what ``tokenize`` reads (generator/output/statements.py).

The property: whenever ``scan`` returns statements, they equal those ``statements`` (``tokenize``)
yields, token for token (type, string, start, end, line), and ``tokenize`` raises on none of that
text. ``scan`` may give up (``Unscannable``) on anything; on the files the generator writes it must not, or the
fast path would be dead code.
"""

from __future__ import annotations

import random
import tokenize
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.output import blackform
from generator.output.statements import Unscannable, scan, statements
from tests.fixtures.helpers import ROOT

GENERATED = sorted((ROOT / "generated").rglob("*.py")) + sorted((ROOT / "tests" / "golden").rglob("*.py"))


def _reference(text: str) -> list[object] | None:
    """``tokenize``'s statements, or None where it raises (skeleton() then gives up too)."""
    try:
        return list(statements(text))
    except (tokenize.TokenError, SyntaxError):
        return None


def _fast(text: str) -> list[object] | None:
    """``scan``'s statements, or None where it gives up."""
    try:
        return list(scan(text))
    except Unscannable:
        return None


def _agrees(text: str) -> None:
    fast = _fast(text)
    if fast is not None:
        assert fast == _reference(text), text


def test_the_generated_files_are_scanned_fast_and_exactly() -> None:
    assert len(GENERATED) > 100
    for path in GENERATED:
        text = path.read_text(encoding="utf-8")
        fast = _fast(text)
        assert fast is not None, path
        assert fast == _reference(text), path


AGREES = [
    'x = rb"a" + f"b{c}" + Rb\'d\' + u"e"\n',
    "x = .5 + 1_000j + 0x_ff + 1e-3 + 0o7 + 0b1 + 3.\n",
    "x = y...\n", "x = a.b.c\n", "x: int = 1; y = 2\n",
    "def f(a, *, b=1) -> int:\n    return a ** b // 2 @ m\n",
    "if (n := 1) != 2:\n    x **= 3\n    y >>= 1\n",
    '"""Doc\n\nstring."""\n\nx = 1  # comment\n# alone\n\n\n    \ny = [\n    1,\n\n    # inside\n    2,\n]\n',
    'x = """a\nb"""; y = 2\n',
    'def f():\n    """Doc\n    more"""\n    return 1\n',
    "x = 'é' + \"ü\"\n",
    'x = "a""b"\n', 'x = ""\ny = \'\'\n',
    'x = "\\"quoted\\" \\\\"\n',
    "class A:\n    pass\n\n\nclass B:\n    def f(self):\n        pass\n\n    x = 1\n",
    "async def f():\n    await g()\n",
    "x = {\n    'a': (\n        1,\n    ),\n}\n",
    "x = f'''a\n{b}\n'''\n",
]

GIVES_UP = [
    "x = 1",  # no final newline
    "x = 1\r\n",
    "x = 1 + \\\n    2\n",  # a backslash continuation
    'x = """never closed\n',
    "x = 'never closed\n",
    "x = (1,\n",  # brackets left open
    "x = 1)\n",
    "if x:\n        y = 1\n    z = 2\n",  # a dedent to no outer level
    "if x:\n    y = 1\n   [z]\n",  # the same, the line opening a bracket
    "x = 1 $ 2\n", "x = a ! b\n", "x = a ? b\n",
    "x = é\n",  # a name beyond ASCII
    "x = 1\t# tab\n",
    'x = if"a"\n',  # a quote right after a name that is not a string prefix
]


@pytest.mark.parametrize("text", AGREES)
def test_the_scanner_agrees_with_tokenize(text: str) -> None:
    fast = _fast(text)
    assert fast is not None, text
    assert fast == _reference(text)


@pytest.mark.parametrize("text", GIVES_UP)
def test_the_scanner_gives_up_where_it_cannot_vouch(text: str) -> None:
    assert _fast(text) is None
    _agrees(text)


def _unscannable(text: str) -> Iterator[object]:
    raise Unscannable("scanner switched off")


@pytest.mark.parametrize("text", AGREES + GIVES_UP)
def test_skeleton_decides_as_it_does_by_tokenize_alone(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = blackform.skeleton(text)
    monkeypatch.setattr(blackform, "scan", _unscannable)
    assert fast == blackform.skeleton(text)
    if _reference(text) is None:
        assert fast is None


def test_the_generated_files_skeletons_are_those_of_tokenize(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [path.read_text(encoding="utf-8") for path in GENERATED]
    fast = [blackform.skeleton(text) for text in texts]
    monkeypatch.setattr(blackform, "scan", _unscannable)
    assert fast == [blackform.skeleton(text) for text in texts]
    assert any(fast)


# Characters that move tokenize's decisions: quotes, prefixes, escapes, brackets, comments, dots,
# digits, indentation, line ends.
_PIECES = ["'", '"', '"""', "'''", "\\", "\\\n", "#", "(", ")", "[", "]", "{", "}", ".", "..", "5", "0x", "e",
           "_", "r", "b", "f", "u", "rb", " ", "    ", "\n", "\n    ", ":", "=", "==", "!", "*", "**", "->", ";",
           "é", "\t", "\r", "if", "x", "1j", ",", "@"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_random_text_is_read_as_tokenize_reads_it_or_not_at_all(pieces: list[str]) -> None:
    _agrees("".join(pieces) + "\n")


@pytest.mark.parametrize("seed", range(4))
def test_mutated_generated_files_are_read_as_tokenize_reads_them(seed: int) -> None:
    rng = random.Random(seed)
    paths: list[Path] = rng.sample(GENERATED, 25)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for _ in range(20):
            at = rng.randrange(len(text))
            mutated = text[:at] + rng.choice(_PIECES) + text[at + rng.choice([0, 0, 1, 3]):]
            _agrees(mutated)
