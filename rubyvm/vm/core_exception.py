"""Exception and its subclasses' methods, and the uncaught-exception report
(cf. error.c exc_*, eval_error.c rb_error_write / print_errinfo / show_cause)."""
from __future__ import annotations

from .bootstrap import defm, defs
from .core_object import inspect, to_s
from .objects import RArray, RObject, RString, intern


def exc_message_str(vm, e):
    m = vm.call_method(e, "message", [])
    return to_s(vm, m) if not isinstance(m, RString) else m.s


def full_report(vm, e, highlight=False):
    """print_errinfo + the backtrace + causes, as CRuby 3.1 prints an uncaught exception."""
    out = []
    seen = set()
    first = True
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        bt = e.ivars.get("bt") or []
        if isinstance(bt, RArray):
            bt = [x.s for x in bt.a]
        msg = exc_message_str(vm, e)
        cls = vm.real_class(e)
        cname = cls.name or inspect(vm, cls)
        head = bt[0] if bt else vm.script_name
        if msg == "" and cls is vm.eRuntimeError:
            out.append(f"{head}: unhandled exception\n")
        elif msg == "":
            out.append(f"{head}: {cname}\n")
        else:
            lines = msg.split("\n", 1)
            tail = ""
            if len(lines) > 1:
                tail = "\n" + lines[1]
                if not tail.endswith("\n"):
                    tail += "\n"
            else:
                tail = "\n"
            out.append(f"{head}: {lines[0]} ({cname}){tail}")
        for line in bt[1:]:
            out.append(f"\tfrom {line}\n")
        e = e.ivars.get("cause")
        first = False
    return "".join(out)


def init(vm):
    ex = vm.eException

    def exc_initialize(vm, e, a, b):
        if len(a) > 1:
            vm.wrong_args(len(a), 0, 1)
        if e.ivars is None:
            e.ivars = {}
        e.ivars["mesg"] = a[0] if a else None
        return None
    defm(ex, "initialize", exc_initialize, -1, visi="private")

    def exc_exception(vm, cls, a, b):
        return vm.call_method(cls, "new", list(a))
    defs(vm, ex, "exception", exc_exception, -1)

    def exc_exception_i(vm, e, a, b):
        if not a or a[0] is e:
            return e
        from .core_object import shallow_copy
        n = shallow_copy(vm, e)
        n.ivars["mesg"] = a[0]
        n.ivars.pop("bt", None)
        return n
    defm(ex, "exception", exc_exception_i, -1)

    def exc_to_s(vm, e, a, b):
        m = (e.ivars or {}).get("mesg")
        if m is None:
            return vm.str_new(vm.real_class(e).name or "")
        return m if isinstance(m, RString) else vm.str_new(to_s(vm, m))
    defm(ex, "to_s", exc_to_s, 0)

    def name_err_to_s(vm, e, a, b):
        # error_highlight's NameError#to_s: the message, then the code line and carets
        from .error_highlight import spot
        m = exc_to_s(vm, e, a, b)
        sp = spot(e)
        if sp and sp not in m.s:
            return vm.str_new(m.s + sp)
        return m
    defm(vm.eNameError, "to_s", name_err_to_s, 0)
    defm(ex, "message", lambda vm, e, a, b: vm.call_method(e, "to_s", []), 0)
    defm(ex, "detailed_message", lambda vm, e, a, b: vm.call_method(e, "message", []), -1)

    def exc_inspect(vm, e, a, b):
        cname = vm.real_class(e).name
        s = exc_message_str(vm, e)
        if s == "":
            return vm.str_new(cname)
        if "\n" in s:
            from .core_string import str_inspect
            return vm.str_new(f"#<{cname}: {str_inspect(vm.str_new(s))}>")
        return vm.str_new(f"#<{cname}: {s}>")
    defm(ex, "inspect", exc_inspect, 0)

    def exc_backtrace(vm, e, a, b):
        bt = (e.ivars or {}).get("bt")
        if bt is None:
            return None
        if isinstance(bt, RArray):
            return bt
        return vm.ary_new([vm.str_new(x) for x in bt])
    defm(ex, "backtrace", exc_backtrace, 0)

    def exc_set_backtrace(vm, e, a, b):
        v = a[0]
        e.ivars["bt"] = [x.s for x in v.a] if isinstance(v, RArray) else [v.s] if v is not None else None
        return v
    defm(ex, "set_backtrace", exc_set_backtrace, 1)

    def backtrace_locations(vm, e, a, b):
        from .core_misc import make_location
        bt = (e.ivars or {}).get("bt")
        if bt is None:
            return None
        out = []
        for line in bt:
            path, ln, rest = line.split(":", 2)
            lab = rest[len("in `"):-1] if rest.startswith("in `") else rest
            out.append(make_location(vm, path, int(ln), lab))
        return vm.ary_new(out)
    defm(ex, "backtrace_locations", backtrace_locations, 0)
    defm(ex, "cause", lambda vm, e, a, b: (e.ivars or {}).get("cause"), 0)

    def exc_eq(vm, e, a, b):
        o = a[0]
        if e is o:
            return True
        if vm.real_class(e) is not vm.real_class(o):
            return False
        from .core_object import equal
        return equal(vm, vm.call_method(e, "message", []), vm.call_method(o, "message", [])) and \
            equal(vm, vm.call_method(e, "backtrace", []), vm.call_method(o, "backtrace", []))
    defm(ex, "==", exc_eq, 1)

    def full_message(vm, e, a, b, kw=None):
        hl = False
        return vm.str_new(full_report(vm, e, hl))
    defm(ex, "full_message", full_message, -1, kw=True)

    # subclasses' extra state
    def name_err_init(vm, e, a, b, kw=None):
        e.ivars = e.ivars or {}
        e.ivars["mesg"] = a[0] if a else None
        e.ivars["name"] = a[1] if len(a) > 1 else None
        if kw is not None:
            r = kw.d.get(intern("receiver"))
            if r is not None:
                e.ivars["recv"] = r[1]
        return None
    defm(vm.eNameError, "initialize", name_err_init, -1, visi="private", kw=True)
    defm(vm.eNameError, "name", lambda vm, e, a, b: e.ivars.get("name"), 0)

    def receiver(vm, e, a, b):
        if "recv" not in e.ivars:
            vm.arg_error("no receiver is available")
        return e.ivars.get("recv")
    defm(vm.eNameError, "receiver", receiver, 0)

    def nme_init(vm, e, a, b, kw=None):
        name_err_init(vm, e, a, b, kw)
        e.ivars["args"] = a[2] if len(a) > 2 else vm.ary_new()
        return None
    defm(vm.eNoMethodError, "initialize", nme_init, -1, visi="private", kw=True)
    defm(vm.eNoMethodError, "args", lambda vm, e, a, b: e.ivars.get("args"), 0)

    def key_err_init(vm, e, a, b, kw=None):
        e.ivars = e.ivars or {}
        e.ivars["mesg"] = a[0] if a else None
        if kw is not None:
            for k in ("receiver", "key"):
                x = kw.d.get(intern(k))
                if x is not None:
                    e.ivars[k] = x[1]
        return None
    defm(vm.eKeyError, "initialize", key_err_init, -1, visi="private", kw=True)

    def key_attr(name):
        def f(vm, e, a, b):
            if name not in e.ivars:
                vm.arg_error(f"no {name} is available")
            return e.ivars[name]
        return f
    defm(vm.eKeyError, "key", key_attr("key"), 0)
    defm(vm.eKeyError, "receiver", key_attr("receiver"), 0)
    defm(vm.eFrozenError, "receiver", key_attr("receiver"), 0)

    def sysexit_init(vm, e, a, b):
        st = 0
        a = list(a)
        if a and (type(a[0]) is int or a[0] is True or a[0] is False):
            st = a.pop(0)
            st = 0 if st is True else 1 if st is False else st
        e.ivars = e.ivars or {}
        e.ivars["status"] = st
        e.ivars["mesg"] = a[0] if a else vm.str_new("exit")
        return None
    defm(vm.eSystemExit, "initialize", sysexit_init, -1, visi="private")
    defm(vm.eSystemExit, "status", lambda vm, e, a, b: e.ivars.get("status", 0), 0)
    defm(vm.eSystemExit, "success?", lambda vm, e, a, b: e.ivars.get("status", 0) == 0, 0)
    defm(vm.eStopIteration, "result", lambda vm, e, a, b: e.ivars.get("result"), 0)
    defm(vm.eLocalJumpError, "exit_value", lambda vm, e, a, b: e.ivars.get("exit_value"), 0)
    defm(vm.eLocalJumpError, "reason", lambda vm, e, a, b: e.ivars.get("reason"), 0)
    defm(vm.eUncaughtThrowError, "tag", lambda vm, e, a, b: e.ivars.get("tag"), 0)
    defm(vm.eUncaughtThrowError, "value", lambda vm, e, a, b: e.ivars.get("value"), 0)
