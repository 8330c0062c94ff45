"""Fixtures for client behaviour tests: a client generated from ``feature_spec.yaml`` into a temp dir.

The package gets its own name (``featuretest_client``) so it cannot clash with the committed
ReflexDB client; it is generated once per test session (black makes generation cost seconds).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator.config import ClientConfig
from generator.pipeline import generate

HERE = Path(__file__).resolve().parent
FEATURE_PACKAGE = "featuretest_client"


def generate_package(spec: Path, out: Path, package: str, **options: object) -> Path:
    """Generate a client for ``spec`` into ``out`` and put it on ``sys.path``; returns ``out``."""
    config = ClientConfig(spec=spec, output=out, package=package, **options)  # type: ignore[arg-type]
    result = generate(config)
    assert result.ok, [d.render() if hasattr(d, "render") else d for d in result.diagnostics]
    if str(out) not in sys.path:
        sys.path.insert(0, str(out))
    return out


@pytest.fixture(scope="session")
def feature_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_package(
        HERE / "feature_spec.yaml",
        tmp_path_factory.mktemp("feature") / "client",
        FEATURE_PACKAGE,
        token_env="FEAT_TOKEN",
        secret_fields=("key",),
    )


@pytest.fixture(scope="session")
def feat(feature_dir: Path) -> ModuleType:
    """The generated package (``featuretest_client``)."""
    return importlib.import_module(FEATURE_PACKAGE)


@pytest.fixture(autouse=True)
def _no_ambient_credentials(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("FEAT_TOKEN", "REFLEXDB_TOKEN", "FEATURETEST_CLIENT_BASIC",
                 "FEATURETEST_CLIENT_HEADER_KEY", "FEATURETEST_CLIENT_QUERY_KEY",
                 "FEATURETEST_CLIENT_COOKIE_KEY", "ORDERS_CLIENT_TOKEN", "ORDERS_CLIENT_CLIENT_ID",
                 "ORDERS_CLIENT_CLIENT_SECRET", "ORDERS_CLIENT_REFRESH_TOKEN", "ORDERS_CLIENT_LOG"):
        monkeypatch.delenv(name, raising=False)
    yield


ORDERS_PACKAGE = "orders_client"


@pytest.fixture(scope="session")
def orders_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A client generated from ``service_spec.yaml`` (OAuth2, idempotency keys, request IDs,
    deprecations)."""
    return generate_package(HERE / "service_spec.yaml", tmp_path_factory.mktemp("orders") / "client",
                            ORDERS_PACKAGE)


@pytest.fixture(scope="session")
def orders(orders_dir: Path) -> ModuleType:
    """The generated package (``orders_client``)."""
    return importlib.import_module(ORDERS_PACKAGE)
