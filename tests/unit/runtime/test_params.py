"""Parameter serialisation against the OpenAPI specification's table of style examples.

The table (OpenAPI 3.0.3 / 3.1.0, "Style Examples") serialises ``color`` as the string ``blue``,
the array ``[blue, black, brown]`` and the object ``{R: 100, G: 200, B: 150}`` for every style and
explode value; each cell below is copied from it (query cells joined with ``&``).
"""

from __future__ import annotations

import dataclasses
import enum
from typing import Any

import pytest

from templates.runtime._params import (
    Styled,
    cookie_pairs,
    header_value,
    path_text,
    query_pairs,
)
from templates.runtime._types import UNSET

BLUE = "blue"
ARRAY = ["blue", "black", "brown"]
OBJECT = {"R": 100, "G": 200, "B": 150}

# (style, explode) -> (primitive, array, object), as in the specification's table.
PATH_TABLE = {
    ("simple", False): ("blue", "blue,black,brown", "R,100,G,200,B,150"),
    ("simple", True): ("blue", "blue,black,brown", "R=100,G=200,B=150"),
    ("label", False): (".blue", ".blue,black,brown", ".R,100,G,200,B,150"),
    ("label", True): (".blue", ".blue.black.brown", ".R=100.G=200.B=150"),
    ("matrix", False): (";color=blue", ";color=blue,black,brown", ";color=R,100,G,200,B,150"),
    ("matrix", True): (";color=blue", ";color=blue;color=black;color=brown", ";R=100;G=200;B=150"),
}
QUERY_TABLE = {
    ("form", False): ("color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"),
    ("form", True): ("color=blue", "color=blue&color=black&color=brown", "R=100&G=200&B=150"),
    ("spaceDelimited", False): (None, "color=blue%20black%20brown", "color=R%20100%20G%20200%20B%20150"),
    ("pipeDelimited", False): (None, "color=blue|black|brown", "color=R|100|G|200|B|150"),
    ("deepObject", True): (None, None, "color[R]=100&color[G]=200&color[B]=150"),
}


@pytest.mark.parametrize(("style", "explode"), list(PATH_TABLE))
@pytest.mark.parametrize("index", [0, 1, 2], ids=["primitive", "array", "object"])
def test_path_styles_match_the_specification_table(style: str, explode: bool, index: int) -> None:
    value = (BLUE, ARRAY, OBJECT)[index]
    assert path_text("color", value, style, explode) == PATH_TABLE[style, explode][index]
    assert path_text("color", Styled(value, style, explode)) == PATH_TABLE[style, explode][index]


# The cells the table fills (it marks the others n/a).
QUERY_CELLS = [(style, explode, index, expected) for (style, explode), row in QUERY_TABLE.items()
               for index, expected in enumerate(row) if expected is not None]


@pytest.mark.parametrize(("style", "explode", "index", "expected"), QUERY_CELLS)
def test_query_styles_match_the_specification_table(style: str, explode: bool, index: int,
                                                    expected: str) -> None:
    value = (BLUE, ARRAY, OBJECT)[index]
    assert "&".join(query_pairs("color", value, style, explode)) == expected
    assert "&".join(query_pairs("color", Styled(value, style, explode))) == expected


def test_delimited_styles_with_explode_are_form_explode() -> None:
    for style in ("spaceDelimited", "pipeDelimited"):
        assert query_pairs("color", ARRAY, style, True) == ["color=blue", "color=black", "color=brown"]


def test_header_simple_and_cookie_form() -> None:
    assert header_value(BLUE) == "blue"
    assert header_value(ARRAY) == "blue,black,brown"
    assert header_value(OBJECT) == "R,100,G,200,B,150"
    assert header_value(OBJECT, True) == "R=100,G=200,B=150"
    assert header_value(Styled(OBJECT, "simple", True)) == "R=100,G=200,B=150"
    assert cookie_pairs("color", BLUE) == [("color", "blue")]
    assert cookie_pairs("color", ARRAY, False) == [("color", "blue,black,brown")]
    assert cookie_pairs("color", ARRAY, True) == [("color", "blue"), ("color", "black"), ("color", "brown")]
    assert cookie_pairs("color", OBJECT, False) == [("color", "R,100,G,200,B,150")]
    assert cookie_pairs("color", OBJECT, True) == [("R", "100"), ("G", "200"), ("B", "150")]
    assert cookie_pairs("color", UNSET) == []
    assert cookie_pairs("c", "a b;c") == [("c", "a%20b%3Bc")]
    with pytest.raises(ValueError, match="line break"):
        header_value("a\r\nInjected: 1")


def test_deep_object_nests_and_indexes_arrays_as_stripe_and_prism_read_them() -> None:
    created = {"gt": 1700000000, "lte": 1800000000}
    assert query_pairs("created", created, "deepObject", True) == [
        "created[gt]=1700000000", "created[lte]=1800000000"]
    nested = {"address": {"city": "Zürich & co"}, "tags": ["a", "b"]}
    assert query_pairs("f", nested, "deepObject", True) == [
        "f[address][city]=Z%C3%BCrich%20%26%20co", "f[tags][0]=a", "f[tags][1]=b"]
    # Stripe's ``expand`` is an array declared deepObject: indexed, as Prism's deserializer expects.
    assert query_pairs("expand", ["customer", "invoice"], "deepObject", True) == [
        "expand[0]=customer", "expand[1]=invoice"]


def test_values_are_percent_encoded_but_delimiters_are_not() -> None:
    assert query_pairs("q", ["a,b", "c d"], "form", False) == ["q=a%2Cb,c%20d"]
    assert query_pairs("q", ["a|b"], "pipeDelimited", False) == ["q=a%7Cb"]
    assert query_pairs("a b", "x&y=z#w+1") == ["a%20b=x%26y%3Dz%23w%2B1"]
    assert path_text("p", ["a/b", "c"]) == "a%2Fb,c"
    assert path_text("p", "a;b", "matrix") == ";p=a%3Bb"


def test_allow_reserved_keeps_reserved_characters_except_query_delimiters() -> None:
    value = "/a:b?c[d]@e!$'()*,;f&g=h#i+j %41"
    assert query_pairs("q", Styled(value, "form", True, True)) == [
        "q=/a:b?c[d]@e!$'()*,;f%26g%3Dh%23i%2Bj%20%41"]
    assert query_pairs("q", value) == [
        "q=%2Fa%3Ab%3Fc%5Bd%5D%40e%21%24%27%28%29%2A%2C%3Bf%26g%3Dh%23i%2Bj%20%2541"]


class Color(enum.Enum):
    RED = "red"


@dataclasses.dataclass
class Range:
    """Stands in for a generated model: it serialises from its wire names (to_dict)."""

    greater_than: int

    def to_dict(self, request: bool = False) -> dict[str, Any]:
        return {"gt": self.greater_than}


def test_models_serialise_from_their_wire_names_and_enums_by_value() -> None:
    assert query_pairs("created", Range(5), "deepObject", True) == ["created[gt]=5"]
    assert query_pairs("created", Range(5), "form", True) == ["gt=5"]
    assert path_text("c", Color.RED) == "red"
    assert query_pairs("b", [True, False], "form", False) == ["b=true,false"]


def test_unset_and_empty() -> None:
    assert query_pairs("q", UNSET) == []
    assert query_pairs("q", Styled(UNSET, "pipeDelimited", False)) == []
    assert query_pairs("q", []) == []
    assert query_pairs("q", None) == ["q="]
    assert path_text("p", [], "matrix") == ";p"


@pytest.mark.parametrize(("value", "style"), [("", "simple"), (".", "simple"), ("..", "simple"),
                                               ([], "simple"), ([], "label"), ("", "label")])
def test_path_values_that_would_change_the_path_are_refused(value: Any, style: str) -> None:
    with pytest.raises(ValueError, match="would change the request's path"):
        path_text("id", value, style)
