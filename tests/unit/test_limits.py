"""limits.walk: the plain count for trees (parsed JSON) answers exactly as the full walk does."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import limits

SMALL = dataclasses.replace(limits.DEFAULT, max_depth=3, max_nodes=40, max_integer_digits=5,
                            max_float_exponent=10)

_LEAVES = st.one_of(st.none(), st.booleans(), st.text(max_size=3), st.integers(-10**7, 10**7),
                    st.floats(allow_nan=True, allow_infinity=True),
                    st.builds(limits.HugeInt, st.integers(6, 5000)))  # the JSON loader's stand-in
_TREES = st.recursive(_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=3), inner, max_size=4)), max_leaves=60)


def _outcome(data: Any, shared: bool) -> tuple[str, str, int]:
    try:
        return "ok", "", limits.walk(data, SMALL, shared=shared)
    except limits.LimitExceeded as exc:
        return exc.code, exc.pointer, 0


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.text(max_size=3), _TREES, max_size=5))
def test_the_tree_count_agrees_with_the_walk(data: dict[str, Any]) -> None:
    """Same size within bounds; past one, the same breach at the same pointer (depth, nodes, a
    number too large or not finite)."""
    assert _outcome(data, shared=False) == _outcome(data, shared=True)


@pytest.mark.parametrize(("data", "code"), [
    ({"a": {"b": {"c": {"d": {}}}}}, "limit-depth"),
    ({"a": list(range(50))}, "limit-nodes"),
    ({"a": [1, 2, 123456789]}, "limit-number"),
    ({"a": {"b": float("nan")}}, "limit-number"),
    ({"a": [limits.HugeInt(20)]}, "limit-number"),  # an int subclass: checked as an int
])
def test_each_breach_is_reported_from_the_tree_count(data: dict[str, Any], code: str) -> None:
    assert _outcome(data, shared=False)[0] == code


def test_a_shared_node_is_counted_by_the_walk() -> None:
    """YAML aliases: the walk's memo and alias count, never the tree count (``shared`` is the default)."""
    node = [1, 2]
    data = {f"k{i}": node for i in range(30)}
    alias_bound = dataclasses.replace(limits.DEFAULT, max_aliases=10)
    with pytest.raises(limits.LimitExceeded) as caught:
        limits.walk(data, alias_bound)
    assert caught.value.code == "limit-aliases"
