"""Every ```python block of every generated README type-checks and runs.

The READMEs: each golden case's, the committed ReflexDB client's, and those of the clients the
client tests generate (feature_spec: basic and API-key schemes; service_spec: OAuth2; auth_kinds:
every kind of scheme, unsupported ones, spec examples, an anchor GitHub numbers).

Type checking: each block is a module, checked with ``mypy --strict`` against its package.

Running: each block is executed offline against the package's own ``testing.FakeTransport``,
which checks every request against the API description and answers with its examples. The
README's code is run as it is written except for one substitution made here on its syntax tree:
every ``Client(...)`` / ``AsyncClient(...)`` call that names no ``transport=`` gets
``transport=FakeTransport()`` added. Credentials come from the environment variables the README's
Authentication section names (``user:password`` where it says so), so examples that leave them
out (``Client()``) run as the README says they do. A block passes when it runs to its end; the
only failure accepted is the fake's "no operation for ..." answer to ``client.request(...)`` on a
path the API does not describe (the README's examples of undocumented endpoints), and only in a
block that calls ``.request(``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.render.anchors import Slugger
from tests.client.conftest import HERE, generate_package
from tests.client.test_typing import REFLEXDB
from tests.golden_cases import CASES, case_config

BLOCKS = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
ENV_VAR = re.compile(r"^- `\w+=[^`]*`[^\n]*? or `([A-Z][A-Z0-9_]*)`( set to `user:password`)?", re.MULTILINE)
HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*$", re.MULTILINE)
LINK = re.compile(r"\]\(#([^)]*)\)")
FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)

RUNNER = r'''
import ast, contextlib, importlib, io, json, sys, traceback

package, blocks_file = sys.argv[1], sys.argv[2]
testing = importlib.import_module(package + ".testing")
APIStatusError = importlib.import_module(package).APIStatusError


class InjectTransport(ast.NodeTransformer):
    def visit_Call(self, node):
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id in ("Client", "AsyncClient") \
                and not any(k.arg == "transport" for k in node.keywords):
            fake = ast.Call(func=ast.Name("_README_FAKE", ast.Load()), args=[], keywords=[])
            node.keywords.append(ast.keyword(arg="transport", value=fake))
        return node


results = []
for index, code in enumerate(json.load(open(blocks_file, encoding="utf-8"))):
    tree = ast.fix_missing_locations(InjectTransport().visit(ast.parse(code)))
    namespace = {"__name__": "__main__", "_README_FAKE": testing.FakeTransport}
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(tree, f"<{package} README block {index}>", "exec"), namespace)
        results.append({"ok": True})
    except APIStatusError as exc:
        undocumented = "no operation for" in repr(exc.body)
        results.append({"ok": False, "undocumented": undocumented, "error": repr(exc)})
    except BaseException:
        results.append({"ok": False, "undocumented": False, "error": traceback.format_exc()})
print(json.dumps(results))
'''


def _readmes(feature_dir: Path, orders_dir: Path, tmp_path: Path) -> list[tuple[Path, str]]:
    """(package root, import package) of every README under test."""
    roots = [(case / "expected", case_config(case).package) for case in CASES]
    roots += [(REFLEXDB, "reflexdb_client"), (feature_dir, "featuretest_client"), (orders_dir, "orders_client")]
    auth = generate_package(HERE / "specs" / "auth_kinds.yaml", tmp_path / "auth_kinds", "auth_kinds_client")
    return [*roots, (auth, "auth_kinds_client")]


def _environment(readme: str) -> dict[str, str]:
    """The credentials' environment variables the README's Authentication section names."""
    return {name: ("user:password" if basic else "readme-token") for name, basic in ENV_VAR.findall(readme)}


@pytest.mark.slow  # mypy --strict over ~200 blocks, then a process per README
def test_every_readme_block_type_checks_and_runs_against_the_fake(feature_dir: Path, orders_dir: Path,
                                                                  tmp_path: Path) -> None:
    readmes = _readmes(feature_dir, orders_dir, tmp_path)
    files: list[str] = []
    failures: list[str] = []
    ran = 0
    for root, package in readmes:
        readme = (root / "README.md").read_text(encoding="utf-8")
        blocks = BLOCKS.findall(readme)
        assert len(blocks) >= 10, package
        for n, code in enumerate(blocks):
            path = tmp_path / "blocks" / f"{package}_block{n}.py"
            path.parent.mkdir(exist_ok=True)
            path.write_text(code, encoding="utf-8")
            files.append(str(path))
        blocks_file = tmp_path / f"{package}_blocks.json"
        blocks_file.write_text(json.dumps(blocks), encoding="utf-8")
        work = tmp_path / "run" / package
        work.mkdir(parents=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(package.upper())}
        env.update(_environment(readme))
        env["PYTHONPATH"] = str(root)
        proc = subprocess.run([sys.executable, "-c", RUNNER, package, str(blocks_file)], cwd=work, env=env,
                              capture_output=True, text=True, timeout=300, check=False)
        assert proc.returncode == 0, proc.stderr[-3000:]
        results = json.loads(proc.stdout.splitlines()[-1])
        assert len(results) == len(blocks)
        for n, (code, result) in enumerate(zip(blocks, results)):
            ran += 1
            if result["ok"] or (result["undocumented"] and ".request(" in code):
                continue
            failures.append(f"{package} block {n}: {result['error'].strip().splitlines()[-1][:300]}\n{code}")
    assert not failures, f"{len(failures)} blocks failed:\n" + "\n".join(f.split("\n", 1)[0] for f in failures) \
        + "\n\n" + "\n\n".join(failures[:3])
    assert ran >= 100
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), *files],
        check=False, cwd=tmp_path, capture_output=True, text=True, timeout=900,
        env={**os.environ, "MYPYPATH": os.pathsep.join(str(root) for root, _ in readmes)},
    )
    assert proc.returncode == 0, proc.stdout[-4000:]


def _anchors(readme: str) -> list[str]:
    """GitHub's anchors of a README's headings (outside code blocks), in order."""
    slugger = Slugger()
    return [slugger.slug(re.sub(r"`", "", text)) for _, text in HEADING.findall(FENCE.sub("", readme))]


def test_every_operations_link_lands_on_its_heading(tmp_path: Path) -> None:
    """Each ``](#anchor)`` of every golden README, and of one whose description has a heading
    named like a README section and two operations GitHub gives the same anchor, is the anchor of
    the heading it names."""
    auth = generate_package(HERE / "specs" / "auth_kinds.yaml", tmp_path / "auth_kinds", "auth_kinds_client")
    for root in [*(case / "expected" for case in CASES), REFLEXDB, auth]:
        readme = (root / "README.md").read_text(encoding="utf-8")
        anchors = _anchors(readme)
        rows = re.findall(r"^\| \[`([\w.]+)`\]\(#([^)]*)\)", readme, re.MULTILINE)
        assert rows or "## Operations" in readme
        for name, anchor in rows:
            # The heading ``### name`` has exactly this anchor (its position among all headings).
            headings = [text for _, text in HEADING.findall(FENCE.sub("", readme))]
            assert anchors[headings.index(name)] == anchor, (root, name, anchor)
        assert set(LINK.findall(readme)) <= set(anchors), root
    text = (auth / "README.md").read_text(encoding="utf-8")
    assert "(#abc)" in text and "(#abc-1)" in text


def test_first_example_passes_credentials_of_the_right_type(tmp_path: Path) -> None:
    auth = generate_package(HERE / "specs" / "auth_kinds.yaml", tmp_path / "auth_kinds", "auth_kinds_client")
    readme = (auth / "README.md").read_text(encoding="utf-8")
    first = BLOCKS.findall(readme)[0]
    assert 'with Client(basic_auth=("user", "password")) as client:' in first
    assert "items.get_item(client, id=7)" in first  # the parameter's own example
    # The body's example from the spec (its required properties), an enum member, an offset.
    assert ('body=Item(name="Widget", tags=["blue", "round"], size=Size.LARGE, '
            "when=datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC))") in readme
    assert "'string'" not in readme and "uuid.UUID(int=1)" not in readme
    section = readme.split("## Authentication", 1)[1].split("\n## ", 1)[0]
    for expected in ("a (user, password) tuple, or `AUTH_KINDS_CLIENT_BASIC` set to `user:password`",
                     "the whole `Authorization` header value (`digest`)",
                     "an OpenID Connect access token (`oidc`)",
                     "an OAuth2 access token (`code`; flows: `authorizationCode`)",
                     "sent in the `key` query parameter", "sent in the `sid` cookie",
                     "Not supported by this client: `mtls` (`mutualTLS`)"):
        assert expected in section, expected
    assert "basic credentials as" not in readme
    assert "pip install ./auth_kinds " in readme  # the output folder, as given
