"""The run corpus: each tests/corpus/run/NAME.rb is run from CRuby's own iseq (NAME.iseq) by our
VM; stdout, the exit status and stderr must be what CRuby 3.1 printed (NAME.stdout,
NAME.status: the status on the first line, then stderr)."""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from rubyvm.iseq.from_cruby import load_json
from rubyvm.vm import run_iseq

CORPUS = Path(__file__).parent / "corpus" / "run"
PROGRAMS = sorted(p.stem for p in CORPUS.glob("*.rb"))

# name -> reason; strict xfail (an unexpected pass fails the run, so the list stays honest)
XFAIL: dict[str, str] = {
    "arity_builtin_errors": "core library: Integer() and Array#first take any number of "
                            "arguments (their cfuncs check no maximum: given 4, expected 1..2)",
    "arity_no_keywords_accepted": "the iseq does not say `**nil`: CRuby 3.1's to_a omits "
                                  "accepts_no_kwarg, and our compiler does not set it for an "
                                  "endless def",
    "bt_integer_parse": "prelude: Array#each_with_index loops by itself; CRuby's is "
                        "Enumerable#each_with_index calling `each` (an `each` line in the "
                        "backtrace)",
    "cache_ivar_shapes": "instance_variables follows each object's assignment order; CRuby "
                         "3.1 orders by the class's ivar index table (first assignment in "
                         "any instance)",
    "vis_private_basic": "private_instance_methods(false) lists in definition order; CRuby's "
                         "method table is an id_table whose order follows symbol ids",
}


def run_program(name: str):
    iseq = load_json((CORPUS / f"{name}.iseq").read_text())
    out, err = io.StringIO(), io.StringIO()
    status = run_iseq(iseq, out, err, f"{name}.rb")
    return status, out.getvalue(), err.getvalue()


def expected(name: str):
    st = (CORPUS / f"{name}.status").read_text()
    first, _, rest = st.partition("\n")
    return int(first), (CORPUS / f"{name}.stdout").read_text(), rest


# programs that do not terminate yet (an external Enumerator over an infinite generator)
HANGS: dict[str, str] = {}


def _param(n):
    if n in HANGS:
        return pytest.param(n, marks=pytest.mark.skip(reason=HANGS[n]))
    if n in XFAIL:
        return pytest.param(n, marks=pytest.mark.xfail(reason=XFAIL[n], strict=True))
    return n


@pytest.mark.parametrize("name", [_param(n) for n in PROGRAMS])
def test_run(name, monkeypatch):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    monkeypatch.chdir(CORPUS)       # as goldens.py runs `ruby NAME.rb` (error_highlight reads it)
    status, out, err = run_program(name)
    want_status, want_out, want_err = expected(name)
    assert out == want_out
    assert status == want_status
    assert err == want_err
