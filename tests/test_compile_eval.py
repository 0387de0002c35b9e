"""compile_eval (eval's iseq under a binding) against CRuby 3.1.

tests/corpus/eval/NAME.rb calls eval / instance_eval / class_eval on a string literal;
NAME.evalinsns (scripts/goldens_eval.py) holds the disasm CRuby gives each eval iseq, caught
with TracePoint :script_compiled, whose iseq has the binding's iseq as parent: the outer locals
show with their levels. Here the program is compiled by our compiler, each eval call site's
string is compiled with compile_eval under the iseq that makes the call (the binding), and the
listings must be identical. Then unit tests of the levels with plain local tables."""
import pytest

from rubyvm.compiler import compile as compile_iseq, compile_eval
from rubyvm.compiler.errors import CompileError
from rubyvm.lexer import RubySyntaxError
from tests.golden import golden_path, load_known_mismatches, snippets

KNOWN = load_known_mismatches()
EVAL_MIDS = ("eval", "instance_eval", "class_eval", "module_eval")


def eval_sites(iseq):
    """(the calling iseq, the string) of each eval-family call on a string literal."""
    out = []
    seen = []

    def walk(i):
        if any(i is s for s in seen):      # a block in a catch table and in its send
            return
        seen.append(i)
        prev = None
        for ins in i.insns:
            if (ins.name in ("send", "opt_send_without_block")
                    and ins.operands[0].get("mid") in EVAL_MIDS and prev is not None
                    and prev.name in ("putstring", "putobject")
                    and getattr(prev.operands[0], "cls", None) == "String"):
                out.append((i, prev.operands[0].value))
            prev = ins
        for c in i.children():
            walk(c)
    walk(iseq)
    return out


def eval_listings(iseq) -> list:
    out = []
    for binding, text in eval_sites(iseq):
        try:
            ev = compile_eval(text, "(eval)", 1, scopes=binding)
        except CompileError as e:
            out.append(f"SyntaxError: {e.path}:{e.line}: {e.ruby_message}\n")
            continue
        out.append(ev.disasm())
        out.extend(eval_listings(ev))          # an eval inside the eval'd code
    return out


CASES = [pytest.param(src, id=src.stem,
                      marks=[pytest.mark.xfail(reason=KNOWN[f"eval/{src.stem}.evalinsns"],
                                               strict=True)]
                      if f"eval/{src.stem}.evalinsns" in KNOWN else [])
         for src in snippets("eval")]


@pytest.mark.parametrize("src", CASES)
def test_eval_iseq_like_cruby(src):
    expected = golden_path(src, "evalinsns").read_text()
    program = compile_iseq(src.read_bytes(), src.name)
    actual = "\n".join(eval_listings(program))
    assert actual == expected


# ---- levels, with plain local tables (innermost first) ---------------------------------------

def _locals_ops(iseq):
    """(instruction, name, level) of each local access; names resolved as the disasm does."""
    out = []
    for ins in iseq.insns:
        if ins.name.startswith(("getlocal", "setlocal")):
            text = ins.name
            idx = ins.operands[0]
            level = ins.operands[1] if len(ins.operands) > 1 else int(text[-1])
            target = iseq
            for _ in range(level):
                target = target.parent
            name = target.local_table[len(target.local_table) - (idx - 3) - 1]
            out.append((text.split("_")[0], name, level))
    return out


def test_levels_of_binding_scopes():
    # a binding in a block (locals c) in a method (locals a, b)
    iseq = compile_eval("d = a + b + c; d", scopes=[["c"], ["a", "b"]])
    assert iseq.type == "eval"
    assert iseq.local_table == ["d"]
    assert _locals_ops(iseq) == [("getlocal", "a", 2), ("getlocal", "b", 2),
                                 ("getlocal", "c", 1), ("setlocal", "d", 0),
                                 ("getlocal", "d", 0)]


def test_binding_local_is_a_local_for_the_lexer():
    # `x -1` is a subtraction when x is a local, a call x(-1) otherwise
    as_local = compile_eval("x -1", scopes=[["x"]])
    assert [i.name for i in as_local.insns][:3] == ["getlocal_WC_1", "putobject_INT2FIX_1_",
                                                    "opt_minus"]
    as_call = compile_eval("x -1", scopes=[["y"]])
    assert as_call.insns[0].name == "putself"
    assert as_call.insns[-2].operands[0]["mid"] == "x"


def test_assignment_to_binding_local_stays_outer():
    iseq = compile_eval("x = 5; [1].each { x = 6; z = 1 }", scopes=[["x"]])
    assert iseq.local_table == []
    assert ("setlocal", "x", 1) in _locals_ops(iseq)
    block = iseq.children()[0]
    assert block.local_table == ["z"]
    assert ("setlocal", "x", 2) in _locals_ops(block)


def test_shadowing_innermost_wins():
    iseq = compile_eval("a", scopes=[["a"], ["a"]])
    assert _locals_ops(iseq) == [("getlocal", "a", 1)]


def test_label_and_escape_errors():
    assert compile_eval("1", scopes=[["x"]], label="block in foo").label == "block in foo"
    assert compile_eval("1").label == "<main>"
    with pytest.raises(CompileError) as e:
        compile_eval("break", scopes=[["x"]])
    assert e.value.ruby_message == "Can't escape from eval with break"
    with pytest.raises(RubySyntaxError):
        compile_eval("def (", scopes=[["x"]])
