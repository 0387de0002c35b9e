"""The parser's Python API: sexp / parse / the AST classes, dump and NodeVisitor."""
from __future__ import annotations

import rubyvm.parser as P
from rubyvm import ast
from rubyvm.ast import nodes as N


def test_sexp_book_precedence():
    # Ripper.sexp("2 + 2 * 3"): multiplication binds tighter (book, experiment 1-2)
    assert P.sexp("2 + 2 * 3") == ('[:program, [[:binary, [:@int, "2", [1, 0]], :+, [:binary, '
                                   '[:@int, "2", [1, 4]], :*, [:@int, "3", [1, 8]]]]]]')


def test_parse_book_example():
    tree = P.parse("10.times do |n|\n  puts n\nend\n", "t.rb")
    assert tree.type == "NODE_SCOPE"
    it = tree.body
    assert it.type == "NODE_ITER" and it.newline
    assert it.iter.type == "NODE_CALL" and it.iter.mid == "times"
    blk = it.body
    assert blk.tbl == ["n"] and blk.args.pre_args_num == 1
    assert (blk.loc.first_lineno, blk.loc.first_column, blk.loc.last_lineno, blk.loc.last_column) == (1, 9, 3, 3)
    text = ast.dump(tree)
    assert text.startswith("#####") and "@ NODE_ITER (line: 1, location: (1,0)-(3,3))*" in text


def test_node_table_is_the_one_place():
    assert len(N.NODE_TYPES) == len(N.NODE_CLASSES)
    for name, fields in N.NODE_TYPES:
        assert name.startswith("NODE_")
        assert N.NODE_CLASSES[name].type == name


def test_node_visitor():
    class Calls(ast.NodeVisitor):
        def __init__(self):
            self.names = []

        def visit_NODE_FCALL(self, node):
            self.names.append(node.mid)
            self.generic_visit(node)

        def visit_NODE_VCALL(self, node):
            self.names.append(node.mid)

    v = Calls()
    v.visit(P.parse("puts foo(bar)\n"))
    assert v.names == ["puts", "foo", "bar"]
    assert {n.type for n in ast.walk(P.parse("a = 1; b = a"))} >= {"NODE_LASGN", "NODE_LVAR", "NODE_LIT"}


def test_locals_lvar_dvar_vcall():
    tree = P.parse("x = 1\n[1].each { |y| x + y + z }\n")
    text = ast.dump(tree)
    assert "NODE_DVAR" in text and "nd_vid: :y" in text and "NODE_VCALL" in text and "nd_mid: :z" in text


def test_rescue_modifier_binds_into_the_assignment():
    # parse.y: `arg_rhs: arg modifier_rescue arg` -- x = (a rescue b)
    assert P.sexp("x = a rescue b") == (
        '[:program, [[:assign, [:var_field, [:@ident, "x", [1, 0]]], [:rescue_mod, '
        '[:vcall, [:@ident, "a", [1, 4]]], [:vcall, [:@ident, "b", [1, 13]]]]]]]')
    assert P.sexp("a rescue b if c").startswith("[:program, [[:if_mod")


def test_open_right_operands():
    # parse.y lets an assignment be the right operand of any binary operator
    assert P.sexp("a || b = c").startswith(
        '[:program, [[:binary, [:vcall, [:@ident, "a", [1, 0]]], :"||", [:assign,')
    assert P.sexp("x << y = 1") .startswith('[:program, [[:binary, [:vcall, [:@ident, "x", [1, 0]]], :<<, [:assign')
    assert P.sexp("a && !b = c").startswith('[:program, [[:binary, [:vcall, [:@ident, "a", [1, 0]]], :"&&", [:unary, :!, [:assign')
    # and it binds through tighter operators only: (a + (b * (c = 1)))
    assert ":+, [:binary" in P.sexp("a + b * c = 1")


def test_newline_token_after_comment_lines():
    # yylex looks past comment-only lines for a leading `.`: the '\n' ends up after them,
    # which is where `class A < B` takes its line from
    tree = P.parse("class A < B\n  # c1\n  # c2\n\n  def x; end\nend\n")
    assert tree.body.nd_line == 3


def test_string_piece_location_starts_at_last_escape():
    text = ast.dump(P.parse('x = 1\n"#{x}abc\\ndef"\n'))
    assert "@ NODE_STR (line: 2, location: (2,8)-(2,13))" in text


def test_parser_probe_for_the_lexer():
    # the lexer can ask the live LALR state which `do` the parser would take
    from rubyvm.parser import driver
    from rubyvm.parser.tokens import lark_tokens

    src = "while x do end\nfoo x do end\n"
    toks = lark_tokens(src)
    seen = []

    class Asker:
        lexer = toks.lexer
        saw_rescue_mod = False

        def __iter__(self):
            for t in toks:
                if t.type in ("K_DO_COND", "K_DO_BLOCK"):
                    p = toks.lexer.parser
                    seen.append((t.type, p.accepts("keyword_do_cond"), p.accepts("keyword_do_block")))
                yield t

    driver.run_automaton(Asker(), src)
    assert seen == [("K_DO_COND", True, False), ("K_DO_BLOCK", False, True)]


BOOK = ["10.times do |n| puts n end", "10.times do |n|\n  puts n\nend", "2 + 2", "2 + 2 * 3",
        "puts 2+2", "def hash; 4; end", "10.times { |n| puts n }"]


def test_book_snippets_parse():
    for src in BOOK:
        tree = P.parse(src)
        assert tree.type == "NODE_SCOPE"
        assert P.sexp(src).startswith("[:program, ")


def test_rescue_modifier_inside_arguments():
    # `arg_rhs: arg modifier_rescue arg` where no statement can end: the token feeder asks
    # the parser and hands it M_RESCUE_ARG
    assert P.sexp("foo(x = a rescue b)") == (
        '[:program, [[:method_add_arg, [:fcall, [:@ident, "foo", [1, 0]]], [:arg_paren, '
        '[:args_add_block, [[:assign, [:var_field, [:@ident, "x", [1, 4]]], [:rescue_mod, '
        '[:vcall, [:@ident, "a", [1, 8]]], [:vcall, [:@ident, "b", [1, 17]]]]]], false]]]]]')
