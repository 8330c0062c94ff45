"""README heading anchors follow GitHub's algorithm (github-slugger)."""

from __future__ import annotations

import pytest

from generator.render.anchors import Slugger, github_slug


@pytest.mark.parametrize(("heading", "anchor"), [
    ("account.create_management_key", "accountcreate_management_key"),
    ("Client options: `with_options`", "client-options-with_options"),
    ("Absent, null and forward compatibility", "absent-null-and-forward-compatibility"),
    ("ReflexDB Control Plane API — Python client", "reflexdb-control-plane-api--python-client"),
    ("  Trimmed  ", "trimmed"),
    ("Two  spaces", "two--spaces"),
    ("Ünïcode Straße 2", "ünïcode-straße-2"),
    ("a-b_c!?.(d)", "a-b_cd"),
    ("", ""),
])
def test_github_slug(heading: str, anchor: str) -> None:
    assert github_slug(heading) == anchor


def test_repeated_headings_are_numbered_in_order() -> None:
    s = Slugger()
    assert [s.slug(h) for h in ("Use", "use", "Use!", "use-1", "Use")] == ["use", "use-1", "use-2", "use-1-1",
                                                                        "use-3"]


def test_numbered_form_taken_by_an_earlier_heading_is_skipped() -> None:
    s = Slugger()
    assert [s.slug(h) for h in ("a-1", "a", "a")] == ["a-1", "a", "a-2"]
