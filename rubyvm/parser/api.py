"""The parser's entry points: tokens -> lark tree -> (Ripper sexp | NODE_* AST), with errors
turned into CRuby's messages."""
from __future__ import annotations

import functools
import gc

from .builder import Builder
from .driver import ParseFailure, parse_tree as _parse_tree
from .errors import ErrorMessage, SyntaxError, syntax_error_message
from .terminals import FROM_LARK, DISPLAY

# bison's token numbers, for the order of the "expecting" list (yytname order)
_NUMBERED = ["tDOT2", "tDOT3", "tBDOT2", "tBDOT3", "tUPLUS", "tUMINUS", "tPOW", "tCMP", "tLSHFT",
             "tRSHFT", "tLEQ", "tGEQ", "tEQ", "tEQQ", "tNEQ", "tMATCH", "tNMATCH", "tAREF", "tASET",
             "tCOLON2", "tANDOP", "tOROP", "tANDDOT"]
# bison numbers a character token where the grammar first names it: those of parse.y's
# precedence declarations, then the others in the order its rules use them (after every
# %token: `expecting `do' or '{' or '('`)
_CHAR_ORDER = ["=", "?", ":", ">", "<", "|", "^", "&", "+", "-", "*", "/", "%", "!", "~",
               "{", "}", "[", ",", "`", "(", "]", ")", ";", "\\n", " ", "."]


def _token_number(lark_name: str) -> int:
    """The order of bison's "expecting" list: its internal symbol numbers."""
    from .terminals import PARSE_Y_NAMES
    name = FROM_LARK.get(lark_name, lark_name)
    if name == "$end":
        return 0
    if name.startswith("'") and len(name) >= 3:
        ch = name[1:-1]
        return 2000 + (_CHAR_ORDER.index(ch) if ch in _CHAR_ORDER else 100 + ord(ch[0]))
    if name in _NUMBERED:
        return 128 + _NUMBERED.index(name)
    return 258 + PARSE_Y_NAMES.index(name) if name in PARSE_Y_NAMES else 10000


def _display(lark_name: str) -> str:
    name = FROM_LARK.get(lark_name, lark_name)
    return DISPLAY.get(name, name)


def _lines(src) -> list[str]:
    if isinstance(src, bytes):
        src = src.decode("utf-8", "surrogateescape")
    return src.split("\n")


def failure_message(tok, expected, src, filename: str, lines=None) -> ErrorMessage:
    expected = sorted(expected, key=_token_number)
    msg = syntax_error_message(_display(tok.type), [_display(e) for e in expected])
    lines = _lines(src) if lines is None else lines
    line = tok.line
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return ErrorMessage(filename, line, msg, text, (tok.line, tok.column), (tok.end_line, tok.end_column))


def _messages(f: ParseFailure, src, filename: str) -> list:
    """The syntax errors and the lexer's errors, in the order CRuby reports them: each
    lexer error when the lexer meets it, each syntax error when the parser reads the token
    it cannot take."""
    lex_errors = list(getattr(f.lexer, "errors", None) or ())
    lines = _lines(src)
    out = []
    done = 0
    for tok, expected, nlex in f.failures:
        out.extend(lex_errors[done:nlex])
        done = max(done, nlex)
        out.append(failure_message(tok, expected, src, filename, lines))
    out.extend(lex_errors[done:])
    return out


def parse_tree(src, filename: str = "-", line: int = 1, ripper: bool = False, locals=None):
    try:
        tree = _parse_tree(src, filename, line, ripper, locals=locals)
    except ParseFailure as f:
        raise SyntaxError(_messages(f, src, filename)) from None
    errs = getattr(getattr(tree, "lexer", None), "errors", None)
    if errs:
        raise SyntaxError(list(errs))
    return tree


def _without_gc(fn):
    """The parser makes tens of thousands of tokens, trees and nodes that form no cycles:
    keep the cyclic garbage collector from scanning them over and over meanwhile (as the
    lexer's lex_all does)."""
    @functools.wraps(fn)
    def run(*args, **kw):
        if not gc.isenabled():
            return fn(*args, **kw)
        gc.disable()
        try:
            return fn(*args, **kw)
        finally:
            gc.enable()
    return run


@_without_gc
def parse(src, filename: str = "-", line: int = 1, locals=None):
    try:
        tree = _parse_tree(src, filename, line, False, locals=locals)
    except ParseFailure as f:
        # parse.y's actions report errors as they reduce, between the syntax errors: check
        # what was reduced (the recovered tree, or what was left when bison gave up)
        b = Builder(filename, locals=locals)
        try:
            if f.tree is not None:
                b.visit(f.tree)
            else:
                b.salvage(f.values)
        except Exception:       # noqa: BLE001 -- only the messages matter now
            pass
        raise SyntaxError(_merge(_messages(f, src, filename), _builder_messages(b, src, filename))) \
            from None
    lex_errors = list(getattr(tree.lexer, "errors", None) or ())
    b = Builder(filename, locals=locals)
    if lex_errors:
        try:
            b.visit(tree)
        except Exception:       # noqa: BLE001 -- tokens the lexer rejected
            pass
        raise SyntaxError(_merge(lex_errors, _builder_messages(b, src, filename)))
    node = b.visit(tree)
    if b.errors:
        raise SyntaxError(_builder_messages(b, src, filename))
    return node


def _builder_messages(b: Builder, src, filename: str) -> list:
    lines = _lines(src)
    msgs = []
    for e in b.errors:
        text = lines[e.line - 1] if 0 < e.line <= len(lines) else ""
        msgs.append(ErrorMessage(filename, e.line, e.msg, text, (e.line, e.column),
                                 (e.line, e.column + e.width)))
    return msgs


def _position(m) -> tuple:
    beg = getattr(m, "beg", None)
    return tuple(beg) if beg else (m.line, getattr(m, "column", 0))


def _merge(reported: list, semantic: list) -> list:
    """Put the builder's errors among the lexer's and parser's, which are in the order CRuby
    finds them: an action's error comes before a syntax error at a later token (bison reduces
    a construct when it reads the token after it)."""
    out = []
    semantic = list(semantic)
    for m in reported:
        while semantic and _position(semantic[0]) < _position(m):
            out.append(semantic.pop(0))
        out.append(m)
    return out + semantic


@_without_gc
def sexp_value(src, filename: str = "-", line: int = 1):
    from .ripper_sexp import SexpBuilder, SexpError
    try:
        tree = parse_tree(src, filename, line, ripper=True)
    except SyntaxError:
        return None
    try:
        return SexpBuilder().build(tree)
    except SexpError:
        return None
