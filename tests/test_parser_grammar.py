"""The grammar itself: it builds with lark's strict mode (no conflict resolved silently),
our LALR lookahead fix is exact, the table cache works, and the `ruby -y` style trace
agrees with the tree the parser builds."""
from __future__ import annotations

import pytest
from lark import Lark, Token, Tree
from lark.exceptions import GrammarError

from rubyvm.parser import grammar, lalr_fix
from rubyvm.parser.driver import run_automaton
from rubyvm.parser.tokens import lark_tokens
from rubyvm.parser.yydebug import Trace
from tests.golden import snippets


def test_grammar_builds_strict_without_cache():
    p = grammar.build(strict=True, cache=False)
    assert len(p.rules) > 600
    assert len(p.parser.parser.parser.parse_table.states) > 1000


def test_every_lexer_terminal_is_declared():
    from rubyvm.parser.terminals import TO_LARK
    text = grammar.grammar_text()
    for parse_y, lark_name in TO_LARK.items():
        if parse_y in ("$end", "tSP", "'\\n'") or parse_y.startswith("keyword___"):
            continue
        assert lark_name in text, parse_y


class _L:
    """A placeholder lexer for toy grammars."""


def _toy(text: str) -> Lark:
    lalr_fix.install()
    return Lark(text, parser="lalr", lexer=grammar.FeedLexer, strict=True)


def test_lalr_fix_keeps_real_conflicts():
    # LR(1) but not LALR(1): merging the two `E` states gives a reduce/reduce conflict
    with pytest.raises(GrammarError):
        _toy("""
            start: A x D | A y C | B x C | B y D
            x: E
            y: E
            %declare A B C D E
        """)


def test_lalr_fix_accepts_an_lalr_grammar_lark_rejected():
    # the shape of `lhs '=' arg_rhs` / `lhs '=' mrhs`: a kernel item past its first symbol
    # must not lend its follow set to the nonterminal transition of the same state
    _toy("""
        start: s
        s: l EQ m | a
        a: l EQ r | V
        r: a
        m: v COMMA v
        v: a
        l: V
        %declare EQ COMMA V
    """)


def test_table_cache_roundtrip(tmp_path, monkeypatch):
    monkeypatch.setattr(grammar, "_cache_dirs", lambda: [tmp_path])
    p1 = grammar.build()
    assert list(tmp_path.glob("ruby-*.lark-cache"))
    p2 = grammar.build()
    assert len(p1.rules) == len(p2.rules)


def _same(a, b) -> bool:
    """Tree equality without recursion (statement lists are deep)."""
    stack = [(a, b)]
    while stack:
        x, y = stack.pop()
        if isinstance(x, Tree) != isinstance(y, Tree):
            return False
        if isinstance(x, Tree):
            if x.data != y.data or len(x.children) != len(y.children):
                return False
            stack.extend(zip(x.children, y.children))
        elif x != y or x.type != y.type:
            return False
    return True


TRACE_SAMPLE = [p for p in snippets("parse")
                if not p.stem.startswith("err_") and p.stem != "misc_empty_program_comment"][::7]


@pytest.mark.parametrize("src", TRACE_SAMPLE, ids=[p.stem for p in TRACE_SAMPLE])
def test_trace_agrees_with_tree(src):
    text = src.read_bytes()
    tr = Trace(text, src.name).run()
    tree = run_automaton(lark_tokens(text, src.name), text)
    assert _same(tr.tree, tree)
    out = tr.text()
    assert out.startswith("Starting parse\nEntering state ")
    for phrase in ("Reading a token: Next token is token", "Shifting token", "Reducing stack by rule",
                   "-> $$ = nterm", "Stack now", "Now at end of input."):
        assert phrase in out


def test_trace_shape():
    out = Trace("x = 1\n").run().text()
    assert 'Next token is token "local variable or method" (1.0-1.1: x)' in out
    assert "-> $$ = nterm user_variable (1.0-1.1: )" in out
    assert 'Shifting token "integer literal" (1.4-1.5: 1)' in out
