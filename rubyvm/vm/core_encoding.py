"""Encoding and the String methods about encodings (cf. encoding.c, transcode.c).

An Encoding is a T_DATA object holding its canonical name. Strings keep their encoding in
RString.binary (see core_string): False is UTF-8, True is ASCII-8BIT, a name is any other.
"""
from __future__ import annotations

import unicodedata

from .bootstrap import defm, defs, new_class
from .core_string import (check_frozen, enc_name, from_bytes, like, str_bytes, to_rstr, to_str,
                          valid_encoding)
from .objects import FL_FROZEN, RData, RHash, RString, RSymbol, intern
from .shared_string import (TERMLEN, make_independent, rb_str_replace, shared_replace,
                            str_duplicate, termlen)

# canonical name -> (Python codec, constant names, ascii compatible)
ENCODINGS = {
    "ASCII-8BIT": ("latin-1", ("ASCII_8BIT", "BINARY"), True),
    "UTF-8": ("utf-8", ("UTF_8", "CP65001"), True),
    "US-ASCII": ("ascii", ("US_ASCII", "ASCII", "ANSI_X3_4_1968"), True),
    "UTF-16BE": ("utf-16-be", ("UTF_16BE", "UCS_2BE"), False),
    "UTF-16LE": ("utf-16-le", ("UTF_16LE",), False),
    "UTF-32BE": ("utf-32-be", ("UTF_32BE", "UCS_4BE"), False),
    "UTF-32LE": ("utf-32-le", ("UTF_32LE", "UCS_4LE"), False),
    "UTF-16": ("utf-16", ("UTF_16",), False),
    "UTF-32": ("utf-32", ("UTF_32",), False),
    "ISO-8859-1": ("latin-1", ("ISO_8859_1", "ISO8859_1"), True),
    "ISO-8859-15": ("iso8859-15", ("ISO_8859_15", "ISO8859_15"), True),
    "Windows-1252": ("cp1252", ("Windows_1252", "WINDOWS_1252", "CP1252"), True),
    "Windows-1251": ("cp1251", ("Windows_1251", "WINDOWS_1251", "CP1251"), True),
    "Shift_JIS": ("shift_jis", ("Shift_JIS", "SHIFT_JIS"), True),
    "Windows-31J": ("cp932", ("Windows_31J", "WINDOWS_31J", "CP932", "SJIS"), True),
    "EUC-JP": ("euc_jp", ("EUC_JP", "EucJP", "EUCJP"), True),
    "IBM437": ("cp437", ("IBM437", "CP437"), True),
}
ALIASES = {"BINARY": "ASCII-8BIT", "ASCII": "US-ASCII", "ANSI_X3.4-1968": "US-ASCII",
           "646": "US-ASCII", "CP65001": "UTF-8", "ISO8859-1": "ISO-8859-1",
           "CP1252": "Windows-1252", "CP1251": "Windows-1251", "CP932": "Windows-31J",
           "SJIS": "Windows-31J", "EUCJP": "EUC-JP", "UCS-2BE": "UTF-16BE",
           "UCS-4LE": "UTF-32LE", "CP437": "IBM437", "LOCALE": "UTF-8", "EXTERNAL": "UTF-8",
           "FILESYSTEM": "UTF-8"}
_UNICODE = ("UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE", "UTF-16", "UTF-32")


def canonical(name):
    for n in ENCODINGS:
        if n.upper() == name.upper():
            return n
    return ALIASES.get(name.upper())


def binary_of(name):
    """The RString.binary value for an encoding name."""
    if name == "UTF-8":
        return False
    if name == "ASCII-8BIT":
        return True
    return name


def encoding_obj(vm, name):
    return vm.encodings[canonical(name)]


def enc_arg(vm, v):
    """An Encoding or an encoding name -> the RString.binary value (ArgumentError if unknown)."""
    if isinstance(v, RData) and v.klass is vm.cEncoding:
        return binary_of(v.data)
    name = to_str(vm, v)
    c = canonical(name)
    if c is None:
        vm.arg_error(f"unknown encoding name - {name}")
    return binary_of(c)


def _is_enc(vm, v):
    return isinstance(v, RData) and v.klass is vm.cEncoding


def transcode(vm, s, dst, src, opts):
    """rb_str_encode: s (in src) as a String in dst, honouring invalid:/undef:/replace:/
    fallback:/xml: (cf. transcode.c)."""
    def opt(name):
        if opts is None:
            return None
        e = opts.d.get(intern(name))
        return None if e is None else e[1]
    invalid = opt("invalid")
    undef = opt("undef")
    replace = opt("replace")
    fallback = opt("fallback")
    xml = opt("xml")
    if src == dst and xml is None:
        return None                         # nothing to convert (str_transcode0's -1)
    dst_codec = ENCODINGS[dst][0]
    if replace is not None:
        rep = to_str(vm, replace)
    else:
        rep = "\ufffd" if dst in _UNICODE else "?"
    text = s.s
    out = []
    src_codec = ENCODINGS[src][0]
    binsrc = src == "ASCII-8BIT"
    if s.binary is False:
        units = list(text)
    else:
        try:
            units = list(str_bytes(s).decode(src_codec)) if not binsrc else list(text)
        except UnicodeDecodeError:
            units = list(text)
    for c in units:
        if s.binary is False and "\udc80" <= c <= "\udcff":
            if invalid is not None and type(invalid) is RSymbol and invalid.name == "replace":
                out.append(rep)
                continue
            e = vm.make_exc(vm.eInvalidByteSequenceError,
                            f'"\\x{ord(c) - 0xDC00:02X}" on {src}')
            vm.raise_exc(e)
        if binsrc and ord(c) >= 0x80:
            if undef is not None and type(undef) is RSymbol and undef.name == "replace":
                out.append(rep)
                continue
            vm.raise_(vm.eUndefinedConversionError,
                      f'"\\x{ord(c):02X}" to {dst} in conversion from ASCII-8BIT to UTF-8 to {dst}'
                      if dst != "UTF-8" else f'"\\x{ord(c):02X}" from ASCII-8BIT to UTF-8')
        if xml is not None:
            if c == "&":
                out.append("&amp;")
                continue
            if c == "<":
                out.append("&lt;")
                continue
            if c == ">":
                out.append("&gt;")
                continue
            if c == '"' and xml.name == "attr":
                out.append("&quot;")
                continue
        try:
            c.encode(dst_codec)
            out.append(c)
        except UnicodeEncodeError:
            if fallback is not None:
                from .core_hash import hash_aref
                k = vm.str_new(c)
                if isinstance(fallback, RHash):
                    r = hash_aref(vm, fallback, k)
                else:
                    r = vm.call_method(fallback, "call" if vm.respond_to(fallback, "call") else "[]", [k])
                if r is not None:
                    out.append(to_str(vm, r))
                    continue
            if xml is not None:
                out.append(f"&#x{ord(c):X};")
                continue
            if undef is not None and type(undef) is RSymbol and undef.name == "replace":
                out.append(rep)
                continue
            vm.raise_(vm.eUndefinedConversionError,
                      f"U+{ord(c):04X} from UTF-8 to {dst}" if src == "UTF-8" else
                      f"U+{ord(c):04X} to {dst} in conversion from {src} to UTF-8 to {dst}")
    res = "".join(out)
    if xml is not None and xml.name == "attr":
        res = '"' + res + '"'
    if dst == "UTF-8":
        return RString(vm.cString, res, False)
    data = res.encode(dst_codec)
    return RString(vm.cString, data.decode("latin-1"), binary_of(dst))


def scrub_text(vm, s, rep, blk):
    """rb_str_scrub: replace each invalid byte sequence."""
    if s.binary is not False:
        if s.binary == "US-ASCII" and not s.s.isascii():
            return "".join(c if c < "\x80" else (rep if blk is None else _yield_rep(vm, blk, bytes([ord(c)]))) for c in s.s)
        return s.s
    out = []
    t = s.s
    i = 0
    n = len(t)
    while i < n:
        c = t[i]
        if "\udc80" <= c <= "\udcff":
            # a truncated multibyte sequence is one invalid unit
            b0 = ord(c) - 0xDC00
            need = 1 if 0xC2 <= b0 <= 0xDF else 2 if 0xE0 <= b0 <= 0xEF else 3 if 0xF0 <= b0 <= 0xF4 else 0
            j = i + 1
            while need and j < n and "\udc80" <= t[j] <= "\udcbf" and j - i <= need:
                j += 1
            if j - i > need:
                j = i + 1
            bad = bytes(ord(x) - 0xDC00 for x in t[i:j])
            out.append(rep if blk is None else _yield_rep(vm, blk, bad))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _yield_rep(vm, blk, bad):
    r = vm.yield_block(blk, [RString(vm.cString, bad.decode("latin-1"), True)])
    return to_str(vm, r)


def init(vm):
    E = vm.cEncoding
    E.allocator = None
    vm.encodings = {}
    for name, (_codec, consts, _) in ENCODINGS.items():
        e = RData(E, name)
        e.flags |= FL_FROZEN
        vm.encodings[name] = e
        for c in consts:
            E.const_tbl[c] = e
    ee = vm.eEncodingError
    vm.eEncCompatError = new_class(vm, "Encoding::CompatibilityError", ee, E)
    vm.eUndefinedConversionError = new_class(vm, "Encoding::UndefinedConversionError", ee, E)
    vm.eInvalidByteSequenceError = new_class(vm, "Encoding::InvalidByteSequenceError", ee, E)
    vm.eConverterNotFoundError = new_class(vm, "Encoding::ConverterNotFoundError", ee, E)
    defm(E, "name", lambda vm, e, a, b: vm.str_new(e.data), 0)
    defm(E, "to_s", lambda vm, e, a, b: vm.str_new(e.data), 0)
    defm(E, "inspect", lambda vm, e, a, b: vm.str_new(
        f"#<Encoding:{e.data}{' (dummy)' if e.data in ('UTF-16', 'UTF-32') else ''}>"), 0)
    defm(E, "names", lambda vm, e, a, b: vm.ary_new(
        [vm.str_new(e.data)] + [vm.str_new(k) for k, v in ALIASES.items() if v == e.data]), 0)
    defm(E, "ascii_compatible?", lambda vm, e, a, b: ENCODINGS[e.data][2], 0)
    defm(E, "dummy?", lambda vm, e, a, b: e.data in ("UTF-16", "UTF-32"), 0)

    def find(vm, k, a, b):
        x = a[0]
        if _is_enc(vm, x):
            return x
        name = to_str(vm, x)
        c = canonical(name)
        if c is None:
            vm.arg_error(f"unknown encoding name - {name}")
        return vm.encodings[c]
    defs(vm, E, "find", find, 1)
    defs(vm, E, "list", lambda vm, k, a, b: vm.ary_new(list(vm.encodings.values())), 0)
    defs(vm, E, "name_list", lambda vm, k, a, b: vm.ary_new(
        [vm.str_new(n) for n in list(ENCODINGS) + list(ALIASES)]), 0)
    defs(vm, E, "aliases", lambda vm, k, a, b: _aliases(vm), 0)
    defs(vm, E, "locale_charmap", lambda vm, k, a, b: vm.str_new("UTF-8"), 0)
    defm(E, "_dump", lambda vm, e, a, b: vm.str_new(e.data), -1)
    defs(vm, E, "_load", lambda vm, k, a, b: find(vm, k, a, b), 1)
    defs(vm, E, "default_external", lambda vm, k, a, b: vm.encodings["UTF-8"], 0)
    defs(vm, E, "default_internal", lambda vm, k, a, b: None, 0)
    defs(vm, E, "default_external=", lambda vm, k, a, b: a[0], 1)
    defs(vm, E, "default_internal=", lambda vm, k, a, b: a[0], 1)

    def compatible(vm, k, a, b):
        x, y = a
        if isinstance(x, RString) and isinstance(y, RString):
            from .core_string import result_binary
            from .frame import RubyError
            try:
                r = result_binary(vm, x, y)
            except RubyError:
                return None
            return encoding_obj(vm, "UTF-8" if r is False else "ASCII-8BIT" if r is True else r)
        return None
    defs(vm, E, "compatible?", compatible, 2)


def _aliases(vm):
    from .core_hash import hash_aset
    h = vm.hash_new()
    for k, v in ALIASES.items():
        hash_aset(vm, h, vm.str_new(k), vm.str_new(v))
    return h


def init_string(vm):
    """The String methods about encodings (called from core_string.init)."""
    init(vm)
    S = vm.cString

    def s_encoding(vm, s, a, b):
        name = enc_name(s)
        return vm.encodings.get(name) or vm.encodings[canonical(name) or "ASCII-8BIT"]
    defm(S, "encoding", s_encoding, 0)

    def s_force_encoding(vm, s, a, b):
        # rb_enc_associate: only the label changes, so a shared string stays shared --
        # unless the terminator's width changes (rb_str_change_terminator_length)
        check_frozen(vm, s)
        nb = enc_arg(vm, a[0])
        data = str_bytes(s)
        if s.shared is not None and TERMLEN.get(nb, 1) != termlen(s):
            make_independent(s)
        s.binary = nb
        s.s = from_bytes(data, nb)
        return s
    defm(S, "force_encoding", s_force_encoding, 1)

    def s_b(vm, s, a, b):
        # str_duplicate(rb_cString, str), then labelled ASCII-8BIT: it shares a long str
        r = str_duplicate(vm, vm.cString, s)
        data = str_bytes(r)
        r.binary = True
        r.s = data.decode("latin-1")
        return r
    defm(S, "b", s_b, 0)
    defm(S, "valid_encoding?", lambda vm, s, a, b: valid_encoding(s), 0)
    defm(S, "ascii_only?", lambda vm, s, a, b: s.s.isascii() and (
        s.binary is False or s.binary is True or ENCODINGS.get(s.binary, (0, 0, True))[2]), 0)

    def encoded(vm, s, a, kw):
        """str_transcode: the converted String, or None when there is nothing to convert."""
        if len(a) > 2:
            vm.wrong_args(len(a), 0, 2)
        if not a:
            if kw is None or not kw.d:
                return None
            dst = canonical(enc_name(s)) or "ASCII-8BIT"
        else:
            dst = _name_arg(vm, a[0])
        src = _name_arg(vm, a[1]) if len(a) > 1 else (canonical(enc_name(s)) or "ASCII-8BIT")
        if src == "ASCII-8BIT" and dst == "ASCII-8BIT":
            return None
        return transcode(vm, s, dst, src, kw)

    def s_encode(vm, s, a, b, kw=None):
        r = encoded(vm, s, a, kw)
        # encoded_dup: no conversion gives rb_str_dup(str), which shares a long str
        return str_duplicate(vm, vm.cString, s) if r is None else r
    defm(S, "encode", s_encode, -1, kw=True)

    def s_encode_bang(vm, s, a, b, kw=None):
        check_frozen(vm, s)
        r = encoded(vm, s, a, kw)
        if r is not None:
            shared_replace(vm, s, r)        # rb_str_shared_replace
        return s
    defm(S, "encode!", s_encode_bang, -1, kw=True)

    def form_of(vm, a):
        if not a:
            return "NFC"
        f = a[0]
        if type(f) is not RSymbol or f.name not in ("nfc", "nfd", "nfkc", "nfkd"):
            from .core_object import to_s
            vm.arg_error(f"Invalid normalization form {to_s(vm, f)}.")
        return f.name.upper()

    def s_unicode_normalize(vm, s, a, b):
        # normalize.rb's gsub: text already normalized comes back as str_duplicate (shared)
        r = unicodedata.normalize(form_of(vm, a), s.s)
        return str_duplicate(vm, vm.cString, s) if r == s.s else like(vm, s, r)
    defm(S, "unicode_normalize", s_unicode_normalize, -1)

    def s_unicode_normalize_bang(vm, s, a, b):
        # rb_str_unicode_normalize_bang: rb_str_replace(str, str.unicode_normalize), where
        # text that is already normalized comes back as gsub's copy of str (shared)
        check_frozen(vm, s)
        r = unicodedata.normalize(form_of(vm, a), s.s)
        rb_str_replace(vm, s, str_duplicate(vm, vm.cString, s) if r == s.s else like(vm, s, r))
        return s
    defm(S, "unicode_normalize!", s_unicode_normalize_bang, -1)
    defm(S, "unicode_normalized?", lambda vm, s, a, b:
         unicodedata.is_normalized(form_of(vm, a), s.s), -1)

    def rep_of(vm, s, a):
        if a and a[0] is not None:
            return to_str(vm, a[0])
        return "\ufffd" if s.binary is False else "?"

    def s_scrub(vm, s, a, b):
        r = scrub_text(vm, s, rep_of(vm, s, a), b if not a or a[0] is None else None)
        return str_duplicate(vm, vm.cString, s) if r == s.s else like(vm, s, r)
    defm(S, "scrub", s_scrub, -1)

    def s_scrub_bang(vm, s, a, b):
        # rb_str_scrub_bang: replaced only when something was scrubbed
        check_frozen(vm, s)
        r = scrub_text(vm, s, rep_of(vm, s, a), b if not a or a[0] is None else None)
        if r != s.s:
            rb_str_replace(vm, s, like(vm, s, r))
        return s
    defm(S, "scrub!", s_scrub_bang, -1)


def _name_arg(vm, v):
    if _is_enc(vm, v):
        return v.data
    name = to_str(vm, v)
    c = canonical(name)
    if c is None:
        vm.raise_(vm.eConverterNotFoundError, f"code converter not found ({name})")
    return c


__all__ = ["encoding_obj", "enc_arg", "init", "init_string", "to_rstr"]
