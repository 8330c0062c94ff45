"""Fixtures for the contract tests: one Prism per test session (per xdist worker)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.contract.prism import Prism, PrismError


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prism]:
    try:
        with Prism(log=tmp_path_factory.mktemp("prism") / "prism.log") as server:
            yield server
    except PrismError as exc:
        pytest.fail(f"the Prism mock server is required for the contract tests: {exc}", pytrace=False)
