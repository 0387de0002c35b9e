"""Our disassembler against `ruby --dump=insns`, fed CRuby 3.1's own iseqs (InstructionSequence
#to_a, recorded as golden JSON): the ISeq model and the listing layout, without our compiler."""
import pytest

from rubyvm.iseq.from_cruby import load_json, mark_catch_except
from tests.golden import diff, golden_path, load_known_mismatches, snippets

KNOWN = load_known_mismatches()
CASES = [
    pytest.param(src, id=src.stem,
                 marks=[pytest.mark.xfail(reason=KNOWN[f"insns/{src.stem}.iseq"], strict=True)]
                 if f"insns/{src.stem}.iseq" in KNOWN else [])
    for src in snippets("insns")
    if not golden_path(src, "insns").read_text().startswith("exit ")
]


@pytest.mark.parametrize("src", CASES)
def test_disasm_of_cruby_iseq(src):
    iseq = load_json(golden_path(src, "iseq").read_text())
    mark_catch_except(iseq)
    expected = golden_path(src, "insns").read_text()
    actual = iseq.disasm()
    assert actual == expected, "\n" + diff("insns", expected, actual, src.name)
