"""The core-library corpus through the whole pipeline: each tests/corpus/core program is
compiled by us and run by our VM; stdout, the exit status and stderr must be CRuby 3.1's.
Programs the core library cannot run yet are listed in core_not_yet.txt (strict xfail)."""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from rubyvm.compiler import compile as compile_iseq
from rubyvm.vm import run_iseq

CORPUS = Path(__file__).parent / "corpus" / "core"
PROGRAMS = sorted(p.stem for p in CORPUS.glob("*.rb"))
NOT_YET: dict[str, str] = {}
for line in (Path(__file__).parent / "core_not_yet.txt").read_text().splitlines():
    if line and not line.startswith("#"):
        name, _, why = line.partition(": ")
        NOT_YET[name] = why
# these never finish yet; skipped rather than timed out
HANGS = {n for n, why in NOT_YET.items() if why == "hangs"}


def _param(n):
    if n in HANGS:
        return pytest.param(n, marks=pytest.mark.skip(reason="does not terminate yet"))
    if n in NOT_YET:
        return pytest.param(n, marks=pytest.mark.xfail(reason=NOT_YET[n], strict=True))
    return n


@pytest.mark.parametrize("name", [_param(n) for n in PROGRAMS])
def test_core_program(name, monkeypatch):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    monkeypatch.chdir(CORPUS)
    status_line, _, want_err = (CORPUS / f"{name}.status").read_text().partition("\n")
    out, err = io.StringIO(), io.StringIO()
    iseq = compile_iseq((CORPUS / f"{name}.rb").read_bytes(), f"{name}.rb")
    status = run_iseq(iseq, out, err, f"{name}.rb")
    assert out.getvalue() == (CORPUS / f"{name}.stdout").read_text()
    assert str(status) == status_line
    assert err.getvalue() == want_err
