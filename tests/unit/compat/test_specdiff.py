"""specdiff applies the client's configured limits, as ``generate`` does."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from generator import limits
from generator.compat.specdiff import diff_specs, spec_surface
from generator.config import ClientConfig
from tests.conftest import ROOT

SPEC = ROOT / "specs" / "reflexdb.yaml"


def test_configured_limits_apply_to_diff(tmp_path: Path) -> None:
    config = ClientConfig(spec=SPEC, output=tmp_path, package="reflexdb_client")
    surface, _ = spec_surface(config)
    assert surface is not None  # within the default limits
    tight = dataclasses.replace(config, limits=dataclasses.replace(limits.DEFAULT, max_schemas=2))
    surface, diagnostics = spec_surface(tight)
    assert surface is None
    assert any(d.severity == "error" and "max_schemas" in d.render() for d in diagnostics), \
        [d.render() for d in diagnostics]
    report, diagnostics = diff_specs(SPEC, SPEC, tight)
    assert report is None and diagnostics
