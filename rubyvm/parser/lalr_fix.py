"""A precise DeRemer-Pennello `includes` relation for lark's LALR(1) analyzer.

lark 1.x (lalr_analysis.LALR_Analyzer.compute_includes_lookback) walks every closure item of
a state whose rule produces the nonterminal, including kernel items that are already past
their first symbol. For such an item [A -> a . B c] in state p it records
"follow(p, B) includes follow(p, A)" although the A transition it belongs to starts in an
earlier state. The extra lookaheads are spurious, and on a grammar as large as Ruby's they
show up as reduce/reduce conflicts that bison does not report (e.g. `arg_rhs: arg` against
`arg_value: arg` after `lhs '='`). Only items with the dot at the start (index 0) begin a
transition in p, so only they are walked here, as in DeRemer & Pennello (1982) and PLY.
"""
from __future__ import annotations

from lark.parsers import lalr_analysis as _la


def _compute_includes_lookback(self) -> None:
    for nt in self.nonterminal_transitions:
        state, nonterminal = nt
        includes = []
        lookback = self.lookback[nt]
        for rp in state.closure:
            if rp.rule.origin != nonterminal or rp.index != 0:
                continue
            state2 = state
            expansion = rp.rule.expansion
            for i, s in enumerate(expansion):
                nt2 = (state2, s)
                state2 = state2.transitions[s]
                if nt2 not in self.reads:
                    continue
                if all(sym in self.NULLABLE for sym in expansion[i + 1:]):
                    includes.append(nt2)
            for rp2 in state2.closure:
                if rp2.rule == rp.rule and rp2.is_satisfied:
                    lookback.add((state2, rp2.rule))
        for nt2 in includes:
            self.includes[nt2].add(nt)


def install() -> None:
    _la.LALR_Analyzer.compute_includes_lookback = _compute_includes_lookback
