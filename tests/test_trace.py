"""The recorder behind %%step / %%trace (rubyvm/trace.py) and the events API under it."""
import io

from rubyvm.compiler import compile as compile_iseq
from rubyvm.trace import record
from rubyvm.vm import VM


def names(trace):
    return [s.insn.split()[1] for s in trace.steps[:-1]]


def test_straight_line_code_steps_through_its_listing_in_order():
    src = "x = 1 + 2\ny = x * 3\n"
    listing = [ln.split()[1] for ln in compile_iseq(src, "(cell)").disasm().splitlines()
               if ln[:4].isdigit()]
    t = record(src)
    assert names(t) == listing
    assert not t.truncated and t.result == "9"


def test_value_stack_and_locals_before_each_instruction():
    t = record("a = 1\nb = a + 2\n")
    at_plus = next(s for s in t.steps if "opt_plus" in s.insn)
    top = at_plus.frames[-1]
    assert top.type == "TOP" and top.label == "<main>"
    assert top.stack == ["1", "2"]
    assert top.locals == [("a", "1"), ("b", "nil")]
    assert t.steps[-1].frames == []                  # the final state: every frame left


def test_method_call_pushes_a_frame_with_its_arguments():
    t = record("def add(x, y)\n  x + y\nend\nadd(4, 5)\n")
    inside = [s for s in t.steps if s.frames and s.frames[-1].label == "add"]
    assert inside, "never entered add"
    f = inside[0].frames[-1]
    assert f.type == "METHOD" and f.locals == [("x", "4"), ("y", "5")]
    assert [fr.type for fr in inside[0].frames] == ["TOP", "METHOD"]


def test_block_frame_links_its_ep_to_the_method_environment():
    t = record("def run\n  v = 10\n  [1].each { |i| v += i }\n  v\nend\nrun\n")
    blk = next(s for s in t.steps if s.frames and s.frames[-1].type == "BLOCK")
    block, method = blk.frames[-1], next(f for f in blk.frames if f.label == "run")
    assert block.ep_prev == method.ep           # getlocal level 1 walks this link
    assert t.result == "11"


def test_a_lambda_moves_its_environment_to_the_heap():
    t = record("x = 1\nl = -> { x + 1 }\nl.call\n")
    late = t.steps[-2].frames[0]
    assert late.escaped, "the captured env should be marked as moved to the heap"


def test_output_so_far_grows_with_the_steps():
    t = record('puts "a"\nputs "b"\n')
    lens = [s.out_len for s in t.steps]
    assert lens == sorted(lens) and lens[0] == 0 and t.output == "a\nb\n"
    assert t.output[:t.steps[-1].out_len] == "a\nb\n"


def test_step_cap_stops_the_run_with_a_message():
    t = record("loop { }", cap=50)
    assert t.truncated and len(t.steps) == 51


def test_errors_are_recorded_as_ruby_reports():
    t = record("def f = raise(ArgumentError, 'no')\nf\n")
    assert t.error.startswith("(cell):1:in `f': no (ArgumentError)")


def test_tracing_off_restores_the_plain_dispatch():
    vm = VM(io.StringIO(), io.StringIO())
    iseq = compile_iseq("1 + 1", "t.rb")
    seen = []
    h = vm.events.subscribe(lambda ev: seen.append(ev.name), {"instruction"})
    vm.run_top(iseq)
    dec = iseq._dec
    traced = [e[0] for e in dec.code]
    vm.events.unsubscribe(h)
    plain = [e[0] for e in dec.code]
    assert len(seen) == len(iseq.insns)
    assert all(fn.__name__ == "_traced" for fn in traced)
    assert not any(fn.__name__ == "_traced" for fn in plain)
    assert dec.plain is None


def test_step_api_pauses_before_each_instruction_and_resumes():
    from rubyvm.trace import StepRun
    run = StepRun("def twice(v) = v * 2\nputs twice(21)\n")
    assert run.current.insn.split()[1] == "definemethod"
    seen = [run.current.insn.split()[1]]
    out_at = []
    while True:
        snap = run.step()
        if snap is None:
            break
        seen.append(snap.insn.split()[1])
        out_at.append(snap.out_len)
    assert run.done and run.trace.output == "42\n"
    assert "opt_mult" in seen and seen[-1] == "leave"
    # the output appears between the pause before `puts`'s send and the one after it
    assert out_at[0] == 0 and out_at[-1] == 3


def test_step_api_can_pause_inside_a_block_called_from_a_c_function_and_abandon():
    from rubyvm.trace import StepRun
    run = StepRun("[5, 6].map { |x| x + 1 }\nloop { }\n")
    snap = run.current
    while not (snap.frames and snap.frames[-1].type == "BLOCK"):
        snap = run.step()
    assert snap.frames[-1].locals == [("x", "5")]
    run.step(500)                      # now inside the endless loop
    assert not run.done
    run.close()
    assert run.done
