"""A client generated from ``wire_spec.yaml`` (every style and body encoding), once per session."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

from tests.client.conftest import generate_package

HERE = Path(__file__).resolve().parent
WIRE_SPEC = HERE / "wire_spec.yaml"
WIRE_PACKAGE = "wire_client"


@pytest.fixture(scope="session")
def wire_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_package(WIRE_SPEC, tmp_path_factory.mktemp("wire") / "client", WIRE_PACKAGE)


@pytest.fixture(scope="session")
def wire(wire_dir: Path) -> ModuleType:
    return importlib.import_module(WIRE_PACKAGE)
