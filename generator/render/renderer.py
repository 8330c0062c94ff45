"""Rendering: IR → generated files (path → text), in memory, no I/O but reading templates.

All decisions about names, imports, types, defaults and docstrings are made in Python (the IR and
the modules of this package); the Jinja templates only loop and print. The runtime in
``templates/runtime/`` is copied verbatim. This module lists the files: one list, two orders.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from generator import __version__, ir
from generator.config import ClientConfig
from generator.examples.sampler import Sampler
from generator.render.base import OutputFile, Renderer
from generator.render.models import alias_file, enum_file, model_file, models_init
from generator.render.operations import group_file
from generator.render.package import client_file, package_files
from generator.render.testing import render_testing

if TYPE_CHECKING:
    from generator.render.reuse import Reuse

GENERATOR_VERSION = __version__

__all__ = ["GENERATOR_VERSION", "OutputFile", "render", "render_stream", "render_testing"]


def _fresh(node: object, make: Callable[[], OutputFile]) -> OutputFile:
    return make()


def iter_files(renderer: Renderer) -> Iterator[OutputFile]:
    """``render``'s files one by one, the large ones first (black gets them early: no long tail).

    With ``renderer.reuse``, a file rendered from one IR node (a declaration, a group's
    operations) is taken from the last run when its node and the shared state are unchanged.
    """
    api = renderer.api
    file = _fresh if renderer.reuse is None else renderer.reuse.file
    yield models_init(renderer)
    yield from (file((g, tuple(ops)), partial(group_file, renderer, g, ops)) for g, ops in api.groups.items())
    yield client_file(renderer)
    yield from (file(m, partial(model_file, renderer, m)) for m in api.models)
    yield from (file(e, partial(enum_file, renderer, e)) for e in api.enums)
    yield from (file(a, partial(alias_file, renderer, a)) for a in api.aliases)
    yield from package_files(renderer)


def render(api: ir.Api, config: ClientConfig) -> list[OutputFile]:
    """Every file but testing.py and the generated tests (``render_testing``), sorted by path."""
    return sorted(iter_files(Renderer(api, config)), key=lambda f: f.path)


def render_stream(api: ir.Api, config: ClientConfig, data: Any, reuse: Reuse | None = None) -> Iterator[OutputFile]:
    """``render`` and ``render_testing`` as a stream, largest files first, for formatting while rendering.

    The same files as the two lists (callers sort by path); only the order differs.
    """
    sampler = Sampler(data, config.limits.max_example_bytes)  # one example engine: testing.py and README
    yield from render_testing(api, config, data, sampler)
    yield from iter_files(Renderer(api, config, sampler, reuse))
