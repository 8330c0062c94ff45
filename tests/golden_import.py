"""Put golden cases' generated trees on sys.path so behaviour tests can import them."""

from __future__ import annotations

import sys

from tests.golden_cases import GOLDEN


def use(case: str) -> None:
    path = str(GOLDEN / case / "expected")
    if path not in sys.path:
        sys.path.insert(0, path)
