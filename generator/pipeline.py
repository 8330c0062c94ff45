"""The pipeline: configuration → files in memory (and, when asked, on disk).

``build`` is pure apart from reading the spec and templates; ``generate`` adds the write or the
check. Spec problems come back as diagnostics in the result; only generator bugs raise.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from generator import ir
from generator.apidiff import Report, against_recorded
from generator.config import ClientConfig
from generator.diagnostics import Diagnostic, SpecError, has_errors
from generator.format import FormatError, format_python
from generator.loader import load
from generator.lower import lower
from generator.render import render, render_testing
from generator.surface import SURFACE, SurfaceError, build_surface, surface_bytes
from generator.validate import validate
from generator.writer import (
    MANIFEST,
    CheckResult,
    WriteError,
    WriteStats,
    check_tree,
    manifest_bytes,
    write_tree,
)


@dataclass(slots=True)
class Result:
    config: ClientConfig
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    api: ir.Api | None = None
    stats: WriteStats | None = None
    check: CheckResult | None = None
    api_diff: Report | None = None  # public-API changes against the surface recorded in the output
    blocked: bool = False  # breaking changes with fail_on_breaking: nothing was written

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


def build(config: ClientConfig, *, strict: bool = False) -> Result:
    result = Result(config=config)
    try:
        doc = load(config.spec)
    except SpecError as exc:
        result.diagnostics.extend(exc.diagnostics)
        return result
    result.diagnostics.extend(validate(doc))
    if not result.ok:
        return result
    api, problems = lower(doc, config)
    result.diagnostics.extend(problems)
    if strict:
        result.diagnostics = [
            Diagnostic(**{**d.as_json(), "severity": "error"}) if d.severity == "warning" else d  # type: ignore[arg-type]
            for d in result.diagnostics
        ]
    if not result.ok:
        return result
    result.api = api
    files: dict[str, bytes] = {}
    for out in sorted([*render(api, config), *render_testing(api, config, doc.data)], key=lambda f: f.path):
        text = out.text
        if out.python:
            try:
                text = format_python(out.path, text)
            except FormatError as exc:
                result.diagnostics.append(exc.diagnostic)
                continue
        files[out.path] = text.encode("utf-8")
    if result.ok:
        files[SURFACE] = surface_bytes(build_surface(api, config.package))
        spec_hash = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        files[MANIFEST] = manifest_bytes(files, spec_hash)
        result.files = files
    return result


def generate(config: ClientConfig, *, check: bool = False, force: bool = False, strict: bool = False,
             fail_on_breaking: bool = False) -> Result:
    result = build(config, strict=strict)
    if not result.ok:
        return result
    try:
        result.api_diff = against_recorded(config.output, result.files[SURFACE])
    except SurfaceError as exc:
        result.diagnostics.append(Diagnostic(severity="warning", code="surface-unreadable", message=str(exc)))
    if fail_on_breaking and result.api_diff is not None and result.api_diff.has_breaking:
        result.blocked = True
        return result
    if check:
        result.check = check_tree(config.output, result.files)
        return result
    try:
        result.stats = write_tree(config.output, result.files, force=force)
    except (WriteError, OSError) as exc:
        result.diagnostics.append(Diagnostic(severity="error", code="write-failed", file=str(config.output),
                                             message=str(exc)))
    return result


def output_path(config: ClientConfig) -> Path:
    return config.output
