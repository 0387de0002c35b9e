"""The objspace extension, `require "objspace"` (cf. ext/objspace/objspace.c, objspace_dump.c):
memsize_of, memsize_of_all, count_objects_size, reachable_objects_from and ObjectSpace.dump,
which shows an object as CRuby lays it out in its 40-byte slot -- for a String whether it is
embedded, owns a heap buffer (bytesize, capacity) or shares a frozen root's buffer (the root
is its one reference), as shared_string.py models it."""
from __future__ import annotations

import struct
from fractions import Fraction

from .bootstrap import defs
from .core_gc import live_objects
from .objects import (FL_FROZEN, RArray, RBasic, RClass, RHash, RMethodObj, RObject, RProc,
                      RString, RSymbol, intern)
from .shared_string import FL_FSTR, RVALUE_SIZE, bytesize, capacity, is_embedded
from .shared_string import memsize as str_memsize
from .hash_table import memsize as hash_memsize

_FIXNUM = (-(1 << 62), (1 << 62) - 1)


def memsize(v) -> int:
    """rb_obj_memsize_of: the slot plus what CRuby mallocs beside it (a string's own heap
    buffer, an array's elements past the 3 it embeds, a hash's table)."""
    if type(v) is int:
        return 0 if _FIXNUM[0] <= v <= _FIXNUM[1] else RVALUE_SIZE
    if type(v) is float:
        return 0 if _flonum(v) else RVALUE_SIZE
    if isinstance(v, RString):
        return str_memsize(v)
    if not isinstance(v, RBasic):
        return RVALUE_SIZE if isinstance(v, Fraction) or type(v).__name__ == "RCpx" else 0
    n = RVALUE_SIZE
    if isinstance(v, RArray):
        if len(v.a) > 3:
            n += 8 * len(v.a)
    elif isinstance(v, RHash):
        n += hash_memsize(v)                # st_memsize / the ar_table
    return n


def _flonum(f: float) -> bool:
    """rb_float_flonum_p: most doubles are immediates (flonums); +0.0 is one, -0.0 is not."""
    bits = struct.unpack("<Q", struct.pack("<d", f))[0]
    if bits == 0:
        return True
    return bits != 0x3000000000000000 and ((bits >> 60) & 7) in (3, 4)


def reachable(vm, v) -> list:
    """What marking v marks (rb_objspace_reachable_objects_from), its class first."""
    if not isinstance(v, RBasic):
        return []
    out = [v.klass] if v.klass is not None else []
    if isinstance(v, RString):
        if v.shared is not None:
            out.append(v.shared)
    elif isinstance(v, RArray):
        out.extend(x for x in v.a if _heap(x))
    elif isinstance(v, RHash):
        for k, x in v.d.values():
            out.extend(y for y in (k, x) if _heap(y))
        if v.default_proc is not None:
            out.append(v.default_proc)
        elif _heap(v.default):
            out.append(v.default)
    elif isinstance(v, RObject) and v.ivars:
        out.extend(x for x in v.ivars.values() if _heap(x))
    if isinstance(v, RString) and v.ivars:
        out.extend(x for x in v.ivars.values() if _heap(x))
    return out


def _heap(x) -> bool:
    return isinstance(x, RBasic)


# ---- ObjectSpace.dump (cf. objspace_dump.c dump_object) ----------------------------------------
def address(v) -> str:
    return "0x%x" % id(v)


def _json_string(text: str) -> str:
    """dump_append_string_value: the bytes, with JSON's escapes."""
    out = ['"']
    for c in text:
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif c in "\b\f\n\r\t":
            out.append({"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}[c])
        elif c < " " or c == "\x7f":
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


_TYPE_NAMES = {"T_OBJECT": "OBJECT", "T_CLASS": "CLASS", "T_MODULE": "MODULE",
               "T_FLOAT": "FLOAT", "T_STRING": "STRING", "T_REGEXP": "REGEXP",
               "T_ARRAY": "ARRAY", "T_HASH": "HASH", "T_STRUCT": "STRUCT",
               "T_BIGNUM": "BIGNUM", "T_FILE": "FILE", "T_DATA": "DATA", "T_MATCH": "MATCH",
               "T_COMPLEX": "COMPLEX", "T_RATIONAL": "RATIONAL", "T_SYMBOL": "SYMBOL",
               "T_IMEMO": "IMEMO", "T_ICLASS": "ICLASS"}


def dump(vm, v) -> str:
    """ObjectSpace.dump(v): one line of JSON, as CRuby 3.1 writes it."""
    from .core_string import valid_encoding, enc_name
    if v is None:
        return "null"
    if v is True or v is False:
        return "true" if v else "false"
    if type(v) is RSymbol:
        return '{"type":"SYMBOL", "value":%s}' % _json_string(v.name)
    if type(v) is int and _FIXNUM[0] <= v <= _FIXNUM[1]:
        return str(v)
    if type(v) is float and _flonum(v):
        return "%#g" % v
    parts = ['"address":"%s"' % address(v)]
    if type(v) is int:
        parts += ['"type":"BIGNUM"', '"class":"%s"' % address(vm.cInteger), '"frozen":true']
    elif type(v) is float:
        parts += ['"type":"FLOAT"', '"class":"%s"' % address(vm.cFloat), '"frozen":true',
                  '"value":"%s"' % ("%#g" % v)]
    elif not isinstance(v, RBasic):
        kind = "RATIONAL" if isinstance(v, Fraction) else "COMPLEX"
        parts += ['"type":"%s"' % kind, '"class":"%s"' % address(vm.class_of(v)),
                  '"frozen":true']
    else:
        parts.append('"type":"%s"' % _TYPE_NAMES.get(v.TTYPE, "OBJECT"))
        if v.klass is not None:
            parts.append('"class":"%s"' % address(v.klass))
        if v.flags & FL_FROZEN:
            parts.append('"frozen":true')
        if isinstance(v, RString):
            if is_embedded(v):
                parts.append('"embedded":true')
            if not valid_encoding(v):
                parts.append('"broken":true')
            if v.flags & FL_FSTR:
                parts.append('"fstring":true')
            if v.shared is not None:
                parts.append('"shared":true')
            else:
                n = bytesize(v)
                parts.append('"bytesize":%d' % n)
                if not is_embedded(v) and capacity(v) != n:
                    parts.append('"capacity":%d' % capacity(v))
                if v.s.isascii() and v.binary not in ("UTF-16LE", "UTF-16BE", "UTF-16",
                                                      "UTF-32LE", "UTF-32BE", "UTF-32"):
                    parts.append('"value":%s' % _json_string(v.s))
            if v.binary is not True:
                parts.append('"encoding":"%s"' % enc_name(v))
        elif isinstance(v, RArray):
            parts.append('"length":%d' % len(v.a))
            if len(v.a) <= 3:
                parts.append('"embedded":true')
        elif isinstance(v, RHash):
            parts.append('"size":%d' % len(v.d))
            if v.default_proc is not None:
                parts.append('"default":"%s"' % address(v.default_proc))
        elif isinstance(v, RClass):
            if not v.is_module and v.TTYPE != "T_ICLASS" and v.superclass is not None:
                parts.append('"superclass":"%s"' % address(v.superclass))
            if v.name and not v.is_singleton:
                parts.append('"name":"%s"' % v.name)
        elif isinstance(v, RObject):
            parts.append('"ivars":%d' % max(3, len(v.ivars or ())))
        elif isinstance(v, RProc):
            parts.append('"struct":"proc"')
        elif isinstance(v, RMethodObj):
            parts.append('"struct":"method"')
        refs = [x for x in reachable(vm, v) if x is not v.klass]
        if refs:
            parts.append('"references":[%s]' % ", ".join('"%s"' % address(x) for x in refs))
    parts.append('"memsize":%d' % memsize(v))
    parts.append('"flags":{"wb_protected":true}')
    return "{" + ", ".join(parts) + "}"


def init_objspace(vm):
    """The objspace extension (`require "objspace"`)."""
    from .core_hash import hash_aset
    O = vm.mObjectSpace
    defs(vm, O, "memsize_of", lambda vm, s, a, b: memsize(a[0]), 1)
    defs(vm, O, "memsize_of_all", lambda vm, s, a, b: sum(
        memsize(o) for o in live_objects(vm) if not a or vm.is_kind_of(o, a[0])), -1)

    def count_objects_size(vm, s, a, b):
        sizes = {}
        for o in live_objects(vm):
            t = getattr(o, "TTYPE", "T_OBJECT")
            sizes[t] = sizes.get(t, 0) + memsize(o)
        h = a[0] if a and isinstance(a[0], RHash) else vm.hash_new()
        for t, n in sizes.items():
            hash_aset(vm, h, intern(t), n)
        hash_aset(vm, h, intern("TOTAL"), sum(sizes.values()))
        return h
    defs(vm, O, "count_objects_size", count_objects_size, -1)
    defs(vm, O, "count_nodes", lambda vm, s, a, b: vm.hash_new(), -1)

    def reachable_objects_from(vm, s, a, b):
        v = a[0]
        if not isinstance(v, RBasic):
            return None
        return vm.ary_new(reachable(vm, v))
    defs(vm, O, "reachable_objects_from", reachable_objects_from, 1)

    def s_dump(vm, s, a, b, kw=None):
        """objspace.rb's ObjectSpace.dump(obj, output: :string): a String, or written to
        STDOUT (then nil) or to an IO."""
        out = intern("string")
        if kw is not None:
            for k, x in kw.d.values():
                if k is not intern("output"):
                    vm.arg_error(f"unknown keyword: :{k.name}")
                out = x
        text = dump(vm, a[0])
        if isinstance(a[0], RBasic) or type(a[0]) in (int, float) and text.startswith("{"):
            text += "\n"                   # a heap object's line ends with a newline
        if out is intern("string"):
            return vm.str_new(text)
        if out is intern("stdout"):
            vm.call_method(vm.cObject.const_tbl["STDOUT"], "write", [vm.str_new(text)])
            return None
        if isinstance(out, RBasic) and not isinstance(out, (RString, RArray, RHash)) and \
                vm.is_kind_of(out, vm.cObject.const_tbl.get("IO")):
            vm.call_method(out, "write", [vm.str_new(text)])
            return out
        from .core_object import inspect
        vm.arg_error(f"wrong output option: {inspect(vm, out)}")
    defs(vm, O, "dump", s_dump, 1, kw=True)
