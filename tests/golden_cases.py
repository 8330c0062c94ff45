"""Golden cases: ``tests/golden/<case>/spec.yaml`` (+ optional ``config.toml``) → ``expected/``."""

from __future__ import annotations

import tomllib
from pathlib import Path

from generator.config import ClientConfig, client_from_mapping
from generator.diagnostics import has_errors
from generator.pipeline import build

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = sorted(p for p in GOLDEN.iterdir() if (p / "spec.yaml").is_file() or (p / "spec.json").is_file())


def case_config(case: Path) -> ClientConfig:
    spec = case / "spec.yaml" if (case / "spec.yaml").is_file() else case / "spec.json"
    raw: dict[str, object] = {"spec": spec.name, "output": "expected", "package": f"{case.name}_client"}
    config_file = case / "config.toml"
    if config_file.is_file():
        raw.update(tomllib.loads(config_file.read_text(encoding="utf-8")))
    return client_from_mapping(raw, root=case, where=str(config_file))


def generate_case(case: Path) -> dict[str, bytes]:
    result = build(case_config(case))
    if has_errors(result.diagnostics):
        raise AssertionError("\n".join(d.render() for d in result.diagnostics))
    return result.files
