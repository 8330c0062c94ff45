"""The command line's grammar: subcommands, options and their help, with "did you mean" on typos.

argparse reports an unknown option from the top-level parser, with the top-level usage and no
hint; here it is reported by the subcommand it was given to, with its usage, the closest option
it has, or the subcommand that does have it (``validate --check``).
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from generator import __version__, limits

COMMAND = "openapi-client-generator"  # the console script ([project.scripts] in pyproject.toml)
EXIT_CODES = ("exit codes: 0 ok; 1 --check found differences; 2 invalid spec, configuration or usage; "
              "3 internal error (a generator bug); 4 --fail-on-breaking found a breaking API change; "
              "130 interrupted")
# ``diff --format``: compat.apireport.FORMATS (tests/unit/cli keeps them equal), named here so that
# parsing a command line does not import the API-diff machinery.
REPORT_FORMATS = ("text", "markdown", "json")
_INVALID_CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)")


def program_name(argv0: str | None = None) -> str:
    """How the user ran us: the console script by its name, else ``python -m generator``."""
    name = os.path.basename(argv0 if argv0 is not None else (sys.argv[0] if sys.argv else ""))
    return COMMAND if name.startswith(COMMAND) else "python -m generator"


def suggestion(word: str, candidates: Sequence[str]) -> str:
    """`` (did you mean X?)`` for the closest candidate, or nothing."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""


class Parser(argparse.ArgumentParser):
    """ArgumentParser whose errors suggest the closest option or subcommand."""

    def error(self, message: str) -> NoReturn:
        match = _INVALID_CHOICE.search(message)
        if match:
            choices = re.findall(r"'([^']*)'", match.group(2))
            message += suggestion(match.group(1), choices)
        super().error(message)

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            command = getattr(parsed, "command", None)
            owner = _subparsers(self).get(command, self) if isinstance(command, str) else self
            owner.error(_unknown(extras, owner, _subparsers(self)))
        return parsed


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return [o for action in parser._actions for o in action.option_strings]


def _unknown(extras: list[str], owner: argparse.ArgumentParser, commands: dict[str, argparse.ArgumentParser]) -> str:
    parts = []
    for extra in extras:
        flag = extra.split("=", 1)[0]
        if not flag.startswith("-"):
            parts.append(f"unexpected argument {extra!r}")
            continue
        elsewhere = sorted(name for name, sub in commands.items() if sub is not owner and flag in _options(sub))
        if elsewhere:
            hint = f" ({flag} is an option of {' and '.join(elsewhere)})"
        else:
            hint = suggestion(flag, [o for o in _options(owner) if o not in ("-h", "--help")])
        parts.append(f"unrecognized option {flag}{hint}")
    options = [p for p in parts if p.startswith("unrecognized")]
    # A mistyped option's value is taken for the positional SPEC, which pushes the real SPEC into
    # the extras ("--outptu out spec.yaml"): the "unexpected argument" is the typo's doing, so the
    # options alone are reported.
    return "; ".join(options or parts)


def parser(prog: str | None = None) -> Parser:
    top = Parser(prog=prog or program_name(), description="Generate typed Python clients from OpenAPI 3.0/3.1 "
                 "descriptions.", epilog=EXIT_CODES)
    top.add_argument("--version", action="version", version=f"{COMMAND} {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=Parser)
    gen = sub.add_parser(
        "generate", help="generate clients (every configured one when no SPEC is given)",
        description="Generate a client from SPEC, or every client configured in pyproject.toml "
                    "[tool.generator] when SPEC is omitted. Only changed files are written; the new tree "
                    "replaces the old one atomically; files you added to the output folder are kept.",
        epilog=EXIT_CODES)
    gen.add_argument("spec", nargs="?", type=Path, help="OpenAPI 3.0/3.1 file (YAML or JSON)")
    gen.add_argument("--output", type=Path,
                     help="output folder (with SPEC; default: named after the spec's title, e.g. stripe-client)")
    gen.add_argument("--package", help="import name of the generated package (with SPEC; default: from the "
                                       "spec's title, e.g. stripe_client)")
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
        epilog="exit codes: 0 valid; 2 invalid spec, configuration or usage; 3 internal error; 130 interrupted")
    val.add_argument("spec", nargs="?", type=Path, help="OpenAPI 3.0/3.1 file (YAML or JSON)")
    _config_option(val)
    _common(val)
    return top


def _config_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, default=None,
                   help="configuration file with [tool.generator] (default: the nearest pyproject.toml that "
                        "has one, from the working directory upward)")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--strict", action="store_true",
                   help="treat warnings (skipped or degraded constructs) as errors")
    p.add_argument("--ignore", action="append", default=[], metavar="CODE",
                   help="do not report warnings with this code (repeatable, or comma-separated: "
                        "--ignore callbacks-skipped,response-code); also the 'ignore' configuration key")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="diagnostics format: text (FILE:LINE:COL: ...) or json (with a coverage report)")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="print the summary even when nothing changed, the time of each stage, and every warning")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    p.add_argument("--limit", action="append", default=[], metavar="NAME=N",
                   help="override a resource limit (NAME is one of: " + ", ".join(limits.NAMES)
                        + "); see README 'Limits and hostile input'")


def _diff_parser(sub: argparse._SubParsersAction[Parser]) -> None:
    diff = sub.add_parser("diff", help="report public-API changes between two specs; writes nothing",
                          description="Compare the clients OLD_SPEC and NEW_SPEC would generate and report "
                                      "additions, removals and changes, each marked breaking or not.",
                          epilog="exit codes: 0 ok; 2 invalid spec or usage; 3 internal error; "
                                 "4 --fail-on-breaking found a breaking change; 130 interrupted")
    diff.add_argument("old_spec", type=Path, metavar="OLD_SPEC")
    diff.add_argument("new_spec", type=Path, metavar="NEW_SPEC")
    diff.add_argument("--format", choices=REPORT_FORMATS, default="text", help="report format (default: text)")
    diff.add_argument("--fail-on-breaking", action="store_true", help="exit 4 if any change is breaking")
    diff.add_argument("--package", help="import name to report (default: the configured client whose spec "
                                        "is NEW_SPEC or OLD_SPEC, else 'client')")
    _config_option(diff)
