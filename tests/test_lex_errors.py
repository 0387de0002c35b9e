"""Input the lexer rejects raises SyntaxError worded, and pointed at, as `ruby FILE` reports it."""
import pytest

from rubyvm.lexer import RubySyntaxError, check
from tests.golden import diff, golden_path, load_known_mismatches, snippets

KNOWN = load_known_mismatches()
CASES = [
    pytest.param(src, id=src.stem,
                 marks=[pytest.mark.xfail(reason=KNOWN[f"lexerr/{src.stem}.status"], strict=True)]
                 if f"lexerr/{src.stem}.status" in KNOWN else [])
    for src in snippets("lexerr")
]


@pytest.mark.parametrize("src", CASES)
def test_lex_error_matches_cruby(src):
    status, _, expected = golden_path(src, "status").read_text().partition("\n")
    assert status == "1"
    with pytest.raises(RubySyntaxError) as info:
        check(src.read_bytes(), src.name)
    actual = str(info.value) + "\n"
    assert actual == expected, "\n" + diff("status", expected, actual, src.name)
