"""Array#pack and String#unpack / #unpack1 (cf. pack.c), on Python's struct and binascii."""
from __future__ import annotations

import base64
import binascii
import struct

from .bootstrap import defm
from .objects import RArray, RString

# integer directives: (size, signed, byte order); "" = native (little-endian here)
_INTS = {"C": (1, False, "<"), "c": (1, True, "<"),
         "S": (2, False, "<"), "s": (2, True, "<"), "L": (4, False, "<"), "l": (4, True, "<"),
         "Q": (8, False, "<"), "q": (8, True, "<"), "J": (8, False, "<"), "j": (8, True, "<"),
         "n": (2, False, ">"), "N": (4, False, ">"), "v": (2, False, "<"), "V": (4, False, "<")}
_FLOATS = {"e": "<f", "E": "<d", "g": ">f", "G": ">d", "f": "<f", "F": "<f", "d": "<d", "D": "<d"}


def parse_template(vm, fmt):
    """The directives of a template: (letter, count, modifiers); count None = absent, '*'."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c in " \t\n\v\f\r":
            continue
        if c == "#":
            while i < n and fmt[i] != "\n":
                i += 1
            continue
        mods = ""
        while i < n and fmt[i] in "_!<>":
            mods += fmt[i]
            i += 1
        count = None
        if i < n and fmt[i] == "*":
            count = "*"
            i += 1
        elif i < n and fmt[i].isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
        out.append((c, count, mods))
    return out


def _int_spec(c, mods):
    size, signed, order = _INTS[c]
    if c in "SsLlQqJj":
        if ">" in mods:
            order = ">"
        if ("_" in mods or "!" in mods) and c in "Ll":
            size = 8
    return size, signed, order


def pack(vm, ary, fmt):
    from .core_string import to_str, to_long
    items = ary.a
    k = 0
    out = bytearray()
    utf8 = None

    def nxt():
        nonlocal k
        if k >= len(items):
            vm.arg_error("too few arguments")
        v = items[k]
        k += 1
        return v
    for c, count, mods in parse_template(vm, fmt):
        if c in _INTS:
            size, signed, order = _int_spec(c, mods)
            reps = len(items) - k if count == "*" else (1 if count is None else count)
            for _ in range(reps):
                v = to_long(vm, nxt()) & ((1 << (8 * size)) - 1)
                out += v.to_bytes(size, "little" if order == "<" else "big")
            if utf8 is None:
                utf8 = False
        elif c == "U":
            reps = len(items) - k if count == "*" else (1 if count is None else count)
            for _ in range(reps):
                v = to_long(vm, nxt())
                if v < 0:
                    vm.raise_(vm.eRangeError, "pack(U): value out of range")
                out += chr(v).encode("utf-8", "surrogatepass")
            if utf8 is None:
                utf8 = True
        elif c in _FLOATS:
            reps = len(items) - k if count == "*" else (1 if count is None else count)
            for _ in range(reps):
                v = nxt()
                from .core_numeric import to_float
                out += struct.pack(_FLOATS[c], to_float(vm, v))
        elif c in "aAZ":
            s = nxt()
            data = _bytes_of(vm, s)
            if count == "*":
                out += data + (b"\0" if c == "Z" else b"")
            else:
                ln = 1 if count is None else count
                pad = b" " if c == "A" else b"\0"
                out += data[:ln] + pad * (ln - len(data[:ln]))
        elif c in "Hh":
            s = to_str(vm, nxt())
            ln = len(s) if count == "*" else (1 if count is None else count)
            digs = s[:ln]
            if len(digs) % 2:
                digs += "0"
            if c == "h":
                digs = "".join(digs[i + 1] + digs[i] for i in range(0, len(digs), 2))
            out += bytes(int(digs[i:i + 2], 16) for i in range(0, len(digs), 2))
        elif c in "Bb":
            s = to_str(vm, nxt())
            ln = len(s) if count == "*" else (1 if count is None else count)
            bits = s[:ln]
            bits += "0" * (-len(bits) % 8)
            for i in range(0, len(bits), 8):
                chunk = bits[i:i + 8]
                if c == "b":
                    chunk = chunk[::-1]
                out.append(int("".join("1" if ch == "1" else "0" for ch in chunk), 2))
        elif c == "m":
            data = _bytes_of(vm, nxt())
            if count == 0:
                out += base64.b64encode(data)
            else:
                width = 45 if count in (None, "*") or count < 3 else count // 3 * 3
                for i in range(0, len(data), width):
                    out += base64.b64encode(data[i:i + width]) + b"\n"
        elif c == "u":
            data = _bytes_of(vm, nxt())
            width = 45 if count in (None, "*") or count < 3 else min(count // 3 * 3, 45)
            for i in range(0, len(data), width):
                out += binascii.b2a_uu(data[i:i + width], backtick=True)
        elif c == "x":
            out += b"\0" * (1 if count is None else 0 if count == "*" else count)
        elif c == "X":
            del out[len(out) - (1 if count is None else count):]
        elif c == "@":
            pos = 1 if count is None else count
            if pos > len(out):
                out += b"\0" * (pos - len(out))
            else:
                del out[pos:]
        elif c == "w":
            reps = len(items) - k if count == "*" else (1 if count is None else count)
            for _ in range(reps):
                v = to_long(vm, nxt())
                enc = [v & 0x7F]
                v >>= 7
                while v:
                    enc.append(0x80 | (v & 0x7F))
                    v >>= 7
                out += bytes(reversed(enc))
        else:
            vm.arg_error(f"unknown pack directive '{c}' in '{fmt}'")
    if utf8:
        return RString(vm.cString, out.decode("utf-8", "surrogateescape"), False)
    return RString(vm.cString, out.decode("latin-1"), True)


def _bytes_of(vm, s):
    from .core_string import str_bytes, to_rstr
    return str_bytes(to_rstr(vm, s))


def unpack(vm, s, fmt, single=False, offset=0):
    from .core_string import str_bytes
    data = str_bytes(s)
    pos = offset
    out = []
    n = len(data)

    def new_bin(b):
        return RString(vm.cString, b.decode("latin-1"), True)
    for c, count, mods in parse_template(vm, fmt):
        if single and out:
            break
        if c in _INTS:
            size, signed, order = _int_spec(c, mods)
            reps = (n - pos) // size if count == "*" else (1 if count is None else count)
            for _ in range(reps):
                if pos + size > n:
                    if count != "*":
                        out.append(None)
                    pos = n
                    continue
                out.append(int.from_bytes(data[pos:pos + size], "little" if order == "<" else "big",
                                          signed=signed))
                pos += size
        elif c == "U":
            reps = None if count == "*" else (1 if count is None else count)
            txt = data[pos:].decode("utf-8", "surrogateescape")
            i = 0
            while i < len(txt) and (reps is None or i < reps):
                ch = txt[i]
                if "\udc80" <= ch <= "\udcff":
                    vm.arg_error("malformed UTF-8 character")
                out.append(ord(ch))
                pos += len(ch.encode("utf-8", "surrogatepass"))
                i += 1
        elif c in _FLOATS:
            size = struct.calcsize(_FLOATS[c])
            reps = (n - pos) // size if count == "*" else (1 if count is None else count)
            for _ in range(reps):
                if pos + size > n:
                    out.append(None)
                    continue
                out.append(struct.unpack(_FLOATS[c], data[pos:pos + size])[0])
                pos += size
        elif c in "aAZ":
            ln = n - pos if count == "*" else (1 if count is None else count)
            chunk = data[pos:pos + ln]
            if c == "Z":
                z = chunk.find(b"\0")
                if z >= 0:
                    chunk = chunk[:z]
                    ln = z + 1 if count == "*" else ln
            elif c == "A":
                chunk = chunk.rstrip(b" \0")
            pos += min(ln, n - pos)
            out.append(new_bin(chunk))
        elif c in "Hh":
            ln = (n - pos) * 2 if count == "*" else (1 if count is None else count)
            hx = binascii.hexlify(data[pos:pos + (ln + 1) // 2]).decode()
            if c == "h":
                hx = "".join(hx[i + 1] + hx[i] for i in range(0, len(hx), 2))
            out.append(vm.str_new(hx[:ln], "US-ASCII"))
            pos += (ln + 1) // 2
        elif c in "Bb":
            ln = (n - pos) * 8 if count == "*" else (1 if count is None else count)
            bits = "".join(format(x, "08b")[::-1 if c == "b" else 1] for x in data[pos:pos + (ln + 7) // 8])
            out.append(vm.str_new(bits[:ln], "US-ASCII"))
            pos += (ln + 7) // 8
        elif c == "m":
            chunk = data[pos:]
            try:
                dec = base64.b64decode(b"".join(chunk.split()) + b"==", validate=False) if count != 0 \
                    else base64.b64decode(chunk, validate=True)
            except (binascii.Error, ValueError):
                vm.arg_error("invalid base64")
            out.append(new_bin(dec))
            pos = n
        elif c == "u":
            dec = bytearray()
            for line in data[pos:].split(b"\n"):
                if line.strip():
                    try:
                        dec += binascii.a2b_uu(line)
                    except binascii.Error:
                        break
            out.append(new_bin(bytes(dec)))
            pos = n
        elif c == "x":
            pos += 1 if count is None else (n - pos if count == "*" else count)
            if pos > n:
                vm.arg_error("x outside of string")
        elif c == "X":
            pos -= 1 if count is None else count
            if pos < 0:
                vm.arg_error("X outside of string")
        elif c == "@":
            pos = offset + (0 if count is None else count)
        elif c == "w":
            reps = None if count == "*" else (1 if count is None else count)
            while pos < n and (reps is None or reps > 0):
                v = 0
                while pos < n:
                    byte = data[pos]
                    pos += 1
                    v = (v << 7) | (byte & 0x7F)
                    if not byte & 0x80:
                        break
                out.append(v)
                if reps is not None:
                    reps -= 1
        # an unknown directive is skipped (CRuby 3.1 only warns, and only with -W)
    if single:
        return out[0] if out else None
    return vm.ary_new(out)


def init(vm):
    from .core_string import to_str

    def s_unpack(vm, s, a, b, kw=None):
        off = 0
        if kw is not None:
            from .objects import intern
            e = kw.d.get(intern("offset"))
            off = e[1] if e else 0
        r = unpack(vm, s, to_str(vm, a[0]), offset=off)
        if b is not None:
            for x in r.a:
                vm.yield_block(b, [x])
            return None
        return r
    defm(vm.cString, "unpack", s_unpack, 1, kw=True)

    def s_unpack1(vm, s, a, b, kw=None):
        off = 0
        if kw is not None:
            from .objects import intern
            e = kw.d.get(intern("offset"))
            off = e[1] if e else 0
        return unpack(vm, s, to_str(vm, a[0]), single=True, offset=off)
    defm(vm.cString, "unpack1", s_unpack1, 1, kw=True)


def init_array(vm):
    """Array#pack (installed after core_array, whose stub it replaces)."""
    from .core_string import to_str

    def a_pack(vm, ary, a, b, kw=None):
        r = pack(vm, ary, to_str(vm, a[0]))
        if kw is not None:
            from .objects import intern
            e = kw.d.get(intern("buffer"))
            if e is not None and isinstance(e[1], RString):
                buf = e[1]
                from .shared_string import buf_cat, bytesize, str_modify
                n = bytesize(buf)
                str_modify(vm, buf)
                buf_cat(buf, n, bytesize(r))
                buf.s += r.s
                return buf
        return r
    defm(vm.cArray, "pack", a_pack, 1, kw=True)


__all__ = ["pack", "unpack", "init", "init_array", "RArray"]
