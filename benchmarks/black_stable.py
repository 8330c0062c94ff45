"""How much of the rendered Python is already in black's final form (black then makes one pass, not two).

``python benchmarks/black_stable.py SPEC [--package NAME] [--every N] [--diff K] [--top K]`` renders
SPEC (no formatting; ``render_stream``, as the pipeline does), runs black on every N-th Python file and
prints the fraction whose text black leaves unchanged, plus the K most frequent changed-line shapes to
show what to emit differently, and the K files with the most tokens (black's cost is per token, and
twice that for a file it changes).
"""

from __future__ import annotations

import argparse
import collections
import difflib
import io
import re
import sys
import tokenize
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.config import ClientConfig
from generator.lowering.lower import lower
from generator.output import format as _format
from generator.render.renderer import render_stream
from generator.spec.bundle import load


def _check(item: tuple[str, str]) -> tuple[str, str, str]:
    path, text = item
    return path, text, _format.format_python(path, text)


def _tokens(text: str) -> int:
    return sum(1 for _ in tokenize.generate_tokens(io.StringIO(text).readline))


def _shape(line: str) -> str:
    line = re.sub(r"'[^']*'|\"[^\"]*\"", "S", line.strip())
    return re.sub(r"\b[A-Za-z_][A-Za-z_0-9]*\b", "n", line)[:70]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("spec")
    ap.add_argument("--package", default="client")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--diff", type=int, default=0)
    ap.add_argument("--top", type=int, default=0)
    args = ap.parse_args()
    config = ClientConfig(spec=Path(args.spec), output=Path("/tmp/black-stable-out"), package=args.package)
    doc = load(config.spec, config.limits)
    api, _ = lower(doc, config)
    outputs = sorted(render_stream(api, config, doc.data), key=lambda f: f.path)
    python = [o for o in outputs if o.python][:: args.every]
    with ProcessPoolExecutor() as pool:
        results = list(pool.map(_check, [(o.path, o.text) for o in python], chunksize=4))
    stable = [p for p, t, f in results if t == f]
    lines = sum(t.count("\n") for _, t, _ in results)
    stable_lines = sum(t.count("\n") for _, t, f in results if t == f)
    print(f"{len(stable)} of {len(results)} Python files black-stable ({100 * len(stable) / len(results):.0f}%), "
          f"{100 * stable_lines / max(1, lines):.0f}% of {lines} lines")
    if args.diff:
        shapes: collections.Counter[str] = collections.Counter()
        example: dict[str, str] = {}
        files: dict[str, str] = {}
        for path, text, formatted in results:
            for line in difflib.unified_diff(text.split("\n"), formatted.split("\n"), lineterm="", n=0):
                if line.startswith("-") and not line.startswith("---"):
                    s = _shape(line[1:])
                    shapes[s] += 1
                    example.setdefault(s, line[1:])
                    files.setdefault(s, path)
        for s, n in shapes.most_common(args.diff):
            print(f"{n:6d}  {files[s]}: {example[s][:150]}")
    if args.top:
        sizes = sorted(((_tokens(t), p, t == f) for p, t, f in results), reverse=True)
        print(f"{sum(n for n, _, _ in sizes)} tokens in all; the largest files:")
        for n, path, stable in sizes[:args.top]:
            print(f"{n:8d}  {path}{'' if stable else '  (changed by black: two passes)'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
