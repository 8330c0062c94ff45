"""Command line: argument parsing, printing and exit codes only; the work is in ``pipeline``.

Exit codes: 0 success; 1 ``--check`` found differences; 2 invalid spec, configuration or usage;
3 internal error (a bug in the generator: please report it); 4 ``--fail-on-breaking`` found a
breaking change to the client's public API (``generate`` then writes nothing).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import keyword
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from generator import __version__, limits
from generator.compat.apireport import FORMATS
from generator.compat.apireport import render as render_report
from generator.compat.specdiff import diff_specs
from generator.config import ClientConfig, load_project
from generator.diagnostics import Diagnostic, SpecError
from generator.pipeline import Result, build, generate

EXIT_OK, EXIT_DIFFERENT, EXIT_INVALID, EXIT_INTERNAL, EXIT_BREAKING = 0, 1, 2, 3, 4
_EXIT_CODES = ("exit codes: 0 ok; 1 --check found differences; 2 invalid spec, configuration or usage; "
               "3 internal error (a generator bug); 4 --fail-on-breaking found a breaking API change")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate typed Python clients from OpenAPI 3.0/3.1 descriptions.",
        epilog=_EXIT_CODES)
    parser.add_argument("--version", action="version", version=f"generator {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    gen = sub.add_parser(
        "generate", help="generate clients (every configured one when no SPEC is given)",
        description="Generate a client from SPEC, or every client configured in pyproject.toml "
                    "[tool.generator] when SPEC is omitted. Only changed files are written; the new tree "
                    "replaces the old one atomically; files you added to the output folder are kept.",
        epilog=_EXIT_CODES)
    gen.add_argument("spec", nargs="?", type=Path, help="OpenAPI 3.0/3.1 file (YAML or JSON)")
    gen.add_argument("--output", type=Path, help="output folder (required with SPEC)")
    gen.add_argument("--package", help="import name of the generated package (required with SPEC)")
    _config_option(gen)
    gen.add_argument("--check", action="store_true",
                     help="write nothing; exit 1 and print a unified diff if the output is not up to date")
    gen.add_argument("--force", action="store_true",
                     help="write into a non-empty folder the generator did not create")
    gen.add_argument("--tests", action="store_true",
                     help="also write a pytest module per API group under tests/ (contract tests that "
                          "run offline through the generated FakeTransport, or against a server)")
    gen.add_argument("--fail-on-breaking", action="store_true",
                     help="exit 4 and write nothing if the public API changes in a way that breaks callers")
    _common(gen)
    _diff_parser(sub)
    val = sub.add_parser(
        "validate", help="report diagnostics without generating",
        description="Load, validate and lower SPEC (or every configured spec) and print diagnostics; "
                    "nothing is written.",
        epilog="exit codes: 0 valid; 2 invalid spec, configuration or usage; 3 internal error")
    val.add_argument("spec", nargs="?", type=Path, help="OpenAPI 3.0/3.1 file (YAML or JSON)")
    _config_option(val)
    _common(val)
    return parser


def _config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, default=Path("pyproject.toml"),
                        help="configuration file with [tool.generator] (default: ./pyproject.toml)")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--strict", action="store_true",
                        help="treat warnings (skipped or degraded constructs) as errors")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="diagnostics format: text (FILE:LINE:COL: ...) or json (with a coverage report)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print the summary even when nothing changed, and every warning")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    parser.add_argument("--limit", action="append", default=[], metavar="NAME=N",
                        help="override a resource limit (max_bytes, max_files, max_depth, max_aliases, "
                             "max_nodes, max_schemas); see README 'Limits and hostile input'")


def _diff_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    diff = sub.add_parser("diff", help="report public-API changes between two specs; writes nothing",
                          description="Compare the clients OLD_SPEC and NEW_SPEC would generate and report "
                                      "additions, removals and changes, each marked breaking or not.",
                          epilog="exit codes: 0 ok; 2 invalid spec or usage; 3 internal error; "
                                 "4 --fail-on-breaking found a breaking change")
    diff.add_argument("old_spec", type=Path, metavar="OLD_SPEC")
    diff.add_argument("new_spec", type=Path, metavar="NEW_SPEC")
    diff.add_argument("--format", choices=FORMATS, default="text", help="report format (default: text)")
    diff.add_argument("--fail-on-breaking", action="store_true", help="exit 4 if any change is breaking")
    diff.add_argument("--package", help="import name to report (default: the configured client whose spec "
                                        "is NEW_SPEC or OLD_SPEC, else 'client')")
    diff.add_argument("--config", type=Path, default=Path("pyproject.toml"),
                      help="configuration file used to find client settings (default: ./pyproject.toml)")


def _diff_base(args: argparse.Namespace) -> ClientConfig:
    """Client settings for ``diff``: a configured client for one of the specs, when there is one."""
    base = ClientConfig(spec=args.new_spec, output=Path("."), package=args.package or "client")
    if args.config.is_file():
        wanted = {args.new_spec.resolve(), args.old_spec.resolve()}
        for config in load_project(args.config):
            if config.spec.resolve() in wanted:
                base = dataclasses.replace(config, package=args.package or config.package)
                break
    if not base.package.isidentifier():
        raise SpecError([Diagnostic(severity="error", code="usage",
                                    message=f"--package {base.package!r} is not a Python identifier")])
    return base


def _diff(args: argparse.Namespace) -> int:
    report, diagnostics = diff_specs(args.old_spec, args.new_spec, _diff_base(args))
    for d in diagnostics:
        if d.severity == "error":
            print(d.render(), file=sys.stderr)
    if report is None:
        return EXIT_INVALID
    sys.stdout.write(render_report(report, args.format))
    return EXIT_BREAKING if args.fail_on_breaking and report.has_breaking else EXIT_OK


def _configs(args: argparse.Namespace) -> tuple[ClientConfig, ...]:
    configs = _configs_without_limits(args)
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
        return _with_tests(load_project(args.config), args)
    if args.command == "generate" and (args.output is None or args.package is None):
        raise SpecError([Diagnostic(severity="error", code="usage",
                                    message="--output and --package are required with SPEC")])
    package = getattr(args, "package", None) or "client"
    if not package.isidentifier() or keyword.iskeyword(package):
        raise SpecError([Diagnostic(severity="error", code="usage",
                                    message=f"--package {package!r} is not a Python identifier")])
    return _with_tests((ClientConfig(spec=args.spec, output=getattr(args, "output", None) or Path("."),
                                     package=package),), args)


def _with_tests(configs: tuple[ClientConfig, ...], args: argparse.Namespace) -> tuple[ClientConfig, ...]:
    if getattr(args, "tests", False):
        return tuple(dataclasses.replace(c, tests=True) for c in configs)
    return configs


class _ProgressLine:
    """A one-line progress indicator on a terminal, shown only once a run has taken over a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.perf_counter()
        self.label = ""
        self.shown = False

    def for_client(self, config: ClientConfig) -> Callable[[str], None]:
        self.label = str(config.spec)
        return self.update

    def update(self, stage: str) -> None:
        if self.enabled and time.perf_counter() - self.started > 1.0:
            sys.stderr.write(f"\r\033[K{self.label}: {stage}")
            sys.stderr.flush()
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.shown = False


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
    return {
        "operations": len(api.operations) if api is not None else 0,
        "skipped_or_degraded": entries,
        "counts": dict(sorted(counts.items())),
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


def _print_text(results: list[Result], args: argparse.Namespace, elapsed: float) -> None:
    for r in results:
        for line in _text_lines(r.diagnostics, quiet=args.quiet, verbose=args.verbose):
            print(line, file=sys.stderr)
        if r.check is not None and not r.check.clean:
            sys.stdout.writelines(r.check.diff)
            for path in r.check.changed:
                print(f"changed: {r.config.output / path}", file=sys.stderr)
            for path in r.check.missing:
                print(f"missing: {r.config.output / path}", file=sys.stderr)
            for path in r.check.extra:
                print(f"extra: {r.config.output / path}", file=sys.stderr)
            print(f"{r.config.output}: not up to date ({len(r.check.changed)} changed, {len(r.check.missing)} "
                  f"missing, {len(r.check.extra)} extra); run the generator without --check", file=sys.stderr)
        if r.api_diff is not None and r.api_diff.changes and (not args.quiet or r.blocked):
            sys.stderr.write(render_report(r.api_diff, "text"))
        if r.blocked:
            print(f"{r.config.output}: not written: breaking changes to the public API (--fail-on-breaking)",
                  file=sys.stderr)
        if r.stats is not None and not args.quiet:
            for note in r.stats.recovered:
                print(f"{r.config.output}: {note} (left by an interrupted run)", file=sys.stderr)
            if args.verbose or r.stats.written or r.stats.removed:
                print(f"{r.config.output}: {len(r.stats.written)} written, {len(r.stats.unchanged)} unchanged, "
                      f"{len(r.stats.removed)} removed in {elapsed:.2f}s", file=sys.stderr)
        elif r.check is not None and r.check.clean and args.verbose:
            print(f"{r.config.output}: up to date ({len(r.files)} files) in {elapsed:.2f}s", file=sys.stderr)
        elif args.command == "validate" and r.ok and args.verbose:
            print(f"{r.config.spec}: valid in {elapsed:.2f}s", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    progress = _ProgressLine(enabled=sys.stderr.isatty() and args.format == "text"
                             and not getattr(args, "quiet", False))
    try:
        if args.command == "diff":
            return _diff(args)
        configs = _configs(args)
        results: list[Result] = []
        for config in configs:
            update = progress.for_client(config)
            if args.command == "generate":
                results.append(generate(config, check=args.check, force=args.force, strict=args.strict,
                                        fail_on_breaking=args.fail_on_breaking, progress=update))
            else:
                results.append(build(config, strict=args.strict, progress=update))
    except SpecError as exc:
        progress.clear()
        if args.format == "json":
            print(_json_payload([], exc.diagnostics))
        else:
            for d in exc.diagnostics:
                print(d.render(), file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        progress.clear()
        print("interrupted; the output folder was left as it was before this run", file=sys.stderr)
        return 130
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
    if args.format == "json":
        print(_json_payload(results))
    else:
        _print_text(results, args, time.perf_counter() - started)
    return code
