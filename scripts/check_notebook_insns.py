"""Check every `%%insns` cell of the notebooks against CRuby 3.1.

For each code cell whose first line is `%%insns`, the rest of the cell is written to a file
named `(cell)` (the path the kernel compiles a cell under) and three listings are compared:

  * `ruby --dump=insns '(cell)'`           -- CRuby 3.1, the ground truth
  * rubyvm.compiler.compile(body, "(cell)").disasm()  -- what the kernel shows when run now
  * the output saved in the notebook (if the notebook was saved with outputs)

Listings a `%%python` cell makes with `beside(BOOK_LISTING, "source")` (the Ruby 2.0 vs 3.1
comparisons) are checked the same way: the source's rubyvm listing against CRuby's.

Usage: python scripts/check_notebook_insns.py [NOTEBOOK ...]   (default: notebooks/*.ipynb)
Needs `ruby` (3.1) on PATH. Exit status 1 if any listing differs.
"""
from __future__ import annotations

import ast
import difflib
import glob
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def insns_cells(nb_path: Path):
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "code":
            continue
        src = "".join(cell["source"]).lstrip("\n")
        first, _, body = src.partition("\n")
        if first.strip() != "%%insns":
            continue
        saved = "".join("".join(o.get("text", "")) for o in cell.get("outputs", [])
                        if o.get("output_type") == "stream" and o.get("name") == "stdout")
        yield i, body, saved


def beside_sources(nb_path: Path):
    """The Ruby sources of `beside(listing, "src")` calls in %%python cells."""
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    for i, cell in enumerate(nb["cells"]):
        src = "".join(cell["source"]).lstrip("\n")
        first, _, body = src.partition("\n")
        if cell["cell_type"] != "code" or first.strip() != "%%python":
            continue
        for node in ast.walk(ast.parse(body)):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "beside"
                    and len(node.args) == 2 and isinstance(node.args[1], ast.Constant)):
                yield i, node.args[1].value


def cruby_insns(body: str) -> str:
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "(cell)").write_text(body, encoding="utf-8")
        r = subprocess.run(["ruby", "--dump=insns", "(cell)"], cwd=d, capture_output=True,
                           text=True)
    if r.returncode != 0:
        return f"ruby failed: {r.stderr}"
    return r.stdout


def diff(a: str, b: str, an: str, bn: str) -> str:
    return "".join(difflib.unified_diff(a.splitlines(True), b.splitlines(True), an, bn))


def main(argv: list[str]) -> int:
    from rubyvm.compiler import compile as compile_iseq
    paths = [Path(p) for p in argv] or sorted(Path(p) for p in glob.glob(str(ROOT / "notebooks/*.ipynb")))
    bad = checked = 0
    for nb_path in paths:
        for i, body, saved in insns_cells(nb_path):
            checked += 1
            want = cruby_insns(body)
            problems = []
            try:
                got = compile_iseq(body, "(cell)").disasm()
            except Exception as e:      # noqa: BLE001 -- report, keep checking the others
                got = f"rubyvm failed: {e!r}\n"
            if got != want:
                problems.append(diff(want, got, "ruby --dump=insns", "rubyvm"))
            if saved and saved != want:
                problems.append(diff(want, saved, "ruby --dump=insns", "saved output"))
            where = f"{nb_path.name} cell {i}"
            if problems:
                bad += 1
                print(f"DIFFERS  {where}: {body.splitlines()[0] if body else ''!s}")
                for p in problems:
                    print(p)
            else:
                print(f"ok       {where}" + ("" if saved else " (no saved output)"))
        for i, body in beside_sources(nb_path):
            checked += 1
            want = cruby_insns(body)
            got = compile_iseq(body, "(cell)").disasm()
            if got != want:
                bad += 1
                print(f"DIFFERS  {nb_path.name} cell {i} (beside)")
                print(diff(want, got, "ruby --dump=insns", "rubyvm"))
            else:
                print(f"ok       {nb_path.name} cell {i} (beside)")
    print(f"{checked - bad}/{checked} listings identical to CRuby")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
