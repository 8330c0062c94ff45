"""What every renderer module shares: the output file type, the template environment, and the
per-API ``Renderer`` state (the IR, the configuration, name → module tables) its functions read."""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import jinja2

from generator import cache, ir, resources
from generator.config import ClientConfig
from generator.emit.pyexpr import Needs
from generator.emit.pysource import docstring_block, docstring_body, module_docstring
from generator.examples.sampler import Sampler
from generator.render.layout import import_line

_SAFE_SPEC_NAME = re.compile(r"[^A-Za-z0-9._-]")
_VERSION = re.compile(r"^\d+(\.\d+){0,3}$")
_PUBLIC_MODULES = (("_dt.", "datetime."), ("_t.", "typing."), ("_uuid.", "uuid."), ("_decimal.", "decimal."),
                   ("_rt.", ""), ("_Mapping", "Mapping"))


def deprecation_message(subject: str, description: str) -> str:
    """A DeprecationWarning's text: what is deprecated, and the API description's words about it."""
    words = " ".join(description.split())
    if len(words) > 200:
        words = words[:199] + "…"
    return f"{subject} is deprecated in the API description" + (f": {words}" if words else ".")


@dataclass(frozen=True, slots=True)
class OutputFile:
    path: str  # relative, POSIX separators
    text: str
    python: bool


class BuiltinLoader(jinja2.BaseLoader):
    """Jinja loader for the built-in templates, through ``importlib.resources`` (works from a zip too).

    Template names come from the generator itself, never from a spec; they are still checked to be
    plain file names so a bug cannot read outside the templates folder.
    """

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str | None, None]:
        if "/" in template or "\\" in template or template.startswith("."):
            raise jinja2.TemplateNotFound(template)
        entry = resources.templates().joinpath(template)
        if not entry.is_file():
            raise jinja2.TemplateNotFound(template)
        filename = str(entry) if isinstance(entry, Path) else None
        return entry.read_text(encoding="utf-8"), filename, None

    def list_templates(self) -> list[str]:
        return sorted(e.name for e in resources.templates().iterdir() if e.name.endswith(".jinja"))


# Precompiled templates: ``generator/render/compiled/`` holds each built-in template compiled to a
# Python module (``tmpl_<sha1 of its name>.py``, jinja2's ModuleLoader naming), so that even a first
# run (an empty cache folder) compiles none; byte-compiled like the rest of the generator. Its
# ``DIGEST`` is ``sources_digest()`` of what they were compiled from: when it differs (a template or
# this module edited, another jinja2), they are ignored and the templates compile as before.
# ``python -m tests.golden_update`` rewrites them (``write_compiled``).
COMPILED_PACKAGE = "generator.render.compiled"
_COMPILED_OK: bool | None = None


def sources_digest() -> str:
    """The built-in templates' text, this module's (the environment's options) and jinja2's version."""
    digest = hashlib.sha256(f"jinja2 {jinja2.__version__}|".encode() + Path(__file__).read_bytes())
    root = resources.templates()
    for name in BuiltinLoader().list_templates():
        data = root.joinpath(name).read_bytes()
        digest.update(name.encode() + b"\0" + len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def compiled_module_name(template: str) -> str:
    return "tmpl_" + hashlib.sha1(template.encode("utf-8")).hexdigest()


def _compiled_ok() -> bool:
    global _COMPILED_OK
    if _COMPILED_OK is None:
        try:
            stamp = importlib.import_module(COMPILED_PACKAGE).DIGEST
        except (ImportError, AttributeError):
            stamp = None
        _COMPILED_OK = stamp == sources_digest()
    return _COMPILED_OK


class PrecompiledLoader(BuiltinLoader):
    """The built-in templates, from their precompiled modules when those are current."""

    def load(self, environment: jinja2.Environment, name: str,
             globals: Any = None) -> jinja2.Template:
        if _compiled_ok():
            try:
                module = importlib.import_module(f"{COMPILED_PACKAGE}.{compiled_module_name(name)}")
            except ImportError:
                pass
            else:
                return environment.template_class.from_module_dict(environment, vars(module), globals or {})
        return super().load(environment, name, globals)


def write_compiled(target: Path) -> list[Path]:
    """Compile every built-in template into ``target`` (the ``compiled`` package), with its DIGEST."""
    env = environment(None, bytecode=False)
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("tmpl_*.py"):
        old.unlink()
    written = []
    loader = BuiltinLoader()
    for name in loader.list_templates():
        source = loader.get_source(env, name)[0]
        code = env.compile(source, name, None, raw=True, defer_init=True)
        path = target / f"{compiled_module_name(name)}.py"
        path.write_text(f"# {name}, compiled by jinja2 {jinja2.__version__}: written by write_compiled; do not "
                        f"edit.\n{code}\n", encoding="utf-8")
        written.append(path)
    init = target / "__init__.py"
    init.write_text('"""The built-in templates, precompiled (generator/render/base.py: ``write_compiled``)."""\n\n'
                    f'DIGEST = "{sources_digest()}"\n', encoding="utf-8")
    return [init, *written]


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept in the cache folder, so a run does not compile all of them again.

    Jinja keys each entry by the template's name and a hash of its source; the folder's name adds
    Jinja's version and this module's text (which holds the environment's options), which Jinja's
    key leaves out. A cache that cannot be read or written is skipped.
    """

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError):
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            Path(self.directory).mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    root = cache.cache_root()
    if root is None:
        return None
    salt = hashlib.sha256(f"jinja2 {jinja2.__version__}|".encode() + Path(__file__).read_bytes()).hexdigest()
    return _CompiledTemplates(str(root / "templates" / salt[:24]))


def environment(custom: Path | None, *, bytecode: bool = True) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if custom is not None:
        loaders.append(jinja2.FileSystemLoader(str(custom)))
    loaders.append(PrecompiledLoader() if bytecode else BuiltinLoader())
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        bytecode_cache=_bytecode_cache() if bytecode else None,
    )
    env.filters["docstring"] = docstring_block
    return env


def header(api: ir.Api) -> str:
    name = _SAFE_SPEC_NAME.sub("_", api.spec_name)
    return f"# Generated from {name} by the generator; do not edit by hand."


def doc(text: str, fallback: str = "") -> str:
    return docstring_body(text) or docstring_body(fallback)


def module_doc(text: str, fallback: str = "") -> str:
    """``doc`` for a docstring the template puts between quotes at the top of a module."""
    return module_docstring(doc(text, fallback))


def imports(needs: Needs, *, own: str = "") -> tuple[list[str], list[str]]:
    """(top-of-module imports, model imports) for a module that used ``needs``."""
    top: list[str] = []
    for module, line in (("_dc", "import dataclasses as _dc"), ("_dt", "import datetime as _dt"),
                         ("_decimal", "import decimal as _decimal"),
                         ("_t", "import typing as _t"), ("_uuid", "import uuid as _uuid")):
        if module in needs.modules:
            top.append(line)
    names = sorted((needs.models | needs.enums) - {own})
    return top, names


def public(source: str) -> str:
    """A generated annotation or parameter as a reader sees it (without the private import aliases)."""
    for private, replacement in _PUBLIC_MODULES:
        source = source.replace(private, replacement)
    return source


def unique(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


class Reusing(Protocol):
    """What the last run rendered (``reuse.Reuse``): a file or a template context per IR node."""

    def file(self, node: object, make: Callable[[], OutputFile]) -> OutputFile: ...

    def value(self, node: object, make: Callable[[], Any]) -> Any: ...


class Renderer:
    """The state the render functions share for one API: built once, read by every module."""

    def __init__(self, api: ir.Api, config: ClientConfig, sampler: Sampler | None = None,
                 reuse: Reusing | None = None) -> None:
        self.api = api
        self.config = config
        # The example engine (the offline fake's): the README's examples show its values. None
        # without a spec document (``render``): minimal values from the types.
        self.sampler = sampler
        # What the last run rendered, to reuse what is unchanged (reuse.py); None: render everything.
        self.reuse = reuse
        self.env = environment(config.templates)
        self.package = config.package
        self.enum_bases = api.enum_bases
        self.modules: dict[str, str] = {name: d.module for name, d in api.index.items()}
        self.header = header(api)
        # operations.operation_context's cache: id(op) → (context, the imports it needs)
        self.op_contexts: dict[int, tuple[dict[str, Any], Needs]] = {}

    def needs(self) -> Needs:
        return Needs(enum_bases=self.enum_bases)

    def template(self, template_name: str, /, **context: Any) -> str:
        return self.env.get_template(template_name).render(header=self.header, **context)

    def reused(self, node: object, make: Callable[[], Any]) -> Any:
        """``make()``, or the value the last run stored for ``node`` (``Reuse.value``)."""
        return make() if self.reuse is None else self.reuse.value(node, make)

    def model_import(self, name: str, prefix: str) -> str:
        return import_line(f"{prefix}{self.modules[name]}", name, 0)

    def type_import(self, name: str, prefix: str) -> str:
        """``model_import`` inside an ``if _t.TYPE_CHECKING:`` block."""
        return import_line(f"{prefix}{self.modules[name]}", name, 4)

    def version(self) -> str:
        return self.api.version if _VERSION.match(self.api.version) else "0.0.0"
