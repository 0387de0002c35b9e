"""From our lexer's tokens to the terminals of ruby.lark (cf. parse.y's yylex -> yyparse).

Each lark token carries the lexer's Token (`.rtok`) and a location: line/column of its
first byte and end_line/end_column after its last, columns in bytes as CRuby counts them.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from lark import Token as LarkToken

from rubyvm.lexer import state as _S

from .terminals import TO_LARK

_WORDS_BEG = {"tWORDS_BEG", "tQWORDS_BEG", "tSYMBOLS_BEG", "tQSYMBOLS_BEG"}


class RToken(LarkToken):
    """A lark token that remembers the lexer token it came from (`rtok`) and, for an
    identifier, whether it named a local variable where it stood (`lvar`)."""
    __slots__ = ("rtok", "lvar", "bol", "popped")


def _blen(s: str) -> int:
    try:
        return len(s.encode("utf-8", "surrogateescape"))
    except UnicodeEncodeError:
        return len(s.encode("utf-8", "replace"))


_str_new = str.__new__


def make(rtok, type_: Optional[str] = None, text: Optional[str] = None) -> RToken:
    name = type_ or rtok.type
    # a token no rule takes (e.g. a stray backslash, '\\') keeps its name: the parser reports it
    lname = TO_LARK.get(name, name)
    text = rtok.text if text is None else text
    line, col = rtok.pos
    # lark's Token.__new__, without its keyword handling (this runs once per token)
    t = _str_new(RToken, text)
    t.type = lname
    t.value = text
    t.start_pos = t.end_pos = None
    t.line = line
    t.column = col
    if name == "'\\n'":
        # bison's location of the newline token: zero width where the line ends
        t.end_line, t.end_column = line, col
    elif "\n" in text:
        t.end_line = line + text.count("\n")
        t.end_column = _blen(text[text.rindex("\n") + 1:])
    else:
        t.end_line = line
        t.end_column = col + (len(text) if text.isascii() else _blen(text))
    t.rtok = rtok
    t.lvar = False
    t.bol = False
    return t


_STR_BEG = {"tSTRING_BEG", "tXSTRING_BEG", "tREGEXP_BEG", "tSYMBEG", "tWORDS_BEG", "tQWORDS_BEG",
            "tSYMBOLS_BEG", "tQSYMBOLS_BEG"}
_STR_END = {"tSTRING_END", "tREGEXP_END", "tLABEL_END"}


def _dedent(tokens: list, width: int, every: bool = False) -> None:
    """parse.y's heredoc_dedent: remove `width` columns of indentation from each content
    token of a <<~ heredoc that starts a line. every=True: Ripper's SexpBuilderPP, whose
    on_heredoc_dedent dedents every content piece, line start or not."""
    from rubyvm.lexer.literals import _dedent_len
    for t in tokens:
        r = t.rtok
        if r.pos[1] != 0 and not every:
            continue
        n = _dedent_len(r.text, width)
        if n <= 0:
            continue
        value = r.value
        if isinstance(value, str) and value[:n] == r.text[:n]:
            value = value[n:]
        t.rtok = r._replace(text=r.text[n:], pos=(r.pos[0], r.pos[1] + n), value=value)


def _expanding(opener: str) -> bool:
    """Strings, xstrings, symbols and regexps whose escapes the lexer processes."""
    if opener.startswith("<<"):
        return False
    if opener in ('"', '`', ':"', "/"):
        return True
    if opener.startswith("%") and len(opener) >= 2:
        k = opener[1]
        return k in "QWIxr" or not k.isalnum()
    return False


def _from_last_escape(tok: RToken) -> None:
    text = str(tok.rtok.text)
    last = -1
    i = 0
    while i < len(text):
        if text[i] == "\\":
            last = i
            i += 2
        else:
            i += 1
    if last < 0:
        return
    if text[last + 1:last + 2] == "u":
        last += 2
    prefix = text[:last]
    nl = prefix.count("\n")
    line, col = tok.rtok.pos
    if nl:
        tok.line = line + nl
        tok.column = _blen(prefix[prefix.rindex("\n") + 1:])
    else:
        tok.column = col + _blen(prefix)


_COMMENT_LINE = re.compile(r"[ \t\f\v\r]*#")      # a line holding only a comment


def _newline_location(lx, t):
    """Where parse.y's yylex leaves a significant newline: at the end of its line, or, when
    comment-only lines follow, at the end of the last of them (it skips them looking for a
    leading `.` before it returns '\\n')."""
    src = lx.src
    if t.text:
        line = t.pos[0]
    else:               # the newline that ends a comment: the comment's line
        line = t.pos[0] - 1
        for prev in reversed(lx.tokens[-4:]):
            if prev.event == "on_comment":
                line = prev.pos[0]
                break
    starts = lx.line_starts
    first = lx.first_line
    while True:
        idx = line - first + 1          # the next line
        if idx >= len(starts):
            break
        nxt_start = starts[idx]
        if not _COMMENT_LINE.match(src, nxt_start) or src.find("\n", nxt_start) < 0:
            break
        line += 1
    idx = line - first
    if idx >= len(starts):
        return t
    start = starts[idx]
    end = src.find("\n", start)
    text = src[start:] if end < 0 else src[start:end]
    if text.endswith("\r"):
        text = text[:-1]
    # t._replace(pos=...), without namedtuple's keyword handling
    return tuple.__new__(t.__class__, ((line, len(text) if text.isascii() else _blen(text)),) + t[1:])


def _lvar_outside_def(lx, name: str) -> bool:
    """`def obj.m`: the lexer has opened the method's scope already; look outside it."""
    for scope in reversed(lx.scopes[:-1]):
        if name in scope.names:
            return True
        if not scope.inherit:
            return False
    return False


def _at_opener(tok: RToken, opener) -> None:
    line, col = opener.pos
    tok.line, tok.column = line, col
    tok.end_line, tok.end_column = line, col + _blen(opener.text)


class _Synthetic:
    """A zero-width token the lexer does not report (Ripper has no event for it)."""
    def __init__(self, pos, type_):
        self.pos = pos
        self.type = type_
        self.text = ""
        self.event = ""
        self.value = None
        self.state = 0


class lark_tokens:
    """Our lexer's significant tokens as lark tokens, in parse order (`.lexer` is the lexer,
    whose `.errors` the parser reports)."""

    def __init__(self, src, filename: str = "-", line: int = 1, ripper: bool = False):
        from rubyvm.lexer import Lexer
        self.lexer = Lexer(src, filename, line, ripper=ripper)
        self.saw_rescue_mod = False

    def __iter__(self) -> Iterator[RToken]:
        return _tokens(self.lexer, self)


class _Open:
    """An open string-like literal while lexing (cf. the lexer's strterm)."""
    __slots__ = ("opener", "heredoc", "expand", "contents", "interp")

    def __init__(self, opener):
        self.opener = opener
        self.heredoc = opener.text.startswith("<<")
        self.expand = _expanding(opener.text)
        self.contents: list = []
        self.interp = False


# token types that need more than make(): the rest take the fast path in _tokens
_SPECIAL = frozenset(("'\\n'", "tSTRING_END", "tSTRING_DBEG", "tSTRING_DEND", "tSTRING_DVAR",
                      "tSTRING_CONTENT", "modifier_rescue", "tLABEL_END", "tREGEXP_END")) \
    | _STR_BEG | _WORDS_BEG


def _tokens(lx, owner=None) -> Iterator[RToken]:
    words: list[int] = []       # brace depth inside each open %w/%W/%i/%I literal
    prev_type = None
    need_sep = False            # right after a tWORDS_BEG: a ' ' must come first
    prev_end = (1, 0)
    opens: list[_Open] = []     # open string literals, innermost last
    yylex = lx.yylex
    special = _SPECIAL
    to_lark = TO_LARK
    new = _str_new
    END = _S.END
    while True:
        t = yylex()
        if t is None:
            break
        typ = t[4]
        if typ is None:
            continue
        if not (need_sep or words or typ in special):
            # the fast path: make() inline
            text = t[2]
            line, col = t[0]
            out = new(RToken, text)
            out.type = to_lark.get(typ, typ)
            out.value = text
            out.start_pos = out.end_pos = None
            out.line = line
            out.column = col
            if "\n" in text:
                out.end_line = line + text.count("\n")
                out.end_column = _blen(text[text.rindex("\n") + 1:])
            else:
                out.end_line = line
                out.end_column = col + (len(text) if text.isascii() else _blen(text))
            out.rtok = t
            out.bol = False
            if typ == "tIDENTIFIER":
                # parse.y's lvar_defined() leaves EXPR_END|EXPR_LABEL on a local variable;
                # after `def` the state is fixed, so ask the lexer's scope (for `def obj.m`)
                if prev_type == "keyword_def":
                    out.lvar = _lvar_outside_def(lx, text)
                else:
                    out.lvar = bool(t[3] & END)
            else:
                out.lvar = False
            yield out
            prev_type = typ
            continue
        if typ == "'\\n'":
            t = _newline_location(lx, t)
        # parse.y emits ' ' after tWORDS_BEG and before the tSTRING_END of a word list
        # (`words: tWORDS_BEG ' ' word_list tSTRING_END`); zero-width ones are not in Ripper.lex
        if need_sep:
            need_sep = False
            if typ != "' '":
                yield make(_Synthetic(prev_end, "' '"))
                prev_type = "' '"
        if typ == "tSTRING_END" and words and words[-1] == 0:
            words.pop()
            if prev_type != "' '":
                yield make(_Synthetic(t.pos, "' '"))
        elif words and typ == "tSTRING_DBEG":
            words[-1] += 1
        elif words and typ == "tSTRING_DEND":
            words[-1] -= 1

        if typ == "modifier_rescue":
            if owner is not None:
                owner.saw_rescue_mod = True
            probe = getattr(lx, "parser", None)
            if probe is not None and not probe.accepts("modifier_rescue") \
                    and probe.accepts("modifier_rescue_arg"):
                typ = "modifier_rescue_arg"
                t = t._replace(type=typ)
        out = make(t)
        top = opens[-1] if opens else None
        if typ == "tIDENTIFIER":
            # parse.y's lvar_defined() leaves EXPR_END|EXPR_LABEL on a local variable; after
            # `def` the state is fixed, so ask the lexer's scope (for `def obj.m`)
            if prev_type == "keyword_def":
                out.lvar = _lvar_outside_def(lx, t.text)
            else:
                out.lvar = bool(t.state & _S.END)
        elif typ in ("tSTRING_DBEG", "tSTRING_DVAR") and top is not None and top.heredoc:
            # yylex: while the string term is a heredoc, a token's location is the
            # heredoc opener's (rb_parser_set_location_from_strterm_heredoc)
            _at_opener(out, top.opener)
            top.interp = True
        elif typ == "tSTRING_CONTENT" and top is not None:
            if top.heredoc and not top.interp:
                _at_opener(out, top.opener)
            elif top.heredoc and top.opener.text.startswith("<<~") and prev_type == "tSTRING_DEND" \
                    and t.text.endswith("\n") and "\n" not in t.text[:-1]:
                # <<~ flushes each line at its end without resetting the token start: the
                # rest of the line after `}` starts at the `}` and counts the newline
                line, col = t.pos
                out.line, out.column = line, col - 1
                out.end_line, out.end_column = line, col + _blen(t.text)
            else:
                _content_location(out, top.expand)
            if top.heredoc:
                top.contents.append(out)
        if typ in _STR_BEG:
            opens.append(_Open(t))
        elif typ in _STR_END and opens:
            done = opens.pop()
            if done.heredoc and done.contents:
                for h in done.contents:
                    if h.rtok.pos[1] == 0:
                        h.bol = True    # here_document marks it NODE_FL_NEWLINE
                if isinstance(t.value, int) and t.value > 0:
                    _dedent(done.contents, t.value, every=getattr(lx, "ripper", False))
                if done.interp and prev_type == "tSTRING_CONTENT":
                    # the piece that runs into the terminator is made after heredoc_restore:
                    # zero width at the end of the opener
                    last = done.contents[-1]
                    line, col = done.opener.pos
                    end = col + _blen(done.opener.text)
                    last.line, last.column, last.end_line, last.end_column = line, end, line, end
        yield out
        prev_type = typ
        if typ in _WORDS_BEG:
            words.append(0)
            need_sep = True
            prev_end = (t.pos[0], t.pos[1] + _blen(t.text))


def _content_location(tok: RToken, expand: bool) -> None:
    """CRuby's location of a string-content token: its lexer resets the token start at
    every new line and (in an expanding string) after every escape, so the token "begins"
    at its last line or its last escape, whichever is later."""
    text = str(tok.rtok.text)
    line, col = tok.rtok.pos
    nl = text.rfind("\n", 0, len(text) - 1) if text.endswith("\n") else text.rfind("\n")
    start = nl + 1 if nl >= 0 else 0
    if expand:
        last = -1
        i = 0
        while i < len(text):
            if text[i] == "\\":
                last = i
                i += 2
            else:
                i += 1
        if last >= 0:
            if text[last + 1:last + 2] == "u":
                last += 2
            start = max(start, last)
    prefix = text[:start]
    n = prefix.count("\n")
    if n:
        tok.line = line + n
        tok.column = _blen(prefix[prefix.rindex("\n") + 1:])
    else:
        tok.line, tok.column = line, col + _blen(prefix)
