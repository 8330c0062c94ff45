"""The templates and the client runtime: package data, found the same way however the generator is installed.

The repository keeps them in its top-level ``templates/`` folder; the wheel ships that folder as the
package ``generator.templates`` (``[tool.setuptools] package-dir`` in pyproject.toml), so an install
from a wheel, a path, pipx or uvx reads them with ``importlib.resources``. A source checkout (run in
place, or installed in editable mode, whose import hook cannot map a sub-package to another folder)
reads the same files from the folder beside ``generator/``; it is recognised by the repository's
``pyproject.toml`` next to both, so an installed copy never mistakes some other ``templates`` folder
in site-packages for its own.
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "generator.templates"


class ResourcesMissing(RuntimeError):
    """The installed generator has no templates: a broken install, not a spec problem."""


@functools.cache
def templates() -> Traversable:
    """The folder of built-in templates (``*.jinja``, and ``runtime/``)."""
    checkout = Path(__file__).resolve().parent.parent
    root: Traversable
    if (checkout / "pyproject.toml").is_file() and (checkout / "templates" / "model.py.jinja").is_file():
        root = checkout / "templates"
    else:
        try:
            root = resources.files(PACKAGE)
        except ModuleNotFoundError:
            root = checkout / "templates"  # named in the error below
    if not root.joinpath("model.py.jinja").is_file():
        raise ResourcesMissing(f"the generator's templates are missing (looked in {root}); reinstall the "
                               "generator (pip install --force-reinstall openapi-client-generator)")
    return root


def runtime_files() -> list[tuple[str, str]]:
    """(file name, text) of every module of the runtime copied into each client, sorted by name."""
    folder = templates().joinpath("runtime")
    return sorted((entry.name, entry.read_text(encoding="utf-8")) for entry in folder.iterdir()
                  if entry.name.endswith(".py") and entry.is_file())


def runtime_text(name: str) -> str:
    """One runtime module's source (``_errors.py``, ...)."""
    return templates().joinpath("runtime").joinpath(name).read_text(encoding="utf-8")
