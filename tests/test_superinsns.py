"""Superinstructions (rubyvm/vm/superinsns.py): hot paths compiled into Python functions must
change nothing a program, a tracer or the stepper can see. What CRuby prints for hot code is in
the run corpus (tests/corpus/run/si_*.rb); these check the machinery itself."""
import io

import pytest

from rubyvm.session import Session
from rubyvm.trace import record
from rubyvm.vm import superinsns
from rubyvm.vm.events import DECODED
from tests import test_run_golden as run_golden
from tests.test_vm_run import PROGRAMS

LOOP = """
def tri(n)
  s = 0
  i = 0
  while i < n
    s += i
    i += 1
  end
  s
end
"""


def compiled_paths(label):
    return [e[0] for d in list(DECODED) for e in d.code
            if hasattr(e[0], "source") and e[0].__code__.co_filename.startswith(f"<path {label}@")]


def test_a_hot_method_gets_compiled_paths_and_a_cold_one_does_not():
    s = Session(io.StringIO(), io.StringIO())
    s.run(LOOP + "def cold(x) = x + 1\ncold(1)\n")
    if superinsns.HOT > 1:
        assert not compiled_paths("cold")
    for k in range(superinsns.HOT + 1):
        assert s.run(f"tri({k + 3})").value == sum(range(k + 3))
    paths = compiled_paths("tri")
    assert paths, "tri ran hot but nothing was compiled"
    # the loop runs inside one function: a backward jump to its own start
    assert any("while True:" in fn.source and "continue" in fn.source for fn in paths)


def test_recording_a_hot_method_sees_every_instruction_of_the_plain_run():
    cold = record(LOOP + "tri(3)\n")
    s = Session(io.StringIO(), io.StringIO())
    s.run(LOOP)
    for _ in range(superinsns.HOT * 3):
        s.run("tri(3)")
    assert compiled_paths("tri")
    hot = record("tri(3)\n", session=s)
    inside = [st.insn for st in hot.steps if st.frames and st.frames[-1].label == "tri"]
    cold_inside = [st.insn for st in cold.steps if st.frames and st.frames[-1].label == "tri"]
    assert inside == cold_inside and len(inside) > 30
    assert s.run("tri(3)").value == 3          # and afterwards the compiled code runs again


def test_every_path_function_leaves_through_a_return():
    """A path ends in `return` on every branch: falling off its end would run on at pc+1
    with the virtual stack lost."""
    s = Session(io.StringIO(), io.StringIO())
    s.run(LOOP + """
def branches(x)
  if x > 2 then :big elsif x < 0 then :neg else x.nil? ? :nil : :small end
end
def fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
def twice(x) = x > 0 ? fib(x) + fib(x - 1) : 0
""")
    for k in range(-3, 8):
        s.run(f"tri({k}); branches({k}); twice({k})")
    import ast

    def ends(stmts):
        last = stmts[-1]
        if isinstance(last, (ast.Return, ast.Continue)):
            return True
        if isinstance(last, ast.If):
            return ends(last.body) and bool(last.orelse) and ends(last.orelse)
        if isinstance(last, ast.While):
            return ends(last.body)
        return False
    fns = compiled_paths("branches") + compiled_paths("tri") + compiled_paths("twice") + \
        compiled_paths("fib")
    # fib runs inline in fib and in twice, the caller's rest copied into each of its arms
    assert any("nf.pc = " in fn.source for fn in compiled_paths("twice"))
    for fn in fns:
        assert ends(ast.parse(fn.source).body[0].body), fn.source


@pytest.mark.parametrize("name", [run_golden._param(n) for n in PROGRAMS])
def test_run_corpus_with_every_path_compiled_at_once(name, monkeypatch):
    """Every run-corpus program with HOT = 1: each path is compiled the first time it runs,
    so every template meets every program; the output must still be CRuby's."""
    monkeypatch.setattr(superinsns, "HOT", 1)
    run_golden.test_run_end_to_end(name, monkeypatch)


def test_class_new_with_an_ivar_only_initialize_runs_without_frames_once_hot(monkeypatch):
    """A hot Point.new whose initialize only sets ivars allocates and sets them inside the
    caller's path: no frame is pushed for `new` or `initialize` (new_instance_frame, which
    pushes both, stops being called), and what the program sees is the same."""
    calls = []

    def counting(*a):
        calls.append(1)
        return superinsns_new_instance_frame(*a)
    superinsns_new_instance_frame = superinsns.new_instance_frame
    monkeypatch.setattr(superinsns, "new_instance_frame", counting)
    out = io.StringIO()
    s = Session(out, io.StringIO())
    s.run("""
class Point
  attr_reader :x, :y
  def initialize(x, y)
    @x = x
    @y = y
  end
  def +(o) = Point.new(x + o.x, y + o.y)
end
def walk(n)
  a = Point.new(0, 0)
  d = Point.new(1, 2)
  i = 0
  while i < n
    a = a + d
    i += 1
  end
  [a.x, a.y, a.instance_variables]
end
""")
    for n in range(1, 9):
        s.run(f"walk({n})")
    # `+` itself runs inline in walk's loop (with a deopt exit that makes its frame)
    paths = compiled_paths("walk")
    assert any("RObject(" in fn.source and "nf.pc = " in fn.source for fn in paths), \
        [fn.source for fn in paths]
    before = len(calls)
    s.run("p walk(500)")
    assert out.getvalue() == "[500, 1000, [:@x, :@y]]\n"
    assert len(calls) == before


def test_a_path_the_generator_fails_on_runs_as_plain_code(monkeypatch):
    def broken(vm, site, f=None):
        raise AssertionError("a generator bug")
    monkeypatch.setattr(superinsns, "compile_path", broken)
    monkeypatch.setattr(superinsns, "STRICT", False)
    out = io.StringIO()
    s = Session(out, io.StringIO())
    s.run(LOOP)
    assert [s.run(f"tri({k})").value for k in range(superinsns.HOT + 3)] == [
        sum(range(k)) for k in range(superinsns.HOT + 3)]
    monkeypatch.setattr(superinsns, "STRICT", True)
    s.run(LOOP.replace("tri", "tri2"))
    r = [s.run(f"tri2({k})") for k in range(superinsns.HOT + 1)]
    assert not r[-1].ok            # strict: the failure surfaces (as an internal error)


def test_a_hot_yield_runs_the_block_inline_and_respecialises_for_another_block(monkeypatch):
    """Integer#times's loop yields to the block it met when compiled without pushing its
    frame (push_simple_block stops being called); once another block has missed the guard
    MISSES times the path is compiled again for that one."""
    pushes = []

    def counting(*a):
        pushes.append(1)
        return real_push(*a)
    from rubyvm.vm import insns_impl
    real_push = superinsns.push_simple_block
    monkeypatch.setattr(superinsns, "push_simple_block", counting)
    monkeypatch.setattr(insns_impl, "push_simple_block", counting)
    out = io.StringIO()
    s = Session(out, io.StringIO())
    s.run("def one(n) = (s = 0; n.times { |i| s += i }; s)\n"
          "def two(n) = (s = 0; n.times { |i| s -= i }; s)")
    s.run("one(50)")
    assert pushes
    before = len(pushes)
    s.run("one(1000)")
    assert len(pushes) == before, len(pushes) - before
    s.run("two(1000)")                # misses, then compiled anew for two's block
    before = len(pushes)
    s.run("p one(1000) + two(2000)")   # one's block misses now, until compiled anew
    before = len(pushes)
    s.run("two(1000)")
    # (an entry path compiled for the other block may still push one frame per call)
    assert len(pushes) - before < 5, len(pushes) - before
    assert out.getvalue() == f"{sum(range(1000)) - sum(range(2000))}\n"
