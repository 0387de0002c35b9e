"""Ruby's String#inspect for UTF-8 strings (rb_str_inspect), as Ripper prints token texts.

Source text is held as a Python str decoded with 'surrogateescape', so a byte that is not
valid UTF-8 is a lone surrogate U+DC80..U+DCFF and inspects as "\\xNN".
"""
from __future__ import annotations

import bisect

from .nonprint import NONPRINT_RANGES

_STARTS = [a for a, _ in NONPRINT_RANGES]

_SIMPLE = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\f": "\\f", "\v": "\\v",
           "\b": "\\b", "\a": "\\a", "\x1b": "\\e", '"': '\\"', "\\": "\\\\"}


def _printable(ch: str) -> bool:
    """Onigmo's [[:print:]] for a non-ASCII character, from CRuby's own table."""
    cp = ord(ch)
    i = bisect.bisect_right(_STARTS, cp) - 1
    return i < 0 or cp > NONPRINT_RANGES[i][1]


def ruby_str_inspect(s: str) -> str:
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s and "#" not in s:
        return '"' + s + '"'
    out = ['"']
    n = len(s)
    for i, ch in enumerate(s):
        esc = _SIMPLE.get(ch)
        if esc is not None:
            out.append(esc)
        elif ch == "#":
            nxt = s[i + 1] if i + 1 < n else ""
            out.append("\\#" if nxt in ("{", "$", "@") else "#")
        elif "\udc80" <= ch <= "\udcff":
            out.append("\\x%02X" % (ord(ch) - 0xDC00))
        elif ch == " " or (ch.isascii() and ch.isprintable()):
            out.append(ch)
        elif ord(ch) < 0x80 or not _printable(ch):
            cp = ord(ch)
            out.append("\\u%04X" % cp if cp <= 0xFFFF else "\\u{%X}" % cp)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
