"""The lexer: parse.y's `parser_yylex`, rewritten in Python.

It emits every token Ripper reports (trivia included) with Ripper's lexer-state column.
CRuby's lexer is steered in a few places by grammar actions of the parser (parse.y sets
lex_state after a def name, after block parameters, in patterns, ...). Ripper.lex reports
the states those actions leave behind, so this lexer keeps a small *parser shadow*: the
`_after_*` hooks below replay those actions from the token stream itself, without a parser.
Each hook names the grammar rule it stands for.
"""
from __future__ import annotations

import bisect
import gc
import re
from typing import Optional

from .state import (ARG, ARG_ANY, BEG, BEG_ANY, CLASS, CMDARG, DOT, END, END_ANY, ENDARG, ENDFN,
                    FITEM, FNAME, LABEL, LABELED, VALUE)
from .keywords import KEYWORDS
from .literals import LiteralMixin, StrTerm, HeredocTerm, REGEXP_FUNC
from .numeric import NumericMixin
from .shadow import ParserShadowMixin, Scope
from .token import Token
from .errors import LexError, RubySyntaxError

# Characters that may appear in identifiers: ASCII alnum, '_' and any non-ASCII character.
_IDENT_RE = re.compile(r"[A-Za-z0-9_\u0080-\U0010ffff]+")
_SPACE_CHARS = " \t\f\r\v"
_SPACES_RE = re.compile(r"(?:[ \t\f\v]|\r(?!\n))*")   # a run of spaces; "\r\n" is a newline
_BAD_BYTE = re.compile("[\udc80-\udcff]")          # a byte that is not UTF-8
_GVAR_PUNCT = set("~*$?!@/\\;,.=:<>\"")

# Ripper scanner-event names for token types that are not simply on_op.
_EVENTS = {
    "tIDENTIFIER": "on_ident", "tFID": "on_ident", "tCONSTANT": "on_const",
    "tIVAR": "on_ivar", "tCVAR": "on_cvar", "tGVAR": "on_gvar",
    "tBACK_REF": "on_backref", "tNTH_REF": "on_backref", "tLABEL": "on_label",
    "tINTEGER": "on_int", "tFLOAT": "on_float", "tRATIONAL": "on_rational",
    "tIMAGINARY": "on_imaginary", "tCHAR": "on_CHAR",
    "tSTRING_BEG": "on_tstring_beg", "tXSTRING_BEG": "on_backtick",
    "tREGEXP_BEG": "on_regexp_beg", "tWORDS_BEG": "on_words_beg",
    "tQWORDS_BEG": "on_qwords_beg", "tSYMBOLS_BEG": "on_symbols_beg",
    "tQSYMBOLS_BEG": "on_qsymbols_beg", "tSYMBEG": "on_symbeg",
    "tSTRING_CONTENT": "on_tstring_content", "tSTRING_END": "on_tstring_end",
    "tREGEXP_END": "on_regexp_end", "tLABEL_END": "on_label_end",
    "tSTRING_DBEG": "on_embexpr_beg", "tSTRING_DEND": "on_embexpr_end",
    "tSTRING_DVAR": "on_embvar", "tLAMBDA": "on_tlambda", "tLAMBEG": "on_tlambeg",
    "'('": "on_lparen", "tLPAREN": "on_lparen", "tLPAREN_ARG": "on_lparen",
    "')'": "on_rparen", "'['": "on_lbracket", "tLBRACK": "on_lbracket",
    "']'": "on_rbracket", "'{'": "on_lbrace", "tLBRACE": "on_lbrace",
    "tLBRACE_ARG": "on_lbrace", "'}'": "on_rbrace", "','": "on_comma",
    "';'": "on_semicolon", "'.'": "on_period", "'\\n'": "on_nl", "' '": "on_words_sep",
    "'`'": "on_backtick", "'\\\\'": "on_CHAR",
}

class Lexer(LiteralMixin, NumericMixin, ParserShadowMixin):
    def __init__(self, src, filename: str = "-", line: int = 1, ripper: bool = False):
        # ripper=True reproduces Ripper, whose grammar actions skip a few local-variable
        # registrations that the real parser makes (named captures, *rest in patterns).
        self.ripper = ripper
        if isinstance(src, bytes):
            src = src.decode("utf-8", "surrogateescape")
        self.src: str = src
        self.filename = filename
        self.first_line = line
        # line_starts[i] is the offset where line i (0-based) starts
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", src)]
        if self.line_starts[-1] == len(src) and len(self.line_starts) > 1:
            self.line_starts.pop()
        self._pl_start, self._pl_end, self._pl_line, self._pl_ascii = 0, -1, 0, True
        self.p = 0                       # lex.pcur
        self.pend = self._line_end(0)    # lex.pend: end of the current line
        self.next_line_start: Optional[int] = None  # set after a heredoc body (heredoc_end)
        self.skips: list[tuple[int, int]] = []      # (from, to): source jumped over by a line change
        self.eofp = False
        self.state = BEG
        self.paren_nest = 0
        self.lpar_beg = -1
        self.brace_nest = 0
        self.cond_stack = 0
        self.cmdarg_stack = 0
        self.command_start = True
        self.strterm = None
        self.heredoc_indent = 0
        self.heredoc_line_indent = 0
        self.tokens: list[Token] = []
        self.errors: list[LexError] = []
        self.end_seen = False
        # --- the parser shadow ---
        self.scopes = [Scope(False)]
        self.block_stack: list[list] = []   # what each `end`/`}`/`)` closes: [kind, data...]
        self.last_sig: Optional[Token] = None   # the last non-trivia token
        self.sig_tokens: list[Token] = []
        self.stmt_start = 0                 # index into sig_tokens where this statement began
        self.def_pending = 0                # 1: after `def`, expecting a name; 2: after singleton
        self.def_params: Optional[list] = None
        self.block_param_open = False       # inside |...| of a block
        self.expect_block_params = False
        self.alias_items = 0                # alias: fitems still to come
        self.undef_active = False
        self.symbol_pending = False         # after tSYMBEG of a bare symbol
        self.for_pending = False
        self.pattern_depth = None           # paren depth where a pattern (in/=>) is active
        self.rescue_pending = False
        self.in_kwarg = False
        self.interp_stack: list[tuple] = []
        self.class_pending = False          # after `class`, until its superclass `<`
        self._level_memo = [-1, 0, 0, False]  # _at_statement_level's resumable scan
        self._mlhs_memo = [-1, 0, True, False]  # _stmt_is_mlhs's resumable scan
        self.lambda_params = False          # between `->` and the lambda body

    # ------------------------------------------------------------------ positions
    def _line_end(self, start: int) -> int:
        i = self.src.find("\n", start)
        return len(self.src) if i < 0 else i + 1

    def _line_of(self, off: int) -> int:
        return bisect.bisect_right(self.line_starts, off) - 1

    def _pos(self, off: int) -> tuple[int, int]:
        """(line, byte column) of a source offset; the last line looked up is cached."""
        if not (self._pl_start <= off < self._pl_end):
            li = self._line_of(off)
            ls = self._pl_start = self.line_starts[li]
            self._pl_end = self.line_starts[li + 1] if li + 1 < len(self.line_starts) else len(self.src) + 1
            self._pl_line = li + self.first_line
            self._pl_ascii = self.src[ls:self._pl_end].isascii()
        if self._pl_ascii:
            return (self._pl_line, off - self._pl_start)
        return (self._pl_line, len(self.src[self._pl_start:off].encode("utf-8", "surrogateescape")))

    # ------------------------------------------------------------------ characters
    def nextc(self) -> str:
        """nextc(): the next character, crossing to the next line; '' at end of input."""
        if self.p >= self.pend:
            if not self._nextline():
                return ""
        c = self.src[self.p]
        self.p += 1
        if c == "\r" and self.p < self.pend and self.src[self.p] == "\n":
            self.p += 1          # parser_cr: "\r\n" reads as "\n"
            return "\n"
        return c

    def _nextline(self) -> bool:
        if self.eofp:
            return False
        if self.pend > 0 and self.src[self.pend - 1] != "\n":
            self.eofp = True
            return False
        start = self.next_line_start if self.next_line_start is not None else self.pend
        self.next_line_start = None
        if start != self.pend:
            # the lines in between were a heredoc's body: a token crossing here skips them
            self.skips.append((self.pend, start))
        if start >= len(self.src):
            self.eofp = True
            self.p = self.pend = len(self.src)
            return False
        self.p = start
        self.pend = self._line_end(start)
        return True

    def pushback(self, c: str) -> None:
        if not c:
            return
        self.p -= 1
        if c == "\n" and self.p > 0 and self.src[self.p - 1] == "\r" and self.src[self.p] == "\n":
            self.p -= 1

    def peek(self, ch: str, n: int = 0) -> bool:
        i = self.p + n
        return i < self.pend and self.src[i] == ch

    def peekc(self, n: int = 0) -> str:
        i = self.p + n
        return self.src[i] if i < self.pend else ""

    def was_bol(self) -> bool:
        return self.p - 1 == self._line_start_of(self.p - 1)

    def _line_start_of(self, off: int) -> int:
        return self.line_starts[self._line_of(off)]

    # ------------------------------------------------------------------ state tests
    def is_beg(self) -> bool:
        st = self.state
        return bool(st & BEG_ANY) or (st & (ARG | LABELED)) == (ARG | LABELED)

    def is_arg(self) -> bool:
        return bool(self.state & ARG_ANY)

    def is_end(self) -> bool:
        return bool(self.state & END_ANY)

    def is_spcarg(self, c: str, space_seen: bool) -> bool:
        return self.is_arg() and space_seen and not _isspace(c)

    def after_operator(self) -> bool:
        return bool(self.state & (FNAME | DOT))

    def label_possible(self, cmd_state: bool) -> bool:
        return (bool(self.state & (LABEL | ENDFN)) and not cmd_state) or self.is_arg()

    def label_suffix(self, n: int = 0) -> bool:
        return self.peek(":", n) and not self.peek(":", n + 1)

    # cond_stack / cmdarg_stack: parse.y's BITSTACK macros
    def cond_push(self, n: int) -> None:
        self.cond_stack = (self.cond_stack << 1) | n

    def cond_pop(self) -> None:
        self.cond_stack >>= 1

    def cmdarg_push(self, n: int) -> None:
        self.cmdarg_stack = (self.cmdarg_stack << 1) | n

    def cmdarg_pop(self) -> None:
        self.cmdarg_stack >>= 1

    # ------------------------------------------------------------------ emitting
    def emit(self, event: str, start: int, end: int, type_: Optional[str] = None,
             value=None, text: Optional[str] = None) -> Optional[Token]:
        if text is None:
            text = self.src[start:end] if not self.skips or start >= self.skips[-1][0] \
                else self._text(start, end)
        if not text:
            return None
        if self._pl_start <= start < self._pl_end and self._pl_ascii:
            pos = (self._pl_line, start - self._pl_start)
        else:
            pos = self._pos(start)
        tok = _new_token(Token, (pos, event, text, self.state, type_, value))
        self.tokens.append(tok)
        return tok

    def _text(self, start: int, end: int) -> str:
        """The source of a token; a token that continued past a nested heredoc's body (a
        heredoc started inside another one's interpolation) leaves that body out."""
        if self.skips and start < self.skips[-1][0]:
            parts, pos = [], start
            for a, b in self.skips:
                if start <= a and b <= end:
                    parts.append(self.src[pos:a])
                    pos = b
            parts.append(self.src[pos:end])
            return "".join(parts)
        return self.src[start:end]

    def error(self, msg: str, off: Optional[int] = None, width: int = 0) -> None:
        """Record an error at `off` (default: here); width > 0 draws CRuby's caret."""
        off = self.p if off is None else off
        if off >= len(self.src) and self.src.endswith("\n"):
            off = len(self.src) - 1        # end of input is shown on the last line
        line, col = self._pos(off)
        ls = self._line_start_of(off) if self.src else 0
        text = self.src[ls:self._line_end(ls)].rstrip("\r\n")
        self.errors.append(LexError(msg, self.filename, line, col, width, text))

    # ------------------------------------------------------------------ driver
    def lex_all(self) -> list[Token]:
        """Run the lexer to the end; the tokens in the order the parser reads them.

        In Ripper mode this mirrors Ripper::Lexer#parse, which parses again from where the
        last parse stopped (at a NUL, ^D or ^Z, or an invalid multibyte character) until a
        round yields no token."""
        # The lexer makes tens of thousands of small tuples that can never form cycles:
        # keep the cyclic garbage collector from scanning them over and over meanwhile.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._lex_rounds()
        finally:
            if enabled:
                gc.enable()

    def _lex_rounds(self) -> list[Token]:
        while True:
            round_start = len(self.tokens)
            yylex = self.yylex
            while yylex() is not None:
                pass
            if not self.ripper or self.p >= len(self.src) or self.end_seen:
                break
            if len(self.tokens) == round_start:
                break
            # the next round starts at the character that ended this one
            self.eofp = False
            c = self.src[self.p]
            self.state = BEG
            self.command_start = False
            if c in "\0\x04\x1a":
                end = self._line_end(self.p)
                self.emit("on_ignored_nl", self.p, end)
                self.p = end
                self.pend = end
        return self.tokens

    def check(self) -> None:
        """Lex everything and raise RubySyntaxError if CRuby would reject the tokens."""
        self.lex_all()
        if self.errors:
            raise RubySyntaxError(self.errors)

    def yylex(self) -> Optional[Token]:
        """Lex one significant token (emitting trivia on the way); None at end of input."""
        tokens = self.tokens
        while True:
            start_count = len(tokens)
            typ = self._yylex()
            if typ is None:
                return None
            if typ == "":
                continue          # a token with no parser meaning (e.g. empty content)
            tok = tokens[-1] if len(tokens) > start_count else None
            if tok is None or tok[4] != typ:
                # a significant token with no text (e.g. the newline inside a comment)
                tok = Token(self._pos(self.p), "", "", self.state, typ)
            self._shadow(tok)
            return tok

    # ------------------------------------------------------------------ parser_yylex
    def _yylex(self) -> Optional[str]:
        self.tok_cmd_state = False
        self.kw_fname = False
        if self.strterm is not None:
            if isinstance(self.strterm, HeredocTerm):
                return self.here_document(self.strterm)
            return self.parse_string(self.strterm)
        cmd_state = self.tok_cmd_state = self.command_start
        self.command_start = False
        space_seen = False
        fallthru = False
        src = self.src
        while True:  # retry:
            last_state = self.state
            if self.p >= self.pend:
                self._nextline()
            tok_start = p = self.p
            if p < self.pend:       # nextc(), inlined
                c = src[p]
                self.p = p + 1
                if c == "\r" and p + 1 < self.pend and src[p + 1] == "\n":
                    self.p = p + 2
                    c = "\n"
            else:
                c = ""
            if c == "" or c in "\0\x04\x1a":
                if c:
                    # end of script; Ripper's next round resumes here (see lex_all)
                    self.p -= 1
                    if not self.ripper:
                        self.p = len(self.src)
                    self.eofp = True
                return None
            if c in " \t\f\r\v":
                space_seen = True
                self.p = _SPACES_RE.match(self.src, self.p, self.pend).end()
                if self.ripper:         # the parser has no use for the space token
                    self.emit("on_sp", tok_start, self.p)
                continue
            if c == "#":
                self.p = self.pend     # lex_goto_eol: the comment keeps its newline
                self.emit("on_comment", tok_start, self.p)
                fallthru = True
                c = "\n"
            if c == "\n":
                nl_start = tok_start if not fallthru else self.p
                ignored = bool(self.state & (BEG | CLASS | FNAME | DOT)) and not (self.state & LABELED)
                if ignored or (self.state & (ARG | LABELED)) == (ARG | LABELED):
                    if not fallthru:
                        self.emit("on_ignored_nl", nl_start, self.p)
                    fallthru = False
                    if not ignored and self.in_kwarg:
                        return self._normal_newline(nl_start, fallthru)
                    continue
                return self._newline_lookahead(nl_start, fallthru)
            if c.isalpha() and c.isascii():       # the common cases first: a name,
                return self.parse_ident(c, tok_start, cmd_state)
            handler = _CHAR_LEXERS.get(c)          # or punctuation, by table
            if handler is not None:
                r = handler(self, c, tok_start, space_seen, cmd_state, last_state)
            else:
                r = self._yylex_char(c, tok_start, space_seen, cmd_state, last_state)
            if r is _RETRY:
                continue
            if r is _RETRY_SPACE:
                space_seen = True
                continue
            return r

    def _normal_newline(self, nl_start: int, empty: bool) -> str:
        self.command_start = True
        self.state = BEG
        self.emit("on_nl", nl_start, nl_start if empty else self.p, "'\\n'")
        return "'\\n'"

    def _newline_lookahead(self, nl_start: int, fallthru: bool) -> str:
        """A significant newline: look ahead past blank space and comment lines for a
        leading `.` or `&.` that continues the expression (parse.y's case '\\n')."""
        nl_end = self.p
        pending: list[tuple[str, int, int]] = []
        while True:
            if self.p >= self.pend:
                self._nextline()
            line_start = self.p
            c = self.nextc()
            while c and c in _SPACE_CHARS:
                c = self.nextc()
            if c == "#":
                sp_end = self.p - 1
                if sp_end > line_start:
                    pending.append(("on_sp", line_start, sp_end))
                self.p = self.pend
                pending.append(("on_comment", sp_end, self.p))
                continue
            if (c == "&" and self.peek(".")) or (c == "." and not self.peek(".")):
                if not fallthru:
                    self.emit("on_ignored_nl", nl_start, nl_end)
                for ev, a, b in pending:
                    self.emit(ev, a, b)
                self.pushback(c)
                if self.p > line_start:
                    self.emit("on_sp", line_start, self.p)
                return ""
            # not a continuation: re-read this line from its start
            for ev, a, b in pending:
                self.emit(ev, a, b)
            if c:
                self.p = line_start
            self.command_start = True
            self.state = BEG
            if fallthru:
                return self._sig_empty("'\\n'")
            self.emit("on_nl", nl_start, nl_end, "'\\n'")
            return "'\\n'"

    def _sig_empty(self, typ: str) -> str:
        # a significant token whose text Ripper reports as part of another token
        self.tokens.append(Token(self._pos(self.p), "", "", self.state, typ))
        return typ

    def _tok(self, typ: str, start: int, event: Optional[str] = None, value=None) -> str:
        """Emit the token the lexer returns (emit(), inlined for the common case)."""
        end = self.p
        if start < end:
            if self._pl_start <= start < self._pl_end and self._pl_ascii:
                pos = (self._pl_line, start - self._pl_start)
            else:
                pos = self._pos(start)
            text = self.src[start:end] if not self.skips or start >= self.skips[-1][0] \
                else self._text(start, end)
            self.tokens.append(_new_token(Token, (pos, event or _EVENTS.get(typ, "on_op"),
                                                  text, self.state, typ, value)))
        return typ

    def _op_asgn(self, op: str, start: int) -> str:
        self.state = BEG
        return self._tok("tOP_ASGN", start, "on_op", op)

    def _yylex_char(self, c, start, space_seen, cmd_state, last_state):
        if c.isalpha() and c.isascii():
            return self.parse_ident(c, start, cmd_state)   # the common case first
        handler = _CHAR_LEXERS.get(c)
        if handler is not None:
            return handler(self, c, start, space_seen, cmd_state, last_state)
        if c.isascii() and c.isdigit():
            return self.parse_numeric(c, start)
        if c == "_" and self.was_bol() and self.src.startswith("__END__", start) and \
                self.src[start + 7:start + 8] in ("", "\n", "\r"):
            if self.src[start + 7:start + 9] in ("\r\n",) or self.src[start + 7:start + 8] in ("", "\n"):
                self.end_seen = True
                self.p = self.pend
                self.emit("on___end__", start, self.p)
                self.eofp = True
                self.p = len(self.src)
                return None
        if not _is_identchar(c):
            self.error("Invalid char `\\x%02X' in expression" % (ord(c) & 0xFF), start)
            return _RETRY
        return self.parse_ident(c, start, cmd_state)


    def _lex_star(self, c, start, space_seen, cmd_state, last_state):
        c = self.nextc()
        if c == "*":
            c = self.nextc()
            if c == "=":
                return self._op_asgn("**", start)
            self.pushback(c)
            typ = "tDSTAR" if (self.is_spcarg(c, space_seen) or self.is_beg()) else "tPOW"
        else:
            if c == "=":
                return self._op_asgn("*", start)
            self.pushback(c)
            typ = "tSTAR" if (self.is_spcarg(c, space_seen) or self.is_beg()) else "'*'"
        self.state = ARG if self.after_operator() else BEG
        return self._tok(typ, start)

    def _lex_bang(self, c, start, space_seen, cmd_state, last_state):
        c = self.nextc()
        if self.after_operator():
            self.state = ARG
            if c == "@":
                return self._tok("'!'", start)
        else:
            self.state = BEG
        if c == "=":
            return self._tok("tNEQ", start)
        if c == "~":
            return self._tok("tNMATCH", start)
        self.pushback(c)
        return self._tok("'!'", start)

    def _lex_eq(self, c, start, space_seen, cmd_state, last_state):
        if self.was_bol() and self.src.startswith("begin", self.p) and \
                (self.p + 5 >= self.pend or self.src[self.p + 5] in " \t\f\r\v\n"):
            return self._embdoc(start)
        self.state = ARG if self.after_operator() else BEG
        c = self.nextc()
        if c == "=":
            c = self.nextc()
            if c == "=":
                return self._tok("tEQQ", start)
            self.pushback(c)
            return self._tok("tEQ", start)
        if c == "~":
            return self._tok("tMATCH", start)
        if c == ">":
            return self._tok("tASSOC", start)
        self.pushback(c)
        return self._tok("'='", start)

    def _lex_lt(self, c, start, space_seen, cmd_state, last_state):
        st = self.state
        c = self.nextc()
        if c == "<" and not (st & (DOT | CLASS)) and not self.is_end() and \
                (not self.is_arg() or (st & LABELED) or space_seen):
            r = self.heredoc_identifier(start)
            if r:
                return r
        if self.after_operator():
            self.state = ARG
        else:
            if st & CLASS:
                self.command_start = True
            self.state = BEG
        if c == "=":
            c = self.nextc()
            if c == ">":
                return self._tok("tCMP", start)
            self.pushback(c)
            return self._tok("tLEQ", start)
        if c == "<":
            c = self.nextc()
            if c == "=":
                return self._op_asgn("<<", start)
            self.pushback(c)
            return self._tok("tLSHFT", start)
        self.pushback(c)
        return self._tok("'<'", start)

    def _lex_gt(self, c, start, space_seen, cmd_state, last_state):
        self.state = ARG if self.after_operator() else BEG
        c = self.nextc()
        if c == "=":
            return self._tok("tGEQ", start)
        if c == ">":
            c = self.nextc()
            if c == "=":
                return self._op_asgn(">>", start)
            self.pushback(c)
            return self._tok("tRSHFT", start)
        self.pushback(c)
        return self._tok("'>'", start)

    def _lex_dquote(self, c, start, space_seen, cmd_state, last_state):
        label = StrTerm.LABEL if self.label_possible(cmd_state) else 0
        self.strterm = StrTerm(StrTerm.DQUOTE | label, '"', "")
        return self._tok("tSTRING_BEG", start)

    def _lex_backtick(self, c, start, space_seen, cmd_state, last_state):
        st = self.state
        if st & FNAME:
            self.state = ENDFN
            return self._tok("'`'", start)
        if st & DOT:
            self.state = CMDARG if cmd_state else ARG
            return self._tok("'`'", start)
        self.strterm = StrTerm(StrTerm.XQUOTE, "`", "")
        return self._tok("tXSTRING_BEG", start)

    def _lex_squote(self, c, start, space_seen, cmd_state, last_state):
        label = StrTerm.LABEL if self.label_possible(cmd_state) else 0
        self.strterm = StrTerm(StrTerm.SQUOTE | label, "'", "")
        return self._tok("tSTRING_BEG", start)

    def _lex_qmark(self, c, start, space_seen, cmd_state, last_state):
        return self.parse_qmark(start, space_seen)

    def _lex_amper(self, c, start, space_seen, cmd_state, last_state):
        c = self.nextc()
        if c == "&":
            self.state = BEG
            c = self.nextc()
            if c == "=":
                return self._op_asgn("&&", start)
            self.pushback(c)
            return self._tok("tANDOP", start)
        if c == "=":
            return self._op_asgn("&", start)
        if c == ".":
            self.state = DOT
            return self._tok("tANDDOT", start)
        self.pushback(c)
        if self.is_spcarg(c, space_seen) or self.is_beg():
            typ = "tAMPER"
        else:
            typ = "'&'"
        self.state = ARG if self.after_operator() else BEG
        return self._tok(typ, start)

    def _lex_pipe(self, c, start, space_seen, cmd_state, last_state):
        c = self.nextc()
        if c == "|":
            self.state = BEG
            c = self.nextc()
            if c == "=":
                return self._op_asgn("||", start)
            self.pushback(c)
            if last_state & BEG:
                # `||` where a block parameter list may start: two '|' tokens
                self.pushback("|")
                return self._tok("'|'", start)
            return self._tok("tOROP", start)
        if c == "=":
            return self._op_asgn("|", start)
        self.state = ARG if self.after_operator() else (BEG | LABEL)
        self.pushback(c)
        return self._tok("'|'", start)

    def _lex_sign(self, c, start, space_seen, cmd_state, last_state):
        sign = c
        c = self.nextc()
        if self.after_operator():
            self.state = ARG
            if c == "@":
                return self._tok("tUPLUS" if sign == "+" else "tUMINUS", start)
            self.pushback(c)
            return self._tok("'+'" if sign == "+" else "'-'", start)
        if c == "=":
            return self._op_asgn(sign, start)
        if sign == "-" and c == ">":
            self.state = ENDFN
            return self._tok("tLAMBDA", start)
        if self.is_beg() or self.is_spcarg(c, space_seen):
            self.state = BEG
            self.pushback(c)
            if c and c.isdigit() and c.isascii():
                if sign == "+":
                    return self.parse_numeric(self.nextc(), start, sign="+")
                return self._tok("tUMINUS_NUM", start)
            return self._tok("tUPLUS" if sign == "+" else "tUMINUS", start)
        self.state = BEG
        self.pushback(c)
        return self._tok("'+'" if sign == "+" else "'-'", start)

    def _lex_dot(self, c, start, space_seen, cmd_state, last_state):
        is_beg = self.is_beg()
        self.state = BEG
        c = self.nextc()
        if c == ".":
            c = self.nextc()
            if c == ".":
                if self.def_params is not None and self.def_params[1] == self.paren_nest:
                    # `def m(...)`: p->ctxt.in_argdef
                    self.state = ENDARG
                    return self._tok("tBDOT3", start)
                return self._tok("tBDOT3" if is_beg else "tDOT3", start)
            self.pushback(c)
            return self._tok("tBDOT2" if is_beg else "tDOT2", start)
        self.pushback(c)
        if c and c.isascii() and c.isdigit():
            self.error("no .<digit> floating literal anymore; put 0 before dot")
        self.state = DOT
        return self._tok("'.'", start)

    def _lex_rparen(self, c, start, space_seen, cmd_state, last_state):
        self.cond_pop()
        self.cmdarg_pop()
        self.state = ENDFN
        self.paren_nest -= 1
        return self._tok("')'", start)

    def _lex_rbracket(self, c, start, space_seen, cmd_state, last_state):
        self.cond_pop()
        self.cmdarg_pop()
        self.state = END
        self.paren_nest -= 1
        return self._tok("']'", start)

    def _lex_rbrace(self, c, start, space_seen, cmd_state, last_state):
        if self.brace_nest == 0:
            self.brace_nest -= 1
            return self._tok("tSTRING_DEND", start)
        self.brace_nest -= 1
        self.cond_pop()
        self.cmdarg_pop()
        self.state = END
        self.paren_nest -= 1
        return self._tok("'}'", start)

    def _lex_colon(self, c, start, space_seen, cmd_state, last_state):
        st = self.state
        c = self.nextc()
        if c == ":":
            if self.is_beg() or (st & CLASS) or self.is_spcarg("", space_seen):
                self.state = BEG
                return self._tok("tCOLON3", start)
            self.state = DOT
            return self._tok("tCOLON2", start)
        if self.is_end() or _isspace(c) or c == "#" or c == "":
            self.pushback(c)
            self.state = BEG
            return self._tok("':'", start)
        if c == "'":
            self.strterm = StrTerm(StrTerm.SSYM, c, "")
        elif c == '"':
            self.strterm = StrTerm(StrTerm.DSYM, c, "")
        else:
            self.pushback(c)
        self.state = FNAME
        return self._tok("tSYMBEG", start)

    def _lex_slash(self, c, start, space_seen, cmd_state, last_state):
        if self.is_beg():
            self.strterm = StrTerm(REGEXP_FUNC, "/", "")
            return self._tok("tREGEXP_BEG", start)
        c = self.nextc()
        if c == "=":
            return self._op_asgn("/", start)
        self.pushback(c)
        if self.is_spcarg(c, space_seen):
            self.strterm = StrTerm(REGEXP_FUNC, "/", "")
            return self._tok("tREGEXP_BEG", start)
        self.state = ARG if self.after_operator() else BEG
        return self._tok("'/'", start)

    def _lex_caret(self, c, start, space_seen, cmd_state, last_state):
        c = self.nextc()
        if c == "=":
            return self._op_asgn("^", start)
        self.state = ARG if self.after_operator() else BEG
        self.pushback(c)
        return self._tok("'^'", start)

    def _lex_semicolon(self, c, start, space_seen, cmd_state, last_state):
        self.state = BEG
        self.command_start = True
        return self._tok("';'", start)

    def _lex_comma(self, c, start, space_seen, cmd_state, last_state):
        self.state = BEG | LABEL
        return self._tok("','", start)

    def _lex_tilde(self, c, start, space_seen, cmd_state, last_state):
        if self.after_operator():
            c = self.nextc()
            if c != "@":
                self.pushback(c)
            self.state = ARG
        else:
            self.state = BEG
        return self._tok("'~'", start)

    def _lex_lparen(self, c, start, space_seen, cmd_state, last_state):
        st = self.state
        if self.is_beg():
            typ = "tLPAREN"
        elif not space_seen:
            typ = "'('"
        elif self.is_arg() or (st & (END | LABEL)) == (END | LABEL):
            typ = "tLPAREN_ARG"
        else:
            typ = "'('"
        self.paren_nest += 1
        self.cond_push(0)
        self.cmdarg_push(0)
        self.state = BEG | LABEL
        return self._tok(typ, start)

    def _lex_lbracket(self, c, start, space_seen, cmd_state, last_state):
        st = self.state
        self.paren_nest += 1
        if self.after_operator():
            c = self.nextc()
            if c == "]":
                self.paren_nest -= 1
                self.state = ARG
                c = self.nextc()
                if c == "=":
                    return self._tok("tASET", start)
                self.pushback(c)
                return self._tok("tAREF", start)
            self.pushback(c)
            self.state = ARG | LABEL
            return self._tok("'['", start)
        if self.is_beg():
            typ = "tLBRACK"
        elif self.is_arg() and (space_seen or (st & LABELED)):
            typ = "tLBRACK"
        else:
            typ = "'['"
        self.state = BEG | LABEL
        self.cond_push(0)
        self.cmdarg_push(0)
        return self._tok(typ, start)

    def _lex_lbrace(self, c, start, space_seen, cmd_state, last_state):
        st = self.state
        self.brace_nest += 1
        if self.lpar_beg == self.paren_nest:
            typ = "tLAMBEG"
        elif st & LABELED:
            typ = "tLBRACE"
        elif st & (ARG_ANY | END | ENDFN):
            typ = "'{'"
        elif st & ENDARG:
            typ = "tLBRACE_ARG"
        else:
            typ = "tLBRACE"
        if typ != "tLBRACE":
            self.command_start = True
            self.state = BEG
        else:
            self.state = BEG | LABEL
        self.paren_nest += 1
        self.cond_push(0)
        self.cmdarg_push(0)
        return self._tok(typ, start)

    def _lex_backslash(self, c, start, space_seen, cmd_state, last_state):
        c = self.nextc()
        if c == "\n":
            self.emit("on_sp", start, self.p)
            return _RETRY_SPACE
        if c == " ":
            return self._tok("tSP", start, "on_sp")
        self.pushback(c)
        return self._tok("'\\\\'", start)

    def _lex_percent(self, c, start, space_seen, cmd_state, last_state):
        st = self.state
        if self.is_beg():
            return self.parse_percent(self.nextc(), start)
        c = self.nextc()
        if c == "=":
            return self._op_asgn("%", start)
        if self.is_spcarg(c, space_seen) or ((st & FITEM) and c == "s"):
            return self.parse_percent(c, start)
        self.state = ARG if self.after_operator() else BEG
        self.pushback(c)
        return self._tok("'%'", start)

    def _lex_dollar(self, c, start, space_seen, cmd_state, last_state):
        return self.parse_gvar(start, last_state)

    def _lex_at(self, c, start, space_seen, cmd_state, last_state):
        return self.parse_atmark(start, last_state)

    # ------------------------------------------------------------------ =begin ... =end
    def _embdoc(self, start: int) -> Optional[str]:
        self.p = self.pend
        self.emit("on_embdoc_beg", start, self.p)
        while True:
            if not self._nextline():
                self.error("embedded document meets end of file", len(self.src))
                return _RETRY
            ls = self.p
            self.p = self.pend
            line = self.src[ls:self.pend]
            if line.startswith("=end") and (len(line) == 4 or line[4] in " \t\f\r\v\n"):
                self.emit("on_embdoc_end", ls, self.p)
                return _RETRY
            self.emit("on_embdoc", ls, self.p)

    # ------------------------------------------------------------------ identifiers
    def parse_ident(self, c: str, start: int, cmd_state: bool):
        src, pend = self.src, self.pend
        m = _IDENT_RE.match(src, start, pend)
        p = m.end() if m else start + 1
        last_state = state = self.state
        c = src[p] if p < pend else ""
        typ = None
        if c in ("!", "?") and not (p + 1 < pend and src[p + 1] == "="):
            typ = "tFID"
            p += 1
        elif c == "=" and (state & FNAME) and src[p + 1:p + 2] not in ("~", ">") \
                and (src[p + 1:p + 2] != "=" or src[p + 2:p + 3] == ">"):
            typ = "tIDENTIFIER"
            p += 1
        self.p = p
        word = src[start:p]
        if not word.isascii():
            bad = _BAD_BYTE.search(word)
            if bad is not None:
                # tokadd_mbchar(): invalid multibyte char (UTF-8); the parse stops here
                self.error("invalid multibyte char (UTF-8)", start + bad.start())
                self.p = start + bad.start() + 1
                self.eofp = True
                return None
        # IS_LABEL_POSSIBLE() && IS_LABEL_SUFFIX(0)
        if ((state & (LABEL | ENDFN) and not cmd_state) or state & ARG_ANY) and \
                p < pend and src[p] == ":" and src[p + 1:p + 2] != ":":
            self.p = p + 1
            self.state = ARG | LABELED
            return self._tok("tLABEL", start, value=word)
        if word.isascii() and not (self.state & DOT):
            kw = KEYWORDS.get(word)
            if kw is not None:
                tok0, tok1, kstate = kw
                st = self.state
                if st & FNAME:
                    self.state = ENDFN
                    self.kw_fname = True     # a method or symbol name, not a keyword
                    return self._tok(tok0, start, "on_kw", word)
                self.state = kstate
                if self.state & BEG:
                    self.command_start = True
                if tok0 == "keyword_do":
                    return self._tok(self._do_type(st), start, "on_kw")
                if st & (BEG | LABELED | CLASS):
                    return self._tok(tok0, start, "on_kw")
                if tok0 != tok1:
                    self.state = BEG | LABEL
                return self._tok(tok1, start, "on_kw")
        if self.state & (BEG_ANY | ARG_ANY | DOT):
            self.state = CMDARG if cmd_state else ARG
        elif self.state == FNAME:
            self.state = ENDFN
        else:
            self.state = END
        if typ is None:
            first = word[0]
            typ = "tCONSTANT" if (first.isupper() and first.isascii()) or \
                (not first.isascii() and first.isupper()) else "tIDENTIFIER"
        if not (last_state & (DOT | FNAME)) and typ == "tIDENTIFIER" and self.lvar_defined(word):
            self.state = END | LABEL
        return self._tok(typ, start, value=word)

    def _do_type(self, st: int) -> str:
        if self.lpar_beg == self.paren_nest:
            self.lpar_beg = -1   # the body of `-> do ... end` is no lambda start
            return "keyword_do_LAMBDA"
        if self.cond_stack & 1:
            return "keyword_do_cond"
        if (self.cmdarg_stack & 1) and not (st & CMDARG):
            return "keyword_do_block"
        return "keyword_do"

    # ------------------------------------------------------------------ $ and @
    def parse_gvar(self, start: int, last_state: int):
        self.state = END
        c = self.nextc()
        if c == "_":
            c2 = self.peekc()
            if c2 and _is_identchar(c2):
                return self._gvar_ident(start)
            return self._tok("tGVAR", start)
        if c in _GVAR_PUNCT:
            return self._tok("tGVAR", start)
        if c == "-":
            c = self.nextc()
            if c and _is_identchar(c):
                return self._tok("tGVAR", start)
            self.pushback(c)
            self.pushback("-")
            return self._tok("'$'", start)
        if c in "&`'+":
            if last_state & FNAME:
                return self._tok("tGVAR", start)
            return self._tok("tBACK_REF", start)
        if c and c in "123456789":
            while self.p < self.pend and self.src[self.p].isascii() and self.src[self.p].isdigit():
                self.p += 1
            if last_state & FNAME:
                return self._tok("tGVAR", start)
            return self._tok("tNTH_REF", start)
        if c == "0" or (c and _is_identchar(c)):
            return self._gvar_ident(start)
        if c == "" or _isspace(c):
            # the space stays in the token, as parse_gvar does not push it back
            self.error("`$' without identifiers is not allowed as a global variable name", start)
        else:
            self.pushback(c)
            self.error("`$%s' is not allowed as a global variable name" % c, start)
        return self._tok("tGVAR", start)

    def _gvar_ident(self, start: int):
        m = _IDENT_RE.match(self.src, self.p, self.pend)
        if m:
            self.p = m.end()
        self.state = END
        return self._tok("tGVAR", start)

    def parse_atmark(self, start: int, last_state: int):
        typ = "tIVAR"
        c = self.nextc()
        if c == "@":
            typ = "tCVAR"
            c = self.nextc()
        self.state = ENDFN if last_state & FNAME else END
        if c == "" or not _is_identchar(c) or (c.isascii() and c.isdigit()):
            self.pushback(c)
            what = "an instance" if typ == "tIVAR" else "a class"
            sigil = "@" if typ == "tIVAR" else "@@"
            if c and c.isascii() and c.isdigit():
                self.error("`%s%s' is not allowed as %s variable name" % (sigil, c, what), start)
            else:
                self.error("`%s' without identifiers is not allowed as %s variable name" % (sigil, what), start)
            self.state = END
            return self._tok(typ, start)
        m = _IDENT_RE.match(self.src, self.p - 1, self.pend)
        self.p = m.end()
        return self._tok(typ, start)

    # ------------------------------------------------------------------ ?c
    def parse_qmark(self, start: int, space_seen: bool):
        if self.is_end():
            self.state = VALUE
            return self._tok("'?'", start)
        c = self.nextc()
        if c == "":
            self.error("incomplete character syntax", start)
            return None
        if _isspace(c):
            self.pushback(c)
            self.state = VALUE
            return self._tok("'?'", start)
        if c.isascii() and (c.isalnum() or c == "_") and self.p < self.pend and \
                _is_identchar(self.src[self.p]):
            self.pushback(c)
            self.state = VALUE
            return self._tok("'?'", start)
        if c == "\\":
            if self.peek("u"):
                self.nextc()
                value = self.read_utf8_escape(None)
            elif self.p < self.pend and not self.src[self.p].isascii():
                value = self.nextc()
            else:
                value = self.read_escape()
        else:
            value = c
        self.state = END
        return self._tok("tCHAR", start, value=value)

# parser_yylex's `switch (c)`: the lexing function for each punctuation character
_CHAR_LEXERS = {
    '*': Lexer._lex_star,
    '!': Lexer._lex_bang,
    '=': Lexer._lex_eq,
    '<': Lexer._lex_lt,
    '>': Lexer._lex_gt,
    '"': Lexer._lex_dquote,
    '`': Lexer._lex_backtick,
    "'": Lexer._lex_squote,
    '?': Lexer._lex_qmark,
    '&': Lexer._lex_amper,
    '|': Lexer._lex_pipe,
    '+': Lexer._lex_sign,
    '-': Lexer._lex_sign,
    '.': Lexer._lex_dot,
    ')': Lexer._lex_rparen,
    ']': Lexer._lex_rbracket,
    '}': Lexer._lex_rbrace,
    ':': Lexer._lex_colon,
    '/': Lexer._lex_slash,
    '^': Lexer._lex_caret,
    ';': Lexer._lex_semicolon,
    ',': Lexer._lex_comma,
    '~': Lexer._lex_tilde,
    '(': Lexer._lex_lparen,
    '[': Lexer._lex_lbracket,
    '{': Lexer._lex_lbrace,
    '\\': Lexer._lex_backslash,
    '%': Lexer._lex_percent,
    '$': Lexer._lex_dollar,
    '@': Lexer._lex_at,
}

_new_token = tuple.__new__  # Token(...) without NamedTuple's argument handling
_RETRY = object()          # goto retry
_RETRY_SPACE = object()    # goto retry with space_seen (a backslash-newline)


def _isspace(c: str) -> bool:
    return c != "" and c in " \t\n\v\f\r"


def _is_identchar(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c == "_") or (not c.isascii() and c != "")
