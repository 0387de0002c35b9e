"""A `ruby -y` style trace of our LALR(1) parse (cf. bison's YYDEBUG output, which CRuby
prints with `ruby -y`):

    Starting parse
    Entering state 0
    Reading a token: Next token is token "local variable or method" (1.0-1.1: x)
    Shifting token "local variable or method" (1.0-1.1: x)
    Entering state 35
    Reducing stack by rule 649 (line 5059):
       $1 = token "local variable or method" (1.0-1.1: x)
    -> $$ = nterm user_variable (1.0-1.1: )
    Stack now 0 2

It is our grammar's automaton (rule and state numbers are ours; "line" is the line of
ruby.lark that defines the rule), driven by hand over lark's parse table with lark's own
tree callbacks, so the tree it builds is the tree `parse_tree` builds (a test checks this).
"""
from __future__ import annotations

import re
from typing import Optional

from lark import Token, Tree
from lark.parsers.lalr_analysis import Shift

from . import grammar
from .driver import ParseFailure, _end_token
from .terminals import FROM_LARK, DISPLAY
from .tokens import lark_tokens

# tokens whose semantic value bison's %printer shows
_VALUED = {"IDENTIFIER", "FID", "GVAR", "IVAR", "CONSTANT", "CVAR", "LABEL", "INTEGER", "FLOAT",
           "RATIONAL", "IMAGINARY", "CHAR", "NTH_REF", "BACK_REF", "OP_ASGN"}

_rule_lines: dict = {}


def _rule_line(origin: str) -> int:
    if not _rule_lines:
        for i, line in enumerate(grammar.grammar_text().splitlines(), 1):
            m = re.match(r"\??([a-z_][a-z_0-9]*)\s*:", line)
            if m and m.group(1) not in _rule_lines:
                _rule_lines[m.group(1)] = i
    return _rule_lines.get(origin, 0)


def _display(term: str) -> str:
    name = FROM_LARK.get(term, term)
    d = DISPLAY.get(name, name)
    if d.startswith("'") or d in ("tSTRING_DBEG", "tSTRING_DVAR", "tLAMBEG", "tLABEL_END",
                                   "tREGEXP_END", "tUMINUS_NUM") or d.startswith("t"):
        return d
    return f'"{d}"'


def _tok_desc(tok: Token) -> str:
    val = ""
    if tok.type in _VALUED:
        val = str(tok.rtok.text)
    elif tok.type == "STRING_CONTENT":
        val = '"' + str(tok.rtok.text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return (f"{_display(tok.type)} ({tok.line}.{tok.column}-{tok.end_line}.{tok.end_column}: {val})")


def _nterm_desc(name: str, value) -> str:
    loc = _span(value)
    return f"nterm {name} ({loc}: )"


def _span(value) -> str:
    if isinstance(value, Token):
        return f"{value.line}.{value.column}-{value.end_line}.{value.end_column}"
    m = getattr(value, "meta", None)
    if m is None or getattr(m, "empty", True):
        return "?"
    return f"{m.line}.{m.column}-{m.end_line}.{m.end_column}"


_NUMBERS: dict = {}


def state_numbers(conf) -> dict:
    """Number our states breadth first from the start state (0), as bison numbers its own,
    instead of lark's arbitrary ids."""
    if not _NUMBERS:
        states = conf.states
        start = conf.start_state
        seen = {start: 0}
        queue = [start]
        while queue:
            st = queue.pop(0)
            for sym in sorted(states[st]):
                kind, arg = states[st][sym]
                if kind is Shift and arg not in seen:
                    seen[arg] = len(seen)
                    queue.append(arg)
        for st in states:
            seen.setdefault(st, len(seen))
        _NUMBERS.update(seen)
    return _NUMBERS


class Trace:
    """Step our automaton token by token, logging like bison; `.tree` is the result."""

    def __init__(self, src, filename: str = "-"):
        self.src = src
        self.filename = filename
        self.lines: list[str] = []
        self.tree: Optional[Tree] = None

    def out(self, s: str) -> None:
        self.lines.append(s)

    def run(self) -> "Trace":
        p = grammar.parser()
        ip = p.parse_interactive(None, start="start")
        conf = ip.parser_state.parse_conf
        states, callbacks = conf.states, conf.callbacks
        end_state = conf.end_state
        rule_no = {r: i for i, r in enumerate(p.rules)}
        num = state_numbers(conf)
        stack = [conf.start_state]
        values: list = []
        self.out("Starting parse")
        self.out(f"Entering state {num[stack[-1]]}")
        toks = lark_tokens(self.src, self.filename)
        from .driver import ParserProbe
        toks.lexer.parser = ParserProbe(stack)
        last = None

        def feed(tok, is_end=False):
            if is_end:
                self.out("Now at end of input.")
            else:
                self.out(f"Reading a token: Next token is token {_tok_desc(tok)}")
            while True:
                act = states[stack[-1]].get(tok.type)
                if act is None:
                    self.out(f"Error: unexpected {_display(tok.type)}")
                    raise ParseFailure(tok, [], None)
                kind, arg = act
                if kind is Shift:
                    if is_end:
                        return None
                    self.out(f"Shifting token {_tok_desc(tok)}")
                    stack.append(arg)
                    values.append(tok)
                    self.out(f"Entering state {num[arg]}")
                    return None
                rule = arg
                n = len(rule.expansion)
                self.out(f"Reducing stack by rule {rule_no.get(rule, -1)} (line {_rule_line(rule.origin.name)}):")
                args = values[-n:] if n else []
                for i, (sym, v) in enumerate(zip(rule.expansion, args), 1):
                    if sym.is_term:
                        self.out(f"   ${i} = token {_tok_desc(v)}")
                    else:
                        self.out(f"   ${i} = {_nterm_desc(sym.name, v)}")
                if n:
                    del stack[-n:]
                    del values[-n:]
                value = callbacks[rule](args)
                values.append(value)
                self.out(f"-> $$ = {_nterm_desc(rule.origin.name, value)}")
                self.out("Stack now " + " ".join(str(num[s]) for s in stack))
                if is_end and stack[-1] == conf.start_state and rule.origin.name == "start":
                    return value
                goto = states[stack[-1]][rule.origin.name]
                stack.append(goto[1])
                self.out(f"Entering state {num[goto[1]]}")
                if is_end and stack[-1] == end_state:
                    return values[-1]

        try:
            for tok in toks:
                feed(tok)
                last = tok
            end = _end_token(self.src, last)
            result = feed(end, is_end=True)
        except ParseFailure as f:
            # the trace stops at the first syntax error (error recovery is not narrated)
            self.out(f"Cleanup: discarding lookahead token {_tok_desc(f.token)}")
            self.out("Stack now " + " ".join(str(num[s]) for s in stack))
            return self
        self.out(f"Shifting token \"end-of-input\" ({end.line}.{end.column}-{end.end_line}.{end.end_column}: )")
        self.out("Stack now " + " ".join(str(num[s]) for s in stack))
        self.out("Cleanup: popping nterm program")
        self.tree = result if result is not None else (values[-1] if values else None)
        return self

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def trace(src, filename: str = "-") -> str:
    return Trace(src, filename).run().text()
