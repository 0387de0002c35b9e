"""The instruction table (rubyvm/insns) against CRuby 3.1.

Goldens in tests/corpus/insn_examples/ come from scripts/goldens_insns_examples.py: the list of
3.1's instruction names, and for each instruction its usage example (NAME.rb, written from the
table), CRuby's listing of it (NAME.insns) and its iseqs as #to_a shows them (NAME.to_a.json).
"""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from rubyvm import insns
from rubyvm.insns import (CALL_FLAGS, FORMATS, INSNS, OPERAND_TYPES, OPERAND_UNIFICATION,
                          SPECIALISATION, BuiltinFunction, CallInfo)
from rubyvm.insns.operands import DEFINED_TYPES, VALUE_TYPES

ROOT = Path(__file__).resolve().parent.parent
DIR = ROOT / "tests" / "corpus" / "insn_examples"
REGENERATE = "run: python scripts/goldens_insns_examples.py"
IDS = [i.name for i in INSNS]


def cruby_names() -> list[str]:
    return (DIR / "INSTRUCTION_NAMES").read_text().split()


# ---- the table is 3.1's instruction set ----------------------------------------------------
def test_golden_is_from_ruby_31():
    assert (DIR / "RUBY_VERSION").read_text().startswith("ruby 3.1.")


def test_every_cruby_instruction_is_in_the_table_and_vice_versa():
    cruby = [n for n in cruby_names() if not n.startswith("trace_")]
    assert sorted(set(cruby) - set(insns.NAMES)) == [], "missing from the table"
    assert sorted(set(insns.NAMES) - set(cruby)) == [], "not a CRuby 3.1 instruction"
    assert list(insns.NAMES) == cruby, "the table is not in opcode order"
    assert [insns.opcode(n) for n in cruby] == list(range(len(cruby)))


def test_the_left_out_trace_instructions_are_exactly_the_twins():
    trace = [n for n in cruby_names() if n.startswith("trace_")]
    assert trace == ["trace_" + n for n in insns.NAMES]


def test_lookup():
    assert insns.get("leave") is insns.lookup("leave") is insns.BY_NAME["leave"]
    with pytest.raises(KeyError):
        insns.get("trace_leave")
    assert insns.operand_count("send") == 2 and insns.insn_len("send") == 3
    assert insns.get("getlocal").operand_types == ("lindex_t", "rb_num_t")
    assert insns.get("opt_getinlinecache").operand_letters == "OK"
    assert insns.operand_format("defined", 0) == "defined_type"
    assert {i.name for i in insns.variants_of("getlocal")} == {"getlocal_WC_0", "getlocal_WC_1"}


# ---- each record makes sense ---------------------------------------------------------------
@pytest.mark.parametrize("insn", INSNS, ids=IDS)
def test_record(insn):
    assert insn.summary and "\n" not in insn.summary and insn.summary.endswith(".")
    assert insn.example.endswith("\n") and insn.example.strip()
    assert insn.category in insns.CATEGORIES
    for o in insn.operands:
        assert o.type in OPERAND_TYPES and o.format in FORMATS and o.doc
    if insn.is_variadic:
        assert insn.sp_inc_text, "a variadic instruction states insns.def's sp_inc rule"
    else:
        assert insn.sp_inc() == len(insn.pushes) - len(insn.pops)
    if insn.handles_sp:
        assert insn.leaf is False, "an instruction that handles sp is never a leaf"
    if "ISEQ" in insn.operand_types:
        assert insn.handles_sp, "insns.def: an ISEQ operand makes handles_sp default to true"


@pytest.mark.parametrize("insn", [i for i in INSNS if i.variant_of], ids=lambda i: i.name)
def test_variant_links_to_its_base(insn):
    base = insns.get(insn.variant_of)
    assert insn.variant in (OPERAND_UNIFICATION, SPECIALISATION)
    if insn.variant == OPERAND_UNIFICATION:
        fixed = dict(insn.fixed_operands)
        assert fixed and set(fixed) <= {o.name for o in base.operands}
        assert [(o.name, o.type) for o in base.operands if o.name not in fixed] == \
               [(o.name, o.type) for o in insn.operands]
        assert (insn.pops, insn.pushes, insn.leaf) == (base.pops, base.pushes, base.leaf)
        assert insn.name.startswith(base.name + "_")
    else:
        assert not insn.fixed_operands
        assert insn.method or base.name in ("send", "invokebuiltin", "opt_invokebuiltin_delegate")


def _ci(argc, *flags):
    return CallInfo("m", argc, sum(CALL_FLAGS[f] for f in flags))


# insns.def's sp_inc attributes, written out independently of the table's count rules
SP_INC = {
    "concatstrings": (lambda o: 1 - o["num"], [{"num": k} for k in (1, 2, 5)]),
    "toregexp": (lambda o: 1 - o["cnt"], [{"opt": 0, "cnt": k} for k in (1, 3)]),
    "newarray": (lambda o: 1 - o["num"], [{"num": k} for k in (0, 1, 4)]),
    "newarraykwsplat": (lambda o: 1 - o["num"], [{"num": k} for k in (1, 3)]),
    "newhash": (lambda o: 1 - o["num"], [{"num": k} for k in (0, 2, 6)]),
    "opt_newarray_max": (lambda o: 1 - o["num"], [{"num": k} for k in (2, 3)]),
    "opt_newarray_min": (lambda o: 1 - o["num"], [{"num": k} for k in (2, 3)]),
    "expandarray": (lambda o: o["num"] - 1 + (1 if o["flag"] & 1 else 0),
                    [{"num": n, "flag": f} for n in (0, 1, 3) for f in (0, 1, 2, 3)]),
    "dupn": (lambda o: o["n"], [{"n": k} for k in (1, 2, 3)]),
    "adjuststack": (lambda o: -o["n"], [{"n": k} for k in (1, 2, 7)]),
    "send": (lambda o: -(o["cd"].argc + (1 if o["cd"].flag & 2 else 0)),
             [{"cd": _ci(0), "blockiseq": None}, {"cd": _ci(2, "FCALL"), "blockiseq": None},
              {"cd": _ci(1, "ARGS_BLOCKARG"), "blockiseq": None}]),
    "opt_send_without_block": (lambda o: -o["cd"].argc,
                               [{"cd": _ci(0)}, {"cd": _ci(3, "ARGS_SIMPLE")}]),
    "invokesuper": (lambda o: -(o["cd"].argc + (1 if o["cd"].flag & 2 else 0)),
                    [{"cd": _ci(0, "ZSUPER"), "blockiseq": None},
                     {"cd": _ci(1, "ARGS_BLOCKARG"), "blockiseq": None}]),
    "invokeblock": (lambda o: 1 - o["cd"].argc - (1 if o["cd"].flag & 2 else 0),
                    [{"cd": _ci(0)}, {"cd": _ci(2)}, {"cd": _ci(1, "ARGS_BLOCKARG")}]),
    "invokebuiltin": (lambda o: 1 - o["bf"].argc,
                      [{"bf": BuiltinFunction("f", k)} for k in (0, 1, 4)]),
}


def test_every_variadic_instruction_has_a_sp_inc_check():
    assert sorted(SP_INC) == sorted(i.name for i in INSNS if i.is_variadic)


@pytest.mark.parametrize("name", sorted(SP_INC))
def test_sp_inc_follows_insns_def(name):
    rule, cases = SP_INC[name]
    insn = insns.get(name)
    for ops in cases:
        assert insns.sp_inc(name, ops) == rule(ops), ops
        positional = [ops[o.name] for o in insn.operands]
        assert insn.sp_inc(positional) == rule(ops)
        assert insn.pushed(ops) - insn.popped(ops) == rule(ops)


# ---- the usage examples --------------------------------------------------------------------
@pytest.mark.parametrize("insn", INSNS, ids=IDS)
def test_example_file_is_the_tables_example(insn):
    path = DIR / f"{insn.name}.rb"
    assert path.exists() and path.read_text() == insn.example, f"stale example; {REGENERATE}"


def test_no_example_without_an_instruction():
    assert sorted(p.stem for p in DIR.glob("*.rb")) == sorted(insns.NAMES)


def listing(insn) -> str:
    path = DIR / f"{insn.name}.insns"
    assert path.exists(), REGENERATE
    return path.read_text()


def instruction_column(text: str) -> list[str]:
    """The instruction names of a `--dump=insns` listing, child iseqs and catch tables too."""
    return re.findall(r"^(?:\| )*\d{4} (\w+)", text, re.M)


@pytest.mark.parametrize("insn", INSNS, ids=IDS)
def test_cruby_compiles_the_example(insn):
    assert not listing(insn).startswith("exit "), listing(insn)


@pytest.mark.parametrize("insn", INSNS, ids=IDS)
def test_example_listing_contains_the_instruction(insn):
    if not insn.in_user_code:
        pytest.skip(f"{insn.name} is only produced by CRuby's own prelude (see its .stdout)")
    assert insn.name in instruction_column(listing(insn))


@pytest.mark.parametrize("insn", [i for i in INSNS if not i.in_user_code], ids=lambda i: i.name)
def test_prelude_only_instruction_shows_in_the_printed_listing(insn):
    out = (DIR / f"{insn.name}.stdout").read_text()
    assert insn.name in instruction_column(out)


@pytest.mark.parametrize("insn", INSNS, ids=IDS)
def test_example_parses(insn):
    try:
        from rubyvm.parser import parse
    except ImportError as e:   # the parser is another stage's work; say so, loudly
        pytest.skip(f"rubyvm.parser is not importable: {e}")
    parse(insn.example, f"{insn.name}.rb")


# ---- against CRuby's compiled iseqs (#to_a) ------------------------------------------------
def to_a(insn) -> list[dict]:
    path = DIR / f"{insn.name}.to_a.json"
    assert path.exists(), REGENERATE
    return json.loads(path.read_text())


def operand_value(value, type_: str):
    if type_ == "CALL_DATA":
        cd = value["calldata"]
        return CallInfo(cd["mid"], cd["orig_argc"] + len(cd["kw_arg"]), cd["flag"],
                        tuple(cd["kw_arg"]))
    if type_ == "RB_BUILTIN":
        raise AssertionError("no example compiles to a builtin call")
    return value


def stack_max(code: list) -> int:
    """Replay CRuby's fix_sp_depth (compile.c) over an iseq's final code."""
    sp = depth = 0
    label_sp: dict[str, int] = {}
    for e in code:
        if isinstance(e, str):              # a label: continue at the depth it was jumped from
            sp = label_sp.setdefault(e, sp)
            continue
        insn = insns.get(e[0])
        ops = e[1:]
        assert len(ops) == insn.operand_count, e
        sp += insn.sp_inc([operand_value(v, t) for v, t in zip(ops, insn.operand_types)])
        assert sp >= 0, f"stack underflow at {e}"
        depth = max(depth, sp)
        for v, t in zip(ops, insn.operand_types):
            if t == "OFFSET":
                label_sp.setdefault(v["sym"], sp)
    return depth


@pytest.mark.parametrize("insn", INSNS, ids=IDS)
def test_sp_inc_reproduces_cruby_stack_max(insn):
    for iseq in to_a(insn):
        assert stack_max(iseq["code"]) == iseq["head"]["stack_max"], iseq["head"]["label"]


@pytest.mark.parametrize("insn", INSNS, ids=IDS)
def test_operand_formats_agree_with_the_listing(insn):
    text = listing(insn)
    for iseq in to_a(insn):
        for e in iseq["code"]:
            if isinstance(e, str):
                continue
            spec = insns.get(e[0])
            for v, o in zip(e[1:], spec.operands):
                if o.type == "CALL_DATA":
                    ci = operand_value(v, o.type)
                    assert insns.format_calldata(ci.mid, ci.argc, ci.flag, ci.kw_arg) in text
                elif o.format == "defined_type":
                    assert f"defined {DEFINED_TYPES[v][1]}, " in re.sub(r" +", " ", text)
                elif o.format == "value_type":
                    assert f"checktype {VALUE_TYPES[v]}" in re.sub(r" +", " ", text)


@pytest.mark.parametrize("insn", INSNS, ids=IDS)
def test_positions_and_labels_agree_with_the_listing(insn):
    """insn_len accumulates to the positions CRuby prints; OFFSET operands print as targets."""
    text = listing(insn)
    width = insns.NAME_COLUMN_WIDTH
    for iseq in to_a(insn):
        pc, where, lines = 0, {}, []
        for e in iseq["code"]:
            if isinstance(e, str):
                where[e] = pc
                continue
            lines.append((pc, e))
            pc += insns.insn_len(e[0])
        for pc, e in lines:
            spec = insns.get(e[0])
            head = re.escape(f"{pc:04d} {e[0]:<{width}} ").replace(r"\ ", " ")
            assert re.search(rf"^(\| )*{head}" if spec.operands else rf"^(\| )*{pc:04d} {e[0]}\b",
                             text, re.M), (pc, e[0])
            for v, o in zip(e[1:], spec.operands):
                if o.type == "OFFSET":
                    target = insns.format_label(pc, spec.length, where[v["sym"]] - pc - spec.length)
                    assert re.search(rf"^(\| )*{head}.*\b{target}\b", text, re.M), (pc, e)


# ---- the generated reference ---------------------------------------------------------------
def test_reference_is_up_to_date():
    spec = importlib.util.spec_from_file_location("gen_insns_reference",
                                                  ROOT / "scripts" / "gen_insns_reference.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert (ROOT / "assets" / "insns.md").read_text() == gen.render(), \
        "assets/insns.md is stale; run: python scripts/gen_insns_reference.py"
