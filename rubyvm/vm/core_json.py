"""The json library (`require "json"`; cf. ext/json generator.c and parser.rl of json 2.6):
JSON.generate / pretty_generate / dump / parse and #to_json on the core classes."""
from __future__ import annotations

import json as _pyjson
import math
from fractions import Fraction

from .bootstrap import defm, defs, new_class, new_module
from .objects import RArray, RHash, RObject, RString, RSymbol, intern

_ESC = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def quote(s):
    out = ['"']
    for ch in s:
        e = _ESC.get(ch)
        if e is not None:
            out.append(e)
        elif ch < " ":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class State:
    def __init__(self, indent="", space="", object_nl="", array_nl=""):
        self.indent, self.space, self.object_nl, self.array_nl = indent, space, object_nl, array_nl
        self.depth = 0


def generate(vm, v, st):
    from .core_object import to_s
    t = type(v)
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if t is int:
        return str(v)
    if t is float:
        if math.isnan(v) or math.isinf(v):
            e = vm.make_exc(vm.cObject.const_tbl["JSON"].const_tbl["GeneratorError"],
                            f"1003: {to_s(vm, v)} not allowed in JSON")
            vm.raise_exc(e)
        return to_s(vm, v)
    if isinstance(v, RString):
        return quote(v.s)
    if t is RSymbol:
        return quote(v.name)
    if isinstance(v, RHash):
        st.depth += 1
        parts = []
        for i, (k, x) in enumerate(list(v.d.values())):
            key = k.s if isinstance(k, RString) else to_s(vm, k)
            parts.append(("," if i else "") + st.object_nl + st.indent * st.depth + quote(key)
                         + ":" + st.space + generate(vm, x, st))
        st.depth -= 1
        return "{" + "".join(parts) + st.object_nl + st.indent * st.depth + "}"
    if isinstance(v, RArray):
        st.depth += 1
        parts = []
        for i, x in enumerate(list(v.a)):
            parts.append(("," + st.array_nl if i else "") + st.indent * st.depth + generate(vm, x, st))
        st.depth -= 1
        return "[" + st.array_nl + "".join(parts) + st.array_nl + st.indent * st.depth + "]"
    if vm.respond_to(v, "to_json") and vm.class_of(v) is not None:
        from . import method as M
        me, _ = M.lookup(vm.class_of(v), "to_json")
        if me is not None and me.type != "cfunc":
            r = vm.call_method(v, "to_json", [])
            return r.s if isinstance(r, RString) else to_s(vm, r)
    if t is Fraction:
        return quote(to_s(vm, v))
    return quote(to_s(vm, v))


def state_from(vm, opts, pretty=False):
    st = State("  ", " ", "\n", "\n") if pretty else State()
    if isinstance(opts, RHash):
        for k, x in opts.d.values():
            name = k.name if type(k) is RSymbol else getattr(k, "s", "")
            if name in ("indent", "space", "object_nl", "array_nl") and isinstance(x, RString):
                setattr(st, name, x.s)
    return st


def init_json(vm):
    """Define JSON (on the first `require "json"`)."""
    if "JSON" in vm.cObject.const_tbl:
        return
    J = new_module(vm, "JSON", vm.cObject)
    err = new_class(vm, "JSON::JSONError", vm.eStandardError, J)
    perr = new_class(vm, "JSON::ParserError", err, J)
    new_class(vm, "JSON::GeneratorError", err, J)
    J.const_tbl["VERSION"] = vm.str_new("2.6.1")

    def gen(vm, s, a, b):
        return vm.str_new(generate(vm, a[0], state_from(vm, a[1] if len(a) > 1 else None)))
    defs(vm, J, "generate", gen, -2)
    defs(vm, J, "dump", lambda vm, s, a, b: vm.str_new(generate(vm, a[0], State())), -2)
    defs(vm, J, "pretty_generate", lambda vm, s, a, b: vm.str_new(
        generate(vm, a[0], state_from(vm, a[1] if len(a) > 1 else None, True))), -2)

    def parse(vm, s, a, b, kw=None):
        src = a[0].s if isinstance(a[0], RString) else vm.convert_type(a[0], vm.cString, "to_str").s
        sym = False
        opts = kw if kw is not None else (a[1] if len(a) > 1 and isinstance(a[1], RHash) else None)
        if opts is not None:
            x = opts.d.get(intern("symbolize_names"))
            sym = x is not None and vm.truthy(x[1])

        def bad_const(c):
            raise ValueError(c)
        try:
            data = _pyjson.loads(src, object_pairs_hook=lambda pairs: ("obj", pairs),
                                 parse_constant=bad_const)
        except (ValueError, RecursionError) as e:
            pos = getattr(e, "pos", 0) or 0
            vm.raise_(perr, f"859: unexpected token at '{src[pos:]}'")

        def conv(d):
            if isinstance(d, tuple) and len(d) == 2 and d[0] == "obj":
                h = vm.hash_new()
                from .core_hash import hash_aset
                for k, x in d[1]:
                    hash_aset(vm, h, intern(k) if sym else vm.str_new(k), conv(x))
                return h
            if isinstance(d, list):
                return vm.ary_new([conv(x) for x in d])
            if isinstance(d, str):
                return vm.str_new(d)
            return d
        return conv(data)
    defs(vm, J, "parse", parse, -2, kw=True)
    defs(vm, J, "parse!", parse, -2, kw=True)

    def to_json(vm, s, a, b):
        return vm.str_new(generate(vm, s, state_from(vm, a[0] if a else None)))
    for k in (vm.cObject,):
        defm(k, "to_json", lambda vm, s, a, b: vm.str_new(
            generate(vm, s, State()) if not isinstance(s, RObject) else quote(
                __import__("rubyvm.vm.core_object", fromlist=["to_s"]).to_s(vm, s))), -1)
    for k in (vm.cHash, vm.cArray, vm.cString, vm.cInteger, vm.cFloat, vm.cNilClass,
              vm.cTrueClass, vm.cFalseClass, vm.cSymbol):
        defm(k, "to_json", to_json, -1)

    def k_json(vm, s, a, b):
        v = a[0]
        if isinstance(v, RString):
            return parse(vm, s, a, b)
        return gen(vm, s, a, b)
    defm(vm.mKernel, "JSON", k_json, -2, visi="private")
    defm(vm.mKernel, "j", lambda vm, s, a, b: (vm.write_out("".join(
        generate(vm, x, State()) + "\n" for x in a)), None)[1], -1, visi="private")
