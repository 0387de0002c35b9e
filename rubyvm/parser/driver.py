"""Run the LALR parser over our lexer's tokens (cf. parse.y's yyparse loop), with bison's
error recovery: after a syntax error the parser pops states until one that shifts the
`error` token (parse.y's `top_stmts: error top_stmt`, `stmts: error stmt`), shifts it, and
drops tokens until one fits; it reports the next error only after three tokens were shifted
(yyerrstatus), so one file can give several syntax errors, as `ruby -c` prints them."""
from __future__ import annotations

from lark import Tree

from .ptree import PTree, _locate
from .rescue_mod import reassociate_one
from .tables import tables
from .tokens import RToken, lark_tokens, _Synthetic

_new = object.__new__


class ParseFailure(Exception):
    """The syntax errors of one parse, in the order bison reports them. `token`/`expected`
    are the first one's; `failures` lists (token, expected, lexer errors before it) for
    each; `tree` is the error-recovered tree when the parse reached the end of input, else
    `values` holds what was left on the stack. An ERROR token's `popped` holds what the
    recovery popped: the builder still checks it (parse.y reported its errors on reducing it)."""
    def __init__(self, token, expected, state=None, lexer=None, failures=None, tree=None):
        super().__init__(f"unexpected {token!r}")
        self.token = token
        self.expected = expected
        self.state = state
        self.lexer = lexer
        self.failures = failures if failures is not None else [(token, expected, 0)]
        self.tree = tree


def parse_tree(src, filename: str = "-", line: int = 1, ripper: bool = False,
               locals=None) -> Tree:
    """The parse tree for src, or ParseFailure listing its syntax errors. `locals`: names the
    lexer knows as local variables from the start (eval's binding)."""
    toks = lark_tokens(src, filename, line, ripper)
    for name in locals or ():
        toks.lexer.declare(name)
    tree = run_automaton(toks, src, rescue=True)
    tree.lexer = toks.lexer
    return tree


class ParserProbe:
    """The live parser state, for the token feeder (`lexer.parser`): would the automaton
    take this token now? This is the feedback parse.y gives its lexer through its actions.
    Reductions the token would trigger are simulated on a copy of the stack, so asking
    changes nothing."""

    def __init__(self, stack) -> None:
        self._stack = stack          # the automaton's own stack (read only here)

    def accepts(self, token: str) -> bool:
        """token: a parse.y name ("keyword_do_cond", "tLBRACE", "'{'", "tLABEL" ...)."""
        from .terminals import TO_LARK
        return _accepts(self._stack, TO_LARK.get(token, token))

    def acceptable(self) -> set:
        """Every parse.y token the parser would take now."""
        from .terminals import FROM_LARK
        return {FROM_LARK[typ] for typ in FROM_LARK if self.accepts(FROM_LARK[typ])}


def _accepts(stack, typ: str) -> bool:
    tb = tables()
    action, rules = tb.action, tb.rules
    stack = list(stack)
    for _ in range(500):
        a = action[stack[-1]].get(typ)
        if a is None:
            return False
        if a >= 0:
            return True
        _name, n, _unit, origin, _r = rules[~a]
        if n:
            del stack[-n:]
        stack.append(action[stack[-1]][origin])
    return False


def run_automaton(toks, src, rescue: bool = False) -> Tree:
    """The LALR(1) loop (cf. yyparse), building PTrees located as bison locates its
    symbols; on syntax errors, bison's recovery, then ParseFailure with every error.
    rescue=True: re-associate each `rescue` modifier as it is reduced (rescue_mod.py)."""
    tb = tables()
    action, rules, end_state, chains = tb.action, tb.rules, tb.end, tb.unit_chains
    stack = [tb.start]
    program_state = action[tb.start]["program"]
    values: list = []
    lexer = getattr(toks, "lexer", None)
    if lexer is not None:
        lexer.parser = ParserProbe(stack)
    failures: list = []
    errstatus = 0           # bison's yyerrstatus: tokens to shift before reporting again
    _PTree = PTree
    spush, vpush = stack.append, values.append
    last = None

    it = iter(toks)
    while True:
        tok = next(it, None)
        if tok is None:
            tok = _end_token(src, last)
        else:
            last = tok
        typ = tok.type
        while True:
            a = action[stack[-1]].get(typ)
            if a is None:
                # bison takes a state's default reduction whatever the lookahead: it meets
                # the error later than we do, in a state with no reduction left
                if _default_reductions(stack, values, typ, rescue):
                    continue            # after them the token fits
                # yyerrlab
                complete = len(stack) == 2 and stack[-1] == program_state
                if not errstatus:
                    nlex = len(getattr(lexer, "errors", None) or ())
                    failures.append((tok, ["$END"] if complete else _shiftable(stack[-1]), nlex))
                if complete or (errstatus == 3 and typ == "$END"):
                    # the program was reduced: below it no state shifts `error` (parse.y's
                    # `program: $@1 top_compstmt`), so bison gives up (YYABORT)
                    raise _failure(failures, lexer, None, values)
                discard = errstatus == 3
                # yyerrlab1: pop to a state that shifts `error`
                errstatus = 3
                popped = []
                while action[stack[-1]].get("ERROR", -1) < 0:
                    if len(stack) == 1:
                        raise _failure(failures, lexer, None, values)
                    stack.pop()
                    popped.append(values.pop())
                err = RToken("ERROR", "", None, tok.line, tok.column, tok.line, tok.column, None)
                err.rtok = _Synthetic((tok.line, tok.column), "error")
                err.lvar = err.bol = False
                err.popped = popped[::-1]
                stack.append(action[stack[-1]]["ERROR"])
                values.append(err)
                if discard:
                    break           # read the next token
                continue
            if a >= 0:
                spush(a)
                vpush(tok)
                if errstatus:
                    errstatus -= 1
                break
            name, n, unit, origin, _r = rules[~a]
            if unit:
                # a unit rule of the precedence ladder (arg_add: arg_mul ...): the value
                # stays, only the state changes. A chain of them (primary up to stmt is
                # twenty) depends only on the two top states and the lookahead: memoized.
                key = (stack[-2], stack[-1], typ)
                top = chains.get(key)
                if top is None:
                    top = chains[key] = _unit_chain(action, rules, stack[-2], stack[-1], typ)
                stack[-1] = top
                continue
            t = _new(_PTree)
            t.data = name
            if n == 1:
                # most reductions wrap one symbol: it keeps its place on both stacks
                c = values[-1]
                t.children = [c]
                t.line = c.line
                t.column = c.column
                t.end_line = c.end_line
                t.end_column = c.end_column
                t.empty = c.__class__ is _PTree and c.empty
                values[-1] = t
                goto = stack[-1] = action[stack[-2]][origin]
                if goto == end_state:
                    if failures:
                        raise _failure(failures, lexer, t)
                    return t
                continue
            if n:
                children = values[-n:]
                del values[-n:]
                del stack[-n:]
                t.children = children
                # YYLLOC_DEFAULT, the common case inline: first and last child located
                # (the values are PTrees and RTokens only)
                c = children[0]
                if c.__class__ is _PTree and c.empty:
                    _locate(t, children, values[-1] if values else None)
                else:
                    t.line = c.line
                    t.column = c.column
                    c = children[-1]
                    if c.__class__ is _PTree and c.empty:
                        _locate(t, children, None)
                    else:
                        t.end_line = c.end_line
                        t.end_column = c.end_column
                        t.empty = False
            else:
                t.children = []
                _locate(t, (), values[-1] if values else None)
            if rescue and name == "rescue_mod":
                t = reassociate_one(t)
            vpush(t)
            goto = action[stack[-1]][origin]
            spush(goto)
            if goto == end_state:
                if failures:
                    raise _failure(failures, lexer, t)
                return t
        if typ == "$END":
            raise _failure(failures or [(tok, [], 0)], lexer, None, values)


def _shiftable(state: int) -> list:
    return sorted(k for k, v in tables().action[state].items()
                  if v >= 0 and (k.isupper() or k == "$END") and k != "ERROR")


def _default_reductions(stack, values, typ: str, rescue: bool) -> bool:
    """Take the reductions bison would take before it finds that `typ` does not fit: bison
    takes a state's default reduction (its most common one) whatever the lookahead, so it
    detects the error in a state with no reduction left, whose shifts are the tokens its
    message lists after `expecting`. True if the token is then shifted after all."""
    tb = tables()
    action = tb.action
    program_state = action[tb.start]["program"]
    for _ in range(1000):
        st = stack[-1]
        if st == program_state and len(stack) == 2:
            return False
        acts = action[st]
        a = acts.get(typ)
        if a is not None:
            if a >= 0:
                return True
            rule = ~a
        else:
            if "stmts" in acts or "top_stmts" in acts:
                return False        # a state that shifts `error` has no default reduction
            reduces: dict = {}
            for tok, b in acts.items():
                if b < 0 and tok != "ERROR":
                    reduces[~b] = reduces.get(~b, 0) + 1
            if not reduces:
                return False
            rule = max(reduces, key=lambda r: (reduces[r], -r))
        _reduce(rule, stack, values, rescue)
    return False


def _reduce(rule: int, stack, values, rescue: bool) -> None:
    """One reduction, as the parse loop makes it (for the error path)."""
    tb = tables()
    action = tb.action
    name, n, unit, origin, _r = tb.rules[rule]
    if unit:
        stack[-1] = action[stack[-2]][origin]
        return
    children = values[len(values) - n:] if n else []
    if n:
        del values[-n:]
        del stack[-n:]
    t = _new(PTree)
    t.data = name
    t.children = children
    _locate(t, children, values[-1] if values else None)
    if rescue and name == "rescue_mod":
        t = reassociate_one(t)
    values.append(t)
    stack.append(action[stack[-1]][origin])


def _unit_chain(action, rules, below, top, typ) -> int:
    """The state after the unit reductions that `typ` triggers on top of `below`."""
    while True:
        a = action[top].get(typ)
        if a is None or a >= 0 or not rules[~a][2]:
            return top
        top = action[below][rules[~a][3]]


def _failure(failures, lexer, tree, values=None) -> ParseFailure:
    tok, expected, _n = failures[0]
    f = ParseFailure(tok, expected, None, lexer, failures, tree)
    f.values = list(values or ())     # what was left on the stack when bison gave up
    return f


def _end_token(src, last) -> RToken:
    if last is not None:
        line, col = last.end_line, last.end_column
    else:
        line, col = 1, 0
    t = RToken("$END", "", None, line, col, line, col, None)
    t.rtok = _Synthetic((line, col), "$end")
    t.lvar = t.bol = False
    return t
