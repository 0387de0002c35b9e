"""The parser shadow: the grammar actions of parse.y that steer CRuby's lexer, replayed from
the token stream so that a lexer without a parser reports Ripper's lexer states.

Each `_shadow*` hook names the parse.y rule whose action it stands for: def names and
parameter lists, block parameters, `class Foo <`, `tLPAREN_ARG ... )`, symbols, alias and
undef items, patterns after `in` and `=>`, string interpolation, lambdas, and the local
variables that assignments, parameters, `rescue =>`, `for` and patterns declare.
"""
from __future__ import annotations

import re
from typing import Optional

from .state import (ARG, BEG, CMDARG, END, ENDARG, ENDFN,
                    FITEM, FNAME, LABEL)
from .token import Token

# Token types after which a value may start a command argument (parse.y's arg starts).
_VALUE_TYPES = frozenset((
    "tIDENTIFIER", "tFID", "tCONSTANT", "tIVAR", "tCVAR", "tGVAR", "tBACK_REF", "tNTH_REF",
    "tINTEGER", "tFLOAT", "tRATIONAL", "tIMAGINARY", "tCHAR", "tSTRING_BEG", "tXSTRING_BEG",
    "tREGEXP_BEG", "tWORDS_BEG", "tQWORDS_BEG", "tSYMBOLS_BEG", "tQSYMBOLS_BEG", "tSYMBEG",
    "tLPAREN_ARG", "tLBRACK", "tLBRACE", "tSTAR", "tDSTAR", "tAMPER", "tUMINUS_NUM",
    "tUMINUS", "tUPLUS", "tCOLON3", "tLAMBDA", "tLABEL", "'!'", "'~'", "tBDOT2", "tBDOT3",
    "keyword_nil", "keyword_true", "keyword_false", "keyword_self", "keyword_not",
    "keyword_defined", "keyword___FILE__", "keyword___LINE__", "keyword___ENCODING__",
    "keyword_super", "keyword_yield", "keyword_case", "keyword_if", "keyword_unless",
    "keyword_while", "keyword_until", "keyword_begin", "keyword_def", "keyword_lambda",
))

# what opens and closes a nesting level, for _at_statement_level
_OPENERS = frozenset(("'('", "tLPAREN", "tLPAREN_ARG", "'['", "tLBRACK", "tLBRACE", "'{'",
                      "tLBRACE_ARG", "tLAMBEG", "tSTRING_DBEG", "keyword_do", "keyword_do_block",
                      "keyword_do_LAMBDA", "keyword_if", "keyword_unless", "keyword_while",
                      "keyword_until", "keyword_case", "keyword_begin", "keyword_for",
                      "keyword_def", "keyword_class", "keyword_module"))
_CLOSERS = frozenset(("')'", "']'", "'}'", "tSTRING_DEND", "keyword_end"))

_INTERP_TYPES = frozenset(("tSTRING_DBEG", "tSTRING_DEND", "tSTRING_DVAR"))
# token types that _shadow_blocks acts on
_BLOCK_TYPES = frozenset((
    "keyword_class", "keyword_module", "keyword_if", "keyword_unless", "keyword_case",
    "keyword_begin", "keyword_while", "keyword_until", "keyword_for", "keyword_in",
    "keyword_do_cond", "keyword_do", "keyword_do_block", "keyword_do_LAMBDA", "'{'",
    "tLBRACE_ARG", "tLAMBEG", "tLBRACE", "'}'", "keyword_end", "tLAMBDA", "tLPAREN_ARG", "')'",
    "keyword_rescue", "tASSOC", "keyword_alias", "keyword_undef", "keyword_then",
    "modifier_if", "modifier_unless", "modifier_while", "modifier_until", "modifier_rescue",
    "keyword_and", "keyword_or"))
# tokens that end a command's arguments (call_args is reduced on them as the lookahead)
_ARGS_END_TYPES = frozenset((
    "keyword_then", "modifier_if", "modifier_unless", "modifier_while", "modifier_until",
    "modifier_rescue", "keyword_and", "keyword_or"))
_LOCAL_TYPES = frozenset(("','", "'='", "tOP_ASGN", "tMATCH", "tIDENTIFIER", "tLABEL"))
# what may be followed by command arguments (command: fcall command_args, ...)
_COMMAND_NAMES = frozenset(("tIDENTIFIER", "tFID", "tCONSTANT", "keyword_super", "keyword_yield"))

# tokens that may make up the left side of a multiple assignment (mlhs)
_MLHS_TYPES = frozenset(("tIDENTIFIER", "tCONSTANT", "tIVAR", "tGVAR", "tCVAR", "','", "tSTAR",
                         "tLPAREN", "')'", "'.'", "tANDDOT", "tCOLON2"))

_MLHS_VALUES = frozenset(("tIDENTIFIER", "tCONSTANT", "tIVAR", "tGVAR", "tCVAR"))

_NAMED_CAPTURE = re.compile(r"\(\?<([A-Za-z_][A-Za-z0-9_]*)>")


class Scope:
    """A local-variable scope (parse.y's local_vars / dyna vtables)."""
    __slots__ = ("names", "inherit")

    def __init__(self, inherit: bool):
        self.names: set[str] = set()
        self.inherit = inherit


class ParserShadowMixin:
    def lvar_defined(self, name: str) -> bool:
        for scope in reversed(self.scopes):
            if name in scope.names:
                return True
            if not scope.inherit:
                return False
        return False

    def declare(self, name: str) -> None:
        if name and (name[0].islower() or name[0] == "_" or not name[0].isascii()):
            self.scopes[-1].names.add(name)

    # ------------------------------------------------------------------ the parser shadow
    def _shadow(self, tok: Token) -> None:
        """Replay the grammar actions of parse.y that steer the lexer (see module doc)."""
        if self.kw_fname:
            tok = tok._replace(type="fname_keyword")   # `:end`, `def class`: no keyword action
        typ = tok.type
        prev = self.last_sig
        if self.tok_cmd_state:
            self.stmt_start = len(self.sig_tokens)     # command_start: a statement begins here
        self.last_sig = tok
        self.sig_tokens.append(tok)
        if typ == "'\\n'" or typ == "';'":
            self._end_statement()
            return
        if self.undef_active or self.symbol_pending or self.alias_items:
            self._shadow_fitems(tok, typ)
        if typ in _INTERP_TYPES:
            if self._shadow_interp(typ):
                return
        elif typ == "tSYMBEG" and tok.text == ":" and self.strterm is None:
            self.symbol_pending = True
        if prev is not None and prev.type == "tSTRING_DVAR" and self.interp_stack and \
                self.interp_stack[-1][1] is None:
            self.strterm = self.interp_stack.pop()[0]
        # the rest only for the tokens, or in the contexts, that have grammar actions;
        # command_args' CMDARG_PUSH(1) runs first, as bison runs it on this lookahead token
        if typ in _VALUE_TYPES and prev is not None and prev.type in _COMMAND_NAMES:
            self._shadow_cmdarg(tok, prev)
        if self.def_pending or self.def_params is not None or typ == "keyword_def":
            self._shadow_defs(tok, prev)
        if typ in _BLOCK_TYPES or self.expect_block_params or self.block_param_open \
                or self.lambda_params or self.class_pending:
            self._shadow_blocks(tok, prev)
        if typ in _LOCAL_TYPES:
            self._shadow_locals(tok, prev)

    def _shadow_fitems(self, tok: Token, typ: str) -> None:
        """Symbols and the method names of alias and undef (parse.y's fitem/fname)."""
        if self.undef_active and typ == "','":
            self.state = FNAME | FITEM   # undef_list ',' {SET_LEX_STATE(EXPR_FNAME|EXPR_FITEM);}
        # symbol: tSYMBEG sym {SET_LEX_STATE(EXPR_END);}
        if self.symbol_pending and typ != "tSYMBEG":
            self.symbol_pending = False
            if tok.event not in ("on_tstring_content", "on_embexpr_beg"):
                self.state = END
        # alias fitem {SET_LEX_STATE(EXPR_FNAME|EXPR_FITEM);} fitem
        if (self.alias_items or self.undef_active) and tok.event == "on_op" and typ != "','":
            self.state = ENDFN          # fname: op {SET_LEX_STATE(EXPR_ENDFN);}
        if self.alias_items:
            if typ in ("tSYMBEG", "tSTRING_CONTENT", "tSTRING_DBEG", "tSTRING_DEND", "tSTRING_DVAR"):
                return
            self.alias_items -= 1
            if self.alias_items == 1 and typ not in ("tGVAR", "tBACK_REF", "tNTH_REF"):
                self.state = FNAME | FITEM
            elif self.alias_items == 1:
                self.alias_items = 0

    def _shadow_interp(self, typ: str) -> bool:
        """`#{...}` and `#@var` inside a string (string_content); True when handled fully."""
        if typ == "tSTRING_DBEG":
            # string_content: tSTRING_DBEG {strterm = 0; SET_LEX_STATE(EXPR_BEG); brace_nest = 0; ...}
            self.interp_stack.append((self.strterm, self.state, self.brace_nest,
                                      self.heredoc_indent, self.symbol_pending))
            self.strterm = None
            self.state = BEG
            self.brace_nest = 0
            self.heredoc_indent = 0
            self.cond_push(0)
            self.cmdarg_push(0)
            self.command_start = True
            self.block_stack.append(["interp"])
            return True
        if typ == "tSTRING_DEND":
            if self.interp_stack:
                strterm, st, bn, hi, symp = self.interp_stack.pop()
                self.cond_pop()
                self.cmdarg_pop()
                self.strterm = strterm
                self.state = st
                self.brace_nest = bn
                self.heredoc_indent = hi
                self.heredoc_line_indent = -1
                self._pop_until(("interp",))
            return True
        # string_dvar: {strterm = 0; SET_LEX_STATE(EXPR_BEG);} ... {strterm restored}
        self.interp_stack.append((self.strterm, None, None, None, None))
        self.strterm = None
        self.state = BEG
        return True


    def _end_statement(self) -> None:
        self.stmt_start = len(self.sig_tokens)
        if self.def_pending in (3, 4):
            self.def_pending = 0          # `def name` ended by a newline: no parameters
        for entry in reversed(self.block_stack):
            if entry[0] == "scope" and entry[2]:
                entry[2] = False
                self._local_push()
            if entry[0] not in ("cmdarg", "cond"):
                break
        self.alias_items = 0
        self.undef_active = False
        self.rescue_pending = False
        if self.pattern_depth is not None and self.pattern_depth >= self.paren_nest:
            self.pattern_depth = None
            self.in_kwarg = False
        top = self.block_stack[-1] if self.block_stack else None
        if top and top[0] == "enddef" and top[1] >= self.paren_nest:
            self._pop_until(("enddef",))
        if top and top[0] == "cond" and top[1] >= self.paren_nest:
            self.block_stack.pop()
            self.cond_pop()
        # command arguments end at a newline
        while self.block_stack and self.block_stack[-1][0] == "cmdarg" and \
                self.block_stack[-1][1] >= self.paren_nest:
            self.block_stack.pop()
            self.cmdarg_pop()
        if self.def_params is not None and self.def_params[0] == "noparen":
            # f_arglist: f_args term {SET_LEX_STATE(EXPR_BEG); command_start = TRUE;}
            self.def_params = None
            self.state = BEG
            self.command_start = True
            self.in_kwarg = False

    def _shadow_defs(self, tok: Token, prev: Optional[Token]) -> None:
        typ = tok.type
        if typ == "keyword_def":
            self.def_pending = 1
            self.block_stack.append(["def", len(self.scopes)])
            self._local_push()
            return
        if self.def_pending == 1 and typ in ("tLPAREN", "'('"):
            self.def_pending = 5          # singleton: '(' expr rparen
            self.def_paren = self.paren_nest
            return
        if self.def_pending == 5:
            if typ == "')'" and self.paren_nest == self.def_paren - 1:
                self.def_pending = 3
            return
        if self.def_pending in (1, 2):
            # def_name: after the name, or `def recv.` / `def recv::` (defs_head)
            if tok.event == "on_op":
                self.state = ENDFN     # fname: op {SET_LEX_STATE(EXPR_ENDFN);}
            if self.def_pending == 2:
                # after `def recv.name` bison reduces without a lookahead, so the no-paren
                # f_arglist action (SET_LEX_STATE(p->lex.state|EXPR_LABEL)) runs first
                self.state |= LABEL
            self.def_pending = 3   # name seen; the next token decides
            return
        if self.def_pending == 3:
            self.def_pending = 0
            if typ in ("'.'", "tCOLON2") and prev is not None:
                # defs_head: k_def singleton dot_or_colon {SET_LEX_STATE(EXPR_FNAME);} def_name
                self.state = FNAME
                self.def_pending = 2
                return
            if typ == "'('":
                self.def_params = ["paren", self.paren_nest]
                return
            if typ == "'='":
                self._make_endless()
                return
            if typ in ("'\\n'", "';'"):
                return
            # f_arglist without parentheses: {in_kwarg = 1; SET_LEX_STATE(p->lex.state|EXPR_LABEL);}
            # runs once the first parameter has been read as the lookahead
            self.def_params = ["noparen", self.paren_nest]
            self.in_kwarg = True
            self.state |= LABEL
            self._declare_param(tok, None)
            return
        if self.def_params is not None:
            kind, depth = self.def_params
            if kind == "paren" and typ == "')'" and self.paren_nest == depth - 1:
                # f_arglist: '(' f_args rparen {SET_LEX_STATE(EXPR_BEG); command_start = TRUE;}
                self.def_params = None
                self.state = BEG
                self.command_start = True
                self.def_pending = 4
                return
            self._declare_param(tok, prev)
            return
        if self.def_pending == 4:
            self.def_pending = 0
            if typ == "'='":
                self._make_endless()

    def _make_endless(self) -> None:
        for entry in reversed(self.block_stack):
            if entry[0] == "def":
                # an endless def ends with its statement: [kind, paren depth, scope index]
                entry[:] = ["enddef", self.paren_nest, entry[1]]
                return

    def _declare_param(self, tok: Token, prev: Optional[Token]) -> None:
        if tok.type == "tIDENTIFIER" and (prev is None or prev.type in (
                "'('", "tLPAREN", "','", "tSTAR", "tDSTAR", "tAMPER", "'*'", "tPOW", "'&'", "tLAMBDA",
                "tLPAREN_ARG", "';'", "'|'", "tOROP")):
            self.declare(tok.text)
        elif tok.type == "tLABEL":
            self.declare(tok.text[:-1])

    def _shadow_blocks(self, tok: Token, prev: Optional[Token]) -> None:
        typ = tok.type
        if typ in _ARGS_END_TYPES:
            # command_args ... {CMDARG_POP()}: a modifier, `then`, `and` or `or` ends them
            while self.block_stack and self.block_stack[-1][0] == "cmdarg" and \
                    self.block_stack[-1][1] >= self.paren_nest:
                self.block_stack.pop()
                self.cmdarg_pop()
        # block parameters: '|' ... '|' then opt_block_param {command_start = TRUE}
        if self.expect_block_params:
            self.expect_block_params = False
            if typ == "'|'":
                self.block_param_open = True
                self.block_param_depth = self.paren_nest
                return
            if typ == "tOROP":
                self.command_start = True
        if self.block_param_open:
            if typ == "'|'" and self.paren_nest == self.block_param_depth:
                self.block_param_open = False
                self.command_start = True
                return
            self._declare_param(tok, prev)
            return
        if typ in ("keyword_class", "keyword_module"):
            # the body's scope opens at the end of the header (cpath, superclass, `<< expr`)
            self.block_stack.append(["scope", len(self.scopes), True])
            self.class_pending = typ == "keyword_class"
            return
        if typ == "'<'" and prev is not None and self.class_pending:
            # superclass: '<' {SET_LEX_STATE(EXPR_BEG); command_start = TRUE;} expr_value term
            self.command_start = True
        if typ not in ("tCONSTANT", "tCOLON2", "tCOLON3"):
            self.class_pending = False
        if typ in ("keyword_if", "keyword_unless", "keyword_case", "keyword_begin"):
            self.block_stack.append(["kw"])
        elif typ in ("keyword_while", "keyword_until"):
            self.block_stack.append(["kw"])
            self.cond_push(1)
            self.block_stack.append(["cond", self.paren_nest])
        elif typ == "keyword_for":
            self.block_stack.append(["kw"])
            self.for_pending = True
        elif typ == "keyword_in":
            if self.for_pending:
                self.for_pending = False
                self.cond_push(1)
                self.block_stack.append(["cond", self.paren_nest])
            else:
                # p_case_body: keyword_in {SET_LEX_STATE(EXPR_BEG|EXPR_LABEL); in_kwarg = 1}
                self.state = BEG | LABEL
                self.command_start = False
                self.in_kwarg = True
                self.pattern_depth = self.paren_nest
        elif typ == "keyword_do_cond":
            top = self.block_stack[-1] if self.block_stack else None
            if top and top[0] == "cond":
                self.block_stack.pop()
                self.cond_pop()
        elif typ in ("keyword_do", "keyword_do_block", "keyword_do_LAMBDA"):
            if typ == "keyword_do_block":
                # the do closes the command arguments it belongs to
                while self.block_stack and self.block_stack[-1][0] == "cmdarg":
                    self.block_stack.pop()
                    self.cmdarg_pop()
                    break
            if typ == "keyword_do_LAMBDA":
                self._close_lambda_params()
            self.block_stack.append(["blockscope", len(self.scopes)])
            self.scopes.append(Scope(True))
            self.expect_block_params = typ != "keyword_do_LAMBDA"
        elif typ in ("'{'", "tLBRACE_ARG", "tLAMBEG"):
            if typ == "tLAMBEG":
                self._close_lambda_params()
            self.block_stack.append(["brace", len(self.scopes)])
            self.scopes.append(Scope(True))
            self.expect_block_params = typ != "tLAMBEG"
        elif typ == "tLBRACE":
            self.block_stack.append(["hash"])
        elif typ == "'}'":
            self._pop_until(("brace", "hash"))
        elif typ == "keyword_end":
            self._pop_until(("def", "scope", "kw", "blockscope"))
        elif typ == "tLAMBDA":
            # lambda: tLAMBDA {lpar_beg = paren_nest} f_larglist lambda_body {lpar_beg restored}
            self.block_stack.append(["lambda", self.lpar_beg, len(self.scopes)])
            self.scopes.append(Scope(True))
            self.lpar_beg = self.paren_nest
            self.lambda_params = True
        elif self.lambda_params:
            self._declare_param(tok, prev)
        elif typ == "tLPAREN_ARG":
            self.block_stack.append(["parenarg", self.paren_nest])
        elif typ == "')'":
            top = self.block_stack[-1] if self.block_stack else None
            while top and top[0] == "cmdarg" and top[1] >= self.paren_nest + 1:
                self.block_stack.pop()
                self.cmdarg_pop()
                top = self.block_stack[-1] if self.block_stack else None
            if top and top[0] == "parenarg" and top[1] == self.paren_nest + 1:
                self.block_stack.pop()
                # primary: tLPAREN_ARG stmt {SET_LEX_STATE(EXPR_ENDARG);} rparen
                self.state = ENDARG
        elif typ == "keyword_rescue":
            self.rescue_pending = True
        elif typ == "tASSOC":
            if not self.rescue_pending and self.pattern_depth is None and self._at_statement_level():
                # expr: arg tASSOC {SET_LEX_STATE(EXPR_BEG|EXPR_LABEL); in_kwarg = 1} p_top_expr_body
                self.state = BEG | LABEL
                self.command_start = False
                self.in_kwarg = True
                self.pattern_depth = self.paren_nest
        elif typ in ("keyword_alias",):
            self.alias_items = 2
        elif typ == "keyword_undef":
            self.undef_active = True
        elif typ in ("keyword_then",):
            if self.pattern_depth is not None:
                self.pattern_depth = None
                self.in_kwarg = False

    def _close_lambda_params(self) -> None:
        self.lambda_params = False
        for i in range(len(self.block_stack) - 1, -1, -1):
            if self.block_stack[i][0] == "lambda":
                # keep the lambda's scope and saved lpar_beg; the body's closer ends both
                self.block_stack[i][0] = "lambdabody"
                return

    def _local_push(self) -> None:
        """local_push(): a def, class or module body gets a new local scope, and starts
        with fresh cmdarg and cond stacks (CMDARG_PUSH(0); COND_PUSH(0))."""
        self.scopes.append(Scope(False))
        self.cmdarg_push(0)
        self.cond_push(0)

    def _local_pop(self) -> None:
        self.cmdarg_pop()
        self.cond_pop()

    def _pop_until(self, kinds) -> None:
        """Close constructs up to the innermost one of `kinds` (at an `end`, `}` or the end of
        an endless def), popping the cond/cmdarg bits and local scopes opened inside it."""
        while self.block_stack:
            entry = self.block_stack.pop()
            k = entry[0]
            if k == "cmdarg":
                self.cmdarg_pop()
                continue
            if k == "cond":
                self.cond_pop()
                continue
            if k in ("def", "enddef") or (k == "scope" and not entry[2]):
                self._local_pop()                  # the body's fresh cmdarg/cond bits
            if k in ("def", "scope", "blockscope", "brace"):
                del self.scopes[max(entry[1], 1):]
            elif k in ("enddef", "lambda", "lambdabody"):
                del self.scopes[max(entry[2], 1):]
            if k == "lambdabody":
                self.lpar_beg = entry[1]
                continue
            if k in kinds:
                # the end of a lambda body: restore the outer lpar_beg (lambda: ... lambda_body)
                if self.block_stack and self.block_stack[-1][0] == "lambdabody":
                    lam = self.block_stack.pop()
                    self.lpar_beg = lam[1]
                    del self.scopes[max(lam[2], 1):]
                return

    def _at_statement_level(self) -> bool:
        """Is the current token directly in a statement (not inside brackets, a block or
        command arguments)? Decides whether `=>` starts a one-line pattern match.
        The scan of the statement's tokens resumes where the last call stopped, so a long
        hash literal full of `=>` stays linear."""
        if self.block_stack and self.block_stack[-1][0] == "cmdarg":
            return False
        sig, start = self.sig_tokens, self.stmt_start
        end = len(sig) - 1                       # the tokens before the current one
        if end > start and sig[start].type in ("keyword_return", "keyword_break", "keyword_next",
                                               "keyword_when", "keyword_yield", "keyword_super"):
            return False
        memo = self._level_memo
        if memo[0] != start or memo[1] > end:
            memo[:] = [start, start, 0, False]
        depth, left = memo[2], memo[3]
        for i in range(memo[1], end):
            t = sig[i].type
            if t in _OPENERS:
                depth += 1
            elif t in _CLOSERS:
                depth -= 1
                if depth < 0:
                    left = True              # we left a construct this statement began inside
        memo[1:] = [end, depth, left]
        return not left and depth == 0

    def _shadow_locals(self, tok: Token, prev: Optional[Token]) -> None:
        typ = tok.type
        if typ == "','" and prev is not None and prev.type == "tIDENTIFIER" and self._stmt_is_mlhs():
            self.declare(prev.text)   # mlhs_node: assignable() as each `a,` is reduced
        elif typ in ("'='", "tOP_ASGN"):
            self._declare_lhs()
        elif typ == "tMATCH" and prev is not None and prev.type == "tREGEXP_END" and not self.ripper:
            self._declare_named_captures()   # reg_named_capture_assign (not done by Ripper)
        elif typ == "tIDENTIFIER" and prev is not None:
            if prev.type == "tASSOC" and self.rescue_pending:
                self.declare(tok.text)     # rescue => e
            elif self.for_pending:
                self.declare(tok.text)     # for a, b in ...
            elif self.pattern_depth is not None and prev.type not in ("'^'", "'.'", "tANDDOT", "tCOLON2"):
                # p_variable: assignable(); Ripper skips it for *rest and **rest
                if not (self.ripper and prev.type in ("tSTAR", "tDSTAR")):
                    self.declare(tok.text)
        elif typ == "tLABEL" and self.pattern_depth is not None and not self.ripper:
            self.declare(tok.text[:-1])    # p_kw_label alone binds (not in Ripper)

    def _declare_lhs(self) -> None:
        """`a = ...`, `a += ...` and `a, (b, *c) = ...`: assignable() makes them locals."""
        sig, start = self.sig_tokens, self.stmt_start
        end = len(sig) - 1                       # the `=` itself is sig[end]
        if end <= start:
            return
        last = sig[end - 1]
        if last.type == "tIDENTIFIER":
            before = sig[end - 2] if end - 2 >= start else None
            if before is None or before.type not in ("'.'", "tANDDOT", "tCOLON2"):
                self.declare(last.text)
        if not self._stmt_is_mlhs():
            return
        # multiple assignment: names in an mlhs stand after `,` `(` `*` and before `,` `)` `=`
        for i in range(start, end):
            t = sig[i]
            if t.type != "tIDENTIFIER":
                continue
            before = sig[i - 1].type if i > start else None
            after = sig[i + 1].type
            if before in (None, "','", "tLPAREN", "'('", "tSTAR", "'*'") and after in ("','", "')'", "'='"):
                self.declare(t.text)

    def _stmt_is_mlhs(self) -> bool:
        """Does this statement so far read as the left side of a multiple assignment?
        (Resumed like _at_statement_level, so long argument lists stay linear.)"""
        sig, start = self.sig_tokens, self.stmt_start
        end = len(sig) - 1
        if end <= start or sig[start].type not in ("tIDENTIFIER", "tSTAR", "tLPAREN", "tIVAR",
                                                   "tGVAR", "tCVAR", "tCONSTANT"):
            return False
        if end - start >= 2 and sig[start].type not in ("tLPAREN", "tSTAR") and \
                sig[start + 1].type not in ("','", "'.'", "tCOLON2"):
            return False                   # `foo a, b`: command arguments
        memo = self._mlhs_memo
        if memo[0] != start or memo[1] > end:
            memo[:] = [start, start, True, False]
        ok, prev_value = memo[2], memo[3]
        i = memo[1]
        while ok and i < end:
            t = sig[i].type
            if t not in _MLHS_TYPES:
                ok = False
            else:
                value = t in _MLHS_VALUES
                if value and prev_value:
                    ok = False             # `foo.bar a, b`: a command call's arguments
                prev_value = value
            i += 1
        memo[1:] = [end if ok else i, ok, prev_value]
        return ok

    def _declare_named_captures(self) -> None:
        # regexp literal without interpolation on the left of =~ (reg_named_capture_assign)
        toks = self.sig_tokens
        j = len(toks) - 2
        parts = []
        while j >= 0 and toks[j].type != "tREGEXP_BEG":
            if toks[j].type == "tSTRING_DBEG":
                return
            parts.append(toks[j].text)
            j -= 1
        body = "".join(reversed(parts))
        for name in _NAMED_CAPTURE.findall(body):
            self.declare(name)

    def _shadow_cmdarg(self, tok: Token, prev: Optional[Token]) -> None:
        """command_args: {CMDARG_PUSH(1);} call_args {CMDARG_POP();} (for keyword_do_block)."""
        if prev is None or tok.type not in _VALUE_TYPES:
            return
        if prev.type in ("tIDENTIFIER", "tFID", "tCONSTANT", "keyword_super", "keyword_yield",
                         "keyword_return", "keyword_break", "keyword_next") and \
                prev.state & (ARG | CMDARG) and not (prev.state & LABEL):
            # a space between the method name and this token makes it a command argument
            if tok.pos[1] > prev.pos[1] + len(prev.text.encode("utf-8", "surrogateescape")) or \
                    tok.pos[0] != prev.pos[0]:
                depth = self.paren_nest - (1 if tok.type in ("tLPAREN_ARG", "tLBRACK", "tLBRACE") else 0)
                if tok.type in ("tLPAREN_ARG", "tLBRACK", "tLBRACE"):
                    # the bracket already pushed 0: put the 1 beneath it (parse.y's lookahead case)
                    self.cmdarg_stack = ((self.cmdarg_stack >> 1) << 2) | 2 | (self.cmdarg_stack & 1)
                else:
                    self.cmdarg_push(1)
                self.block_stack.append(["cmdarg", depth])
