"""Run the LALR parser over our lexer's tokens (cf. parse.y's yyparse loop)."""
from __future__ import annotations

from lark import Tree
from lark.tree import Meta as _Meta
from lark.parsers.lalr_analysis import Shift as _SHIFT
from lark.exceptions import UnexpectedInput, UnexpectedToken

from . import grammar
from .rescue_mod import reassociate
from .tokens import RToken, lark_tokens, make, _Synthetic


class ParseFailure(Exception):
    """The first token the LALR automaton cannot take, with bison's "expecting" list."""
    def __init__(self, token, expected, state=None, lexer=None):
        super().__init__(f"unexpected {token!r}")
        self.token = token
        self.expected = expected
        self.state = state
        self.lexer = lexer


def bison_expected(parser_state, token_type: str) -> list[str]:
    """The tokens bison would list after `expecting`: bison takes a state's default
    reduction (its most common one) whatever the lookahead, so it detects the error in a
    state with no reductions left; the tokens that state can shift are the expected ones."""
    from lark.parsers.lalr_analysis import Reduce
    states = parser_state.parse_conf.states
    stack = list(parser_state.state_stack)
    for _ in range(200):
        acts = states[stack[-1]]
        if token_type in acts:
            kind, arg = acts[token_type]
            if kind is not Reduce:
                break
            rule = arg
        else:
            if "stmts" in acts or "top_stmts" in acts:
                # parse.y has `stmts: error stmt`: bison gives a state with a shift on
                # `error` no default reduction, so the error is reported right here
                break
            reduces: dict = {}
            for tok, (kind, arg) in acts.items():
                if kind is Reduce:
                    reduces[arg] = reduces.get(arg, 0) + 1
            if not reduces:
                break
            rule = max(reduces, key=lambda r: reduces[r])
        n = len(rule.expansion)
        if n:
            del stack[-n:]
        goto = states[stack[-1]].get(rule.origin.name)
        if goto is None:
            break
        stack.append(goto[1])
        if rule.origin.name == "start":
            return ["$END"]            # bison's `$accept: program . $end`
    return sorted(k for k in states[stack[-1]].keys() if k.isupper() or k == "$END")


def parse_tree(src, filename: str = "-", line: int = 1, ripper: bool = False) -> Tree:
    """The lark parse tree for src, or ParseFailure at the first token that does not fit."""
    toks = lark_tokens(src, filename, line, ripper)
    tree = run_automaton(toks, src)
    if toks.saw_rescue_mod:
        tree = reassociate(tree)
    tree.lexer = toks.lexer
    return tree


class _Rules:
    """Per rule: (tree name, length, inline?) -- what lark's ParseTreeBuilder would do:
    a `?rule` alternative without an alias and with one child is that child."""
    def __init__(self, lark_parser):
        self.info = {}
        for r in lark_parser.rules:
            inline = bool(r.options.expand1) and not r.alias
            self.info[r] = (r.alias or r.origin.name, len(r.expansion), inline, r.origin.name)


_RULES: "_Rules | None" = None


class _State:
    """Just enough of lark's ParserState for bison_expected()."""
    def __init__(self, conf, stack):
        self.parse_conf = conf
        self.state_stack = stack


def run_automaton(toks, src) -> Tree:
    """The LALR(1) loop (cf. yyparse), building lark Trees with positions like lark's
    ParseTreeBuilder + propagate_positions, but without its per-reduction wrapper chain."""
    global _RULES
    p = grammar.parser()
    conf = p.parser.parser.parser.parse_table
    if _RULES is None:
        _RULES = _Rules(p)
    info = _RULES.info
    states = conf.states
    start_state = conf.start_states["start"]
    end_state = conf.end_states["start"]
    stack = [start_state]
    values: list = []
    last = None
    lexer = getattr(toks, "lexer", None)
    if lexer is not None:
        lexer.parser = ParserProbe(states, stack, info)

    def fail(tok):
        from lark.parsers.lalr_parser_state import ParseConf
        return ParseFailure(tok, bison_expected(_State(_Conf(states), stack), tok.type), None, lexer)

    for tok in toks:
        typ = tok.type
        while True:
            act = states[stack[-1]].get(typ)
            if act is None:
                raise fail(tok)
            kind, arg = act
            if kind is _SHIFT:
                stack.append(arg)
                values.append(tok)
                break
            r = info[arg]
            if r[2] and r[1] == 1:
                # a unit rule of the precedence ladder (arg_add: arg_mul ...): the value
                # stays, only the state changes
                stack[-1] = states[stack[-2]][r[3]][1]
                continue
            _reduce(arg, info, states, stack, values)
        last = tok
    end = _end_token(src, last)
    while True:
        act = states[stack[-1]].get("$END")
        if act is None:
            raise fail(end)
        kind, arg = act
        if kind is _SHIFT:
            raise fail(end)
        _reduce(arg, info, states, stack, values)
        if stack[-1] == end_state:
            return values[-1]


class ParserProbe:
    """The live parser state, for the lexer (`lexer.parser`): would the automaton take this
    token now? This is the feedback parse.y gives its lexer through COND_P/CMDARG_P and the
    lex_state its actions set (`do` for a condition, a command argument or a block; `{` as a
    block or a hash; labels). Reductions the token would trigger are simulated on a copy of
    the stack, so asking changes nothing."""

    def __init__(self, states, stack, info) -> None:
        self._states = states
        self._stack = stack          # the automaton's own stack (read only here)
        self._info = info

    def accepts(self, token: str) -> bool:
        """token: a parse.y name ("keyword_do_cond", "tLBRACE", "'{'", "tLABEL" ...)."""
        from .terminals import TO_LARK
        typ = TO_LARK.get(token, token)
        states = self._states
        stack = list(self._stack)
        for _ in range(500):
            act = states[stack[-1]].get(typ)
            if act is None:
                return False
            kind, arg = act
            if kind is _SHIFT:
                return True
            n = self._info[arg][1]
            if n:
                del stack[-n:]
            stack.append(states[stack[-1]][arg.origin.name][1])
        return False

    def acceptable(self) -> set:
        """Every parse.y token the parser would take now."""
        from .terminals import FROM_LARK
        out = set()
        for typ in FROM_LARK:
            if self.accepts(FROM_LARK[typ]):
                out.add(FROM_LARK[typ])
        return out


class _Conf:
    def __init__(self, states):
        self.states = states


def _reduce(rule, info, states, stack, values) -> None:
    name, n, inline, origin = info[rule]
    if n:
        children = values[-n:]
        del stack[-n:]
        del values[-n:]
    else:
        children = []
    if inline and n == 1:
        value = children[0]
    else:
        m = _Meta()
        m.empty = True
        for c in children:
            if c.__class__ is Tree:
                cm = c._meta
                if cm is None or cm.empty:
                    continue
                m.line, m.column = cm.line, cm.column
            else:
                m.line, m.column = c.line, c.column
            m.empty = False
            break
        if not m.empty:
            for c in reversed(children):
                if c.__class__ is Tree:
                    cm = c._meta
                    if cm is None or cm.empty:
                        continue
                    m.end_line, m.end_column = cm.end_line, cm.end_column
                else:
                    m.end_line, m.end_column = c.end_line, c.end_column
                break
        value = Tree(name, children, m)
    stack.append(states[stack[-1]][origin][1])
    values.append(value)


def _end_token(src, last) -> RToken:
    from lark import Token
    if last is not None:
        line, col = last.end_line, last.end_column
    else:
        line, col = 1, 0
    t = RToken("$END", "", None, line, col, line, col, None)
    t.rtok = _Synthetic((line, col), "$end")
    return t


def locate_empty(tree: Tree) -> Tree:
    """Give every empty rule the position bison gives it: zero width at the end of the
    symbol before it (YYLLOC_DEFAULT with N == 0)."""
    last = (1, 0)
    stack = [tree]
    while stack:
        t = stack.pop()
        if isinstance(t, Tree):
            if not t.children or getattr(t.meta, "empty", False):
                m = t.meta
                m.line, m.column = last
                m.end_line, m.end_column = last
                m.empty = True
            stack.extend(reversed(t.children))
        elif t.type != "$END":
            last = (t.end_line, t.end_column)
    return tree
