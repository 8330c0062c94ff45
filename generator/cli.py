"""Command line: argument parsing, printing and exit codes only; the work is in ``pipeline``.

Exit codes: 0 success; 1 ``--check`` found differences; 2 invalid spec, configuration or usage;
3 internal error (a bug in the generator: please report it); 4 ``--fail-on-breaking`` found a
breaking change to the client's public API (``generate`` then writes nothing).
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import keyword
import os
import re
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from generator import cliargs, fastpath, limits, processes
from generator.config import ClientConfig, find_config, ignore_codes, load_project, package_problem
from generator.diagnostics import Diagnostic, SpecError
from generator.result import Result

if TYPE_CHECKING:
    from generator.compat.apidiff import Report

# The pipeline (lowering, rendering, black, the validator) and the API-diff machinery are imported
# where they are used: a no-op run (generator/fastpath.py), --help or --version never loads them.

EXIT_OK, EXIT_DIFFERENT, EXIT_INVALID, EXIT_INTERNAL, EXIT_BREAKING = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C


def _diff_base(args: argparse.Namespace) -> ClientConfig:
    """Client settings for ``diff``: a configured client for one of the specs, when there is one."""
    base = ClientConfig(spec=args.new_spec, output=Path("."), package=args.package or "client")
    config_file = args.config
    if config_file is None:
        try:
            config_file = find_config(Path("."))
        except SpecError:  # diff needs no configuration; it only borrows a client's settings
            config_file = None
    if config_file is not None and config_file.is_file():
        wanted = {args.new_spec.resolve(), args.old_spec.resolve()}
        for config in load_project(config_file):
            if config.spec.resolve() in wanted:
                base = dataclasses.replace(config, package=args.package or config.package)
                break
    if not base.package.isidentifier():
        raise SpecError([Diagnostic(severity="error", code="usage",
                                    message=f"--package {base.package!r} is not a Python identifier")])
    return base


def render_report(report: Report, fmt: str) -> str:
    from generator.compat.apireport import render

    return render(report, fmt)


def _diff(args: argparse.Namespace) -> int:
    from generator.compat.specdiff import diff_specs

    report, diagnostics = diff_specs(args.old_spec, args.new_spec, _diff_base(args))
    for d in diagnostics:
        if d.severity == "error":
            print(d.render(), file=sys.stderr)
    if report is None:
        return EXIT_INVALID
    sys.stdout.write(render_report(report, args.format))
    return EXIT_BREAKING if args.fail_on_breaking and report.has_breaking else EXIT_OK


def _ignored(args: argparse.Namespace) -> tuple[str, ...]:
    """--ignore CODE (repeatable, comma-separated) as a tuple of codes; a malformed code is a usage error."""
    given = [code.strip() for item in args.ignore for code in item.split(",") if code.strip()]
    codes = ignore_codes(given)
    if codes is None:
        raise SpecError([Diagnostic(severity="error", code="usage", message=f"--ignore {','.join(given)}: "
                                    "expected warning codes such as callbacks-skipped (lower case, digits, '-')")])
    return codes


def _configs(args: argparse.Namespace) -> tuple[ClientConfig, ...]:
    configs = _configs_without_limits(args)
    ignore = _ignored(args)
    if ignore:
        configs = tuple(dataclasses.replace(c, ignore=tuple(sorted({*c.ignore, *ignore}))) for c in configs)
    if not getattr(args, "limit", None):
        return configs
    overrides: dict[str, str] = {}
    for item in args.limit:
        name, sep, value = item.partition("=")
        if not sep:
            raise SpecError([Diagnostic(severity="error", code="usage",
                                        message=f"--limit {item!r}: expected NAME=N")])
        overrides[name.strip()] = value.strip()
    try:
        return tuple(dataclasses.replace(c, limits=limits.from_mapping(overrides, c.limits)) for c in configs)
    except ValueError as exc:
        raise SpecError([Diagnostic(severity="error", code="usage", message=f"--limit: {exc}")]) from None


def _configs_without_limits(args: argparse.Namespace) -> tuple[ClientConfig, ...]:
    if args.spec is None:
        config_file = args.config if args.config is not None else find_config(Path("."))
        if args.verbose and config_file != Path("pyproject.toml"):
            print(f"using {config_file}", file=sys.stderr)
        return _with_tests(load_project(config_file), args)
    package = getattr(args, "package", None)
    output = getattr(args, "output", None)
    if package is not None and (not package.isidentifier() or keyword.iskeyword(package)):
        raise SpecError([Diagnostic(severity="error", code="usage",
                                    message=f"--package {package!r} is not a Python identifier "
                                            "(the import name, e.g. petstore_client)")])
    problem = package_problem(package) if package is not None and args.command == "generate" else None
    if problem:
        raise SpecError([Diagnostic(severity="error", code="usage", message="--" + problem)])
    if args.command != "generate":  # validate: the names only label the output
        return (ClientConfig(spec=args.spec, output=Path("."), package=package or "client"),)
    return _with_tests((ClientConfig(spec=args.spec, output=output or Path("."), package=package or "",
                                     derive_package=package is None, derive_output=output is None,
                                     output_label=str(output) if output is not None else ""),), args)


def _with_tests(configs: tuple[ClientConfig, ...], args: argparse.Namespace) -> tuple[ClientConfig, ...]:
    if getattr(args, "tests", False):
        return tuple(dataclasses.replace(c, tests=True) for c in configs)
    return configs


_FINISHED = re.compile(r"\b(\d+) of \1 files$")


class _ProgressLine:
    """A one-line progress indicator on a terminal, shown only once a run has taken over a second.

    It also times each stage (the first word of its label) for ``-v``.
    """

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.perf_counter()
        self.label = ""
        self.shown = False
        self.last_write = 0.0
        self.stages: list[tuple[str, float]] = []
        self.after = _progress_after()

    def for_client(self, config: ClientConfig) -> Callable[[str], None]:
        self.label = str(config.spec)
        self.stages = []
        return self.update

    def update(self, stage: str) -> None:
        now = time.perf_counter()
        name = stage.split(":")[0].split()[0] if stage.strip() else stage
        changed = not self.stages or self.stages[-1][0] != name
        if changed:
            self.stages.append((name, now))
        # Counts are redrawn at most ten times a second; a new stage and a finished count at once.
        if self.enabled and now - self.started > self.after and (
                changed or now - self.last_write >= 0.1 or _FINISHED.search(stage)):
            sys.stderr.write(f"\r\033[K{self.label}: {stage}")
            sys.stderr.flush()
            self.shown = True
            self.last_write = now

    def timings(self) -> str:
        """``loading 0.02s, validating 0.31s, ...`` for the stages of the last client."""
        end = time.perf_counter()
        marks = [*self.stages, ("", end)]
        return ", ".join(f"{name} {later - at:.2f}s" for (name, at), (_, later) in itertools.pairwise(marks))

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.shown = False


def _progress_after() -> float:
    """Seconds before the progress line appears (1; tests set ``GENERATOR_PROGRESS_AFTER=0``)."""
    try:
        return max(0.0, float(os.environ.get("GENERATOR_PROGRESS_AFTER", "1")))
    except ValueError:
        return 1.0


def coverage(result: Result) -> dict[str, object]:
    """Everything skipped or degraded (the warnings), by kind, with stable codes."""
    entries = [{
        "code": d.code, "kind": _kind(d.pointer), "severity": d.severity, "pointer": d.pointer, "file": d.file,
        "line": d.line, "message": d.message,
    } for d in result.degraded]
    counts: dict[str, int] = {}
    for entry in entries:
        counts[str(entry["code"])] = counts.get(str(entry["code"]), 0) + 1
    api = result.api
    operations = api.operations if api is not None else ()
    return {
        "operations": len(operations),
        "skipped_or_degraded": entries,
        "counts": dict(sorted(counts.items())),
        # What was found by reading the description rather than stated by it: say why, per operation.
        "paginated": [{"operation": op.py_name, "method": op.method, "path": op.path,
                       "scheme": op.pagination.scheme, "reason": op.pagination.reason}
                      for op in operations if op.pagination is not None],
        "event_streams": [{"operation": op.py_name, "method": op.method, "path": op.path,
                           "reason": op.events.reason} for op in operations if op.events is not None],
    }


def _kind(ptr: str) -> str:
    if ptr.startswith("/paths/"):
        return "operation"
    if ptr.startswith("/webhooks"):
        return "webhook"
    if ptr.startswith("/components/securitySchemes") or "/security" in ptr:
        return "security"
    if ptr.startswith("/components/schemas") or "/schema" in ptr or "/properties/" in ptr:
        return "schema"
    return "document"


def _json_payload(results: list[Result], problems: tuple[Diagnostic, ...] = ()) -> str:
    """A JSON list with one object per client; a configuration error is one object without a spec."""
    payload: list[dict[str, object]] = [{
        "spec": str(r.config.spec),
        "output": str(r.config.output),
        "ok": r.ok,
        "diagnostics": [d.as_json() for d in r.diagnostics],
        "coverage": coverage(r),
        "files": len(r.files),
        "written": r.stats.written if r.stats else [],
        "unchanged": len(r.stats.unchanged) if r.stats else 0,
        "removed": r.stats.removed if r.stats else [],
        "blocked": r.blocked,
        "api_changes": None if r.api_diff is None else json.loads(render_report(r.api_diff, "json")),
        "check": None if r.check is None else {
            "clean": r.check.clean, "missing": r.check.missing, "extra": r.check.extra,
            "changed": r.check.changed, "diff": "".join(r.check.diff),
        },
    } for r in results]
    if problems:
        payload.append({"spec": None, "output": None, "ok": False,
                        "diagnostics": [d.as_json() for d in problems]})
    return json.dumps(payload, indent=2, sort_keys=True)


# Warnings of one kind beyond this many are counted, not printed (Asana has 1,527 integer response
# codes): errors are always printed, and -v or --format json lists everything.
WARNINGS_PER_CODE = 10


def _text_lines(diagnostics: list[Diagnostic], *, quiet: bool, verbose: bool) -> list[str]:
    lines: list[str] = []
    shown: dict[str, int] = {}
    hidden: dict[tuple[str, str], int] = {}
    for d in diagnostics:
        if d.severity == "error":
            lines.append(d.render())
        elif not quiet:
            shown[d.code] = shown.get(d.code, 0) + 1
            if verbose or shown[d.code] <= WARNINGS_PER_CODE:
                lines.append(d.render())
            else:
                hidden[(d.file or "", d.code)] = hidden.get((d.file or "", d.code), 0) + 1
    for (file, code), count in hidden.items():
        where = f"{file}: " if file else ""
        lines.append(f"{where}warning: {count} more [{code}] warnings not shown (-v or --format json lists them)")
    return lines


def _print_text(results: list[Result], args: argparse.Namespace, elapsed: float, timings: list[str]) -> None:
    for r, timing in zip(results, timings, strict=True):
        # The names chosen for the user are news when they shape what is written, not on every no-op run.
        changed = r.stats is None or bool(r.stats.written or r.stats.removed)
        if r.note and not args.quiet and (changed or args.verbose):
            print(r.note, file=sys.stderr)
        for line in _text_lines(r.diagnostics, quiet=args.quiet, verbose=args.verbose):
            print(line, file=sys.stderr)
        if r.check is not None and not r.check.clean:
            for path in r.check.changed:
                print(f"changed: {r.config.output / path}", file=sys.stderr)
            for path in r.check.missing:
                print(f"missing: {r.config.output / path}", file=sys.stderr)
            for path in r.check.extra:
                print(f"extra: {r.config.output / path}", file=sys.stderr)
            print(f"{r.config.output}: not up to date ({len(r.check.changed)} changed, {len(r.check.missing)} "
                  f"missing, {len(r.check.extra)} extra); run the generator without --check", file=sys.stderr)
            sys.stdout.writelines(r.check.diff)  # last: a reader that stops early (| head) loses only diff
            sys.stdout.flush()
        if r.api_diff is not None and r.api_diff.changes and (not args.quiet or r.blocked):
            sys.stderr.write(render_report(r.api_diff, "text"))
        if r.blocked:
            print(f"{r.config.output}: not written: breaking changes to the public API (--fail-on-breaking)",
                  file=sys.stderr)
        if args.verbose and timing:
            print(f"{r.config.spec}: {timing}", file=sys.stderr)
        if r.stats is not None and not args.quiet:
            for note in r.stats.recovered:
                print(f"{r.config.output}: {note} (left by an interrupted run)", file=sys.stderr)
            if args.verbose or r.stats.written or r.stats.removed:
                print(f"{r.config.output}: {len(r.stats.written)} written, {len(r.stats.unchanged)} unchanged, "
                      f"{len(r.stats.removed)} removed in {elapsed:.2f}s", file=sys.stderr)
        elif r.check is not None and r.check.clean and args.verbose:
            print(f"{r.config.output}: up to date ({len(r.files)} files) in {elapsed:.2f}s", file=sys.stderr)
        elif args.command == "validate" and r.ok and not args.quiet:
            print(_valid_line(r), file=sys.stderr)


def _valid_line(r: Result) -> str:
    """``spec.yaml: valid (15 operations, 31 models), 2 warnings`` for ``validate``."""
    api = r.api
    counts = f" ({_count(len(api.operations), 'operation')}, {_count(len(api.models), 'model')})" if api else ""
    warnings = sum(1 for d in r.diagnostics if d.severity == "warning")
    tail = f", {_count(warnings, 'warning')}" if warnings else ""
    return f"{r.config.spec}: valid{counts}{tail}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def run() -> None:
    """The console script (``openapi-client-generator``) and ``python -m generator``."""
    sys.exit(main())


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv``, run, print; returns the exit code. Never a traceback for Ctrl-C, signals or pipes."""
    try:
        with processes.terminating_on_signals():
            return _main(argv)
    except KeyboardInterrupt:  # during argument parsing or printing
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except processes.Terminated as exc:
        return 128 + exc.signum
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_DIFFERENT


def _silence_stdout() -> None:
    """The reader of stdout went away (``--check | head``): no error at exit for the unflushed rest."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _main(argv: list[str] | None) -> int:
    args = cliargs.parser().parse_args(argv)
    started = time.perf_counter()
    progress = _ProgressLine(enabled=sys.stderr.isatty() and args.format == "text"
                             and not getattr(args, "quiet", False))
    timings: list[str] = []
    try:
        if args.command == "diff":
            return _diff(args)
        configs = _configs(args)
        results: list[Result] = []
        for config in configs:
            update = progress.for_client(config)
            if args.command == "generate":
                noop = fastpath.try_noop(config, check=args.check, strict=args.strict) \
                    if args.format == "text" else None
                if noop is not None:
                    results.append(noop)
                    timings.append("no-op: inputs and output files unchanged since the last run")
                    continue
                from generator.pipeline import generate

                results.append(generate(config, check=args.check, force=args.force, strict=args.strict,
                                        fail_on_breaking=args.fail_on_breaking, progress=update))
            else:
                from generator.pipeline import build

                results.append(build(config, strict=args.strict, progress=update))
            timings.append(progress.timings())
    except SpecError as exc:
        progress.clear()
        if args.format == "json":
            print(_json_payload([], exc.diagnostics))
        else:
            for d in exc.diagnostics:
                print(d.render(), file=sys.stderr)
        return EXIT_INVALID
    except (KeyboardInterrupt, processes.Terminated) as exc:
        progress.clear()
        what = "interrupted" if isinstance(exc, KeyboardInterrupt) else f"stopped by {exc}"
        print(f"{what}; the output folder was left as it was before this run", file=sys.stderr)
        return EXIT_INTERRUPTED if isinstance(exc, KeyboardInterrupt) else 128 + exc.signum
    except BrokenPipeError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bug in the generator, not in the spec
        progress.clear()
        print(f"internal error: {type(exc).__name__}: {exc} (this is a generator bug; run with -v for "
              "a traceback)", file=sys.stderr)
        if getattr(args, "verbose", False):
            traceback.print_exc()
        return EXIT_INTERNAL
    progress.clear()
    code = EXIT_OK
    if any(not r.ok for r in results):
        code = EXIT_INVALID
    elif any(r.blocked for r in results):
        code = EXIT_BREAKING
    elif any(r.check is not None and not r.check.clean for r in results):
        code = EXIT_DIFFERENT
    try:
        if args.format == "json":
            print(_json_payload(results))
        else:
            _print_text(results, args, time.perf_counter() - started, timings)
    except BrokenPipeError:
        _silence_stdout()
    return code
