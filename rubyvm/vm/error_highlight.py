"""error_highlight, as bundled with CRuby 3.1: a NameError's message gets the code line of the
failing call and a row of carets under it (cf. error_highlight/base.rb, core_ext.rb).

    undefined method `upcase' for nil:NilClass

      entry.upcase
           ^^^^^^^

CRuby finds the node of the call from the backtrace location's node_id and takes its columns.
We record, when the exception is raised, the instruction the innermost Ruby frame was running
(the call, or the constant lookup, that failed); when the message is asked for, we find that
call's text in the source line: `.name` for a call with a receiver, the operator of a binary
operator call, the name of a call without receiver or of a constant. When the line holds the
same call more than once we take the occurrence in instruction order, and give up (no
highlight) when the counts disagree.
"""
from __future__ import annotations

import os
import re

from .decode import VM_CALL_FCALL, VM_CALL_VCALL, CallData

_OPERATORS = {"+", "-", "*", "/", "%", "**", "==", "!=", "<", "<=", ">", ">=", "<<", ">>",
              "&", "|", "^", "<=>", "=~", "===", "!~"}
_OP_CHARS = set("+-*/%=!<>&|^~")
_SOURCES: dict = {}


def record_site(vm, exc):
    """At raise: remember (iseq, instruction index) of the call the error comes from."""
    frames = vm.frames
    for i in range(len(frames) - 1, -1, -1):
        g = frames[i]
        if g.iseq is None or g.internal or g.iseq.path.startswith("<internal:"):
            continue
        if g.pc > 0:
            exc.ivars["__spot"] = (g.iseq, g.pc - 1, vm.frame_line(g))
        return


def _source_line(path, line):
    if path.startswith("<") or path.startswith("("):
        return None
    lines = _SOURCES.get(path)
    if lines is None:
        try:
            with open(path, "rb") as fh:
                lines = fh.read().decode("utf-8", "surrogateescape").split("\n")
        except OSError:
            lines = []
        _SOURCES[path] = lines
    if 1 <= line <= len(lines):
        return lines[line - 1]
    return None


def _site_key(ins):
    """(kind, name) of a decoded instruction that error_highlight can point at."""
    name = ins[0].__name__
    if name == "i_getconstant":
        return ("const", ins[1])
    cd = next((o for o in ins[1:] if isinstance(o, CallData)), None)
    if cd is None:
        return None
    mid = cd.mid
    if mid is None or ins[0].__name__ in ("i_invokesuper", "i_invokeblock"):
        return None
    if mid in _OPERATORS and cd.argc == 1:
        return ("op", mid)
    if cd.flag & (VM_CALL_FCALL | VM_CALL_VCALL):
        return ("fcall", mid)
    if mid == "[]" or mid == "[]=" or mid.endswith("="):
        return None
    return ("call", mid)


def _occurrences(text, kind, name):
    """(first column, last column) of each textual occurrence, left to right."""
    out = []
    esc = re.escape(name)
    if kind == "op":
        for m in re.finditer(esc, text):
            a, b = m.start(), m.end()
            before = text[a - 1] if a > 0 else " "
            after = text[b] if b < len(text) else " "
            # not part of a longer operator (but `+=` is the `+` call)
            if before in _OP_CHARS:
                continue
            if after in _OP_CHARS and not (after == "=" and name not in ("=", "<", ">", "!")
                                           and text[b + 1:b + 2] not in ("=", "~")):
                continue
            out.append((a, b))
    elif kind == "call":
        for m in re.finditer(r"(&?\.)" + esc + r"(?![\w?!=])", text):
            out.append((m.start(), m.end()))
    else:   # fcall / const: the bare name
        for m in re.finditer(r"(?<![\w.:@$])" + esc + r"(?![\w?!])", text):
            out.append((m.start(), m.end()))
    return out


def spot(exc):
    """The text error_highlight appends to the message, or ''."""
    iv = exc.ivars or {}
    site = iv.get("__spot")
    if site is None:
        return ""
    iseq, idx, line = site
    dec = getattr(iseq, "_dec", None)
    if dec is None or idx >= len(dec.code):
        return ""
    code = dec.plain if dec.plain is not None else \
        dec.unfused if dec.unfused is not None else dec.code
    key = _site_key(code[idx])
    if key is None:
        return ""
    text = _source_line(iseq.path, line)
    if text is None:
        return ""
    occ = _occurrences(text, *key)
    # the same call on this line, in instruction order
    same = [i for i in range(len(code)) if dec.lines[i] == line and _site_key(code[i]) == key]
    if not occ or len(occ) != len(same) or idx not in same:
        return ""
    a, b = occ[same.index(idx)]
    indent = re.sub(r"[^\t]", " ", text[:a])
    return f"\n\n{text}\n{indent}{'^' * (b - a)}"


def clear_cache():
    _SOURCES.clear()


__all__ = ["record_site", "spot", "clear_cache", "os"]
