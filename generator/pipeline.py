"""The pipeline: configuration → files in memory (and, when asked, on disk).

``build`` is pure apart from reading the spec and templates; ``generate`` adds the write or the
check. Spec problems come back as diagnostics in the result; only generator bugs raise.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

from generator import fmtcache as fast
from generator import ir, valcache
from generator.apidiff import Report, against_recorded
from generator.config import ClientConfig
from generator.diagnostics import Diagnostic, SpecError, has_errors
from generator.loader import Document, load
from generator.lower import lower
from generator.render import OutputFile, render, render_testing
from generator.surface import SURFACE, SurfaceError, build_surface, surface_bytes
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
    # Warnings as reported (skipped or degraded constructs), kept when --strict turns them into errors.
    degraded: list[Diagnostic] = field(default_factory=list)
    api_diff: Report | None = None  # public-API changes against the surface recorded in the output
    blocked: bool = False  # breaking changes with fail_on_breaking: nothing was written

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


Progress = Callable[[str], None]


def _quiet(stage: str) -> None:
    """The default progress callback: say nothing."""


def _strict(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """--strict: every warning becomes an error (keeping its code, so the coverage report stays)."""
    return [dataclasses.replace(d, severity="error") if d.severity == "warning" else d for d in diagnostics]


def format_files(outputs: list[OutputFile], result: Result, progress: Progress = _quiet, *,
                 pool: Executor | None = None) -> dict[str, bytes]:
    """Rendered files → bytes, Python files through black; failures become diagnostics.

    black only sees text it has not formatted before (``fmtcache``), spread over ``pool`` when there
    is a lot of it; the result is the same bytes, in the same order, either way.
    """
    python = [out for out in outputs if out.python]
    progress(f"formatting {len(python)} files")
    formatted = fast.format_all([(out.path, out.text) for out in python], pool=pool,
                                scope=str(result.config.output.resolve()))
    texts = {out.path: out.text for out in outputs}
    for i, out in enumerate(python):
        text = formatted.texts[i]
        if text is None:
            result.diagnostics.append(formatted.errors[i].diagnostic)
            del texts[out.path]
        else:
            texts[out.path] = text
    return {path: text.encode("utf-8") for path, text in texts.items()}


def build(config: ClientConfig, *, strict: bool = False, progress: Progress = _quiet) -> Result:
    """Spec → files in memory (with the manifest), or diagnostics saying why not. Writes nothing."""
    result = Result(config=config)
    progress("loading")
    try:
        doc = load(config.spec)
    except SpecError as exc:
        result.diagnostics.extend(exc.diagnostics)
        return result
    progress("validating")
    # Large specs: validation runs in a worker while this process lowers, renders and formats.
    with fast.pool_for(doc) as pool:
        validation = valcache.start(doc, pool)
        return _build_rest(result, doc, config, strict, progress, validation, pool)


def _build_rest(result: Result, doc: Document, config: ClientConfig, strict: bool, progress: Progress,
                validation: valcache.Joiner, pool: Executor | None) -> Result:
    if not validation.pending:  # answered already (small spec or cache): stop before lowering
        result.diagnostics.extend(validation())
        if not result.ok:
            return result
    progress("lowering")
    try:
        api, problems = lower(doc, config)
    except Exception:
        if not validation.pending:
            raise
        # An invalid spec can trip the lowering before the validator has said why: its answer wins.
        result.diagnostics.extend(validation())
        if not result.ok:
            return result
        raise
    if validation.pending:
        result.diagnostics.extend(validation())
        if not result.ok:
            return result
    result.diagnostics.extend(problems)
    result.degraded = [d for d in result.diagnostics if d.severity == "warning"]
    if strict:
        result.diagnostics = _strict(result.diagnostics)
    if not result.ok:
        return result
    result.api = api
    progress("rendering")
    outputs = sorted([*render(api, config), *render_testing(api, config, doc.data)], key=lambda f: f.path)
    files = format_files(outputs, result, progress, pool=pool)
    if result.ok:
        files[SURFACE] = surface_bytes(build_surface(api, config.package))
        files[MANIFEST] = manifest_bytes(files, doc.source_sha256())
        result.files = files
    return result


def generate(config: ClientConfig, *, check: bool = False, force: bool = False, strict: bool = False,
             fail_on_breaking: bool = False, progress: Progress = _quiet) -> Result:
    """``build``, then write the files (atomically, only changes) or, with ``check``, compare them."""
    result = build(config, strict=strict, progress=progress)
    if not result.ok:
        return result
    try:
        result.api_diff = against_recorded(config.output, result.files[SURFACE])
    except SurfaceError as exc:
        result.diagnostics.append(Diagnostic(severity="warning", code="surface-unreadable", message=str(exc)))
    if fail_on_breaking and result.api_diff is not None and result.api_diff.has_breaking:
        result.blocked = True
        return result
    progress("checking" if check else "writing")
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
