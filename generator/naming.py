"""Identifiers: every name that reaches Python source or a file path is made here.

Spec names are untrusted. They are NFKC-normalised (so look-alikes that Python would itself fold
into a keyword are caught), reduced to ASCII letters, digits and underscores, and escaped against
keywords, soft keywords and names the generated code reserves. The result is always a valid
identifier and a safe file name.
"""

from __future__ import annotations

import functools
import hashlib
import keyword
import re
import unicodedata
from collections.abc import Iterable

_WORD_SPLIT = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_RESERVED_ALWAYS = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
# Windows device names cannot be file names, whatever the extension.
_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)


_NOT_ASCII_ALNUM = re.compile(r"[^A-Za-z0-9]")
# Longer identifiers are cut and given a hash of the whole: a module name is also a file name, and
# file systems refuse names over 255 bytes (300-character operationIds, inline objects 40 deep).
MAX_IDENTIFIER = 100
_HASH_LENGTH = 10


@functools.lru_cache(maxsize=1 << 16)
def words(name: str) -> tuple[str, ...]:
    """Split any spec name (camelCase, snake_case, kebab, spaces, Unicode) into ASCII words.

    Memoised: lowering names the same property, parameter and schema names many times over.
    """
    text = unicodedata.normalize("NFKC", name)
    text = _NOT_ASCII_ALNUM.sub(" ", text)  # one space per other character, as before
    return tuple(w for chunk in text.split() for w in _WORD_SPLIT.findall(chunk))


def shorten(ident: str, limit: int = MAX_IDENTIFIER) -> str:
    """``ident`` cut to ``limit`` characters, ending in a hash of the whole (deterministic, unique)."""
    if len(ident) <= limit:
        return ident
    digest = hashlib.sha256(ident.encode("utf-8")).hexdigest()[:_HASH_LENGTH]
    return f"{ident[:limit - _HASH_LENGTH - 1].rstrip('_')}_{digest}"


def _finish(ident: str, fallback: str, reserved: Iterable[str]) -> str:
    ident = shorten(ident)
    if not ident:
        ident = fallback
    if ident[0].isdigit():
        ident = f"{fallback}_{ident}"
    reserved_set = _RESERVED_ALWAYS | frozenset(reserved)
    while ident in reserved_set or keyword.iskeyword(ident):
        ident += "_"
    return ident


def snake(name: str, *, fallback: str = "value", reserved: Iterable[str] = ()) -> str:
    return _finish("_".join(w.lower() for w in words(name)), fallback, reserved)


def pascal(name: str, *, fallback: str = "Model", reserved: Iterable[str] = ()) -> str:
    ident = "".join(w[:1].upper() + w[1:] for w in words(name))
    return _finish(ident, fallback, reserved)


def upper_snake(name: str, *, fallback: str = "VALUE", reserved: Iterable[str] = ()) -> str:
    return _finish("_".join(w.upper() for w in words(name)), fallback, reserved)


def module_name(class_name: str) -> str:
    """A file-safe module name; Windows device names get a suffix."""
    ident = snake(class_name, fallback="module")
    if ident in _WINDOWS_DEVICES:
        ident += "_"
    return ident


class NameTable:
    """Hands out unique names in one namespace, deterministically (first come, first served).

    ``casefold`` makes names that differ only in case collide too, for names that become files.
    """

    def __init__(self, reserved: Iterable[str] = (), *, casefold: bool = False) -> None:
        self._casefold = casefold
        # Not ``{self._key(r) ...}``: derive passes every declaration name, once per api/ module.
        self._taken: set[str] = {r.lower() for r in reserved} if casefold else set(reserved)

    def _key(self, name: str) -> str:
        return name.lower() if self._casefold else name

    def taken(self, name: str) -> bool:
        return self._key(name) in self._taken

    def claim(self, wanted: str) -> str:
        candidate = wanted
        n = 2
        while self._key(candidate) in self._taken:
            candidate = f"{wanted}{'_' if wanted[-1].isdigit() else ''}{n}"
            n += 1
        self._taken.add(self._key(candidate))
        return candidate


def all_order(name: str) -> tuple[int, tuple[tuple[int, str], ...]]:
    """Sort key for ``__all__`` matching ruff's isort-style order (RUF022): constants, classes,
    then the rest, each in natural order (``Model2`` before ``Model10``)."""
    category = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    pieces = tuple((int(p), "") if p.isdigit() else (-1, p) for p in re.findall(r"\d+|\D+", name))
    return (category, pieces)
