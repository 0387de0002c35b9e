"""Numeric literals: parse.y's parse_numeric and number_literal_suffix (state END)."""
from __future__ import annotations

from .state import (END)


class NumericMixin:
    def parse_numeric(self, c: str, start: int, sign: str = ""):
        """parse_numeric(): integers, floats, rationals and imaginaries; state END."""
        self.state = END
        if c == "0":
            c = self.nextc()
            base = 0
            if c in ("x", "X"):
                base, digits = 16, "0123456789abcdefABCDEF"
            elif c in ("b", "B"):
                base, digits = 2, "01"
            elif c in ("d", "D"):
                base, digits = 10, "0123456789"
            elif c in ("o", "O", "_") or (c and c in "01234567"):
                base, digits = 8, "01234567"
                if c not in ("o", "O"):
                    self.pushback(c)      # `0_7` and `017`: the digits start here
            if base:
                count = 0
                nondigit = ""
                while True:
                    c = self.nextc()
                    if c == "_":
                        if nondigit:
                            break
                        nondigit = c
                        continue
                    if base == 8 and c in ("8", "9"):
                        self.error("Invalid octal digit")
                        continue
                    if not c or c not in digits:
                        break
                    nondigit = ""
                    count += 1
                self.pushback(c)
                if count == 0:
                    self.error("numeric literal without digits", start, width=self.p - start)
                elif nondigit:
                    self.error("trailing `%s' in number" % nondigit)
                return self._number("tINTEGER", start, self._suffix(True))
            if c in ("8", "9"):
                self.error("Invalid octal digit")
            elif c in (".", "e", "E"):
                self.pushback(c)
                c = "0"
                # continue as a decimal number starting with "0"
                return self._decimal(c, start, started=True)
            else:
                self.pushback(c)
                return self._number("tINTEGER", start, self._suffix(True))
        return self._decimal(c, start)

    def _decimal(self, c: str, start: int, started: bool = False):
        """The decimal part of parse_numeric(); `c` is the first digit, already read
        (or, with `started`, a leading "0" was read and the next character pushed back)."""
        seen_point = seen_e = False
        nondigit = ""
        if started:
            c = self.nextc()
        while True:
            if c and c.isascii() and c.isdigit():
                nondigit = ""
            elif c == ".":
                if nondigit or seen_point or seen_e:
                    break
                c0 = self.nextc()
                if not (c0 and c0.isascii() and c0.isdigit()):
                    self.pushback(c0)      # `1.foo`: the dot is a method call
                    break
                seen_point = True
            elif c in ("e", "E"):
                if nondigit or seen_e:
                    break
                c1 = self.nextc()
                if c1 not in ("-", "+") and not (c1 and c1.isascii() and c1.isdigit()):
                    self.pushback(c1)      # `1end`: the e is not part of the number
                    break
                seen_e = True
                nondigit = c1 if c1 in ("-", "+") else ""
            elif c == "_":
                if nondigit:
                    break
                nondigit = c
            else:
                break
            c = self.nextc()
        self.pushback(c)                   # the character that ended the number
        if nondigit:
            self.error("trailing `%s' in number" % nondigit)
        if seen_point or seen_e:
            suffix = self._suffix(not seen_e)
            typ = {"": "tFLOAT", "r": "tRATIONAL", "i": "tIMAGINARY", "ri": "tIMAGINARY"}[suffix]
            return self._tok(typ, start)
        return self._number("tINTEGER", start, self._suffix(True))

    def _suffix(self, allow_r: bool) -> str:
        """number_literal_suffix(): the optional r / i / ri after a number."""
        save = self.p
        result = ""
        allow_i = True
        while True:
            c = self.nextc()
            if allow_i and c == "i":
                result += "i"
                allow_i = allow_r = False
                continue
            if allow_r and c == "r":
                result += "r"
                allow_r = False
                continue
            if c and (not c.isascii() or c.isalpha() or c == "_"):
                self.p = save
                return ""
            self.pushback(c)
            return result

    def _number(self, typ: str, start: int, suffix: str) -> str:
        if suffix:
            typ = "tRATIONAL" if suffix == "r" else "tIMAGINARY"
        return self._tok(typ, start)

    # ------------------------------------------------------------------ local variables
