"""Our LALR(1) automaton as flat tables, the way bison's yytable/yydefact are flat arrays:
lark's parse table (states -> {symbol: (Shift|Reduce, arg)}) recoded with plain integers,
so the parse loop (driver.py) never hashes a lark Rule object.

    ACTION[state][symbol]  >= 0: shift the terminal / go to that state after a nonterminal
                           <  0: reduce by rule ~value
    RULES[i]               (tree name, length, unit, lhs nonterminal, lark Rule)

A `unit` rule is a `?rule` alternative of one symbol without an alias (the precedence ladder
`arg_add: arg_mul`): lark's tree builder inlines it, so reducing it only changes the state.
"""
from __future__ import annotations

from lark.parsers.lalr_analysis import Shift

from . import grammar


class Tables:
    def __init__(self, lark_parser) -> None:
        conf = lark_parser.parser.parser.parser.parse_table
        rules = list(lark_parser.rules)
        index = {r: i for i, r in enumerate(rules)}
        self.rules = []
        for r in rules:
            unit = bool(r.options.expand1) and not r.alias and len(r.expansion) == 1
            self.rules.append((r.alias or r.origin.name, len(r.expansion), unit, r.origin.name, r))
        n = max(conf.states) + 1
        self.action: list[dict] = [{} for _ in range(n)]
        for st, acts in conf.states.items():
            row = self.action[st]
            for sym, (kind, arg) in acts.items():
                row[sym] = arg if kind is Shift else ~index[arg]
        self.start = conf.start_states["start"]
        self.end = conf.end_states["start"]
        self.unit_chains: dict = {}     # (state below, top state, lookahead) -> state
        self.terminals = sorted({s for row in self.action for s in row
                                 if s.isupper() or s == "$END"})


_TABLES: "Tables | None" = None


def tables() -> Tables:
    global _TABLES
    if _TABLES is None:
        _TABLES = Tables(grammar.parser())
    return _TABLES
