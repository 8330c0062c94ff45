"""Command line: argument parsing, printing and exit codes only; the work is in ``pipeline``.

Exit codes: 0 success; 1 ``--check`` found differences; 2 invalid spec, configuration or usage;
3 internal error (a bug in the generator: please report it); 4 ``--fail-on-breaking`` found a
breaking change to the client's public API (``generate`` then writes nothing).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
import traceback
from pathlib import Path

from generator import __version__
from generator.apireport import FORMATS
from generator.apireport import render as render_report
from generator.config import ClientConfig, load_project
from generator.diagnostics import Diagnostic, SpecError
from generator.pipeline import Result, generate
from generator.specdiff import diff_specs

EXIT_OK, EXIT_DIFFERENT, EXIT_INVALID, EXIT_INTERNAL, EXIT_BREAKING = 0, 1, 2, 3, 4


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator",
                                     description="Generate typed Python clients from OpenAPI descriptions.")
    parser.add_argument("--version", action="version", version=f"generator {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="generate clients (all configured ones when no SPEC is given)",
                         description="Generate a client from SPEC, or every client configured in "
                                     "pyproject.toml [tool.generator] when SPEC is omitted.")
    gen.add_argument("spec", nargs="?", type=Path, help="OpenAPI 3.0/3.1 file (YAML or JSON)")
    gen.add_argument("--output", type=Path, help="output folder (required with SPEC)")
    gen.add_argument("--package", help="import name of the generated package (required with SPEC)")
    gen.add_argument("--config", type=Path, default=Path("pyproject.toml"),
                     help="configuration file (default: ./pyproject.toml)")
    gen.add_argument("--check", action="store_true",
                     help="write nothing; exit 1 and print a diff if the output is not up to date")
    gen.add_argument("--force", action="store_true",
                     help="write into a non-empty folder the generator did not create")
    gen.add_argument("--tests", action="store_true",
                     help="also write a pytest module per API group under tests/ (contract tests that "
                          "run offline through the generated FakeTransport, or against a server)")
    gen.add_argument("--fail-on-breaking", action="store_true",
                     help="exit 4 and write nothing if the public API changes in a way that breaks callers")
    _common(gen)
    _diff_parser(sub)
    val = sub.add_parser("validate", help="report diagnostics for SPEC without generating",
                         description="Load, validate and lower SPEC; print diagnostics only.")
    val.add_argument("spec", type=Path)
    _common(val)
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="diagnostics format")
    parser.add_argument("-v", "--verbose", action="store_true", help="print warnings and details")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")


def _diff_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    diff = sub.add_parser("diff", help="report public-API changes between two specs; writes nothing",
                          description="Compare the clients OLD_SPEC and NEW_SPEC would generate and report "
                                      "additions, removals and changes, each marked breaking or not.")
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
    if args.command == "validate" or args.spec is not None:
        if args.command == "generate" and (args.output is None or args.package is None):
            raise SpecError([Diagnostic(severity="error", code="usage",
                                        message="--output and --package are required with SPEC")])
        package = getattr(args, "package", None) or "client"
        if not package.isidentifier():
            raise SpecError([Diagnostic(severity="error", code="usage",
                                        message=f"--package {package!r} is not a Python identifier")])
        return _with_tests((ClientConfig(spec=args.spec, output=getattr(args, "output", None) or Path("."),
                                         package=package),), args)
    configs = load_project(args.config)
    return _with_tests(configs, args)


def _with_tests(configs: tuple[ClientConfig, ...], args: argparse.Namespace) -> tuple[ClientConfig, ...]:
    if getattr(args, "tests", False):
        return tuple(dataclasses.replace(c, tests=True) for c in configs)
    return configs


def _print(results: list[Result], args: argparse.Namespace, elapsed: float) -> None:
    if args.format == "json":
        payload = [{
            "spec": str(r.config.spec),
            "output": str(r.config.output),
            "ok": r.ok,
            "diagnostics": [d.as_json() for d in r.diagnostics],
            "files": len(r.files),
            "blocked": r.blocked,
            "api_changes": None if r.api_diff is None else json.loads(render_report(r.api_diff, "json")),
        } for r in results]
        print(json.dumps(payload, indent=2, sort_keys=True))
        return
    for r in results:
        for d in r.diagnostics:
            if d.severity == "error" or args.verbose or (not args.quiet and d.severity == "warning"):
                print(d.render(), file=sys.stderr)
        if r.check is not None and not r.check.clean:
            for path in r.check.missing:
                print(f"missing: {r.config.output / path}", file=sys.stderr)
            for path in r.check.extra:
                print(f"extra: {r.config.output / path}", file=sys.stderr)
            sys.stdout.writelines(r.check.diff)
        if r.api_diff is not None and r.api_diff.changes and (not args.quiet or r.blocked):
            sys.stderr.write(render_report(r.api_diff, "text"))
        if r.blocked:
            print(f"{r.config.output}: not written: breaking changes to the public API (--fail-on-breaking)",
                  file=sys.stderr)
        if r.stats is not None and not args.quiet and (args.verbose or r.stats.written or r.stats.removed):
            print(f"{r.config.output}: {len(r.stats.written)} written, {len(r.stats.unchanged)} unchanged, "
                  f"{len(r.stats.removed)} removed in {elapsed:.2f}s", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    try:
        if args.command == "diff":
            return _diff(args)
        configs = _configs(args)
        results = [generate(c, check=args.command == "generate" and args.check,
                            force=getattr(args, "force", False), strict=args.strict,
                            fail_on_breaking=getattr(args, "fail_on_breaking", False))
                   if args.command == "generate"
                   else _validate_only(c, strict=args.strict) for c in configs]
    except SpecError as exc:
        for d in exc.diagnostics:
            print(d.render(), file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        print("interrupted; the output folder was left as it was before this file", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - a bug in the generator, not in the spec
        print(f"internal error: {type(exc).__name__}: {exc} (this is a generator bug; run with -v for "
              "a traceback)", file=sys.stderr)
        if getattr(args, "verbose", False):
            traceback.print_exc()
        return EXIT_INTERNAL
    _print(results, args, time.perf_counter() - started)
    if any(not r.ok for r in results):
        return EXIT_INVALID
    if any(r.blocked for r in results):
        return EXIT_BREAKING
    if any(r.check is not None and not r.check.clean for r in results):
        return EXIT_DIFFERENT
    return EXIT_OK


def _validate_only(config: ClientConfig, *, strict: bool) -> Result:
    from generator.pipeline import build

    return build(config, strict=strict)
