"""The pipeline: configuration → files in memory (and, when asked, on disk).

``build`` is pure apart from reading the spec and templates; ``generate`` adds the write or the
check. Spec problems come back as diagnostics in the result; only generator bugs raise.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from pathlib import Path

from generator import fastpath, ir
from generator.cache import cache_root
from generator.compat.apidiff import against_recorded
from generator.compat.surface import SURFACE, SurfaceError, build_surface, surface_bytes
from generator.config import ClientConfig
from generator.diagnostics import Diagnostic, SpecError, has_errors
from generator.emit.pysource import NotALiteral
from generator.examples.sampler import ExampleTooLarge
from generator.lowering.lower import lower
from generator.output import fmtcache as fast
from generator.output.writer import (
    MANIFEST,
    WriteError,
    check_tree,
    manifest_bytes,
    recorded_formatter,
    write_tree,
)
from generator.render.layout import keep_layouts, save_layouts
from generator.render.renderer import OutputFile, render_stream
from generator.render.reuse import Reuse
from generator.result import Result
from generator.spec import valcache
from generator.spec.bundle import load
from generator.spec.loader import Document
from generator.spec.names import base_name, title_words

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
    result.sources = (str(doc.path), *(str(part.path) for _, part in sorted(doc.parts.items())))
    if config.derive_package or config.derive_output:
        config, result.note = names_from_spec(config, doc)
        result.config = config
    progress("validating")
    # Validation runs in a forked child while this process lowers, renders and formats (black in
    # the pool's workers, when there is enough of it).
    with _collector_tuned(), fast.run_pool() as pool:
        validation = valcache.start(doc, pool)
        try:
            built = _build_rest(result, doc, config, strict, progress, validation, pool)
        except BaseException:  # Ctrl-C, SIGTERM or a bug: no validator left running
            validation.cancel()
            raise
    built.diagnostics = _without_ignored(built.diagnostics, config.ignore)
    return built


@contextlib.contextmanager
def _collector_tuned() -> Iterator[None]:
    """The cycle collector tuned for one build: the loaded document lives until the end.

    With its defaults the collector runs a young collection every 700 net allocations and keeps
    walking the growing heap, while lowering and rendering allocate millions of short-lived objects
    that reference counting frees anyway: 14-25% of their CPU on an 8,000-16,000-operation spec.
    The objects alive now (the document) are frozen out of collections and a young collection runs
    every 20,000 allocations; both are restored afterwards (a process that builds many clients, as
    the tests do, gets its collector back), and nothing is frozen if someone else froze objects.
    """
    old = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    gc.set_threshold(20_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*old)
        if freeze:
            gc.unfreeze()


def _without_ignored(diagnostics: list[Diagnostic], ignore: tuple[str, ...]) -> list[Diagnostic]:
    """Drop the warnings whose code the user silenced (--ignore / ``ignore``); errors always stay."""
    if not ignore:
        return diagnostics
    return [d for d in diagnostics if d.severity == "error" or d.code not in ignore]


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
    if pending and has_errors(_strict(problems) if strict else problems):
        pending = False  # the build stops: take the validator's answer now
        if not _join(result, validation):
            return result
    if pending:
        # The validator is still working in a child: render (and start black, with a pool)
        # meanwhile, and take its answer afterwards; when it has errors, they win over whatever
        # rendering did.
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
    result.diagnostics = _without_ignored(result.diagnostics, result.config.ignore)
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
    keep_layouts(cache_root(), str(result.config.output.resolve()))
    reuse = Reuse.for_output(cache_root(), result.config.output, api, config,
                             lambda: fastpath.inputs_key(config, strict=False))
    rendered = 0
    outputs: list[OutputFile] = []
    index: dict[str, int] = {}
    failed = False
    bounded: Diagnostic | None = None
    size = 0
    try:
        for out in render_stream(api, config, doc.data, reuse):
            outputs.append(out)
            size += len(out.text)
            if size > config.limits.max_output_bytes:
                bounded = doc.diagnostic(
                    "error", "limit-output", f"the generated files exceed max_output_bytes="
                    f"{config.limits.max_output_bytes} (at {out.path}; raise it with --limit if the spec is "
                    "genuine)", "/paths" if "paths" in doc.data else "")
                break
            rendered += 1
            if rendered % 50 == 0:
                progress(f"rendering: {rendered} files")
            if out.python:
                index[out.path] = formatter.add(out.path, out.text)
    except ExampleTooLarge as exc:  # minItems/minLength asking for gigabytes of example values
        bounded = doc.diagnostic("error", "limit-example", exc.message + " (raise it with --limit if the "
                                 "spec is genuine)", exc.pointer)
    except NotALiteral as exc:  # an example value with no faithful literal (too deep, not JSON)
        bounded = doc.diagnostic("error", "example-value", f"an example value cannot be written into the "
                                 f"generated code: {exc}", "/components" if "components" in doc.data else "/")
    except RecursionError:  # types nested hundreds deep
        failed = True
    except Exception:
        if validation is None or (_join(result, validation) and _accept(result, api, problems, strict)):
            raise
        return result  # an invalid spec tripped the renderer: the validator's answer wins
    finally:
        save_layouts()
    if not failed and bounded is None:
        reuse.save()
    if validation is not None and not (_join(result, validation) and _accept(result, api, problems, strict)):
        return result
    if bounded is not None:
        result.diagnostics.append(bounded)
        return result
    if failed:
        result.diagnostics.append(doc.diagnostic(
            "error", "limit-depth", "types or values nest too deeply (through $ref chains or a raised "
            "--limit max_depth) to generate", "/components" if "components" in doc.data else "/"))
        return result
    outputs.sort(key=lambda f: f.path)
    surface = surface_bytes(build_surface(api, config.package))  # while the workers still format
    formatted = formatter.finish(lambda done, total: progress(f"formatting: {done} of {total} files"))
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
        files[MANIFEST] = manifest_bytes(files, doc.source_sha256(), formatter=fast.FORMATTER)
        result.files = files
    return result


def generate(config: ClientConfig, *, check: bool = False, force: bool = False, strict: bool = False,
             fail_on_breaking: bool = False, progress: Progress = _quiet) -> Result:
    """``build``, then write the files (atomically, only changes) or, with ``check``, compare them.

    A run that leaves the output folder equal to its files is recorded for the no-op fast path
    (``generator/fastpath.py``), which the command line tries before calling this.
    """
    result = _generate(config, check=check, force=force, strict=strict, fail_on_breaking=fail_on_breaking,
                       progress=progress)
    fastpath.record(config, result, strict=strict)
    return result


def _generate(config: ClientConfig, *, check: bool, force: bool, strict: bool, fail_on_breaking: bool,
              progress: Progress) -> Result:
    result = build(config, strict=strict, progress=progress)
    if not result.ok:
        return result
    config = result.config  # with the names derived from the spec, if it had to
    recorded = recorded_formatter(config.output)
    if recorded is not None and recorded != fast.FORMATTER and "formatter-version" not in config.ignore:
        pinned = recorded.replace(" ", "==", 1)
        result.diagnostics.append(Diagnostic(
            severity="error" if strict else "warning", code="formatter-version", file=str(config.output),
            message=f"written by {recorded}, formatted now by {fast.FORMATTER}: the files may differ in "
                    f"formatting only; for byte-identical output install {pinned!r} next to the generator "
                    "(README: 'Dependency policy')"))
        if strict:
            return result
    try:
        result.api_diff = against_recorded(config.output, result.files[SURFACE], config.package)
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


def names_from_spec(config: ClientConfig, doc: Document) -> tuple[ClientConfig, str]:
    """``config`` with the package and/or output folder it left open named after the spec, and a note."""
    info = doc.data.get("info") if isinstance(doc.data, dict) else None
    title = info.get("title") if isinstance(info, dict) else None
    title = title if isinstance(title, str) else ""
    base = base_name(title, Path(doc.display).stem)  # ASCII words only: an identifier, a plain folder name
    package = f"{base}_client" if config.derive_package else config.package
    output = Path(package.replace("_", "-")) if config.derive_output else config.output
    chosen = [f"package {package}"] if config.derive_package else []
    if config.derive_output:
        chosen.append(f"folder {output}/")
    source = f"the spec's title {title!r}" if title_words(title) else "the spec's file name"
    flags = " / ".join(f for f, derived in (("--package", config.derive_package), ("--output", config.derive_output))
                       if derived)
    note = f"{doc.display}: {' in '.join(chosen)} (from {source}; pass {flags} to choose)"
    label = str(output) if config.derive_output else config.output_label
    return dataclasses.replace(config, package=package, output=output, derive_package=False,
                               derive_output=False, output_label=label), note


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
