"""No input makes the lexer raise a Python exception (issue: bad input is a Ruby matter)."""
from hypothesis import HealthCheck, given, settings, strategies as st

from rubyvm.lexer import Lexer, lex
from tests.golden import snippets

RUBYISH = st.text(alphabet=st.sampled_from(list(
    "abcXYZ_019 \t\n\r\\'\"`#{}()[]<>|&*%$@?!:;,.=+-~^/\x00\x1a\u00e9\u3042")), max_size=120)
CORPUS = [p.read_bytes() for p in snippets("lex")[::7]]


def _lex_both(src) -> None:
    lex(src)                      # the Ripper view
    Lexer(src).lex_all()          # the parser's view


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RUBYISH)
def test_random_text(src):
    _lex_both(src)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes(src):
    _lex_both(src)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(CORPUS), st.data())
def test_mutated_corpus(src, data):
    """Cut, duplicate or splice a corpus snippet: an unterminated string, heredoc, regexp..."""
    i = data.draw(st.integers(0, len(src)))
    j = data.draw(st.integers(i, len(src)))
    op = data.draw(st.sampled_from(["cut", "drop", "dup", "insert"]))
    if op == "cut":
        mutated = src[:i]
    elif op == "drop":
        mutated = src[:i] + src[j:]
    elif op == "dup":
        mutated = src[:j] + src[i:j] + src[j:]
    else:
        mutated = src[:i] + data.draw(st.binary(max_size=8)) + src[i:]
    _lex_both(mutated)
