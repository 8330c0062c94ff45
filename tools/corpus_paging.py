"""Which operations of each corpus spec are detected as paginated, or as event streams.

Lowering only (no rendering, no black), so it takes seconds: ``python -m tools.corpus_paging``
writes ``docs/corpus-paging.md``. The detection itself is ``generator/lowering/pagination.py``
and ``generator/lowering/streams.py``; the generated client's coverage report (``--format json``)
gives the same list, with the reason for each.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.config import ClientConfig
from generator.diagnostics import SpecError
from generator.lowering.lower import lower
from generator.spec.bundle import load


def _report(corpus: Path) -> tuple[list[str], list[str]]:
    """(summary table rows, one section per spec listing its detected operations)."""
    rows: list[str] = []
    sections: list[str] = []
    for spec in sorted(p for p in corpus.iterdir() if p.suffix in (".yaml", ".json")):
        config = ClientConfig(spec=spec, output=Path("unused"), package="corpus_client")
        try:
            api, _ = lower(load(spec, config.limits), config)
        except SpecError:
            continue  # the corpus README says which specs are refused, and why
        paged = [op for op in api.operations if op.pagination is not None]
        streams = [op for op in api.operations if op.events is not None]
        if not paged and not streams:
            continue
        schemes = collections.Counter(op.pagination.scheme for op in paged if op.pagination)
        summary = ", ".join(f"{k} {v}" for k, v in sorted(schemes.items())) or "none"
        rows.append(f"| `{spec.name}` | {len(api.operations)} | {len(paged)} ({summary}) | {len(streams)} |")
        sections += ["", f"## `{spec.name}`", ""]
        sections += [f"- `{op.method} {op.path}`: {op.pagination.scheme}" for op in paged if op.pagination]
        sections += [f"- `{op.method} {op.path}`: event stream" for op in streams]
    return rows, sections


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "corpus-paging.md")
    args = parser.parse_args()
    rows, sections = _report(args.corpus)
    text = "\n".join([
        "# Pagination and event streams detected in the corpus",
        "",
        "Written by `python -m tools.corpus_paging` (lowering only; specs where nothing is detected",
        "are left out). Each detected list operation gets `name_pages` / `name_pages_async` forms;",
        "`tests/client/test_stripe_pages.py` walks every Stripe one across three pages.",
        "",
        "| spec | operations | paginated (schemes) | event streams |",
        "| --- | --- | --- | --- |",
        *rows,
        *sections,
        "",
    ])
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
