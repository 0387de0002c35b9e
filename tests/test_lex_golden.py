"""Our lexer against `p Ripper.lex(src)` from CRuby 3.1, over every corpus with .lex goldens."""
import pytest

from rubyvm.lexer import ripper_lex_inspect
from tests.golden import STAGES, diff, golden_path, load_known_mismatches, snippets

KNOWN = load_known_mismatches()
CASES = [
    pytest.param(stage, src, id=f"{stage}/{src.stem}",
                 # a known mismatch that starts to match fails, so the list stays true
                 marks=[pytest.mark.xfail(reason=KNOWN[f"{stage}/{src.stem}.lex"], strict=True)]
                 if f"{stage}/{src.stem}.lex" in KNOWN else [])
    for stage, kinds in STAGES.items() if "lex" in kinds for src in snippets(stage)
]


@pytest.mark.parametrize("stage,src", CASES)
def test_lex_matches_ripper(stage, src):
    key = f"{stage}/{src.stem}.lex"
    expected = golden_path(src, "lex").read_bytes().decode("utf-8", "surrogateescape")
    actual = ripper_lex_inspect(src.read_bytes(), src.name) + "\n"
    assert actual == expected, "\n" + diff("lex", expected, actual, key)


def test_known_lex_mismatches_are_few():
    """The acceptance bar: at least 98% of the lexer corpus byte-identical."""
    lex_corpus = snippets("lex")
    known = [k for k in KNOWN if k.startswith("lex/") and k.endswith(".lex")]
    assert len(lex_corpus) >= 400
    assert len(known) <= 0.02 * len(lex_corpus), known
