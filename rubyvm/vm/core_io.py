"""Reading IO, STDIN, ARGF, File and StringIO (cf. io.c rb_io_gets / io_read / rb_io_puts,
file.c rb_file_s_basename ..., ext/stringio).  A readable stream is a buffer with a position:
StringIO's own string, a file's bytes read at open, STDIN's text read on first use."""
from __future__ import annotations

import os
import sys

from .bootstrap import defm, defs, new_class
from .objects import FL_FROZEN, RData, RString, intern
from .shared_string import make_independent


class Stream:
    """The state of an IO-like object (cf. rb_io_t / StringIO's struct)."""
    __slots__ = ("buf", "pos", "lineno", "closed", "path", "fd", "loader", "mode", "sobj")

    def __init__(self, buf="", path=None, fd=None, loader=None, mode="r", sobj=None):
        self.buf, self.pos, self.lineno, self.closed = buf, 0, 0, False
        self.path, self.fd, self.loader, self.mode, self.sobj = path, fd, loader, mode, sobj

    def text(self):
        if self.sobj is not None:
            return self.sobj.s
        if self.loader is not None:
            self.buf = self.loader()
            self.loader = None
        return self.buf

    def set_text(self, s):
        if self.sobj is not None:
            o = self.sobj
            if o.shared is not None:        # StringIO writes through rb_str_modify
                make_independent(o)
            o.s = s
        else:
            self.buf = s


def _read_stdin():
    try:
        return sys.stdin.read() if sys.stdin is not None else ""
    except Exception:               # noqa: BLE001 -- no readable stdin (a test runner, a
        return ""                    # Jupyter kernel): end of file


def stream_gets(st, sep="\n", limit=None, chomp=False):
    s = st.text()
    if st.pos >= len(s):
        return None
    if sep is None:
        end = len(s)
    elif sep == "":                          # paragraph mode
        i = st.pos
        while i < len(s) and s[i] == "\n":
            i += 1
        st.pos = i
        j = s.find("\n\n", i)
        end = len(s) if j < 0 else j + 2
        line = s[i:end]
        k = end
        while k < len(s) and s[k] == "\n":
            k += 1
        st.pos = k
        st.lineno += 1
        return line.rstrip("\n") if chomp else line
    else:
        j = s.find(sep, st.pos)
        end = len(s) if j < 0 else j + len(sep)
    if limit is not None and limit >= 0 and end - st.pos > limit:
        end = st.pos + limit
    line = s[st.pos:end]
    st.pos = end
    st.lineno += 1
    if chomp and sep is not None and line.endswith(sep):
        line = line[:-len(sep)]
    return line


def stream_write(st, text):
    s = st.text()
    if st.mode.startswith("a"):
        st.pos = len(s)
    if st.pos > len(s):
        s = s + "\0" * (st.pos - len(s))
    s = s[:st.pos] + text + s[st.pos + len(text):]
    st.set_text(s)
    st.pos += len(text)


def init(vm):
    from .core_kernel import gvar_set, puts_str
    from .core_object import to_s
    IO = vm.cIO
    # the Errno classes the IO, File and Process code raises (cf. error.c set_syserr)
    for name, errno in (("EINVAL", 22), ("EISDIR", 21), ("EACCES", 13), ("EEXIST", 17),
                        ("ENOTDIR", 20), ("EPIPE", 32), ("EBADF", 9), ("EDOM", 33)):
        if name not in vm.mErrno.const_tbl:
            k = new_class(vm, f"Errno::{name}", vm.eSystemCallError, vm.mErrno)
            k.const_tbl["Errno"] = errno
    F = vm.cFile = vm.cObject.const_tbl.get("File") or new_class(vm, "File", IO, vm.cObject)
    SIO = new_class(vm, "StringIO", vm.cObject, vm.cObject)
    vm.call_method(SIO, "include", [vm.mEnumerable])
    vm.call_method(IO, "include", [vm.mEnumerable])

    def stream(vm, io):
        if isinstance(io, RData) and isinstance(io.data, Stream):
            return io.data
        vm.raise_(vm.eIOError, "not opened for reading")

    def check_open(vm, st, writing=False):
        if st.closed:
            # a closed StringIO is one closed for both reading and writing (strio_close)
            if st.sobj is not None:
                vm.raise_(vm.eIOError, "not opened for writing" if writing else "not opened for reading")
            vm.raise_(vm.eIOError, "closed stream")

    # STDIN / $stdin (cf. rb_stdin): text read on first use
    vm.stdin_obj = RData(IO, Stream(path="<STDIN>", fd=0, loader=_read_stdin))
    vm.cObject.const_tbl["STDIN"] = vm.stdin_obj
    vm.globals["$stdin"] = vm.stdin_obj
    IO.m_tbl.pop("fileno", None)

    def fileno(vm, io, a, b):
        if isinstance(io, RData):
            return io.data.fd
        return (io.ivars or {}).get("fd")
    defm(IO, "fileno", fileno, 0)
    defm(IO, "to_i", fileno, 0)
    defm(IO, "sync", lambda vm, io, a, b: (io.ivars or {}).get("sync", (io.ivars or {}).get("fd") == 2) if not isinstance(io, RData) else False, 0)

    def set_sync(vm, io, a, b):
        if not isinstance(io, RData):
            io.ivars["sync"] = vm.truthy(a[0])
        return a[0]
    defm(IO, "sync=", set_sync, 1)

    def gets_args(vm, a, kw):
        sep = vm.globals.get("$/")
        sep = sep.s if isinstance(sep, RString) else None
        limit = None
        if a:
            if a[0] is None:
                sep = None
            elif isinstance(a[0], RString):
                sep = a[0].s
            elif type(a[0]) is int:
                limit = a[0]
            if len(a) > 1 and type(a[1]) is int:
                limit = a[1]
        chomp = False
        if kw is not None:
            c = kw.d.get(intern("chomp"))
            chomp = c is not None and vm.truthy(c[1])
        return sep, limit, chomp

    def io_gets(vm, io, a, b, kw=None):
        st = stream(vm, io)
        check_open(vm, st)
        line = stream_gets(st, *gets_args(vm, a, kw))
        r = vm.str_new(line) if line is not None else None
        gvar_set(vm, vm.frames[-2], "$_", r)
        return r

    def io_readline(vm, io, a, b, kw=None):
        r = io_gets(vm, io, a, b, kw)
        if r is None:
            vm.raise_(vm.eEOFError, "end of file reached")
        return r

    def io_read(vm, io, a, b):
        st = stream(vm, io)
        check_open(vm, st)
        s = st.text()
        if a and a[0] is not None:
            n = a[0]
            if st.pos >= len(s) and n > 0:
                return None
            r = s[st.pos:st.pos + n]
            st.pos += len(r)
            return vm.str_new(r)
        r = s[st.pos:]
        st.pos = len(s)
        return vm.str_new(r)

    def io_readlines(vm, io, a, b, kw=None):
        st = stream(vm, io)
        check_open(vm, st)
        args = gets_args(vm, a, kw)
        out = []
        while True:
            line = stream_gets(st, *args)
            if line is None:
                break
            out.append(vm.str_new(line))
        return vm.ary_new(out)

    def io_each_line(vm, io, a, b, kw=None):
        if b is None:
            return vm.call_method(io, "enum_for", [intern("each_line")] + list(a))
        st = stream(vm, io)
        check_open(vm, st)
        args = gets_args(vm, a, kw)
        while True:
            line = stream_gets(st, *args)
            if line is None:
                break
            vm.yield_block(b, [vm.str_new(line)])
        return io

    def io_eof(vm, io, a, b):
        st = stream(vm, io)
        check_open(vm, st)
        return st.pos >= len(st.text())

    def io_getc(vm, io, a, b):
        st = stream(vm, io)
        s = st.text()
        if st.pos >= len(s):
            return None
        st.pos += 1
        return vm.str_new(s[st.pos - 1])

    def io_rewind(vm, io, a, b):
        st = stream(vm, io)
        st.pos = 0
        st.lineno = 0
        return 0

    def io_close(vm, io, a, b):
        st = stream(vm, io)
        if st.path and st.mode[0] in "wa" and st.sobj is None and not st.closed:
            with open(st.path, "w", encoding="utf-8") as fh:
                fh.write(st.text())
        st.closed = True
        return None

    def io_write_any(vm, io, text):
        if isinstance(io, RData) and isinstance(io.data, Stream):
            st = io.data
            check_open(vm, st, True)
            if st.fd is not None or (st.sobj is None and st.mode[0] == "r" and st.path):
                vm.raise_(vm.eIOError, "not opened for writing")
            if st.sobj is not None and st.sobj.flags & FL_FROZEN:
                vm.raise_(vm.eIOError, "not opened for writing")
            stream_write(st, text)
            return
        from .core_misc import io_write_str
        io_write_str(vm, io, text)

    for K in (IO, SIO):
        defm(K, "gets", io_gets, -1, kw=True)
        defm(K, "readline", io_readline, -1, kw=True)
        defm(K, "read", io_read, -1)
        defm(K, "readlines", io_readlines, -1, kw=True)
        defm(K, "each_line", io_each_line, -1, kw=True)
        defm(K, "each", io_each_line, -1, kw=True)
        defm(K, "eof?", io_eof, 0)
        defm(K, "eof", io_eof, 0)
        defm(K, "getc", io_getc, 0)
        defm(K, "rewind", io_rewind, 0)
        defm(K, "close", io_close, 0)
        defm(K, "closed?", lambda vm, io, a, b: stream(vm, io).closed, 0)
        defm(K, "lineno", lambda vm, io, a, b: stream(vm, io).lineno, 0)
        defm(K, "pos", lambda vm, io, a, b: stream(vm, io).pos, 0)
        defm(K, "tell", lambda vm, io, a, b: stream(vm, io).pos, 0)

    # StringIO (cf. ext/stringio strio_*): the buffer is the Ruby String itself
    SIO.allocator = lambda vm, k: RData(k, None)

    def sio_init(vm, io, a, b):
        s = a[0] if a else vm.str_new("")
        mode = a[1].s if len(a) > 1 and isinstance(a[1], RString) else "r+"
        io.data = Stream(sobj=s, mode=mode)
        if mode.startswith("w"):
            s.shared = s.capa = None            # rb_str_resize(string, 0)
            s.s = ""
        return None
    defm(SIO, "initialize", sio_init, -1, visi="private")
    defm(SIO, "string", lambda vm, io, a, b: io.data.sobj, 0)

    def sio_set_string(vm, io, a, b):
        io.data = Stream(sobj=a[0])
        return a[0]
    defm(SIO, "string=", sio_set_string, 1)

    def w_puts(vm, io, a, b):
        out = []
        puts_str(vm, a, out)
        io_write_any(vm, io, "".join(out))
        return None

    def w_print(vm, io, a, b):
        io_write_any(vm, io, "".join(to_s(vm, x) for x in a))
        return None

    def w_write(vm, io, a, b):
        text = "".join(to_s(vm, x) for x in a)
        io_write_any(vm, io, text)
        return len(text.encode("utf-8", "surrogateescape"))

    def w_shovel(vm, io, a, b):
        io_write_any(vm, io, to_s(vm, a[0]))
        return io

    def w_printf(vm, io, a, b):
        from .core_string import format_str
        if a:
            io_write_any(vm, io, format_str(vm, a[0].s, list(a[1:])))
        return None

    def w_putc(vm, io, a, b):
        x = a[0]
        io_write_any(vm, io, x.s[:1] if isinstance(x, RString) else chr(x & 0xFF))
        return x
    for K in (SIO, F):
        defm(K, "puts", w_puts, -1)
        defm(K, "print", w_print, -1)
        defm(K, "write", w_write, -1)
        defm(K, "<<", w_shovel, 1)
        defm(K, "printf", w_printf, -1)
        defm(K, "putc", w_putc, 1)
    defm(SIO, "sync", lambda vm, io, a, b: True, 0)
    defm(SIO, "flush", lambda vm, io, a, b: io, 0)
    defm(SIO, "fileno", lambda vm, io, a, b: None, 0)
    defm(SIO, "tty?", lambda vm, io, a, b: False, 0)
    defm(SIO, "isatty", lambda vm, io, a, b: False, 0)
    defm(SIO, "size", lambda vm, io, a, b: len(io.data.text().encode()), 0)
    defm(SIO, "length", lambda vm, io, a, b: len(io.data.text().encode()), 0)

    def sio_truncate(vm, io, a, b):
        io.data.set_text(io.data.text()[:a[0]])
        return 0
    defm(SIO, "truncate", sio_truncate, 1)

    # ARGF: with no ARGV, the standard input (cf. argf_gets)
    AC = new_class(vm, "ARGF.class", vm.cObject, None)
    vm.call_method(AC, "include", [vm.mEnumerable])
    argf = RData(AC, None)
    vm.cObject.const_tbl["ARGF"] = argf
    for name in ("gets", "read", "readlines", "each_line", "eof?", "readline"):
        defm(AC, name, (lambda name: lambda vm, s, a, b, kw=None: vm.call_method(
            vm.globals.get("$stdin"), name, list(a), b, kw))(name), -1, kw=True)
    defm(AC, "to_s", lambda vm, s, a, b: vm.str_new("ARGF"), 0)
    defm(AC, "inspect", lambda vm, s, a, b: vm.str_new("ARGF"), 0)

    k = vm.mKernel

    def k_gets(vm, s, a, b, kw=None):
        inp = vm.globals.get("$stdin")
        r = vm.call_method(inp, "gets", list(a), None, kw)
        gvar_set(vm, vm.frames[-2], "$_", r)
        return r
    defm(k, "gets", k_gets, -1, visi="private", kw=True)

    def k_readline(vm, s, a, b, kw=None):
        r = k_gets(vm, s, a, b, kw)
        if r is None:
            vm.raise_(vm.eEOFError, "end of file reached")
        return r
    defm(k, "readline", k_readline, -1, visi="private", kw=True)
    defm(k, "readlines", lambda vm, s, a, b, kw=None: vm.call_method(vm.globals.get("$stdin"), "readlines", list(a), None, kw), -1, visi="private", kw=True)

    # File (cf. file.c): paths, tests, whole-file reads, open with a block
    def path_of(vm, v):
        if isinstance(v, RString):
            return v.s
        if isinstance(v, RData) and isinstance(v.data, Stream) and v.data.path:
            return v.data.path
        r = vm.call_method(v, "to_path", []) if vm.respond_to(v, "to_path") else \
            vm.convert_type(v, vm.cString, "to_str")
        return r.s

    def enoent(vm, path, where="rb_sysopen"):
        cls = vm.eENOENT
        e = vm.make_exc(cls, f"No such file or directory @ {where} - {path}")
        e.ivars["errno"] = 2
        vm.raise_exc(e)

    def read_file(vm, path):
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except FileNotFoundError:
            enoent(vm, path)
        except IsADirectoryError:
            e = vm.make_exc(vm.mErrno.const_tbl.get("EISDIR", vm.eSystemCallError),
                            f"Is a directory @ io_fread - {path}")
            vm.raise_exc(e)
        return data.decode("utf-8", "surrogateescape")

    defs(vm, F, "read", lambda vm, s, a, b: vm.str_new(read_file(vm, path_of(vm, a[0]))), -2)

    def f_readlines(vm, s, a, b, kw=None):
        st = Stream(read_file(vm, path_of(vm, a[0])))
        args = gets_args(vm, a[1:], kw)
        out = []
        while True:
            line = stream_gets(st, *args)
            if line is None:
                break
            out.append(vm.str_new(line))
        return vm.ary_new(out)
    defs(vm, F, "readlines", f_readlines, -2, kw=True)

    def f_foreach(vm, s, a, b, kw=None):
        lines = f_readlines(vm, s, a, None, kw)
        for x in lines.a:
            vm.yield_block(b, [x])
        return None
    defs(vm, F, "foreach", f_foreach, -2, kw=True)

    def f_write(vm, s, a, b):
        text = to_s(vm, a[1])
        with open(path_of(vm, a[0]), "w", encoding="utf-8", errors="surrogateescape") as fh:
            fh.write(text)
        return len(text.encode("utf-8", "surrogateescape"))
    defs(vm, F, "write", f_write, -3)
    defs(vm, F, "exist?", lambda vm, s, a, b: os.path.exists(path_of(vm, a[0])), 1)
    defs(vm, F, "file?", lambda vm, s, a, b: os.path.isfile(path_of(vm, a[0])), 1)
    defs(vm, F, "directory?", lambda vm, s, a, b: os.path.isdir(path_of(vm, a[0])), 1)
    defs(vm, F, "readable?", lambda vm, s, a, b: os.access(path_of(vm, a[0]), os.R_OK), 1)
    defs(vm, F, "size", lambda vm, s, a, b: os.path.getsize(path_of(vm, a[0])), 1)

    def basename(vm, s, a, b):
        p = path_of(vm, a[0])
        base = p.rstrip("/")
        base = base.rsplit("/", 1)[-1] if base else ("/" if p.startswith("/") else "")
        if len(a) > 1:
            suf = a[1].s
            if suf == ".*":
                i = base.rfind(".")
                if i > 0:
                    base = base[:i]
            elif base.endswith(suf) and base != suf:
                base = base[:-len(suf)]
        return vm.str_new(base)
    defs(vm, F, "basename", basename, -2)

    def extname(vm, s, a, b):
        base = path_of(vm, a[0]).rsplit("/", 1)[-1]
        i = base.rfind(".")
        if i <= 0 or i == len(base) - 1:
            return vm.str_new("")
        return vm.str_new(base[i:])
    defs(vm, F, "extname", extname, 1)

    def dirname(vm, s, a, b):
        p = path_of(vm, a[0])
        if "/" not in p.rstrip("/"):
            return vm.str_new("/" if p.startswith("/") else ".")
        d = p.rstrip("/").rsplit("/", 1)[0].rstrip("/")
        return vm.str_new(d or "/")
    defs(vm, F, "dirname", dirname, -2)

    def expand_path(vm, s, a, b):
        p = os.path.expanduser(path_of(vm, a[0]))
        base = path_of(vm, a[1]) if len(a) > 1 and a[1] is not None else os.getcwd()
        return vm.str_new(os.path.normpath(os.path.join(os.path.abspath(base), p)))
    defs(vm, F, "expand_path", expand_path, -2)
    defs(vm, F, "absolute_path", expand_path, -2)
    defs(vm, F, "realpath", lambda vm, s, a, b: vm.str_new(os.path.realpath(path_of(vm, a[0]))), -2)

    def join(vm, s, a, b):
        parts = []
        for x in a:
            if isinstance(x, RData) is False and hasattr(x, "a"):
                parts.extend(path_of(vm, y) for y in x.a)
            else:
                parts.append(path_of(vm, x))
        out = ""
        for i, p in enumerate(parts):
            if i == 0:
                out = p
            elif out.endswith("/") and p.startswith("/"):
                out += p[1:]
            elif out.endswith("/") or p.startswith("/"):
                out += p
            else:
                out += "/" + p
        return vm.str_new(out)
    defs(vm, F, "join", join, -1)
    F.const_tbl["SEPARATOR"] = vm.str_new("/")

    def f_open(vm, s, a, b, kw=None):
        path = path_of(vm, a[0])
        mode = a[1].s if len(a) > 1 and isinstance(a[1], RString) else "r"
        if mode[0] == "r":
            st = Stream(read_file(vm, path), path=path, mode=mode)
        elif mode[0] == "w":
            st = Stream("", path=path, mode=mode)
        else:
            st = Stream(read_file(vm, path) if os.path.exists(path) else "", path=path, mode=mode)
        f = RData(s, st)
        if b is None:
            return f
        try:
            return vm.yield_block(b, [f])
        finally:
            if not st.closed:
                io_close(vm, f, [], None)
    defs(vm, F, "open", f_open, -2, kw=True)
    defm(F, "path", lambda vm, io, a, b: vm.str_new(io.data.path), 0)
    defm(F, "to_path", lambda vm, io, a, b: vm.str_new(io.data.path), 0)
    defm(F, "inspect", lambda vm, io, a, b: vm.str_new(f"#<File:{io.data.path}{' (closed)' if io.data.closed else ''}>"), 0)
    defm(F, "size", lambda vm, io, a, b: len(io.data.text().encode("utf-8", "surrogateescape")), 0)
