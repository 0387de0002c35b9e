"""Unicode character properties for regexps: \\p{...} and the POSIX brackets [[:alpha:]] ...
(cf. Onigmo's enc/unicode.c and its generated name2ctype tables).

Python's `re` has no \\p{...}, so a property becomes an explicit list of code-point ranges,
computed from `unicodedata` on first use and cached. General categories are exact; scripts are
derived from character names ("LATIN ...", "CYRILLIC ..."), an approximation of the Script
property good for the letters, digits and marks of each script.
"""
from __future__ import annotations

import sys
import unicodedata

MAX = sys.maxunicode
_CATS: dict | None = None           # general category -> list of (lo, hi)
_CACHE: dict = {}


def _ranges_of(pred_codes):
    out = []
    start = prev = None
    for c in pred_codes:
        if prev is not None and c == prev + 1:
            prev = c
            continue
        if start is not None:
            out.append((start, prev))
        start = prev = c
    if start is not None:
        out.append((start, prev))
    return out


def _categories():
    global _CATS
    if _CATS is None:
        cats: dict = {}
        cat = unicodedata.category
        last = None
        lo = 0
        for c in range(MAX + 2):
            k = cat(chr(c)) if c <= MAX else None
            if k != last:
                if last is not None:
                    cats.setdefault(last, []).append((lo, c - 1))
                last = k
                lo = c
        _CATS = cats
    return _CATS


def union(*range_lists):
    allr = sorted(r for rl in range_lists for r in rl)
    out = []
    for lo, hi in allr:
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def complement(ranges):
    out = []
    nxt = 0
    for lo, hi in union(ranges):
        if lo > nxt:
            out.append((nxt, lo - 1))
        nxt = hi + 1
    if nxt <= MAX:
        out.append((nxt, MAX))
    return out


def _cats(*names):
    cats = _categories()
    return union(*[cats.get(n, []) for n in cats if any(n.startswith(x) for x in names)])


def _chars(s):
    return union([(ord(c), ord(c)) for c in s])


_SCRIPT_PREFIX = {
    "latin": ("LATIN ",), "greek": ("GREEK ",), "cyrillic": ("CYRILLIC ",),
    "armenian": ("ARMENIAN ",), "hebrew": ("HEBREW ",), "arabic": ("ARABIC",),
    "devanagari": ("DEVANAGARI ",), "thai": ("THAI ",), "hangul": ("HANGUL ",),
    "hiragana": ("HIRAGANA ",), "katakana": ("KATAKANA ",), "georgian": ("GEORGIAN ",),
    "han": ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH"),
}


def _script(name):
    prefixes = _SCRIPT_PREFIX[name]
    uname = unicodedata.name
    codes = []
    # the named scripts have no letters past plane 1 but the CJK ideographs (planes 2 and 3)
    for c in list(range(0x20000)) + list(range(0x20000, 0x3134F + 1) if name == "han" else []):
        if 0x3400 <= c <= 0x9FFF or 0x20000 <= c <= 0x3134F:      # the CJK blocks
            if name == "han" and unicodedata.category(chr(c)) == "Lo":
                codes.append(c)
            continue
        if 0xAC00 <= c <= 0xD7A3:
            if name == "hangul":
                codes.append(c)
            continue
        n = uname(chr(c), "")
        if n.startswith(prefixes):
            codes.append(c)
    if name == "han":
        codes.extend((0x3005, 0x3007, 0x3021, 0x3022, 0x3023, 0x3024, 0x3025, 0x3026, 0x3027,
                      0x3028, 0x3029, 0x3038, 0x3039, 0x303A, 0x303B))
    if name == "latin":
        codes.extend((0xAA, 0xBA))
    return _ranges_of(sorted(set(codes)))


def _ascii_punct_symbols():
    return _chars("$+<=>^`|~")


def _compute(name):
    n = name.lower().replace("_", "").replace(" ", "").replace("-", "")
    if n in ("alpha", "alphabetic"):
        return _cats("L", "Nl")
    if n in ("digit", "nd", "decimalnumber"):
        return _cats("Nd")
    if n in ("alnum",):
        return union(_cats("L", "Nl"), _cats("Nd"))
    if n in ("upper", "uppercase"):
        return union(_cats("Lu"), [(0x2160, 0x216F), (0x24B6, 0x24CF)])
    if n in ("lower", "lowercase"):
        return union(_cats("Ll"), _chars("\u00aa\u00ba"), [(0x2170, 0x217F), (0x24D0, 0x24E9)])
    if n in ("space", "whitespace"):
        return union(_chars(" \t\n\v\f\r\x85\u2028\u2029"), _cats("Zs"))
    if n == "blank":
        return union(_chars("\t"), _cats("Zs"))
    if n in ("cntrl", "cc", "control"):
        return _cats("Cc")
    if n == "punct":
        return union(_cats("P"), _ascii_punct_symbols())
    if n == "xdigit":
        return _chars("0123456789abcdefABCDEF")
    if n == "word":
        return union(_cats("L", "M", "Nd", "Nl", "Pc"))
    if n == "graph":
        return complement(union(_compute("space"), _cats("Cc", "Cn", "Cs")))
    if n == "print":
        return union(_compute("graph"), _cats("Zs"))
    if n == "ascii":
        return [(0, 0x7F)]
    if n == "any":
        return [(0, MAX)]
    if n == "emoji":
        # an approximation of the Emoji property: keycap bases and the pictographic blocks
        return union(_chars("#*0123456789\u00a9\u00ae\u203c\u2049\u2122\u2139"),
                     [(0x2194, 0x21AA), (0x231A, 0x23FF), (0x24C2, 0x24C2), (0x25AA, 0x25FE),
                      (0x2600, 0x27BF), (0x2934, 0x2935), (0x2B05, 0x2B55), (0x3030, 0x303D),
                      (0x3297, 0x3299), (0x1F000, 0x1FAFF)])
    long_cat = {"letter": "L", "uppercaseletter": "Lu", "lowercaseletter": "Ll",
                "titlecaseletter": "Lt", "modifierletter": "Lm", "otherletter": "Lo",
                "mark": "M", "number": "N", "letternumber": "Nl", "othernumber": "No",
                "punctuation": "P", "symbol": "S", "separator": "Z", "other": "C",
                "mathsymbol": "Sm", "currencysymbol": "Sc", "connectorpunctuation": "Pc",
                "dashpunctuation": "Pd", "spaceseparator": "Zs", "format": "Cf",
                "unassigned": "Cn", "privateuse": "Co", "surrogate": "Cs"}
    if n in long_cat:
        return _cats(long_cat[n])
    cats = _categories()
    for c in list(cats) + ["L", "M", "N", "P", "S", "Z", "C"]:
        if c.lower() == n:
            return _cats(c) if len(c) == 1 else cats[c]
    if n in _SCRIPT_PREFIX:
        return _script(n)
    if n == "common":
        return complement(union(*[_script(s) for s in _SCRIPT_PREFIX]))
    return None


def property_ranges(name):
    """The code-point ranges of a Unicode property or POSIX class name, or None if unknown."""
    r = _CACHE.get(name)
    if r is None:
        r = _compute(name)
        if r is None:
            return None
        _CACHE[name] = r
    return r


def ranges_to_class(ranges):
    """The body of a Python character class matching exactly these code points."""
    out = []
    for lo, hi in ranges:
        if lo == hi:
            out.append("\\U%08x" % lo)
        else:
            out.append("\\U%08x-\\U%08x" % (lo, hi))
    return "".join(out)
