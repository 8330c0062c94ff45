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

from generator import ir
from generator.compat.apidiff import Report, against_recorded
from generator.compat.surface import SURFACE, SurfaceError, build_surface, surface_bytes
from generator.config import ClientConfig
from generator.diagnostics import Diagnostic, SpecError, has_errors
from generator.emit.pysource import NotALiteral
from generator.lowering.lower import lower
from generator.output import fmtcache as fast
from generator.output.writer import (
    MANIFEST,
    CheckResult,
    WriteError,
    WriteStats,
    check_tree,
    manifest_bytes,
    write_tree,
)
from generator.render.renderer import OutputFile, render_stream
from generator.spec import valcache
from generator.spec.bundle import load
from generator.spec.loader import Document


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


def build(config: ClientConfig, *, strict: bool = False, progress: Progress = _quiet) -> Result:
    """Spec → files in memory (with the manifest), or diagnostics saying why not. Writes nothing."""
    result = Result(config=config)
    progress("loading")
    try:
        doc = load(config.spec, config.limits)
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
    except RecursionError as exc:  # e.g. a chain of hundreds of $refs, each nesting the next
        if validation.pending:
            result.diagnostics.extend(validation())
            if not result.ok:
                return result
        result.diagnostics.append(doc.diagnostic(
            "error", "limit-depth", "schemas nest too deeply (through $ref chains or inline schemas) to "
            "generate", _deepest_pointer(exc)))
        return result
    except Exception:
        if not validation.pending:
            raise
        # An invalid spec can trip the lowering before the validator has said why: its answer wins.
        result.diagnostics.extend(validation())
        if not result.ok:
            return result
        raise
    pending = validation.pending
    if pending and (pool is None or has_errors(_strict(problems) if strict else problems)):
        pending = False  # the build stops (or cannot overlap): take the validator's answer now
        if not _join(result, validation):
            return result
    if pending:
        # The validator is still working in a worker: render (and start black) meanwhile, and take
        # its answer afterwards; when it has errors, they win over whatever rendering did.
        return _render_and_format(result, doc, config, strict, progress, api, problems, validation, pool)
    if not _accept(result, api, problems, strict):
        return result
    return _render_and_format(result, doc, config, strict, progress, api, problems, None, pool)


def _join(result: Result, validation: valcache.Joiner) -> bool:
    """Add the validator's findings; False when they stop the build."""
    result.diagnostics.extend(validation())
    return result.ok


def _accept(result: Result, api: ir.Api, problems: list[Diagnostic], strict: bool) -> bool:
    """Add the lowering's findings (after the validator's); False when they stop the build."""
    result.diagnostics.extend(problems)
    result.degraded = [d for d in result.diagnostics if d.severity == "warning"]
    if strict:
        result.diagnostics = _strict(result.diagnostics)
    if not result.ok:
        return False
    result.api = api
    return True


def _render_and_format(result: Result, doc: Document, config: ClientConfig, strict: bool, progress: Progress,
                       api: ir.Api, problems: list[Diagnostic], validation: valcache.Joiner | None,
                       pool: Executor | None) -> Result:
    """Render every file, handing Python files to black (``pool``) as they come, then collect them.

    With ``validation`` (still pending), its answer and the lowering's ``problems`` are taken after
    rendering, before the formatted files are: the diagnostics are those of the sequential order.
    """
    progress("rendering")
    formatter = fast.Formatter(scope=str(result.config.output.resolve()), pool=pool)
    outputs: list[OutputFile] = []
    index: dict[str, int] = {}
    failed = False
    try:
        for out in render_stream(api, config, doc.data):
            outputs.append(out)
            if out.python:
                index[out.path] = formatter.add(out.path, out.text)
    except (RecursionError, NotALiteral):  # types or example values nested hundreds deep
        failed = True
    except Exception:
        if validation is None or (_join(result, validation) and _accept(result, api, problems, strict)):
            raise
        return result  # an invalid spec tripped the renderer: the validator's answer wins
    if validation is not None and not (_join(result, validation) and _accept(result, api, problems, strict)):
        return result
    if failed:
        result.diagnostics.append(doc.diagnostic(
            "error", "limit-depth", "types or values nest too deeply (through $ref chains or a raised "
            "--limit max_depth) to generate", "/components" if "components" in doc.data else "/"))
        return result
    outputs.sort(key=lambda f: f.path)
    surface = surface_bytes(build_surface(api, config.package))  # while the workers still format
    progress(f"formatting {len(index)} files")
    formatted = formatter.finish()
    texts = {out.path: out.text for out in outputs}
    for out in outputs:
        if out.path in index:
            i = index[out.path]
            text = formatted.texts[i]
            if text is None:
                result.diagnostics.append(formatted.errors[i].diagnostic)
                del texts[out.path]
            else:
                texts[out.path] = text
    files = {path: text.encode("utf-8") for path, text in texts.items()}
    if result.ok:
        files[SURFACE] = surface
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


def _deepest_pointer(exc: BaseException) -> str:
    """The JSON pointer the innermost lowering frame was working on, to locate a recursion overflow."""
    found = ""
    tb = exc.__traceback__
    while tb is not None:
        ptr = tb.tb_frame.f_locals.get("ptr")
        if isinstance(ptr, str):
            found = ptr
        tb = tb.tb_next
    return found
