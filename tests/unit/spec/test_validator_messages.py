"""Validator findings read as a person would act on them (issue 16): a 3.1 document without
paths, components or webhooks says which keys it needs, at line 1, instead of quoting the whole
document back with no location; in both validator backends."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.config import ClientConfig
from generator.spec import validate
from generator.spec.bundle import load


@pytest.mark.parametrize("compiled", [True, False])
def test_a_3_1_document_describing_nothing(tmp_path: Path, compiled: bool) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({"openapi": "3.1.0", "info": {"title": "A", "version": "1"}}))
    doc = load(spec, ClientConfig(spec=spec, output=tmp_path / "out", package="p").limits)
    (finding,) = validate._check_schema(doc, compiled=compiled)
    assert finding.severity == "warning" and (finding.line, finding.pointer) == (1, "")
    assert "needs at least one of components, paths, webhooks" in finding.message
    assert '"info"' not in finding.message  # the document is not quoted back
