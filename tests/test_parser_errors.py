"""Syntax errors read like CRuby's, and no input makes the parser raise anything else."""
from __future__ import annotations

import glob

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rubyvm.parser as P
from rubyvm.ast import dump
from tests.golden import CORPUS


@pytest.mark.parametrize("src, message", [
    ("foo { |a b| }",
     "t.rb:1: syntax error, unexpected local variable or method, expecting '|'\n"
     "foo { |a b| }\n         ^"),
    ("foo(1, 2", "t.rb:1: syntax error, unexpected end-of-input, expecting ')'\nfoo(1, 2\n        ^"),
    ("x = [1, 2]]", "t.rb:1: syntax error, unexpected ']', expecting end-of-input\nx = [1, 2]]\n          ^"),
    ("else\n  1\nend\n", "t.rb:1: syntax error, unexpected `else'"),
    ("class foo\nend\n", "t.rb:1: class/module name must be CONSTANT\nclass foo\n      ^~~"),
    ("def m\n  X = 1\nend\n", "t.rb:2: dynamic constant assignment\n  X = 1\n  ^"),
])
def test_messages(src, message):
    with pytest.raises(P.SyntaxError) as e:
        P.parse(src, "t.rb")
    assert str(e.value) == message
    assert P.sexp(src) == "nil"


def test_long_line_is_trimmed_around_the_caret():
    src = "x = " + "a + " * 20 + "(1, 2"
    with pytest.raises(P.SyntaxError) as e:
        P.parse(src, "t.rb")
    lines = str(e.value).splitlines()
    assert lines[1].startswith("...") and lines[2].startswith("...") and lines[2].endswith("^")


def test_syntax_error_is_the_lexers_ruby_syntax_error():
    from rubyvm.lexer.errors import RubySyntaxError
    assert issubclass(P.SyntaxError, RubySyntaxError)


_SOURCES = [open(f, "rb").read().decode("utf-8", "replace")
            for f in sorted(glob.glob(str(CORPUS / "parse" / "*.rb")))]
_PIECES = list("()[]{}|,;.=+-*&:?!\n 'x1\"#@$%^<>\\/`") + ["do", "end", "if ", "def ", "in ", "=>",
                                                          "->", "**", "&.", "::", "<<~E\n", "#{"]


def _must_not_crash(src) -> None:
    for f in (lambda: dump(P.parse(src, "f.rb")), lambda: P.sexp(src), lambda: P.trace(src)):
        try:
            f()
        except P.SyntaxError as e:
            _well_formed(e, src)


def _well_formed(e, src) -> None:
    """Every error of a SyntaxError (there may be several) names a line of the file."""
    text = src.decode("utf-8", "replace") if isinstance(src, bytes) else src
    nlines = text.count("\n") + 1
    assert e.errors
    for err in e.errors:
        assert 1 <= err.line <= nlines, (str(err), nlines)
        assert str(err).startswith(f"f.rb:{err.line}: ")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_SOURCES), st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(_PIECES),
                                                      st.booleans()), max_size=4))
def test_fuzz_mutated_corpus(src, edits):
    for pos, piece, delete in edits:
        pos = pos % (len(src) + 1)
        src = src[:pos] + src[pos + 1:] if delete else src[:pos] + piece + src[pos:]
    _must_not_crash(src)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_fuzz_token_soup(pieces):
    _must_not_crash("".join(pieces))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=60))
def test_fuzz_bytes(data):
    _must_not_crash(data)


_BROKEN = [open(f, "rb").read().decode("utf-8", "replace")
           for f in sorted(glob.glob(str(CORPUS / "parseerr" / "*.rb")))]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_BROKEN + _SOURCES), min_size=2, max_size=4),
       st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(_PIECES)), max_size=3))
def test_fuzz_error_recovery(parts, edits):
    # several broken programs in one file: bison's recovery goes on after each error
    src = "\n".join(parts)
    for pos, piece in edits:
        pos = pos % (len(src) + 1)
        src = src[:pos] + piece + src[pos:]
    _must_not_crash(src)


def test_several_errors_are_reported():
    src = "x = (1 +\nputs x\ny = [1 2]\n\n\nz = {a: 1 b: 2}\n"
    with pytest.raises(P.SyntaxError) as e:
        P.parse(src, "f.rb")
    assert [err.line for err in e.value.errors] == [2, 3, 6]
