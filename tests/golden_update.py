"""Rewrite every golden case's ``expected/`` tree from its spec (``make golden``); review the diff."""

from __future__ import annotations

import shutil

from tests.golden_support import GOLDEN, cases, generate_case


def main() -> int:
    for case in cases():
        files, diagnostics = generate_case(case)
        target = GOLDEN / case / "expected"
        if target.exists():
            shutil.rmtree(target)
        for path, data in files.items():
            out = target / path
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
        (GOLDEN / case / "diagnostics.txt").write_text(
            "".join(d.render().replace(str(GOLDEN / case) + "/", "") + "\n" for d in diagnostics), encoding="utf-8")
        print(f"{case}: {len(files)} files, {len(diagnostics)} diagnostics")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
