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


def test_headings_of_the_api_description_count_for_numbering() -> None:
    from generator.render.package import markdown_headings

    text = "Intro\n\n## Auth\ntext\n```\n# not a heading\n```\nSetext\n======\n\n---\n#tag\n### Closed ###\n"
    assert markdown_headings(text) == ["Auth", "Setext", "Closed"]


@pytest.mark.parametrize(("label", "name", "shown"), [
    ("generated/reflexdb", "reflexdb", "./generated/reflexdb"),
    ("", "petstore-client", "./petstore-client"),
    ("./out", "out", "./out"),
    ("../clients/x", "x", "../clients/x"),
    ("/abs/path/client", "client", "./client"),
    ("my client", "my client", "'./my client'"),
    ("a\nb", "b", "."),
])
def test_install_path_names_the_output_folder_as_given(label: str, name: str, shown: str) -> None:
    from pathlib import Path

    from generator.config import ClientConfig
    from generator.render.package import install_path

    config = ClientConfig(spec=Path("s.yaml"), output=Path("/somewhere") / name, package="p", output_label=label)
    assert install_path(config) == shown
