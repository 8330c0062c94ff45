"""Spec diff: two spec files → the public-API ``Report`` between the clients they would generate.

Only load, validate and lower run (no rendering, formatting or writing), so it is cheap enough for a
pre-merge check. Both specs are lowered with the same client settings, so a difference in the
report is a difference in the specs.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from generator.compat.apidiff import Report, compare
from generator.compat.surface import Surface, build_surface
from generator.config import ClientConfig
from generator.diagnostics import Diagnostic, has_errors
from generator.lowering.lower import lower
from generator.spec.bundle import load
from generator.spec.validate import validate


def spec_surface(config: ClientConfig) -> tuple[Surface | None, list[Diagnostic]]:
    """The public surface of the client ``config`` describes, or None with the errors that prevent it."""
    from generator.diagnostics import SpecError

    try:
        doc = load(config.spec, config.limits)  # the configured limits, as generate applies them
    except SpecError as exc:
        return None, list(exc.diagnostics)
    diagnostics = list(validate(doc))
    if has_errors(diagnostics):
        return None, diagnostics
    api, problems = lower(doc, config)
    diagnostics.extend(problems)
    if has_errors(diagnostics):
        return None, diagnostics
    return build_surface(api, config.package), diagnostics


def diff_specs(old_spec: Path, new_spec: Path, base: ClientConfig) -> tuple[Report | None, list[Diagnostic]]:
    """Compare the clients generated from ``old_spec`` and ``new_spec`` with ``base``'s settings."""
    old, old_diags = spec_surface(dataclasses.replace(base, spec=old_spec))
    new, new_diags = spec_surface(dataclasses.replace(base, spec=new_spec))
    diagnostics = old_diags + new_diags
    if old is None or new is None:
        return None, diagnostics
    return compare(old, new), diagnostics
