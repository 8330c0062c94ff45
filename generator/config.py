"""Configuration: one frozen ``ClientConfig`` per client, read from ``[tool.generator]``.

Nothing here reads ambient state beyond the file it is pointed at; CLI flags are merged by the
caller. Unknown keys are errors, so a typo cannot silently change the output.
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, SpecError


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ClientConfig:
    spec: Path
    output: Path
    package: str
    project_name: str = ""
    base_url: str = ""  # empty: the spec's first server
    token_env: str = ""  # empty: derived from the package name
    secret_fields: tuple[str, ...] = ()
    operation_names: tuple[tuple[str, str], ...] = ()  # ("POST /path", "python_name")
    templates: Path | None = None
    tests: bool = False  # also emit a pytest module per API group under tests/

    @property
    def distribution(self) -> str:
        return self.project_name or self.package.replace("_", "-")


_KEYS = {f.name for f in dataclasses.fields(ClientConfig)}


def client_from_mapping(raw: dict[str, Any], *, root: Path, where: str) -> ClientConfig:
    unknown = sorted(set(raw) - _KEYS)
    missing = sorted({"spec", "output", "package"} - set(raw))
    problems = [
        Diagnostic(severity="error", code="config-unknown-key", file=where,
                   message=f"unknown key {key!r} in [tool.generator] client entry "
                           f"(known: {', '.join(sorted(_KEYS))})")
        for key in unknown
    ] + [
        Diagnostic(severity="error", code="config-missing-key", file=where,
                   message=f"missing key {key!r} in [tool.generator] client entry")
        for key in missing
    ]
    if problems:
        raise SpecError(problems)
    names = raw.get("operation_names", {})
    if not isinstance(names, dict):
        raise SpecError([Diagnostic(severity="error", code="config-type", file=where,
                                    message="operation_names must be a table of 'METHOD /path' = 'name'")])
    if not isinstance(raw.get("tests", False), bool):
        raise SpecError([Diagnostic(severity="error", code="config-type", file=where,
                                    message="tests must be true or false")])
    templates = raw.get("templates")
    return ClientConfig(
        spec=root / str(raw["spec"]),
        output=root / str(raw["output"]),
        package=str(raw["package"]),
        project_name=str(raw.get("project_name", "")),
        base_url=str(raw.get("base_url", "")),
        token_env=str(raw.get("token_env", "")),
        secret_fields=tuple(str(s) for s in raw.get("secret_fields", ())),
        operation_names=tuple(sorted((str(k), str(v)) for k, v in names.items())),
        templates=root / str(templates) if templates else None,
        tests=raw.get("tests") is True,
    )


def load_project(pyproject: Path) -> tuple[ClientConfig, ...]:
    where = str(pyproject)
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SpecError([Diagnostic(severity="error", code="config-unreadable", file=where,
                                    message=f"cannot read configuration: {exc}")]) from None
    section = data.get("tool", {}).get("generator")
    if not isinstance(section, dict) or not isinstance(section.get("clients"), list):
        raise SpecError([Diagnostic(severity="error", code="config-missing", file=where,
                                    message="no [[tool.generator.clients]] entries")])
    extra = sorted(set(section) - {"clients"})
    if extra:
        raise SpecError([Diagnostic(severity="error", code="config-unknown-key", file=where,
                                    message=f"unknown key {k!r} in [tool.generator]") for k in extra])
    return tuple(
        client_from_mapping(entry, root=pyproject.parent, where=where) for entry in section["clients"]
    )
