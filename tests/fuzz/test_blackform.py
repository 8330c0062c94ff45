"""Mutations of real generated code: a statement blackform settles is one black leaves unchanged.

Every statement of the committed client (and, with ``make fuzz``, of four corpus specs' clients) is
mutated the ways that move black's decisions: names made longer or shorter (lines cross the line
length), deeper indentation, a trailing comma dropped or added, the statement joined onto one line
or broken after a comma, spacing, quotes and number spellings changed. Whenever blackform settles
the mutated statement, black must leave it exactly as it is (it is checked alone, in blocks as
deep as it was; blank lines around it are black's to decide in the skeleton, so they are not
compared). Whole mutated files then go through ``format_python``, which must equal black's output.
"""

from __future__ import annotations

import io
import keyword
import random
import re
import tokenize
import warnings
from pathlib import Path

import black
import pytest

from generator.config import ClientConfig
from generator.output import blackform, statements
from generator.output import format as fmt
from generator.pipeline import build
from tests.e2e.test_semantic_agreement import CORPUS
from tests.fixtures.helpers import ROOT
from tests.fuzz.conftest import FULL

_TOKENS = (tokenize.NAME, tokenize.NUMBER, tokenize.STRING, tokenize.OP)


def _black(text: str) -> str:
    return black.format_str(text, mode=fmt.mode())


class _Mutator:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def name(self) -> str:
        return "n" + "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz")
                             for _ in range(self.rng.choice([1, 2, 5, 10, 20, 30, 45, 60, 80])))

    def __call__(self, src: str) -> str:
        rng = self.rng
        toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline) if t.type in _TOKENS]
        lines = src.splitlines(keepends=True)

        def replace(t: tokenize.TokenInfo, new: str) -> str:
            (row, col), (end_row, end_col) = t.start, t.end
            if row != end_row:
                return src
            changed = list(lines)
            changed[row - 1] = lines[row - 1][:col] + new + lines[row - 1][end_col:]
            return "".join(changed)

        names = [t for t in toks if t.type == tokenize.NAME and not keyword.iskeyword(t.string)
                 and t.string not in ("self", "cls")]
        kind = rng.randrange(10)
        if kind == 0 and names:
            return replace(rng.choice(names), self.name())
        if kind == 1 and names:  # every name shorter, or every name longer
            out = src
            for n in sorted({t.string for t in names}):
                out = re.sub(rf"\b{re.escape(n)}\b", rng.choice([n[:1], n + n[:rng.choice([1, 5, 12])]]), out)
            return out
        if kind == 2:
            strings = [t for t in toks if t.type == tokenize.STRING and t.start[0] == t.end[0]
                       and t.string[:1] in "\"'" and not t.string.startswith(('"""', "'''"))]
            if strings:
                t = rng.choice(strings)
                return replace(t, t.string[0] + "x" * rng.choice([0, 1, 10, 40, 70, 95]) + t.string[0])
        if kind == 3:  # joined onto one line
            out, prev = "", None
            for t in toks:
                if prev is not None and t.string not in ",)]}:." and prev.string not in "([{.":
                    out += " "
                out += t.string
                prev = t
            return src[: len(src) - len(src.lstrip())] + out + "\n"
        if kind == 4:
            commas = [t for i, t in enumerate(toks[:-1]) if t.string == "," and toks[i + 1].string in ")]}"]
            if commas:
                return replace(rng.choice(commas), "")
        if kind == 5:
            closing = [t for i, t in enumerate(toks[1:], 1) if t.string in ")]}" and toks[i - 1].string not in ",([{"]
            if closing:
                t = rng.choice(closing)
                return replace(t, "," + t.string)
        if kind == 6 and toks:
            t = rng.choice(toks)
            return replace(t, rng.choice([" ", ""]) + t.string + rng.choice(["", " "]))
        if kind == 7:
            strings = [t for t in toks if t.type == tokenize.STRING and t.string.startswith('"')
                       and not t.string.startswith('"""')]
            if strings:
                t = rng.choice(strings)
                return replace(t, "'" + t.string[1:-1] + "'")
        if kind == 8:
            numbers = [t for t in toks if t.type == tokenize.NUMBER]
            if numbers:
                return replace(rng.choice(numbers), rng.choice(["0XFF", "1E5", "1_000", "0o17", "1.5J", "1e-3"]))
        if kind == 9:
            commas = [t for t in toks if t.string == ","]
            if commas:
                return replace(rng.choice(commas), ",\n" + " " * rng.choice([0, 4, 8, 12]))
        return src


def _alone(src: str, depth: int) -> str:
    """The statement alone, ``depth`` blocks deep, with what it needs around it to parse."""
    head = "".join("    " * i + "if _:\n" for i in range(depth))
    word = src.lstrip().split(" ")[0].rstrip(":")
    if word == "except":
        head += "    " * depth + "try:\n" + "    " * (depth + 1) + "pass\n"
    elif word in ("elif", "else"):
        head += "    " * depth + "if _:\n" + "    " * (depth + 1) + "pass\n"
    tail = ""
    if src.rstrip().endswith(":"):
        tail = "    " * (depth + 1) + "pass\n"
    elif word.startswith("@"):
        tail = "    " * depth + "def _():\n" + "    " * (depth + 1) + "pass\n"
    return head + src + tail


def _stand_in_at(text: str, row: int) -> str | None:
    for s in statements.statements(text):
        if s.tokens[0].start[0] == row:
            return blackform._settled(s.tokens, s.newline, s.first_in_block)
    return None


# With ``make fuzz``: these corpus specs' clients too (other templates' shapes, other name lengths).
FUZZ_CORPUS = ["twilio-video_v1.json", "openai-openapi-2024-01.yaml", "asana-asana_oas.yaml",
               "oag-python-petstore-with-fake-endpoints-models-for-testing.yaml"]


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    files = sorted((ROOT / "generated").rglob("*.py"))
    if FULL and CORPUS is not None:
        for name in FUZZ_CORPUS:
            out = tmp_path_factory.mktemp("client")
            result = build(ClientConfig(spec=CORPUS / name, output=out, package="fuzz_client"))
            for path, data in result.files.items():
                if path.endswith(".py"):
                    (out / path).parent.mkdir(parents=True, exist_ok=True)
                    (out / path).write_bytes(data)
            files += sorted(out.rglob("*.py"))
    return files


@pytest.mark.parametrize("seed", range(3 if not FULL else 20))
def test_a_settled_statement_is_left_alone_by_black(seed: int, trees: list[Path]) -> None:
    rng = random.Random(seed)
    mutate = _Mutator(rng)
    files = list(trees)
    rng.shuffle(files)
    settled = 0
    for path in files[: 12 if not FULL else 400]:
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        for statement in (s.tokens for s in statements.statements(text)):
            if statement[0].start[1] % 4:
                continue
            src = "".join(lines[statement[0].start[0] - 1:statement[-1].end[0]])
            depth = statement[0].start[1] // 4
            try:
                mutated = mutate(src)
                if rng.random() < 0.3:
                    k = rng.choice([1, 2, 3, 5])
                    mutated = "".join("    " * k + ln if ln.strip() else ln for ln in mutated.splitlines(True))
                    depth += k
                if rng.random() < 0.3:
                    mutated = mutate(mutated)
                alone = _alone(mutated, depth)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    compile(alone, "<mutated>", "exec")
                stand_in = _stand_in_at(alone, alone.count("\n", 0, alone.index(mutated)) + 1)
            except (SyntaxError, tokenize.TokenError, ValueError):
                continue
            if stand_in is None:
                continue
            settled += 1
            # Blank lines are the skeleton's business (black sees them there), not compared here.
            assert _black(alone).replace("\n\n", "\n") == alone.replace("\n\n", "\n"), alone
    assert settled > 100


@pytest.mark.parametrize("seed", range(2 if not FULL else 10))
def test_format_python_is_blacks_output_on_mutated_files(seed: int, trees: list[Path]) -> None:
    """Whole files: statements mutated, blank lines added or removed, comments added."""
    rng = random.Random(1000 + seed)
    mutate = _Mutator(rng)
    files = [p for p in trees if "_runtime" not in p.parts]
    rng.shuffle(files)
    for path in files[: 6 if not FULL else 60]:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for _ in range(3):
            changed = list(lines)
            for _ in range(rng.choice([1, 3, 8])):
                i = rng.randrange(len(changed))
                what = rng.randrange(4)
                if what == 0:
                    changed.insert(i, "\n")
                elif what == 1 and changed[i].strip() == "":
                    del changed[i]
                elif what == 2:
                    changed.insert(i, changed[i][: len(changed[i]) - len(changed[i].lstrip())] + "# note\n")
                else:
                    try:
                        changed[i] = mutate(changed[i])
                    except (SyntaxError, tokenize.TokenError):
                        pass
            text = "".join(changed)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    compile(text, str(path), "exec")
            except SyntaxError:
                continue
            assert fmt.format_python(str(path), text) == _black(text), path
