"""The compiler against `ruby --dump=insns` (CRuby 3.1): every program of the compiler corpus
must compile to a byte-identical listing; the err_ programs must fail with CRuby's message.
Also: each instruction's usage example compiles to a listing that contains it."""
import re

import pytest

from rubyvm import insns
from rubyvm.compiler import compile as compile_iseq
from rubyvm.lexer import RubySyntaxError
from tests.golden import CORPUS, diff, golden_path, load_known_mismatches, snippets

KNOWN = load_known_mismatches()

# mismatches not (yet) in tests/known_mismatches.txt, with their cause (all upstream of the
# compiler: the parser's AST differs from CRuby's)
_BACKREF = ("the parser reports `Can't set variable` with a caret line and without the "
            "variable name (parse.y's backref_error message has no location)")
LOCAL_XFAIL = {
    "err_set_back_ref": _BACKREF,
    "err_set_nth_ref": _BACKREF,
    "pat_deconstruct_class": "the parser builds `{ x:, y: }` (shorthand hash values that are "
                             "not locals) as NODE_FCALL; CRuby builds NODE_VCALL",
}


def _reason(stem: str):
    return KNOWN.get(f"insns/{stem}.insns") or LOCAL_XFAIL.get(stem)


CASES = [
    pytest.param(src, id=src.stem,
                 marks=[pytest.mark.xfail(reason=_reason(src.stem), strict=True)]
                 if _reason(src.stem) else [])
    for src in snippets("insns")
]


def _listing(src) -> str:
    """What `ruby --dump=insns FILE` prints, or "exit 1" and the error for a compile error."""
    try:
        return compile_iseq(src.read_bytes(), src.name).disasm()
    except RubySyntaxError as e:
        return "exit 1\n" + str(e) + "\n"


@pytest.mark.parametrize("src", CASES)
def test_insns_like_cruby(src):
    expected = golden_path(src, "insns").read_text()
    actual = _listing(src)
    assert actual == expected, "\n" + diff("insns", expected, actual, src.name)


EXAMPLES = CORPUS / "insn_examples"
EXAMPLE_CASES = [i.name for i in insns.INSNS if i.in_user_code]


@pytest.mark.parametrize("name", EXAMPLE_CASES)
def test_usage_example_contains_its_instruction(name):
    src = EXAMPLES / f"{name}.rb"
    listing = compile_iseq(src.read_bytes(), src.name).disasm()
    assert re.search(r"^(\| )*\d{4} " + re.escape(name) + r"\b", listing, re.M), listing


def test_child_iseqs_reachable():
    iseq = compile_iseq(b"class A\n  def m = [1].map { |x| x }\nend\n", "t.rb")
    labels = []

    def walk(i):
        labels.append(i.label)
        for c in i.children():
            walk(c)
    walk(iseq)
    assert labels == ["<main>", "<class:A>", "m", "block in m"]
