"""Rendering: IR → generated files (path → text), in memory, no I/O but reading templates.

All decisions about names, imports, types, defaults and docstrings are made in Python (the IR and
the modules of this package); the Jinja templates only loop and print. The runtime in
``templates/runtime/`` is copied verbatim. This module lists the files: one list, two orders.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from generator import __version__, ir, processes
from generator.config import ClientConfig
from generator.examples.sampler import Sampler
from generator.render.base import OutputFile, Renderer
from generator.render.layout import adopt_layouts, used_layouts
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


# From this many operations, testing.py (sampled from the whole document: a third of a one-line
# Stripe run's rendering) is rendered in a forked child while this process renders the rest.
FORK_TESTING_OPERATIONS = 50


def render_stream(api: ir.Api, config: ClientConfig, data: Any, reuse: Reuse | None = None, *,
                  fork: bool = True) -> Iterator[OutputFile]:
    """``render`` and ``render_testing`` as a stream, for formatting while rendering: the large
    files first, the testing files last (rendered meanwhile in a child on large APIs, ``fork``).

    The same files as the two lists, in the same order however they were made (callers sort by path).
    """
    sampler = Sampler(data, config.limits.max_example_bytes)  # one example engine: testing.py and README
    testing = None
    if fork and len(api.operations) >= FORK_TESTING_OPERATIONS and processes.cores() > 1:
        testing = processes.Forked.start(partial(_testing_in_child, api, config, data, sampler))
    try:
        yield from iter_files(Renderer(api, config, sampler, reuse))
        made = testing.result() if testing is not None else None
        if made is None:  # not forked, or the child failed: here (which reports what went wrong)
            yield from render_testing(api, config, data, sampler)
        else:
            files, layouts = made
            adopt_layouts(layouts)
            yield from files
    finally:
        if testing is not None:
            testing.kill()


def _testing_in_child(api: ir.Api, config: ClientConfig, data: Any,
                      sampler: Sampler) -> tuple[list[OutputFile], dict[str, str]]:
    """The testing files, and the black layouts they used (kept for the next run by the parent)."""
    return render_testing(api, config, data, sampler), used_layouts()
