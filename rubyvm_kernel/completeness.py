"""is_complete: is a cell finished Ruby, or does it wait for more lines? Decided by our parser
(the same one that runs the cell), as irb decides with Ripper."""
from __future__ import annotations

# what CRuby's messages say when input stops too early
_AT_EOF = ("unexpected end-of-input", "meets end of file", "anywhere before EOF")


def is_complete(code: str) -> tuple[str, str]:
    """("complete" | "incomplete" | "invalid", indent for the next line)."""
    from rubyvm.lexer import RubySyntaxError
    from rubyvm.parser import parse
    if code.rstrip(" \t").endswith("\\"):
        return "incomplete", ""
    try:
        parse(code.encode("utf-8", "surrogateescape"), "(cell)")
    except RubySyntaxError as e:
        first = str(e).splitlines()[0] if str(e) else ""
        if any(marker in first for marker in _AT_EOF):
            return "incomplete", "  "
        return "invalid", ""
    return "complete", ""
