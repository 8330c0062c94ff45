"""Generation time against the number of operations: builds a synthetic spec of N operations, times it.

Run with ``python benchmarks/many_ops.py 1000 10000 50000`` (add ``--profile`` for a cProfile
summary of the largest run). Each size gets its own fresh subprocess and output folder (no caches
shared between sizes: ``GENERATOR_CACHE_DIR`` points at an empty folder), so the figures are cold
generation. The spec is regular on purpose: ``N`` operations over ``N / 10`` paths and ``N / 50``
tags, each path with a parameter, each operation with a query parameter, a request body on the
writes and a JSON response that refers to one of ``N / 20`` component schemas. Growth that is worse
than linear shows up as a ratio of time per operation that rises with ``N``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "put", "post", "delete", "patch")


def limit_args(operations: int) -> list[str]:
    """Above the default ``max_operations`` the bound has to be raised, as for any genuine spec."""
    return ["--limit", f"max_operations={operations}"] if operations > 10_000 else []


def build_spec(operations: int) -> dict[str, Any]:
    """An OpenAPI 3.0 document with exactly ``operations`` operations."""
    schemas: dict[str, Any] = {}
    for i in range(max(1, operations // 20)):
        schemas[f"Item{i}"] = {
            "type": "object",
            "description": f"Item number {i}.",
            "required": ["id"],
            "properties": {
                "id": {"type": "string", "format": "uuid"},
                "name": {"type": "string", "maxLength": 80},
                "count": {"type": "integer", "minimum": 0},
                "tags": {"type": "array", "items": {"type": "string"}},
            },
        }
    paths: dict[str, Any] = {}
    n_schemas = len(schemas)
    n_tags = max(1, operations // 50)
    for op in range(operations):
        path_index, method = divmod(op, len(METHODS))
        path = f"/r{path_index // 50}/things{path_index}/{{id}}"
        item = paths.setdefault(path, {"parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]})
        schema = {"$ref": f"#/components/schemas/Item{op % n_schemas}"}
        operation: dict[str, Any] = {
            "operationId": f"op{op}{METHODS[method].title()}",
            "tags": [f"tag{op % n_tags}"],
            "summary": f"Operation {op}.",
            "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}},
                          "404": {"description": "Not found"}},
        }
        if METHODS[method] in ("put", "post", "patch"):
            operation["requestBody"] = {"required": True, "content": {"application/json": {"schema": schema}}}
        item[METHODS[method]] = operation
    return {"openapi": "3.0.3", "info": {"title": "Many operations", "version": "1"},
            "servers": [{"url": "https://api.example.com"}], "paths": paths,
            "components": {"schemas": schemas}}


def run(operations: int, work: Path, profile: bool) -> dict[str, Any]:
    spec = work / f"ops{operations}.json"
    spec.write_text(json.dumps(build_spec(operations)), encoding="utf-8")
    out = work / f"out{operations}"
    cache = work / f"cache{operations}"
    cache.mkdir()
    argv = ["generate", str(spec), "--output", str(out), "--package", "many_ops", *limit_args(operations)]
    code = "import sys, generator.cli as c; sys.exit(c.main(sys.argv[1:]))"
    if profile:
        stats = work / f"profile{operations}.pstats"
        code = ("import cProfile, sys, generator.cli as c\n"
                f"cProfile.run('c.main(sys.argv[1:])', {str(stats)!r})")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GENERATOR_CACHE_DIR": str(cache)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *argv], env=env, capture_output=True, text=True,
                          check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    files = sum(1 for p in out.rglob("*.py")) if out.exists() else 0
    return {"operations": operations, "seconds": round(elapsed, 2), "cpu": round(cpu, 2),
            "peak_rss_mb": round(after.ru_maxrss / 1024), "exit": proc.returncode, "files": files,
            "spec_bytes": spec.stat().st_size, "stderr": proc.stderr.strip().splitlines()[-3:]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 50000])
    parser.add_argument("--profile", action="store_true", help="cProfile the largest size")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="many-ops-") as tmp:
        for size in args.sizes:
            result = run(size, Path(tmp), args.profile and size == max(args.sizes))
            per_op = 1000 * result["seconds"] / size
            print(f"{size:>7} operations: {result['seconds']:8.2f} s wall, {result['cpu']:8.2f} s CPU "
                  f"({per_op:.2f} ms/op wall), peak RSS {result['peak_rss_mb']} MB, exit {result['exit']}, "
                  f"{result['files']} modules  spec {result['spec_bytes'] / 1e6:.1f} MB", flush=True)
            if result["exit"] != 0:
                print("    " + "\n    ".join(result["stderr"]))
            if args.profile and size == max(args.sizes):
                import pstats

                pstats.Stats(str(Path(tmp) / f"profile{size}.pstats")).sort_stats("cumulative").print_stats(40)
    return 0


if __name__ == "__main__":
    sys.exit(main())
