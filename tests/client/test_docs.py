"""The generated README and api.md: an example per operation that type-checks, and a reference
that lists the whole public surface."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.client.test_typing import REFLEXDB

BLOCK = re.compile(r"^### (\w+)\.(\w+)\n\n`[^\n]*\n\n```python\n(.*?)```", re.MULTILINE | re.DOTALL)


def _examples(readme: str) -> dict[str, str]:
    return {f"{g}.{n}": code for g, n, code in BLOCK.findall(readme)}


def _operations(package_dir: Path) -> set[str]:
    names = set()
    for module in (package_dir / "api").glob("*.py"):
        for name in re.findall(r"^def (\w+)\(\n    client: _Client,", module.read_text(), re.MULTILINE):
            if not name.endswith("_with_response"):
                names.add(f"{module.stem}.{name}")
    return names


@pytest.mark.slow  # mypy --strict
def test_readme_has_a_type_correct_example_per_operation(feature_dir: Path, tmp_path: Path) -> None:
    files = []
    for root, package in ((REFLEXDB, "reflexdb_client"), (feature_dir, "featuretest_client")):
        readme = (root / "README.md").read_text()
        examples = _examples(readme)
        assert set(examples) == _operations(root / package)
        for section in ("## Install", "## Authentication", "## Errors", "## Retries", "## Timeouts",
                        "## Raw responses", "MissingCredentialsError", "Retry-After", "APITimeoutError"):
            assert section in readme
        for name, code in examples.items():
            path = tmp_path / f"{package}_{name.replace('.', '_')}.py"
            path.write_text(code)
            files.append(str(path))
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), *files],
        check=False, cwd=tmp_path, capture_output=True, text=True, timeout=540,
        env={**os.environ, "MYPYPATH": os.pathsep.join([str(REFLEXDB), str(feature_dir)])},
    )
    assert proc.returncode == 0, proc.stdout[-4000:]


def test_api_md_lists_the_public_surface(feature_dir: Path) -> None:
    import featuretest_client
    from featuretest_client import models

    api_md = (feature_dir / "api.md").read_text()
    for name in featuretest_client.__all__:
        if not name.startswith("__"):
            assert f"`{name}`" in api_md or f"`{name}[" in api_md, name
    for name in models.__all__:
        assert f"### `{name}`" in api_md, name
    for op in _operations(feature_dir / "featuretest_client"):
        assert f"def {op.split('.')[1]}(client: Client" in api_md
    # A required header is not Optional (its class is the one of its status); an optional one is.
    assert "| `ListThingsResponse` | 200 | `x_request_id` | `str` | `X-Request-Id` |" in api_md
    assert "| `ListThingsResponse` | 200 | `x_expires` | `datetime.datetime \\| None` | `X-Expires` |" in api_md
    assert "`ListThingsResponse`" in api_md
    reflexdb_md = (REFLEXDB / "api.md").read_text()
    assert "read from `REFLEXDB_TOKEN`" in reflexdb_md
