"""Ruby's String#inspect for UTF-8 strings (rb_str_inspect), as Ripper prints token texts.

Source text is held as a Python str decoded with 'surrogateescape', so a byte that is not
valid UTF-8 is a lone surrogate U+DC80..U+DCFF and inspects as "\\xNN".
"""
from __future__ import annotations

import unicodedata

_SIMPLE = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\f": "\\f", "\v": "\\v",
           "\b": "\\b", "\a": "\\a", "\x1b": "\\e", '"': '\\"', "\\": "\\\\"}


def _printable(ch: str) -> bool:
    # Onigmo's [[:print:]] for Unicode (non-ASCII): unassigned code points and the line and
    # paragraph separators are not printable; format characters mostly are.
    cat = unicodedata.category(ch)
    return cat not in ("Cn", "Zl", "Zp", "Cs") and ch != "\u200b"


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
