"""Configuration: one frozen ``ClientConfig`` per client, read from ``[tool.generator]``.

Nothing here reads ambient state beyond the file it is pointed at; CLI flags are merged by the
caller. Unknown keys are errors, so a typo cannot silently change the output.
"""

from __future__ import annotations

import dataclasses
import keyword
import os
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from generator import limits as _limits
from generator.diagnostics import Diagnostic, SpecError

# What a generated client imports besides its own package: a package of the same name would shadow
# it (``--package httpx`` gives a client whose ``import httpx`` imports itself).
CLIENT_DEPENDENCIES = frozenset({"httpx", "httpcore", "h11", "h2", "anyio", "sniffio", "certifi", "idna",
                                 "typing_extensions", "pytest"})


def package_problem(package: str) -> str | None:
    """Why ``package`` cannot be a generated client's import name, or None."""
    if not package.isidentifier() or keyword.iskeyword(package):
        return f"package {package!r} is not a valid Python identifier (it is the import name, e.g. 'petstore_client')"
    if package in sys.stdlib_module_names or package in CLIENT_DEPENDENCIES:
        what = "the standard library's" if package in sys.stdlib_module_names else "a dependency's"
        return (f"package {package!r} is {what} module name: the client could not import it (and would "
                f"shadow it for its users); choose another, e.g. '{package}_client'")
    return None


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
    # Auto-pagination: detected unless ``pagination = false``; per operation ("GET /path"), a
    # table of wire names (scheme, param, items, next, total, start, ...) or ``false`` to turn off.
    paginate: bool = True
    pagination: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    limits: _limits.Limits = _limits.DEFAULT  # resource bounds; see generator/limits.py
    # The header for automatic idempotency keys; None: detected from the spec's header parameters,
    # "" turns the keys off.
    idempotency_header: str | None = None
    request_id_headers: tuple[str, ...] | None = None  # None: detected from the spec's response headers
    ignore: tuple[str, ...] = ()  # warning codes not reported (errors cannot be ignored)
    # ``generate SPEC`` without --package / --output: the pipeline names them from the spec.
    derive_package: bool = False
    derive_output: bool = False
    # The output folder as the user wrote it (relative to the configuration file or the working
    # folder), for the README's install line; "" when not known: the folder's name.
    output_label: str = ""

    @property
    def distribution(self) -> str:
        return self.project_name or self.package.replace("_", "-")


_KEYS = {f.name for f in dataclasses.fields(ClientConfig)} - {"derive_package", "derive_output", "paginate", "output_label"}
_TOP_KEYS = {"clients", "templates", "ignore"}
_CODE = re.compile(r"^[a-z][a-z0-9-]*$")
_PAGING_SCHEMES = ("cursor", "has_more", "next_url", "offset", "page", "link")
_PAGING_KEYS = {"scheme", "param", "items", "next", "total", "start", "item_id", "cursor_field"}
_METHODS = ("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE")
_CLIENTS_HEADER = re.compile(r"^\s*\[\[\s*tool\s*\.\s*generator\s*\.\s*clients\s*\]\]")
_SECTION_HEADER = re.compile(r"^\s*\[\s*tool\s*\.\s*generator\s*\]")
_ANY_HEADER = re.compile(r"^\s*\[")
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # an RFC 9110 token


@dataclasses.dataclass(frozen=True, slots=True)
class _Source:
    """The configuration file's text, to find line numbers (tomllib reports none)."""

    where: str
    text: str

    def block(self, header: re.Pattern[str], index: int = 0) -> tuple[int, int]:
        """(first, end) 0-based line range of the ``index``-th table with this header; (-1, -1) if absent."""
        lines = self.text.splitlines()
        seen = -1
        for number, line in enumerate(lines):
            if header.match(line):
                seen += 1
                if seen == index:
                    end = next((n for n in range(number + 1, len(lines)) if _ANY_HEADER.match(lines[n])),
                               len(lines))
                    return number, end
        return -1, -1

    def locate(self, header: re.Pattern[str], index: int, key: str | None) -> tuple[int, int]:
        """1-based (line, column) of ``key`` in that table, or of the table's header; (0, 0) if unknown."""
        first, end = self.block(header, index)
        if first < 0:
            return 0, 0
        if key is not None:
            pattern = re.compile(r"^(\s*)(?:" + re.escape(key) + r'|"' + re.escape(key) + r'"|\'' + re.escape(key)
                                 + r"\')\s*[=.]")
            lines = self.text.splitlines()
            for number in range(first + 1, end):
                match = pattern.match(lines[number])
                if match:
                    return number + 1, len(match.group(1)) + 1
        return first + 1, 1

    def error(self, code: str, message: str, header: re.Pattern[str] = _SECTION_HEADER, index: int = 0,
              key: str | None = None) -> Diagnostic:
        line, column = self.locate(header, index, key)
        return Diagnostic(severity="error", code=code, file=self.where, line=line, column=column, message=message)


def ignore_codes(value: object) -> tuple[str, ...] | None:
    """A list of warning codes (``["callbacks-skipped", ...]``) as a sorted tuple; None if malformed."""
    if not isinstance(value, list) or not all(isinstance(v, str) and _CODE.match(v) for v in value):
        return None
    return tuple(sorted(set(value)))


def client_from_mapping(raw: dict[str, Any], *, root: Path, where: str, index: int = 0,
                        text: str = "", templates: Path | None = None,
                        ignore: tuple[str, ...] = ()) -> ClientConfig:
    """One ``[[tool.generator.clients]]`` entry → ClientConfig; raises SpecError listing every problem."""
    src = _Source(where, text)

    def err(code: str, message: str, key: str | None = None) -> Diagnostic:
        return src.error(code, message, _CLIENTS_HEADER, index, key)

    problems = [err("config-unknown-key", f"unknown key {key!r} in [[tool.generator.clients]] entry "
                    f"(known: {', '.join(sorted(_KEYS))})", key) for key in sorted(set(raw) - _KEYS)]
    problems += [err("config-missing-key", f"missing key {key!r} in [[tool.generator.clients]] entry")
                 for key in sorted({"spec", "output", "package"} - set(raw))]
    for key in ("spec", "output", "package", "project_name", "base_url", "token_env", "templates"):
        if key in raw and not isinstance(raw[key], str):
            problems.append(err("config-type", f"{key} must be a string", key))
    package = raw.get("package")
    if isinstance(package, str) and package_problem(package):
        problems.append(err("config-package", str(package_problem(package)), "package"))
    token_env = raw.get("token_env")
    if isinstance(token_env, str) and token_env and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", token_env):
        problems.append(err("config-type", f"token_env {token_env!r} is not an environment variable name",
                            "token_env"))
    if not isinstance(raw.get("tests", False), bool):
        problems.append(err("config-type", "tests must be true or false", "tests"))
    secrets = raw.get("secret_fields", [])
    if not isinstance(secrets, list) or not all(isinstance(s, str) for s in secrets):
        problems.append(err("config-type", "secret_fields must be a list of strings", "secret_fields"))
    names = raw.get("operation_names", {})
    if not isinstance(names, dict):
        problems.append(err("config-type", "operation_names must be a table of 'METHOD /path' = 'name'",
                            "operation_names"))
        names = {}
    for op, name in names.items():
        method, _, path = str(op).partition(" ")
        if method not in _METHODS or not path.startswith("/"):
            problems.append(err("config-operation-key", f"operation_names key {op!r} must look like "
                                "'GET /pets/{petId}' (an upper-case HTTP method, a space, the spec's path)",
                                "operation_names"))
        elif not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
            problems.append(err("config-operation-name", f"operation_names[{op!r}] = {name!r} is not a valid "
                                "Python identifier", "operation_names"))
    idem = raw.get("idempotency_header")
    if idem is not None and (not isinstance(idem, str) or (idem and not _HEADER_NAME.fullmatch(idem))):
        problems.append(err("config-type", f"idempotency_header {idem!r} is not an HTTP header name "
                            "(e.g. 'Idempotency-Key'; \"\" turns automatic keys off)", "idempotency_header"))
    request_ids = raw.get("request_id_headers")
    if request_ids is not None and (not isinstance(request_ids, list) or not all(
            isinstance(h, str) and _HEADER_NAME.fullmatch(h) for h in request_ids)):
        problems.append(err("config-type", "request_id_headers must be a list of HTTP header names "
                            "(e.g. ['x-request-id'])", "request_id_headers"))
    paging = raw.get("pagination", {})
    paging_entries: dict[str, tuple[tuple[str, str], ...]] = {}
    if isinstance(paging, dict):
        for op, entry in paging.items():
            method, _, path = str(op).partition(" ")
            if method not in _METHODS or not path.startswith("/"):
                problems.append(err("config-operation-key", f"pagination key {op!r} must look like 'GET /pets'",
                                    "pagination"))
            elif entry is False:
                paging_entries[str(op)] = ()
            elif isinstance(entry, dict) and entry.get("scheme") in _PAGING_SCHEMES and \
                    set(entry) <= _PAGING_KEYS and all(isinstance(v, (str, int)) for v in entry.values()):
                paging_entries[str(op)] = tuple(sorted((str(k), str(v)) for k, v in entry.items()))
            else:
                problems.append(err("config-type", f"pagination[{op!r}] must be false or a table with scheme "
                                    f"({', '.join(_PAGING_SCHEMES)}) and any of {', '.join(sorted(_PAGING_KEYS))}",
                                    "pagination"))
    elif paging is not False:
        problems.append(err("config-type", "pagination must be false or a table of 'METHOD /path' entries",
                            "pagination"))
    own_ignore = ignore_codes(raw.get("ignore", []))
    if own_ignore is None:
        problems.append(err("config-type", "ignore must be a list of warning codes, e.g. "
                            "[\"callbacks-skipped\"]", "ignore"))
    limits = _limits.DEFAULT
    try:
        limits = _limits.from_mapping(raw.get("limits", {}))
    except ValueError as exc:
        problems.append(err("config-type", str(exc), "limits"))
    if problems:
        raise SpecError(problems)
    own_templates = raw.get("templates")
    return ClientConfig(
        spec=root / str(raw["spec"]),
        output=root / str(raw["output"]),
        output_label=str(raw["output"]),
        package=str(raw["package"]),
        project_name=str(raw.get("project_name", "")),
        base_url=str(raw.get("base_url", "")),
        token_env=str(raw.get("token_env", "")),
        secret_fields=tuple(str(s) for s in secrets),
        operation_names=tuple(sorted((str(k), str(v)) for k, v in names.items())),
        templates=root / str(own_templates) if own_templates else templates,
        tests=raw.get("tests") is True,
        paginate=paging is not False,
        pagination=tuple(sorted(paging_entries.items())),
        limits=limits,
        idempotency_header=idem if isinstance(idem, str) else None,
        request_id_headers=tuple(request_ids) if isinstance(request_ids, list) else None,
        ignore=tuple(sorted({*ignore, *(own_ignore or ())})),
    )


def load_project(pyproject: Path) -> tuple[ClientConfig, ...]:
    """Every client configured in ``pyproject``; raises SpecError with located diagnostics."""
    where = str(pyproject)
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError([Diagnostic(severity="error", code="config-unreadable", file=where,
                                    message=f"cannot read configuration: {exc.strerror or exc}")]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, column = _toml_error_position(str(exc))
        raise SpecError([Diagnostic(severity="error", code="config-syntax", file=where, line=line, column=column,
                                    message=f"invalid TOML: {exc}")]) from None
    src = _Source(where, text)
    section = data.get("tool", {}).get("generator")
    if not isinstance(section, dict) or not isinstance(section.get("clients"), list) or not section["clients"]:
        raise SpecError([src.error("config-missing", "no [[tool.generator.clients]] entries "
                                   "(see README.md, 'Configuration')")])
    extra = sorted(set(section) - _TOP_KEYS)
    if extra:
        raise SpecError([src.error("config-unknown-key", f"unknown key {k!r} in [tool.generator] "
                                   f"(known: {', '.join(sorted(_TOP_KEYS))})", key=k) for k in extra])
    templates = section.get("templates")
    if templates is not None and not isinstance(templates, str):
        raise SpecError([src.error("config-type", "templates must be a string (a folder)", key="templates")])
    ignore = ignore_codes(section.get("ignore", []))
    if ignore is None:
        raise SpecError([src.error("config-type", "ignore must be a list of warning codes, e.g. "
                                   "[\"callbacks-skipped\"]", key="ignore")])
    problems: list[Diagnostic] = []
    clients: list[ClientConfig] = []
    for index, entry in enumerate(section["clients"]):
        if not isinstance(entry, dict):
            problems.append(src.error("config-type", "each client entry must be a table", _CLIENTS_HEADER, index))
            continue
        try:
            clients.append(client_from_mapping(entry, root=pyproject.parent, where=where, index=index, text=text,
                                               templates=pyproject.parent / templates if templates else None,
                                               ignore=ignore))
        except SpecError as exc:
            problems.extend(exc.diagnostics)
    if problems:
        raise SpecError(problems)
    return tuple(clients)


CONFIG_FILE = "pyproject.toml"


def find_config(start: Path) -> Path:
    """The nearest ``pyproject.toml`` with a ``[tool.generator]`` table, from ``start`` upward.

    As ruff and black do, so the generator works from any subfolder of a project. A file that is not
    valid TOML counts as found (``load_project`` then says what is wrong with it). The path is
    relative to the working directory when ``start`` is relative, so messages stay short. Raises SpecError
    naming every folder it looked in.
    """
    absolute = start.resolve()
    looked: list[Path] = []
    skipped: list[Path] = []
    for folder in (absolute, *absolute.parents):
        looked.append(folder)
        candidate = folder / CONFIG_FILE
        if not candidate.is_file():
            continue
        if _has_generator_table(candidate):
            return candidate if start.is_absolute() else Path(os.path.relpath(candidate))
        skipped.append(candidate)
    where = ", ".join(str(f) for f in looked)
    without = f"; {', '.join(map(str, skipped))} has no [tool.generator]" if skipped else ""
    raise SpecError([Diagnostic(
        severity="error", code="config-not-found",
        message=f"no {CONFIG_FILE} with [tool.generator] found: looked in {where}{without}. Give a spec "
                "(generate SPEC), point at a file (--config FILE), or add [[tool.generator.clients]] "
                "(README: 'Use it in your own project')")])


def _has_generator_table(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return False
    except tomllib.TOMLDecodeError:
        return True
    tool = data.get("tool")
    return isinstance(tool, dict) and "generator" in tool


def _toml_error_position(message: str) -> tuple[int, int]:
    match = re.search(r"\(at line (\d+), column (\d+)\)", message)
    return (int(match.group(1)), int(match.group(2))) if match else (0, 0)
