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

import hashlib
import pickle
from pathlib import Path

from . import grammar


class Tables:
    def __init__(self, lark_parser) -> None:
        from lark.parsers.lalr_analysis import Shift
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


def _cache_name() -> str:
    """Keyed by the grammar's own cache key and by this module, which decides the layout."""
    h = hashlib.sha256(grammar._cache_key(grammar.grammar_text()).encode())
    h.update(Path(__file__).read_bytes())
    return f"tables-{h.hexdigest()[:16]}.pickle"


def _load_cached() -> "Tables | None":
    name = _cache_name()
    for d in grammar._cache_dirs():
        try:
            return pickle.loads((d / name).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            continue
    return None


def _save(tb: Tables) -> None:
    # the rules' lark Rule objects stay out: the driver never reads them, and leaving them out
    # is what lets a start-up skip building lark's parser (about 0.25 s)
    slim = Tables.__new__(Tables)
    slim.__dict__.update(tb.__dict__)
    slim.rules = [r[:4] + (None,) for r in tb.rules]
    slim.unit_chains = {}
    name = _cache_name()
    for d in grammar._cache_dirs():
        try:
            d.mkdir(parents=True, exist_ok=True)
            for old in d.glob("tables-*.pickle"):
                old.unlink()
            (d / name).write_bytes(pickle.dumps(slim, protocol=pickle.HIGHEST_PROTOCOL))
            return
        except OSError:
            continue


def tables() -> Tables:
    """The automaton's flat tables: from the pickled cache, else built from lark's tables."""
    global _TABLES
    if _TABLES is None:
        tb = _load_cached()
        if tb is None:
            tb = Tables(grammar.parser())
            _save(tb)
        _TABLES = tb
    return _TABLES
