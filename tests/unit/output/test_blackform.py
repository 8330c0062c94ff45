"""Deciding without black that text is in black's form (generator/output/blackform.py).

The one property that matters: whenever ``format_python`` returns a text unchanged without black,
black would have returned it unchanged too. Each case below is checked against black itself, so a
case only says which way the decision should go; tests/fuzz/test_blackform.py mutates real
generated code to look for a settled statement black would change.
"""

from __future__ import annotations

import textwrap

import black
import pytest

from generator.output import blackform, statements
from generator.output import format as fmt
from tests.fixtures.helpers import ROOT


def _black(text: str) -> str:
    return black.format_str(text, mode=fmt.mode())


def _stand_ins(text: str) -> list[str | None]:
    """Each statement's stand-in (None: left to black), in order."""
    return [blackform._settled(s.tokens, s.newline, s.first_in_block) for s in statements.statements(text)]


SETTLED = [
    "x = f(a, b=1, *args, **kwargs)\n",
    "x: list[str] | None = None\n",
    "self.items[key] = value.get('k') if value else -1\n".replace("'", '"'),
    "from .models.charge import Charge as Charge\n",
    "return cls(\n    a=1,\n    b=_rt.opt(take, \"B\", _rt.string),\n)\n",
    "x = _rt.present(\n    {\n        **self.extra,\n        \"Key\": self.key,\n    }\n)\n",
    "__all__ = [\n    \"A\",\n    \"B\",\n]\n",
    "__slots__ = (\n    \"a\",\n    \"b\",\n)\n",
    "from .models import (\n    Alpha,\n    Beta as B,\n)\n",
    "def list_things(\n    self,\n    *,\n    limit: int | None = None,\n    cursor: str | None = None,\n) -> Page[Thing]:\n",
    "value = call_something_with_a_long_name(\n    first_argument, second_argument, third_argument_is_rather_long_too\n)\n",
    "_INDEX = \"\"\"\nA:a\nB:b\n\"\"\"\n",
    "x: dict[str, int] = make(\n    a=1,\n    b=2,\n)\n",
    "return self._client.request(\n    \"GET\",\n    url,\n)\n",
    "self._client.request(\n    \"GET\",\n    url,\n)\n",
    "x = {\n    \"a\": 1,\n}\n",
    "def fetch_the_thing_with_a_name(\n    self, identifier: str, version: int, include_everything: bool\n) -> Thing:\n",
    ("parts = _rt.RequestParts(\n    path={\"charge\": charge},\n    **_rt.form_fields(\n"
     "        None if isinstance(body, _rt.Unset) else body.to_dict(request=True),\n        {\n"
     "            \"expand\": _rt.Encoding(style=\"deepObject\", explode=True),\n"
     "            \"metadata\": _rt.Encoding(style=\"deepObject\", explode=True),\n        },\n    ),\n)\n"),
    ("return cls(\n    a=_rt.opt(\n        take,\n        \"AVeryLongPropertyNameThatIsLong\",\n        _rt.str_enum,\n"
     "        SomeQuiteLongEnumerationClassName,\n    ),\n)\n"),
]

NOT_SETTLED = [
    "x = f(a, b,)\n",  # a magic trailing comma on one line: black explodes it
    "x = (a)\n",  # redundant parentheses
    "return (a, b)\n",
    "y = x[1:2]\n",  # slices: spacing depends on the operands
    "f = lambda a: a\n",
    "x = a**2\n",  # black hugs simple power operands
    "x = f( a )\n",
    "x = 'single'\n",
    "x = 0XFF\n",
    "x = \"a\" \"b\"\n",  # implicit concatenation
    "if x: pass\n",
    "class A():\n    pass\n",
    "x = f(\n    a, b\n)\n",  # fits on one line: black joins it
    "return cls(\n    a=1,\n    b=2\n)\n",  # black adds the trailing comma
    "x = [\n    1,\n\n    2,\n]\n",  # a blank line inside brackets
    "value = call_something_with_a_long_name(first_argument, second_argument, third_argument_is_rather_long_too)\n",
    "x = a(b).c(d).e(\n    f,\n)\n",  # two trailers: black weighs optional parentheses
    "x = [\n    a\n    for a in b\n]\n",  # comprehensions: delimiters that depend on the syntax tree
    "def f(\n    a: int,\n    b: int\n) -> None:\n    pass\n",  # black adds the trailing comma
    # A conditional expression too long for its line: black splits it inside its own invisible
    # parentheses, which is not replayed here.
    ("value = function_name(\n    first_long_argument_name_here if some_condition_that_is_rather_long"
     " else second_long_argument_name_too,\n)\n"),
]


@pytest.mark.parametrize("text", SETTLED)
def test_black_form_is_settled(text: str) -> None:
    if text.startswith("def "):
        text += "    pass\n"
    assert _black(text) == text  # the case is black's form
    assert _stand_ins(text)[0] is not None


@pytest.mark.parametrize("text", NOT_SETTLED)
def test_what_black_changes_is_not_settled(text: str) -> None:
    assert _stand_ins(text)[0] is None
    assert fmt.format_python("x.py", text) == _black(text)


def test_docstrings_are_settled_as_black_writes_them() -> None:
    good = textwrap.dedent('''\
        class A:
            """Summary.

            Details, indented as black leaves them.
            """
        ''')
    assert _black(good) == good
    assert _stand_ins(good)[1] is not None
    for bad in (good.replace("Summary.", "  Summary."), good.replace("them.", "them.   "),
                good.replace('    """Summary', "    '''Summary").replace('them.\n    """', "them.\n    '''"),
                good.replace("Details", "        Details")):
        assert _stand_ins(bad)[1] is None
        assert fmt.format_python("x.py", bad) == _black(bad)


@pytest.mark.parametrize("text", [
    "def f():\n    a = 1\n\n\n    b = 2\n",  # two blank lines inside a function: black keeps one
    "a = 1\n\n\n\nb = 2\n",  # three at the top level: black keeps two
    "import a\nx = 1\n",  # black puts a blank line after the imports
    "x = 1\ndef f():\n    pass\n",  # and two before a top-level def
    "class A:\n\n    x: int = 1\n",  # no blank line before the first statement of a class body
    "def f():\n    x = 1\n    # note\n    y = 2\n",  # a comment between two statements
])
def test_blank_lines_stay_blacks_to_decide(text: str) -> None:
    """Runs of settled statements share one stand-in only where black keeps the blank lines."""
    assert fmt.format_python("x.py", text) == _black(text)


def test_the_committed_client_is_nearly_all_settled() -> None:
    """The renderer writes black's form; nearly every statement of the committed client is settled
    here, and every rendered file (the runtime is copied, not formatted) is decided without
    formatting the whole file."""
    files = sorted(p for p in (ROOT / "generated").rglob("*.py") if "_runtime" not in p.parts)
    total = settled = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        found = _stand_ins(text)
        total += len(found)
        settled += sum(1 for s in found if s is not None)
        assert fmt._in_blacks_form(text), path
    assert settled / total > 0.9


def test_a_skeleton_black_changes_means_black_formats_the_whole_file() -> None:
    text = "x = 1\n\n\n\ny = f(\n    a,\n)\n"
    skeleton = blackform.skeleton(text)
    assert skeleton is not None and _black(skeleton) != skeleton
    assert fmt.format_python("x.py", text) == _black(text)


@pytest.mark.parametrize("text", ["x = 1\t# tab\n", "x = 1  # fmt: skip\n", "x = \\\n    1\n", "x = 1\r\n"])
def test_text_not_reasoned_about_gets_no_skeleton(text: str) -> None:
    assert blackform.skeleton(text) is None


def test_another_black_series_formats_every_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """The replayed rules are black 26's stable style: with another black, black decides."""
    text = "x = f(a, b)\n"
    assert fmt._in_blacks_form(text)
    monkeypatch.setattr(fmt, "black_version", lambda: "27.1.0")
    assert not fmt._in_blacks_form(text)


def test_the_verify_switch_catches_a_wrong_settlement(monkeypatch: pytest.MonkeyPatch) -> None:
    """``GENERATOR_BLACKFORM=verify`` (the corpus runs' switch) re-runs black on what was settled."""
    text = "x = f( a )\n"  # black changes it
    monkeypatch.setattr(blackform, "skeleton", lambda _text: "x = 1\n")  # a skeleton black keeps
    assert fmt._in_blacks_form(text)  # what a wrong settlement would look like
    monkeypatch.setenv("GENERATOR_BLACKFORM", "verify")
    with pytest.raises(AssertionError, match="blackform settled a text black changes"):
        fmt._in_blacks_form(text)
