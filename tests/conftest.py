"""Shared fixtures: the generated ReflexDB package on sys.path and a local HTTP server."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server import LocalServer

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated" / "reflexdb"

if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv
