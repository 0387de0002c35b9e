"""String-like literals: parse.y's parse_string, tokadd_string, heredoc_identifier,
here_document and parse_percent, plus the escape rules (read_escape) that cook values."""
from __future__ import annotations

import re
from typing import Optional

from .state import (BEG, END, FITEM, FNAME, LABEL)

_TAB_WIDTH = 8
_HEX = "0123456789abcdefABCDEF"
_PAREN_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_GLOBAL_PUNCT = set("~*$?!@/\\;,.=:<>\"&`'+0")


class StrTerm:
    """rb_strterm_literal_t: which literal we are in (func flags), its terminator and nesting."""
    ESCAPE, EXPAND, REGEXP, QWORDS, SYMBOL, INDENT, LABEL = 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40
    LIST, TERM = 0x4000, 0x8000
    SQUOTE = 0
    DQUOTE = EXPAND
    XQUOTE = EXPAND
    REGEXP_ = REGEXP | ESCAPE | EXPAND
    SWORD = QWORDS | LIST
    DWORD = QWORDS | EXPAND | LIST
    SSYM = SYMBOL
    DSYM = SYMBOL | EXPAND
    __slots__ = ("func", "term", "paren", "nest")

    def __init__(self, func: int, term: str, paren: str):
        self.func = func
        self.term = term
        self.paren = paren
        self.nest = 0


REGEXP_FUNC = StrTerm.REGEXP_


class HeredocTerm:
    """rb_strterm_heredoc_t: the identifier, and where to resume the line that started it."""
    __slots__ = ("func", "ident", "indent", "resume_p", "resume_pend", "first_token",
                 "pending_end", "start_line_off", "dedent_tokens")

    def __init__(self, func, ident, indent, resume_p, resume_pend, first_token):
        self.func = func
        self.ident = ident
        self.indent = indent          # STR_FUNC_INDENT (<<- and <<~)
        self.resume_p = resume_p
        self.resume_pend = resume_pend
        self.first_token = first_token
        self.pending_end = None


class LiteralMixin:
    # ------------------------------------------------------------------ %-literals
    def parse_percent(self, c: str, start: int):
        if c == "" or not (c.isascii() and c.isalnum()):
            term = c
            if c and not c.isascii():
                self.error("unknown type of %string", start)
                return None
            kind = "Q"
        else:
            kind = c
            term = self.nextc()
            if term and (term.isalnum() or not term.isascii()):
                self.error("unknown type of %string", start)
                return None
        if term == "":
            self.error("unterminated quoted string meets end of file", start)
            return None
        paren = term
        if term in _PAREN_PAIRS:
            term = _PAREN_PAIRS[term]
        else:
            paren = ""
        table = {
            "Q": (StrTerm.DQUOTE, "tSTRING_BEG"), "q": (StrTerm.SQUOTE, "tSTRING_BEG"),
            "W": (StrTerm.DWORD, "tWORDS_BEG"), "w": (StrTerm.SWORD, "tQWORDS_BEG"),
            "I": (StrTerm.DWORD, "tSYMBOLS_BEG"), "i": (StrTerm.SWORD, "tQSYMBOLS_BEG"),
            "x": (StrTerm.XQUOTE, "tXSTRING_BEG"), "r": (REGEXP_FUNC, "tREGEXP_BEG"),
            "s": (StrTerm.SSYM, "tSYMBEG"),
        }
        if kind not in table:
            self.error("unknown type of %string", start)
            return None
        func, typ = table[kind]
        self.strterm = StrTerm(func, term, paren)
        if kind == "s":
            self.state = FNAME | FITEM
        return self._tok(typ, start)

    # ------------------------------------------------------------------ parse_string
    def parse_string(self, q: StrTerm):
        func = q.func
        start = self.p
        if func & StrTerm.TERM:
            if func & StrTerm.QWORDS:
                self.nextc()        # the delayed terminator
            self.state = END
            self.strterm = None
            typ = "tREGEXP_END" if func & StrTerm.REGEXP else "tSTRING_END"
            return self._tok(typ, start)
        c = self.nextc()
        space = False
        if (func & StrTerm.QWORDS) and c != "" and c in " \t\n\v\f\r":
            while True:
                c = self.nextc()
                if not (c != "" and c in " \t\n\v\f\r"):
                    break
            space = True
        if func & StrTerm.LIST:
            q.func &= ~StrTerm.LIST
            space = True
        if c == q.term and q.nest == 0:
            if func & StrTerm.QWORDS:
                q.func |= StrTerm.TERM
                self.pushback(c)
                return self._tok("' '", start)
            return self._string_term(func, start)
        if space:
            self.pushback(c)
            return self._tok("' '", start)
        if (func & StrTerm.EXPAND) and c == "#":
            t = self._peek_variable_name()
            if t:
                return self._tok(t, start)
        else:
            self.pushback(c)
            c = None
        self.flush_at = None
        r = self.tokadd_string(func, q.term, q.paren, q, "#" if c == "#" else "")
        if self.flush_at is not None:
            start = self.flush_at
        if r == "":
            # end of input inside the literal
            if func & StrTerm.QWORDS:
                self.error("unterminated list meets end of file", width=1)
                self.strterm = None
                self._tok("tSTRING_CONTENT", start, value=self._cook(start, func))
                return "tSTRING_END"
            if func & StrTerm.REGEXP:
                self.error("unterminated regexp meets end of file", width=1)
            else:
                self.error("unterminated string meets end of file", width=1)
            q.func |= StrTerm.TERM
        return self._tok("tSTRING_CONTENT", start, value=self._cook(start, func))

    def _string_term(self, func: int, start: int):
        self.strterm = None
        if func & StrTerm.REGEXP:
            while self.p < self.pend and self.src[self.p].isascii() and self.src[self.p].isalpha():
                self.p += 1
            flags = self.src[start + 1:self.p]
            bad = "".join(ch for ch in flags if ch not in "mixounse")
            if bad:
                self.error("unknown regexp option%s - %s" % ("s" if len(bad) > 1 else "", bad))
            tok = self._tok("tREGEXP_END", start, value=flags)   # dispatched before EXPR_END
            self.state = END
            return tok
        if (func & StrTerm.LABEL) and self.label_suffix():
            self.nextc()
            self.state = BEG | LABEL
            return self._tok("tLABEL_END", start)
        self.state = END
        return self._tok("tSTRING_END", start)

    def _peek_variable_name(self) -> Optional[str]:
        """parser_peek_variable_name(): after '#', is this #{, #@ivar, #@@cvar or #$gvar?"""
        p, pend, src = self.p, self.pend, self.src
        if p + 1 >= pend:
            return None
        c = src[p]
        ptr = p + 1
        if c == "$":
            c = src[ptr]
            if c == "-":
                ptr += 1
                if ptr >= pend:
                    return None
                c = src[ptr]
            elif c in _GLOBAL_PUNCT or (c.isascii() and c.isdigit()):
                return "tSTRING_DVAR"
        elif c == "@":
            c = src[ptr]
            if c == "@":
                ptr += 1
                if ptr >= pend:
                    return None
                c = src[ptr]
        elif c == "{":
            self.p = ptr
            self.command_start = True
            return "tSTRING_DBEG"
        else:
            return None
        if not c.isascii() or c == "_" or c.isalpha():
            return "tSTRING_DVAR"
        return None

    def tokadd_string(self, func: int, term: str, paren: str, q, pre: str) -> str:
        """Scan literal content up to the terminator, an interpolation or (in %w) a space.
        Returns the character that stopped it ('' at end of input)."""
        src = self.src
        expand = func & StrTerm.EXPAND
        qwords = func & StrTerm.QWORDS
        heredoc = self.heredoc_indent > 0
        while True:
            c = self.nextc()
            if c == "":
                return ""
            if heredoc:
                self._update_heredoc_indent(c)
            if paren and c == paren:
                if q is not None:
                    q.nest += 1
            elif c == term:
                if q is None or q.nest == 0:
                    self.pushback(c)
                    return c
                q.nest -= 1
            elif expand and c == "#" and self.p < self.pend:
                c2 = src[self.p]
                if c2 in "$@{":
                    self.pushback(c)
                    return c
            elif c == "\\":
                c = self.nextc()
                if c == "":
                    return ""
                if c == "\n":
                    if qwords:
                        continue
                    if expand and (func & StrTerm.INDENT) and self.heredoc_indent >= 0 and term == "\n":
                        # a squiggly heredoc line ending in a backslash continues the line
                        self.heredoc_line_indent = -1
                        return "\\"
                    continue
                if c == "u" and expand:
                    if not self._skip_utf8_escape():
                        self.error("invalid Unicode escape")
                        self.flush_at = self.p       # token_flush(): the bad escape is dropped
                    continue
                if c == "x" and expand and not (func & StrTerm.REGEXP):
                    if self._skip_digits(_HEX, 2) == 0:
                        self.error("invalid hex escape", self.p - 2, width=2)
                        self.flush_at = self.p
                    continue
                if expand and c in "CcM" and not (func & StrTerm.REGEXP):
                    self._skip_ctrl_meta(c)
                    continue
                continue
            elif qwords and c in " \t\n\v\f\r":
                self.pushback(c)
                return c
            if c == "\n" and term == "\n":
                # heredoc lines: the caller decides at each line end
                self.pushback(c)
                return c

    def _skip_utf8_escape(self) -> bool:
        """Skip the rest of a \\u escape; False if it is invalid (tokadd_utf8)."""
        hexd = _HEX
        if self.peek("{"):
            self.p += 1
            if not (self.p < self.pend and self.src[self.p] in hexd + " \t"):
                return False
            end = self.src.find("}", self.p, self.pend)
            if end < 0:
                self.p = self.pend
                return False
            self.p = end + 1
            return True
        return self._skip_digits(hexd, 4) == 4

    def _skip_digits(self, digits: str, most: int) -> int:
        """Skip up to `most` characters from `digits` on this line; how many were skipped."""
        n = 0
        while n < most and self.p < self.pend and self.src[self.p] in digits:
            self.p += 1
            n += 1
        return n

    def _skip_ctrl_meta(self, c: str) -> None:
        # \cx, \C-x, \M-x and their combinations
        if c in "CM":
            if not self.peek("-"):
                return
            self.p += 1
        nc = self.nextc()
        if nc == "\\":
            nc2 = self.nextc()
            if nc2 in ("C", "c", "M"):
                self._skip_ctrl_meta(nc2)

    # ------------------------------------------------------------------ heredocs
    def heredoc_identifier(self, start: int):
        """After `<<`: `<<ID`, `<<-ID`, `<<~ID`, `<<'ID'`, `<<"ID"`, ``<<`ID` ``."""
        save = self.p
        c = self.nextc()
        func = 0
        indent = 0
        if c == "-":
            c = self.nextc()
            func = StrTerm.INDENT
        elif c == "~":
            c = self.nextc()
            func = StrTerm.INDENT
            indent = 1 << 30
        typ = "tSTRING_BEG"
        if c in ("'", '"', "`"):
            if c == "'":
                func |= StrTerm.SQUOTE
            elif c == '"':
                func |= StrTerm.DQUOTE
            else:
                func |= StrTerm.XQUOTE
                typ = "tXSTRING_BEG"
            q = c
            ident_start = self.p
            while True:
                c = self.nextc()
                if c == q:
                    break
                if c == "" or c == "\n" or c == "\r":
                    self.error("unterminated here document identifier", start)
                    self.p = save
                    return None
            ident = self.src[ident_start:self.p - 1]
        else:
            if c == "" or not _identchar(c):
                self.p = save
                return None
            func |= StrTerm.DQUOTE
            ident_start = self.p - 1
            while self.p < self.pend and _identchar(self.src[self.p]):
                self.p += 1
            ident = self.src[ident_start:self.p]
        self.emit("on_heredoc_beg", start, self.p, typ)
        resume_p, resume_pend = self.p, self.pend
        self.p = self.pend            # lex_goto_eol
        self.strterm = HeredocTerm(func, ident, func & StrTerm.INDENT, resume_p, resume_pend,
                                   len(self.tokens))
        self.heredoc_indent = indent
        self.heredoc_line_indent = 0
        return typ

    def _whole_match(self, h: HeredocTerm) -> bool:
        """whole_match_p(): is the line at self.p the terminator?"""
        ls, le = self.p, self.pend
        line = self.src[ls:le]
        if line.endswith("\n"):
            line = line[:-1]
            if line.endswith("\r"):
                line = line[:-1]
        if h.indent:
            line = line.lstrip(" \t\f\r\v")
        return line == h.ident

    def _heredoc_restore(self, h: HeredocTerm) -> None:
        # heredoc_restore(): back to the rest of the line that started the heredoc
        self.next_line_start = self.pend if self.p < len(self.src) or self.pend == len(self.src) else self.pend
        self.next_line_start = self.pend
        self.p, self.pend = h.resume_p, h.resume_pend
        self.eofp = False

    def here_document(self, h: HeredocTerm):
        if h.pending_end is not None:
            # the terminator line found after the last content token
            ls, le = h.pending_end
            h.pending_end = None
            self.emit("on_heredoc_end", ls, le)
            return self._heredoc_finish(h, "tSTRING_END")
        start = self.p
        c = self.nextc()
        if c == "":
            return self._heredoc_eof(h, start)
        line_begin = self.p - 1 == self._line_start_of(self.p - 1)
        if line_begin:
            start = self.p - 1
        if not line_begin:
            pass
        elif self.heredoc_line_indent == -1:
            self.heredoc_line_indent = 0
        else:
            self.pushback(c)
            if self._whole_match(h):
                ls = self.p
                self.p = self.pend
                self.emit("on_heredoc_end", ls, self.p)
                return self._heredoc_finish(h, "tSTRING_END")
            self.nextc()
        func = h.func
        if not (func & StrTerm.EXPAND):
            self.pushback(c)
            while True:
                ls = self.p
                line = self.src[ls:self.pend]
                if self.heredoc_indent > 0:
                    for ch in line:
                        if not self._update_heredoc_indent(ch):
                            break
                    self.heredoc_line_indent = 0
                self.p = self.pend
                if self.heredoc_indent > 0:
                    return self._heredoc_content(h, start)
                if not self._nextline():
                    return self._heredoc_eof(h, start)
                if self._whole_match(h):
                    return self._heredoc_content_then_end(h, start)
        # expanding heredoc
        if c == "#":
            t = self._peek_variable_name()
            if self.heredoc_line_indent != -1:
                if self.heredoc_indent > self.heredoc_line_indent:
                    self.heredoc_indent = self.heredoc_line_indent
                self.heredoc_line_indent = -1
            if t:
                return self._tok(t, start)
        else:
            self.pushback(c)
        while True:
            r = self.tokadd_string(func, "\n", "", None, "")
            if r == "":
                return self._heredoc_eof(h, start)
            if r != "\n":
                return self._heredoc_content(h, start)
            self.nextc()          # the newline ends this line's content
            if self.heredoc_indent > 0:
                return self._heredoc_content(h, start)
            if not self._nextline():
                return self._heredoc_eof(h, start)
            if self._whole_match(h):
                return self._heredoc_content_then_end(h, start)

    def _heredoc_content(self, h: HeredocTerm, start: int):
        return self._tok("tSTRING_CONTENT", start, value=self._cook(start, h.func))

    def _heredoc_content_then_end(self, h: HeredocTerm, start: int):
        ls = self.p
        le = self.pend
        self.p = le
        h.pending_end = (ls, le)
        self.emit("on_tstring_content", start, ls, "tSTRING_CONTENT", self._cook(start, h.func, ls))
        return "tSTRING_CONTENT"

    def _heredoc_eof(self, h: HeredocTerm, start: int):
        self.emit("on_tstring_content", start, self.p, "tSTRING_CONTENT",
                  self._cook(start, h.func))
        self.error('can\'t find string "%s" anywhere before EOF' % h.ident, h.resume_p)
        return self._heredoc_finish(h, "tSTRING_END", eof=True)

    def _heredoc_finish(self, h: HeredocTerm, typ: str, eof: bool = False):
        if not eof:
            self._heredoc_restore(h)
        else:
            self.next_line_start = len(self.src)
            self.p, self.pend = h.resume_p, h.resume_pend
        self.strterm = None
        if not eof and 0 < self.heredoc_indent < (1 << 30):
            self._ripper_dedent(h, self.heredoc_indent)
        width = self.heredoc_indent if self.heredoc_indent < (1 << 30) else 0
        self.heredoc_indent = 0
        self.state = END
        # the terminator token was emitted already (or there is none): hand the parser its type
        from .token import Token
        self.tokens.append(Token(self._pos(self.p), "", "", self.state, typ, width))
        return typ

    def _update_heredoc_indent(self, c: str) -> bool:
        """parser_update_heredoc_indent(): measure a <<~ line's leading whitespace."""
        if self.heredoc_line_indent == -1:
            if c == "\n":
                self.heredoc_line_indent = 0
        else:
            if c == " ":
                self.heredoc_line_indent += 1
                return True
            if c == "\t":
                w = self.heredoc_line_indent // _TAB_WIDTH + 1
                self.heredoc_line_indent = w * _TAB_WIDTH
                return True
            if c != "\n":
                if self.heredoc_indent > self.heredoc_line_indent:
                    self.heredoc_indent = self.heredoc_line_indent
                self.heredoc_line_indent = -1
        return False

    def _ripper_dedent(self, h: HeredocTerm, width: int) -> None:
        """Ripper::Lexer#on_heredoc_dedent: split each column-0 content token of a <<~
        heredoc into on_ignored_sp (the removed indentation) and the rest."""
        out = []
        for tok in self.tokens[h.first_token:]:
            if tok.event == "on_tstring_content" and tok.pos[1] == 0:
                n = _dedent_len(tok.text, width)
                if n > 0:
                    out.append(tok._replace(event="on_ignored_sp", text=tok.text[:n], type=None))
                    rest = tok.text[n:]
                    if rest:
                        out.append(tok._replace(pos=(tok.pos[0], n), text=rest))
                    elif tok.type:
                        # keep the parser's view of the (now empty) content token
                        out.append(tok._replace(pos=(tok.pos[0], n), event="", text=""))
                    continue
            out.append(tok)
        self.tokens[h.first_token:] = out

    # ------------------------------------------------------------------ values
    def _cook(self, start: int, func: int, end: Optional[int] = None) -> str:
        raw = self._text(start, self.p if end is None else end)
        if func & StrTerm.REGEXP:
            return raw
        if func & StrTerm.EXPAND:
            return cook_double(raw)
        return cook_single(raw, getattr(self.strterm, "term", "'"), getattr(self.strterm, "paren", ""),
                           bool(func & StrTerm.QWORDS))

    def read_escape(self) -> str:
        """read_escape() for ?\\x character literals: consume and cook one escape."""
        start = self.p
        c = self.nextc()
        if c in ("C", "M", "c"):
            self._skip_ctrl_meta(c)
        elif c == "x":
            self._skip_digits(_HEX, 2)
        elif c and c in "01234567":
            self._skip_digits("01234567", 2)
        return cook_double("\\" + self.src[start:self.p])

    def read_utf8_escape(self, _enc) -> str:
        start = self.p
        if not self._skip_utf8_escape():
            self.error("invalid Unicode escape")
        return cook_double("\\u" + self.src[start:self.p])


def _identchar(c: str) -> bool:
    return (c.isascii() and (c.isalnum() or c == "_")) or not c.isascii()


def _dedent_len(text: str, width: int) -> int:
    col = 0
    i = 0
    for ch in text:
        if col >= width:
            break
        if ch == " ":
            col += 1
        elif ch == "\t":
            n = _TAB_WIDTH * (col // _TAB_WIDTH + 1)
            if n > width:
                break
            col = n
        else:
            break
        i += 1
    return i


_SIMPLE_ESC = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "e": "\x1b",
               "b": "\b", "s": " ", "\n": ""}
_ESC_RE = re.compile(r"\\(u\{[0-9a-fA-F \t]*\}|u[0-9a-fA-F]{1,4}|x[0-9a-fA-F]{1,2}|[0-7]{1,3}|"
                     r"(?:[CM]-|c)(?:\\(?:[CM]-|c))*(?:\\.|.)|.|\n)", re.S)


def _ctrl_meta(seq: str) -> str:
    # \C-x / \cx (control) and \M-x (meta), possibly nested: parse.y read_escape
    meta = False
    ctrl = False
    while True:
        if seq.startswith("M-"):
            meta, seq = True, seq[2:]
        elif seq.startswith("C-"):
            ctrl, seq = True, seq[2:]
        elif seq.startswith("c"):
            ctrl, seq = True, seq[1:]
        elif seq.startswith("\\") and len(seq) > 1 and seq[1] in "CMc":
            seq = seq[1:]
        else:
            break
    if seq.startswith("\\") and len(seq) > 1:
        ch = cook_double(seq)
        code = ord(ch[0]) if ch else 0
    else:
        code = ord(seq[0]) if seq else 0
    if ctrl:
        code = 0x7F if code == ord("?") else code & 0x9F
    if meta:
        code = (code & 0xFF) | 0x80
    if code >= 0x80:
        return chr(0xDC00 + code)    # a raw byte
    return chr(code)


def cook_double(raw: str) -> str:
    """The value of double-quoted literal text: process every backslash escape."""
    if "\\" not in raw:
        return raw

    def sub(m):
        e = m.group(1)
        c = e[0]
        if c in "ux" and len(e) == 1:
            return ""            # invalid Unicode / hex escape (CRuby reports an error)
        if c == "u":
            if e.startswith("u{"):
                return "".join(chr(int(x, 16)) for x in e[2:-1].split())
            return chr(int(e[1:], 16))
        if c == "x":
            v = int(e[1:], 16)
            return chr(v) if v < 0x80 else chr(0xDC00 + v)
        if c in "01234567":
            v = int(e, 8) & 0xFF
            return chr(v) if v < 0x80 else chr(0xDC00 + v)
        if c in "CMc" and len(e) > 1:
            return _ctrl_meta(e)
        return _SIMPLE_ESC.get(c, c)
    return _ESC_RE.sub(sub, raw)


def cook_single(raw: str, term: str, paren: str, qwords: bool) -> str:
    """Single-quoted text: only \\\\, \\<term> (and \\<paren>, and in %w \\<space>) are escapes."""
    if "\\" not in raw:
        return raw
    out = []
    i = 0
    n = len(raw)
    while i < n:
        ch = raw[i]
        if ch == "\\" and i + 1 < n:
            nx = raw[i + 1]
            if nx == "\\" or nx == term or (paren and nx == paren) or (qwords and nx in " \t\n\v\f\r"):
                out.append(nx)
                i += 2
                continue
        out.append(ch)
        i += 1
    return "".join(out)
