"""require, require_relative, load, __dir__ (cf. load.c rb_require_string, rb_f_require_relative,
rb_load_internal): a feature is compiled by our compiler and run at the top level once."""
from __future__ import annotations

import os

from .bootstrap import defm
from .objects import RString

# libraries whose classes this VM defines natively: requiring them only records the feature
BUILTIN_FEATURES = {"pp", "prettyprint", "enumerator", "rational", "complex", "thread", "fiber",
                    "rbconfig", "ripper", "continuation", "stringio"}
# standard libraries this VM carries: Ruby sources in vm/lib, or an init function
LIB_DIR = os.path.join(os.path.dirname(__file__), "lib")


def _native_libs():
    from .core_objspace import init_objspace
    from .core_json import init_json
    return {"json": init_json, "objspace": init_objspace}


def caller_path(vm):
    """The file of the Ruby frame that called the current cfunc."""
    for f in reversed(vm.frames[:-1]):
        if f.iseq is not None:
            return f.iseq.path
    return vm.script_name


def load_error(vm, msg, path):
    e = vm.make_exc(vm.eLoadError, msg)
    e.ivars["path"] = vm.str_new(path)
    vm.raise_exc(e)


def features(vm):
    return vm.globals['$"']


def run_file(vm, path):
    """Compile the file and run it as a TOP frame with main as self (cf. rb_load_internal)."""
    from ..compiler import compile as compile_iseq
    from ..lexer import RubySyntaxError
    with open(path, "rb") as fh:
        src = fh.read()
    try:
        iseq = compile_iseq(src, path)
    except RubySyntaxError as e:
        vm.raise_(vm.eSyntaxError, str(e))
    vm.run_top(iseq)


def require_path(vm, path, shown):
    feats = features(vm)
    if any(isinstance(x, RString) and x.s == path for x in feats.a):
        return False
    if not os.path.isfile(path):
        load_error(vm, f"cannot load such file -- {shown}", shown)
    feats.a.append(vm.str_new(path))
    try:
        run_file(vm, path)
    except BaseException:
        feats.a[:] = [x for x in feats.a if not (isinstance(x, RString) and x.s == path)]
        raise
    return True


def init(vm):
    k = vm.mKernel
    vm.gvar_aliases["$LOADED_FEATURES"] = '$"'
    defm(vm.eLoadError, "path", lambda vm, s, a, b: (s.ivars or {}).get("path"), 0)

    def require_relative(vm, s, a, b):
        from .core_object import to_s
        name = a[0].s if isinstance(a[0], RString) else to_s(vm, vm.convert_type(a[0], vm.cString, "to_str"))
        base = os.path.dirname(os.path.abspath(caller_path(vm)))
        path = os.path.normpath(os.path.join(base, name))
        if not path.endswith(".rb"):
            path += ".rb"
        shown = path[:-3] if not name.endswith(".rb") else path
        return require_path(vm, path, shown)
    defm(k, "require_relative", require_relative, 1, visi="private")

    def require(vm, s, a, b):
        name = a[0].s if isinstance(a[0], RString) else vm.convert_type(a[0], vm.cString, "to_str").s
        feat = name[:-3] if name.endswith(".rb") else name
        native = _native_libs()
        if feat in BUILTIN_FEATURES or feat in native:
            feats = features(vm)
            key = feat + ".rb"
            if any(isinstance(x, RString) and x.s == key for x in feats.a):
                return False
            feats.a.append(vm.str_new(key))
            if feat in native:
                native[feat](vm)
            return True
        lib = os.path.join(LIB_DIR, feat + ".rb")
        if "/" not in feat and os.path.isfile(lib):
            return require_path(vm, lib, name)
        cands = []
        if os.path.isabs(name) or name.startswith("./") or name.startswith("../"):
            cands.append(os.path.abspath(name))
        else:
            for d in vm.globals["$LOAD_PATH"].a:
                if isinstance(d, RString):
                    cands.append(os.path.abspath(os.path.join(d.s, name)))
        for c in cands:
            p = c if c.endswith(".rb") else c + ".rb"
            if os.path.isfile(p):
                return require_path(vm, p, name)
        load_error(vm, f"cannot load such file -- {name}", name)
    defm(k, "require", require, 1, visi="private")

    def load(vm, s, a, b):
        name = a[0].s
        path = name if os.path.isfile(name) else None
        if path is None:
            for d in vm.globals["$LOAD_PATH"].a:
                c = os.path.join(d.s, name)
                if os.path.isfile(c):
                    path = c
                    break
        if path is None:
            load_error(vm, f"cannot load such file -- {name}", name)
        run_file(vm, path)
        return True
    defm(k, "load", load, -2, visi="private")

    def dir_(vm, s, a, b):
        p = caller_path(vm)
        if p.startswith("<") or p == "-e":
            return None
        return vm.str_new(os.path.dirname(os.path.realpath(p)))
    defm(k, "__dir__", dir_, 0, visi="private")
