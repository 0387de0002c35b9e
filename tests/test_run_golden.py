"""The whole pipeline, as `rubyvm run FILE`: every tests/corpus/run program is parsed and
compiled by us and run by our VM; stdout, the exit status and stderr must be CRuby 3.1's.
(test_vm_run.py runs the same programs from CRuby's own iseqs, to tell VM bugs from compiler
bugs; both share its list of known failures.)"""
from __future__ import annotations

import io
import sys

import pytest

from rubyvm.compiler import compile as compile_iseq
from rubyvm.vm import run_iseq
from tests.test_vm_run import CORPUS, HANGS, PROGRAMS, XFAIL, expected

# where our compiler's iseq behaves differently from CRuby's (none known)
COMPILER_ONLY: dict[str, str] = {}


def _param(n):
    if n in HANGS:
        return pytest.param(n, marks=pytest.mark.skip(reason=HANGS[n]))
    reason = XFAIL.get(n) or COMPILER_ONLY.get(n)
    if reason:
        return pytest.param(n, marks=pytest.mark.xfail(reason=reason, strict=True))
    return n


@pytest.mark.parametrize("name", [_param(n) for n in PROGRAMS])
def test_run_end_to_end(name, monkeypatch):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    monkeypatch.chdir(CORPUS)
    out, err = io.StringIO(), io.StringIO()
    iseq = compile_iseq((CORPUS / f"{name}.rb").read_bytes(), f"{name}.rb")
    status = run_iseq(iseq, out, err, f"{name}.rb")
    want_status, want_out, want_err = expected(name)
    assert out.getvalue() == want_out
    assert status == want_status
    assert err.getvalue() == want_err
