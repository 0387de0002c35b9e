"""Ruby (Onigmo) regexp syntax translated to Python `re` syntax (cf. Onigmo's regparse.c).

The differences handled here: \\A \\z \\Z \\h \\R \\e \\u{...}; \\d \\s \\w \\b are ASCII-only in
Ruby; (?<name>...) and \\k<name>; plain groups do not capture when a pattern has named groups;
POSIX brackets and \\p{...} properties; nested classes and && intersections; (?m) is Python's
DOTALL; /x comments and spaces are dropped here; inline (?i) runs to the end of its group.
What Python's `re` cannot express raises RegexpUnsupported naming the construct.
"""
from __future__ import annotations

import re

from .unicode_props import complement, property_ranges, ranges_to_class, union

IGNORECASE, EXTENDED, MULTILINE = 1, 2, 4


DUP_MARK = "__dup"          # the suffix of a group name's second and later uses


def name_table(groupindex):
    """Ruby group name -> its group numbers, in order, from a Python groupindex."""
    out: dict = {}
    for pyname, i in sorted(groupindex.items(), key=lambda kv: kv[1]):
        out.setdefault(pyname.split(DUP_MARK)[0], []).append(i)
    return out


class RegexpUnsupported(Exception):
    """A construct Python's re cannot express (becomes a Ruby NotImplementedError)."""


class RegexpSyntax(Exception):
    """A malformed pattern (becomes a Ruby RegexpError)."""


_WORD = "a-zA-Z0-9_"
_SPACE = " \\t\\n\\x0b\\f\\r"
_SIMPLE_SETS = {"d": [(48, 57)], "w": [(48, 57), (65, 90), (95, 95), (97, 122)],
                "s": [(9, 13), (32, 32)], "h": [(48, 57), (65, 70), (97, 102)]}
_SIMPLE_BODY = {"d": "0-9", "w": _WORD, "s": _SPACE, "h": "0-9a-fA-F"}
_BOUNDARY = f"(?:(?<=[{_WORD}])(?![{_WORD}])|(?<![{_WORD}])(?=[{_WORD}]))"
_NON_BOUNDARY = f"(?:(?<=[{_WORD}])(?=[{_WORD}])|(?<![{_WORD}])(?![{_WORD}]))"
_LINEBREAK = "(?:\\r\\n|[\\n\\x0b\\f\\r\\x85\\u2028\\u2029])"
_CLASS_SPECIAL = set("[]\\^-&|~")
_INTERVAL = re.compile(r"\{(\d*)(,\d*)?\}")


def has_named_groups(src):
    i = 0
    in_class = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            in_class += 1
        elif c == "]" and in_class:
            in_class -= 1
        elif not in_class and src.startswith("(?<", i) and i + 3 < len(src) and \
                src[i + 3] not in "=!":
            return True
        elif not in_class and src.startswith("(?'", i):
            return True
        i += 1
    return False


class Translator:
    def __init__(self, src, options):
        self.src = src
        self.i = 0
        self.named = has_named_groups(src)
        self.extended = bool(options & EXTENDED)
        self.out = []
        self.closers = [0]          # extra ")" owed at the end of each open group
        self.names = {}              # group name -> times used
        self.refs = []               # names that \k<...> refers to

    # -- helpers -----------------------------------------------------------------------
    def peek(self, k=0):
        j = self.i + k
        return self.src[j] if j < len(self.src) else ""

    def error(self, msg):
        raise RegexpSyntax(msg)

    def read_braced(self, open_, close):
        j = self.src.find(close, self.i)
        if self.peek() != open_ or j < 0:
            return None
        body = self.src[self.i + 1:j]
        self.i = j + 1
        return body

    def prop(self, negate):
        body = self.read_braced("{", "}")
        if body is None:
            self.error("invalid character property name {" + "")
        if body.startswith("^"):
            negate = not negate
            body = body[1:]
        r = property_ranges(body)
        if r is None:
            self.error(f"invalid character property name {{{body}}}")
        return complement(r) if negate else r

    def escape_char(self, c):
        """A single-character escape outside or inside a class: the Python text, or None."""
        if c in "afnrtv":
            return "\\" + c
        if c == "e":
            return "\\x1b"
        if c == "0":
            digs = ""
            while len(digs) < 2 and self.peek() in "01234567" and self.peek():
                digs += self.peek()
                self.i += 1
            return "\\x%02x" % int(digs or "0", 8)
        if c == "x":
            digs = ""
            while len(digs) < 2 and self.peek() and self.peek() in "0123456789abcdefABCDEF":
                digs += self.peek()
                self.i += 1
            if not digs:
                self.error("invalid hex escape")
            return "\\x%02x" % int(digs, 16)
        if c == "u":
            if self.peek() == "{":
                body = self.read_braced("{", "}")
                return "".join("\\U%08x" % int(h, 16) for h in body.split())
            digs = self.src[self.i:self.i + 4]
            self.i += 4
            return "\\u" + digs
        if c == "c" or (c == "C" and self.peek() == "-"):
            if c == "C":
                self.i += 1
            ch = self.peek()
            self.i += 1
            return "\\x%02x" % (ord(ch) & 0x1F)
        if c == "M" and self.peek() == "-":
            raise RegexpUnsupported("meta escape \\M-x in a regexp")
        return None

    # -- the pattern ------------------------------------------------------------------
    def translate(self):
        src = self.src
        out = self.out
        quant = None            # the last token was a quantifier: "simple" (*+?) or "interval"
        atom = None             # where in out the last atom (what a quantifier repeats) starts
        group_starts = []
        while self.i < len(src):
            c = src[self.i]
            self.i += 1
            if self.extended and c in " \t\n\r\f\v":
                continue
            if self.extended and c == "#":
                while self.i < len(src) and src[self.i] != "\n":
                    self.i += 1
                continue
            interval = _INTERVAL.match(src, self.i - 1) if c == "{" else None
            if c in "*+?" or (interval and interval.group(0) not in ("{}", "{,}")):
                text = interval.group(0) if interval else c
                if (quant == "simple" and c in "?+") or (quant == "interval" and c == "?"):
                    out.append(c)               # lazy or possessive
                    quant = "done"
                    continue
                if quant is not None and atom is not None:
                    # Onigmo repeats a repetition (a** is (?:a*)*); Python calls it an error
                    out.insert(atom, "(?:")
                    out.append(")")
                out.append(text)
                if interval:
                    self.i = interval.end()
                quant = "interval" if interval else "simple"
                continue
            quant = None
            start = len(out)
            if c == "\\":
                self.backslash()
                atom = start
            elif c == "[":
                out.append(self.class_expr(*self.char_class()))
                atom = start
            elif c == "(":
                depth = len(self.closers)
                self.group()
                if len(self.closers) > depth:
                    group_starts.append(start)
                atom = None
            elif c == ")":
                if len(self.closers) > 1:
                    out.append(")" * self.closers.pop())
                out.append(")")
                atom = group_starts.pop() if group_starts else None
            elif c == "^":
                # Onigmo's line start is not the end of a string that ends in "\n"
                out.append("(?:\\A|(?<=\n)(?!\\Z))")
                atom = start
            elif c == "|":
                out.append(c)
                atom = None
            else:
                out.append(c)
                atom = start
        out.append(")" * self.closers[0])
        for name in self.refs:
            if name not in self.names:
                self.error(f"undefined name <{name}> reference")
        return "".join(out)

    def backslash(self):
        out = self.out
        c = self.peek()
        if not c:
            self.error("too short escape sequence")
        self.i += 1
        if c == "A":
            out.append("\\A")
        elif c == "z":
            out.append("\\Z")
        elif c == "Z":
            out.append("(?=\\n?\\Z)")
        elif c in "dwsh":
            out.append("[" + _SIMPLE_BODY[c] + "]")
        elif c in "DWSH":
            out.append("[^" + _SIMPLE_BODY[c.lower()] + "]")
        elif c == "b":
            out.append(_BOUNDARY)
        elif c == "B":
            out.append(_NON_BOUNDARY)
        elif c in "pP":
            out.append("[" + ranges_to_class(self.prop(c == "P")) + "]")
        elif c == "R":
            out.append(_LINEBREAK)
        elif c == "k":
            self.backref_k()
        elif c == "g":
            raise RegexpUnsupported("subexpression call \\g<...> in a regexp")
        elif c == "G":
            raise RegexpUnsupported("\\G (match start anchor) in a regexp")
        elif c == "K":
            raise RegexpUnsupported("\\K (keep) in a regexp")
        elif c == "X":
            raise RegexpUnsupported("\\X (extended grapheme cluster) in a regexp")
        elif c in "123456789":
            digs = c
            while self.peek().isdigit():
                digs += self.peek()
                self.i += 1
            out.append("(?:\\" + digs + ")")
        else:
            e = self.escape_char(c)
            if e is not None:
                out.append(e)
            elif c.isalnum():
                out.append(c)
            else:
                out.append("\\" + c)

    def backref_k(self):
        if self.peek() == "<":
            name = self.read_braced("<", ">")
        elif self.peek() == "'":
            j = self.src.find("'", self.i + 1)
            name = self.src[self.i + 1:j]
            self.i = j + 1
        else:
            self.error("invalid backref number/name")
        if name.lstrip("-").isdigit():
            if name.startswith("-"):
                raise RegexpUnsupported("relative backreference \\k<-n> in a regexp")
            self.out.append("(?:\\" + name + ")")
        else:
            self.refs.append(name)
            k = self.names.get(name, 1)
            # a name used more than once: the last group of that name that matched
            refs = [name if i == 1 else f"{name}{DUP_MARK}{i}" for i in range(k, 0, -1)]
            self.out.append("(?:" + "|".join("(?P=" + r + ")" for r in refs) + ")")

    def group_name(self, name):
        """The Python name of a named group: a name used again gets a numbered suffix."""
        if not name.isidentifier() or DUP_MARK in name:
            self.error(f"invalid group name <{name}>")
        k = self.names.get(name, 0) + 1
        self.names[name] = k
        return name if k == 1 else f"{name}{DUP_MARK}{k}"

    def group(self):
        out = self.out
        src = self.src
        if self.peek() != "?":
            out.append("(?:" if self.named else "(")
            self.closers.append(0)
            return
        nxt = self.peek(1)
        if nxt == "<" and self.peek(2) not in ("=", "!", ""):
            j = src.find(">", self.i)
            out.append("(?P<" + self.group_name(src[self.i + 2:j]) + ">")
            self.i = j + 1
            self.closers.append(0)
            return
        if nxt == "'":
            j = src.find("'", self.i + 2)
            out.append("(?P<" + self.group_name(src[self.i + 2:j]) + ">")
            self.i = j + 1
            self.closers.append(0)
            return
        if nxt == "#":
            j = src.find(")", self.i)
            self.i = j + 1
            return
        if nxt in ":=!>" or (nxt == "<" and self.peek(2) in "=!"):
            k = 3 if nxt == "<" else 2
            out.append("(" + src[self.i:self.i + k])
            self.i += k
            self.closers.append(0)
            return
        if nxt == "~":
            raise RegexpUnsupported("absence operator (?~...) in a regexp")
        if nxt == "(":
            j = src.find(")", self.i + 2)
            cond = src[self.i + 2:j].strip("<>'")
            out.append("(?(" + cond + ")")
            self.i = j + 1
            self.closers.append(0)
            return
        # option groups: (?imx-imx) and (?imx-imx:...)
        j = self.i + 1
        on, off, neg = "", "", False
        while j < len(src) and src[j] in "imx-":
            if src[j] == "-":
                neg = True
            elif neg:
                off += src[j]
            else:
                on += src[j]
            j += 1
        if j >= len(src) or src[j] not in ":)":
            self.error("undefined group option")
        if "x" in on or ("x" in off and self.extended):
            raise RegexpUnsupported("inline (?x) option in a regexp")
        off = off.replace("x", "")
        py_on = on.replace("m", "s")
        py_off = off.replace("m", "s")
        flags = py_on + ("-" + py_off if py_off else "")
        self.i = j + 1
        if src[j] == ":":
            out.append("(?" + flags + ":" if flags else "(?:")
            self.closers.append(0)
        else:
            # (?i) runs to the end of the enclosing group (alternatives included)
            if flags:
                out.append("(?" + flags + ":")
                self.closers[-1] += 1

    # -- character classes --------------------------------------------------------------
    def char_class(self):
        """Translate [...] (self.i just past "["): ("body", class body) for a plain class, or
        ("expr", a group matching one character) for negations and intersections."""
        neg = False
        if self.peek() == "^":
            neg = True
            self.i += 1
        parts = [[]]               # the && operands, each a list of class-body pieces
        first = True
        src = self.src
        while True:
            if self.i >= len(src):
                self.error("premature end of char-class")
            c = src[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            if c == "]" and src.find("]", self.i + 1) < 0:
                self.error("empty char-class")
            first = False
            if src.startswith("&&", self.i):
                self.i += 2
                parts.append([])
                continue
            self.i += 1
            cur = parts[-1]
            if c == "[":
                if src.startswith(":", self.i):
                    j = src.find(":]", self.i + 1)
                    if j > 0:
                        name = src[self.i + 1:j]
                        self.i = j + 2
                        pneg = name.startswith("^")
                        r = property_ranges(name.lstrip("^"))
                        if r is None:
                            self.error("invalid POSIX bracket type")
                        cur.append(ranges_to_class(complement(r) if pneg else r))
                        continue
                kind, inner = self.char_class()
                if kind == "body":
                    cur.append(inner)
                else:
                    cur.append(("expr", inner))
                continue
            if c == "\\":
                d = self.peek()
                self.i += 1
                if d in "dwsh":
                    cur.append(_SIMPLE_BODY[d])
                elif d in "DWSH":
                    cur.append(ranges_to_class(complement(_SIMPLE_SETS[d.lower()])))
                elif d in "pP":
                    cur.append(ranges_to_class(self.prop(d == "P")))
                elif d == "b":
                    cur.append("\\x08")
                elif d == "R" or d == "X":
                    self.error(f"invalid escape \\{d} in a char-class")
                else:
                    e = self.escape_char(d)
                    if e is not None:
                        cur.append(e)
                    elif d.isalnum():
                        cur.append(d)
                    else:
                        cur.append("\\" + d)
                continue
            if c in "&|~[":
                cur.append("\\" + c)
            elif c == "-" and (src.startswith("-", self.i) or (cur and cur[-1] == "-")):
                cur.append("\\-")
            else:
                cur.append(c)
        # each && operand: class-body text, plus nested classes that need a group
        operands = []
        for p in parts:
            body = "".join(x for x in p if isinstance(x, str))
            exprs = [x[1] for x in p if not isinstance(x, str)]
            if not body and not exprs:
                self.error("empty char-class")
            operands.append((body, exprs))
        if len(operands) == 1 and not operands[0][1]:
            body = operands[0][0]
            return ("expr", "[^" + body + "]") if neg else ("body", body)

        def expr(body, exprs):
            alts = (["[" + body + "]"] if body else []) + exprs
            return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        inter = "".join("(?=" + expr(*o) + ")" for o in operands[1:]) + expr(*operands[0])
        if neg:
            return "expr", "(?:(?!" + inter + ")[\\s\\S])"
        return "expr", "(?:" + inter + ")"

    @staticmethod
    def class_expr(kind, text):
        return "[" + text + "]" if kind == "body" else text


def translate(src, options):
    return Translator(src, options).translate()


__all__ = ["translate", "RegexpUnsupported", "RegexpSyntax", "union"]
