"""The parser's entry points: tokens -> lark tree -> (Ripper sexp | NODE_* AST), with errors
turned into CRuby's messages."""
from __future__ import annotations

from .builder import Builder
from .driver import ParseFailure, locate_empty, parse_tree as _parse_tree
from .errors import ErrorMessage, SyntaxError, syntax_error_message
from .terminals import FROM_LARK, DISPLAY

# bison's token numbers, for the order of the "expecting" list (yytname order)
_NUMBERED = ["tDOT2", "tDOT3", "tBDOT2", "tBDOT3", "tUPLUS", "tUMINUS", "tPOW", "tCMP", "tLSHFT",
             "tRSHFT", "tLEQ", "tGEQ", "tEQ", "tEQQ", "tNEQ", "tMATCH", "tNMATCH", "tAREF", "tASET",
             "tCOLON2", "tANDOP", "tOROP", "tANDDOT"]


def _token_number(lark_name: str) -> int:
    from .terminals import PARSE_Y_NAMES
    name = FROM_LARK.get(lark_name, lark_name)
    if name == "$end":
        return 0
    if name.startswith("'") and len(name) >= 3:
        ch = name[1:-1]
        return 10 if ch == "\\n" else ord(ch[0])
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


def _lexer_errors(lexer, src, filename):
    out = []
    for e in getattr(lexer, "errors", []) or []:
        out.append(e)
    return out


def failure_message(f: ParseFailure, src, filename: str) -> ErrorMessage:
    tok = f.token
    expected = sorted(f.expected, key=_token_number)
    msg = syntax_error_message(_display(tok.type), [_display(e) for e in expected])
    lines = _lines(src)
    line = tok.line
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return ErrorMessage(filename, line, msg, text, (tok.line, tok.column), (tok.end_line, tok.end_column))


def parse_tree(src, filename: str = "-", line: int = 1, ripper: bool = False):
    try:
        tree = _parse_tree(src, filename, line, ripper)
    except ParseFailure as f:
        errs = _lexer_errors(f.lexer, src, filename)
        raise SyntaxError(errs or [failure_message(f, src, filename)]) from None
    errs = _lexer_errors(getattr(tree, "lexer", None), src, filename)
    if errs:
        raise SyntaxError(errs)
    return tree


def parse(src, filename: str = "-", line: int = 1):
    tree = locate_empty(parse_tree(src, filename, line))
    b = Builder(filename)
    node = b.visit(tree)
    if b.errors:
        lines = _lines(src)
        msgs = []
        for e in b.errors:
            text = lines[e.line - 1] if 0 < e.line <= len(lines) else ""
            msgs.append(ErrorMessage(filename, e.line, e.msg, text, (e.line, e.column),
                                     (e.line, e.column + e.width)))
        raise SyntaxError(msgs)
    return node


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
