"""Programs the parser rejects: every syntax error `ruby -c FILE` reports (bison recovers
after each one through parse.y's `error` rules), worded and pointed at as CRuby does."""
import pytest

import rubyvm.parser as P
from tests.golden import diff, golden_path, load_known_mismatches, snippets

KNOWN = load_known_mismatches()
CASES = [
    pytest.param(src, id=src.stem,
                 marks=[pytest.mark.xfail(reason=KNOWN[f"parseerr/{src.stem}.check"], strict=True)]
                 if f"parseerr/{src.stem}.check" in KNOWN else [])
    for src in snippets("parseerr")
]


def test_corpus_is_broad():
    assert len(CASES) >= 30


@pytest.mark.parametrize("src", CASES)
def test_parse_errors_match_cruby(src):
    status, _, expected = golden_path(src, "check").read_text().partition("\n")
    assert status == "1"
    with pytest.raises(P.SyntaxError) as info:
        P.parse(src.read_bytes(), src.name)
    actual = str(info.value) + "\n"
    assert actual == expected, "\n" + diff("check", expected, actual, src.name)


@pytest.mark.parametrize("src", snippets("parseerr"), ids=lambda p: p.stem)
def test_ripper_sexp_is_nil(src):
    # Ripper.sexp gives nil for a program with a syntax error
    assert P.sexp(src.read_bytes(), src.name) == "nil"
