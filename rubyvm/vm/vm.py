"""The virtual machine: the control-frame stack, the value stack and the dispatch loop
(cf. vm.c vm_exec, vm_insnhelper.c, vm_args.c, vm_eval.c).

Ruby-to-Ruby calls and yields push a frame and return to the loop; nothing recurses in the
host except where a C function of CRuby would call back into Ruby (rb_funcall, rb_yield):
there `call_from_host` runs a nested loop until its FINISH frame leaves.
"""
from __future__ import annotations

import sys

from . import method as M
from .events import Events
from .decode import (VM_CALL_ARGS_BLOCKARG, VM_CALL_ARGS_SPLAT, VM_CALL_FCALL, VM_CALL_KW_SPLAT,
                     VM_CALL_KWARG, VM_CALL_VCALL, decode, simple_iseq)
from .frame import (BLOCK, CFUNC, CLASS, ENSURE, EVAL, IFUNC, ISEQ_FRAME_TYPES, METHOD, NewFrame,
                    RESCUE,
                    TAG_BREAK, TAG_NEXT, TAG_RAISE, TAG_REDO, TAG_RETRY, TAG_RETURN, TOP, Frame,
                    RubyError, ThrowData, VMExit)
from .objects import (FL_FROZEN, HEAP, Block, Cref, Env, RArray, RBasic, RClass, RData, RHash,
                      RObject, RProc, RRange, RString, RSymbol, intern)

import os
_DEBUG = bool(os.environ.get("RUBYVM_DEBUG"))   # print the host traceback of internal errors
MAX_FRAMES = 10900
# Ruby-to-Ruby calls do not recurse in the host, but a C function calling back into Ruby
# (a Hash default proc, sort's block, rb_funcall) runs a nested loop: some fifteen host frames
# per Ruby level. The host limit must let MAX_FRAMES Ruby frames be reached that way, so the
# program gets SystemStackError and never a host RecursionError first. (CPython 3.11 does not
# use the C stack for Python-to-Python calls, so the high limit is safe.)
HOST_RECURSION_LIMIT = 200_000
FL_RUBY2_KEYWORDS = 1 << 20     # RHASH_PASS_AS_KEYWORDS: a hash that `...`/ruby2_keywords passes on          # about where CRuby 3.1's 1 MB VM stack overflows for a small method


from fractions import Fraction
from .core_rational import RCpx


_STATE = M.STATE     # the global method state (the inline caches check its serial)


class NilKey:
    pass


_NIL_KEY, _TRUE_KEY, _FALSE_KEY = object(), object(), object()


class VM:
    def __init__(self, stdout=None, stderr=None, script_name="-"):
        self.stdout = stdout if stdout is not None else sys.stdout
        self.stderr = stderr if stderr is not None else sys.stderr
        from . import objects as _objects
        from .heap import Heap
        self.heap = _objects.HEAP = Heap()      # one heap per VM: counts start at boot
        self.stack: list = []
        self.frames: list[Frame] = []
        self.globals: dict = {}
        self.gvar_aliases: dict = {}
        self.at_exit: list = []
        self.trace_hooks: list = []
        self.script_name = script_name
        self.catch_tags: list = []
        self.errinfo = None
        self.const_serial = 0
        self.top_env = None
        self.top_self = None
        self.top_cref = None
        self.depth_in_host = 0
        self.const_lines = {}
        self.gvar_traces = {}
        self.object_ids = {}
        self.next_object_id = 0
        self.finish_val = None
        self.missing_reason = None
        self.loading_prelude = False
        self.events = Events(self)
        if sys.getrecursionlimit() < HOST_RECURSION_LIMIT:
            sys.setrecursionlimit(HOST_RECURSION_LIMIT)
        from .bootstrap import bootstrap
        bootstrap(self)

    # ---- values --------------------------------------------------------------------------
    def class_of(self, v):
        if isinstance(v, RBasic):
            return v.klass
        t = type(v)
        if t is int:
            return self.cInteger
        if t is float:
            return self.cFloat
        if v is None:
            return self.cNilClass
        if t is Fraction:
            return self.cRational
        if t is RCpx:
            return self.cComplex
        if v is True:
            return self.cTrueClass
        if v is False:
            return self.cFalseClass
        if t is RSymbol:
            return self.cSymbol
        return self.cObject

    def real_class(self, v):
        k = self.class_of(v)
        while k is not None and (k.is_singleton or k.TTYPE == "T_ICLASS"):
            k = k.superclass
        return k

    def str_new(self, s, binary=False):
        return RString(self.cString, s, binary)

    def ary_new(self, a=None):
        return RArray(self.cArray, [] if a is None else a)

    def hash_new(self):
        return RHash(self.cHash)

    def sym(self, name):
        return intern(name)

    def truthy(self, v):
        return v is not None and v is not False

    def hashkey(self, v):
        """The key a Hash files v under: eql? semantics (1 and 1.0 differ; strings by value)."""
        t = type(v)
        if t is int:
            return v
        if t is RSymbol:
            return v
        if t is RString:
            return ("s", v.s)
        if t is float:
            return ("f", v)
        if t is Fraction:
            return ("R", v)
        if v is None:
            return _NIL_KEY
        if v is True:
            return _TRUE_KEY
        if v is False:
            return _FALSE_KEY
        if t is RArray:
            return ("a",) + tuple(self.hashkey(x) for x in v.a)
        if isinstance(v, RBasic):
            me, _ = M.lookup(v.klass, "hash")
            if me is not None and me.owner is not self.mKernel:
                return UserKey(self, v)
            if isinstance(v, RString):
                return ("s", v.s)
            if isinstance(v, RRange):
                return ("r", self.hashkey(v.beg), self.hashkey(v.end), v.excl)
        return v

    def literal(self, v, insn=None):
        """A literal operand of the iseq as a VM value (strings frozen: putobject's are)."""
        from ..iseq.values import RubyHash, RubyValue
        from ..ast.literals import RSymbol as LitSym
        if v is None or v is True or v is False or type(v) is int or type(v) is float:
            return v
        if isinstance(v, LitSym):
            return intern(str(v))
        if isinstance(v, RubyValue):
            if v.cls == "String":
                val = v.value
                s = self.str_new(val.decode("latin-1") if isinstance(val, bytes) else val,
                                 isinstance(val, bytes))
                # every String literal is the VM's one fstring with these contents
                # (rb_fstring: "a".freeze.equal?("a".freeze)); putstring resurrects it
                from .core_string import fstring
                s.flags |= FL_FROZEN
                return fstring(self, s)
            if v.cls == "Float":
                return float(v.value)
            if v.cls == "Range":
                from .core_range import parse_range_literal
                return parse_range_literal(self, v.inspect)
            if v.cls == "Regexp":
                from .core_regexp import regexp_from_inspect
                return regexp_from_inspect(self, v.inspect)
            if v.cls in ("Class", "Module"):
                k = self.cObject
                for part in v.inspect.split("::"):
                    k = k.const_tbl[part]
                return k
            if v.cls == "Rational":
                return Fraction(v.value.value)
            if v.cls == "Complex":
                c = v.value
                from ..ast.literals import RRational as LitRat

                def part(x):
                    return Fraction(x.value) if isinstance(x, LitRat) else self.literal(x)
                return RCpx(part(c.real), part(c.imag))
            if v.cls == "Encoding":                     # __ENCODING__: "#<Encoding:UTF-8>"
                from .core_encoding import encoding_obj
                return encoding_obj(self, v.inspect[len("#<Encoding:"):-1])
            raise NotImplementedError(f"literal {v.cls}")
        if isinstance(v, RubyHash):
            h = self.hash_new()
            from .hash_table import bulk_insert      # a literal's layout (rb_hash_bulk_insert)
            bulk_insert(self, h, [self.literal(y) for kx in v for y in kx])
            return h
        if isinstance(v, list):
            a = self.ary_new([self.literal(x) for x in v])
            return a
        if isinstance(v, str):
            return self.str_new(v)
        return v

    def write_out(self, s):
        out = self.globals.get("$stdout")
        if out is None:
            out = self.stdout_obj
        # rb_io_puts calls `write` (a traced c_call); untraced, write directly
        if out is self.stdout_obj and not self.events.on:
            self.stdout.write(s)
        else:
            self.call_method(out, "write", [self.str_new(s)])

    def flush_out(self):
        try:
            self.stdout.flush()
        except Exception:
            pass

    def warn(self, msg):
        self.stderr.write(msg + "\n")

    # ---- exceptions ----------------------------------------------------------------------
    def make_exc(self, cls, msg=None):
        e = RObject(cls)
        e.ivars = {"mesg": self.str_new(msg) if isinstance(msg, str) else msg}
        return e

    def raise_(self, cls, msg=None):
        e = self.make_exc(cls, msg)
        self.setup_exception(e)
        raise RubyError(e)

    def raise_exc(self, e):
        self.setup_exception(e)
        raise RubyError(e)

    def setup_exception(self, e, cause=True):
        iv = e.ivars
        if iv is None:
            iv = e.ivars = {}
        if iv.get("bt") is None:
            iv["bt"] = self.backtrace_ary()
            if self.is_kind_of(e, self.eNameError):
                from .error_highlight import record_site
                record_site(self, e)
        if cause and "cause" not in iv:
            cur = self.errinfo
            iv["cause"] = cur if cur is not e else None

    def arg_error(self, msg):
        self.raise_(self.eArgumentError, msg)

    def type_error(self, msg):
        self.raise_(self.eTypeError, msg)

    def name_error(self, msg, name=None, recv=None):
        e = self.make_exc(self.eNameError, msg)
        e.ivars["name"] = intern(name) if name else None
        e.ivars["recv"] = recv
        self.raise_exc(e)

    def wrong_args(self, given, lo, hi):
        if hi == -1:
            exp = f"{lo}+"
        elif lo == hi:
            exp = str(lo)
        else:
            exp = f"{lo}..{hi}"
        self.arg_error(f"wrong number of arguments (given {given}, expected {exp})")

    def arity_error(self, given, lo, hi, kwp=None):
        """argument_arity_error: the count message, naming required keywords if any."""
        if hi == -1:
            exp = f"{lo}+"
        elif lo == hi:
            exp = str(lo)
        else:
            exp = f"{lo}..{hi}"
        msg = f"wrong number of arguments (given {given}, expected {exp}"
        if kwp is not None and kwp.required:
            msg += ("; required keyword: " if len(kwp.required) == 1 else
                    "; required keywords: ") + ", ".join(kwp.required)
        self.arg_error(msg + ")")

    def check_frozen(self, obj):
        if isinstance(obj, RBasic) and obj.flags & FL_FROZEN or (not isinstance(obj, RBasic)):
            from .core_object import inspect
            self.raise_exc_frozen(obj, inspect(self, obj))

    def raise_exc_frozen(self, obj, ins):
        e = self.make_exc(self.eFrozenError,
                          f"can't modify frozen {self.real_class(obj).name}: {ins}")
        e.ivars["receiver"] = obj
        self.raise_exc(e)

    # ---- backtraces ----------------------------------------------------------------------
    def frame_line(self, f):
        if f.iseq is None:
            return f.lineno
        dec = f.iseq._dec
        pc = f.pc - 1
        if pc < 0:
            return f.iseq.first_lineno
        if pc >= len(dec.lines):
            pc = len(dec.lines) - 1
        return dec.lines[pc] if dec.lines else f.iseq.first_lineno

    def frame_label(self, f):
        if f.iseq is None or f.internal:
            return f.mid
        return f.iseq.label

    def backtrace_locs(self, skip_top_cfunc=0):
        """rb_ec_backtrace_location_ary: (path, line, label) for each frame, innermost first;
        a C frame (and a prelude method) reports the location of the Ruby frame below it."""
        out = []
        frames = self.frames
        n = len(frames)
        for i in range(n - 1, -1, -1):
            f = frames[i]
            if f.iseq is None or f.internal:
                # locate at the nearest caller with a real Ruby location
                j = i - 1
                while j >= 0 and (frames[j].iseq is None or frames[j].internal):
                    j -= 1
                if j >= 0:
                    g = frames[j]
                    out.append((g.iseq.path, self.frame_line(g), f.mid))
                else:
                    out.append((self.script_name, 0, f.mid))
                continue
            if f.iseq.path.startswith("<internal:"):
                # blocks (and the top) of prelude code: CRuby's C methods have none
                continue
            out.append((f.iseq.path, self.frame_line(f), f.iseq.label))
        # in CRuby 3.1 the <main> of a required file etc. ... only the main script here
        return out

    def backtrace_ary(self):
        locs = self.backtrace_locs()
        # Kernel#raise itself is not in the backtrace
        if self.frames and self.frames[-1].iseq is None and self.frames[-1].mid in (
                "raise", "fail") and locs:
            locs = locs[1:]
        return [f"{p}:{l}:in `{lab}'" for p, l, lab in locs]

    # ---- frames --------------------------------------------------------------------------
    def push_frame(self, f):
        frames = self.frames
        if len(frames) >= MAX_FRAMES:
            self.raise_(self.eSystemStackError, "stack level too deep")
        frames.append(f)
        return f

    def lep(self, env):
        if env is None:
            # a C frame has no env: its svar ($~, $_) and block are the Ruby-level caller's
            # (cf. rb_vm_svar_lep / rb_vm_get_ruby_level_next_cfp)
            return self.ruby_level_lep()
        while env.prev is not None:
            env = env.prev
        return env

    def ruby_level_lep(self):
        for g in reversed(self.frames):
            if g.ep is not None and not g.internal:
                env = g.ep
                while env.prev is not None:
                    env = env.prev
                return env
        return self.top_env if self.top_env is not None else Env(3, None)

    # ---- method dispatch -----------------------------------------------------------------
    def find_method(self, klass, mid, cd=None):
        if cd is not None:
            if cd.cc_klass is klass and cd.cc_serial == M.STATE.serial:
                return cd.cc_me, cd.cc_def
            me, defined = M.lookup(klass, mid)
            cd.cc_klass = klass
            cd.cc_serial = M.STATE.serial
            cd.cc_me = me
            cd.cc_def = defined
            cd.cc_fast = simple_iseq(me)
            return me, defined
        return M.lookup(klass, mid)

    def to_block(self, v):
        """vm_caller_setup_arg_block: the `&arg` of a call as a block handler."""
        if v is None:
            return None
        if type(v) is RProc:
            return v.block
        if type(v) is RSymbol:
            b = Block(None, None, None, None)
            b.sym = v.name
            b.is_lambda = True
            return b
        if isinstance(v, RProc):
            return v.block
        r = self.call_method(v, "to_proc", [], check=False)
        if r is _UNDEF or not isinstance(r, RProc):
            from .core_object import inspect
            self.type_error(f"wrong argument type {self.real_class(v).name} (expected Proc)")
        return r.block

    def proc_from_block(self, blk):
        """A Proc for a block handler (rb_vm_make_proc): the env moves to the heap."""
        if blk is None:
            return None
        if blk.proc is not None:
            return blk.proc
        p = RProc(self.cProc, blk, blk.is_lambda)
        if blk.sym is not None:
            p.is_lambda = True
        e = blk.ep
        while e is not None and not e.escaped:
            e.escaped = True
            self.heap.allocate(e, "T_IMEMO")
            e = e.prev
        blk.proc = p
        return p

    def unpack_call(self, f, cd, stack, blockiseq):
        """Pop a call's arguments: (args, kw RHash or None, block handler)."""
        flag = cd.flag
        if flag & VM_CALL_ARGS_BLOCKARG:
            blk = self.to_block(stack.pop())
        elif blockiseq is not None:
            blk = Block(blockiseq, f.self, f.ep, f.cref)
        else:
            blk = None
        argc = cd.argc
        if argc:
            args = stack[-argc:]
            del stack[-argc:]
        else:
            args = []
        kw = None
        if flag & (VM_CALL_KWARG | VM_CALL_KW_SPLAT | VM_CALL_ARGS_SPLAT):
            if flag & VM_CALL_KWARG:
                n = len(cd.kw_arg)
                kw = RHash.from_kwargs(self, cd.kw_arg, args[-n:])
                del args[-n:]
            elif flag & VM_CALL_KW_SPLAT and not flag & VM_CALL_ARGS_SPLAT:
                kw = self.kw_splat_hash(args.pop())
            if flag & VM_CALL_ARGS_SPLAT:
                last = args.pop()
                if not isinstance(last, RArray):
                    last = self.splat(last)
                args.extend(last.a)
                if flag & VM_CALL_KW_SPLAT:
                    # f(*a, **h): the splatted array ends with the keyword hash
                    kw = self.kw_splat_hash(args.pop()) if args else None
                # a splatted array ending in a ruby2_keywords hash passes keywords
                elif kw is None and last.a and isinstance(last.a[-1], RHash) and \
                        getattr(last.a[-1], "flags", 0) & FL_RUBY2_KEYWORDS:
                    kw = args.pop()
        return args, kw, blk

    def kw_splat_hash(self, h):
        """The hash of a `**h` argument (nil: no keywords; to_hash otherwise)."""
        if h is None:
            return None
        if not isinstance(h, RHash):
            h = self.convert_type(h, self.cHash, "to_hash")
        return h

    def splat(self, v):
        if isinstance(v, RArray):
            return v
        if v is None:
            return self.ary_new([])
        r = self.call_method(v, "to_a", [], check=False)
        if r is _UNDEF or r is None:
            return self.ary_new([v])
        if not isinstance(r, RArray):
            self.type_error(f"can't convert {self.real_class(v).name} to Array "
                            f"({self.real_class(v).name}#to_a gives {self.real_class(r).name})")
        return r

    def convert_type(self, v, klass, meth):
        r = self.call_method(v, meth, [], check=False)
        if r is _UNDEF:
            self.type_error(f"no implicit conversion of {self.describe_class(v)} into {klass.name}")
        return r

    def describe_class(self, v):
        if v is None:
            return "nil"
        if v is True:
            return "true"
        if v is False:
            return "false"
        return self.real_class(v).name

    def send(self, f, recv, mid, args, kw, blk, flag, cd=None):
        """vm_call_method: find the entry, check visibility, then call it by its type.
        Returns the frame to continue with (a pushed Ruby frame) or None (result pushed)."""
        klass = recv.klass if isinstance(recv, RBasic) else self.class_of(recv)
        if cd is not None and cd.cc_klass is klass and cd.cc_serial == _STATE.serial:
            me = cd.cc_me        # the inline method cache hit
            defined = cd.cc_def
        else:
            me, defined = self.find_method(klass, mid, cd)
        if me is None:
            return self.method_missing(f, recv, mid, args, kw, blk, flag)
        visi = me.visi
        if visi != "public" and not flag & VM_CALL_FCALL:
            if visi == "private":
                if not (mid.endswith("=") and f is not None and recv is f.self):
                    return self.method_missing(f, recv, mid, args, kw, blk, flag, "private")
            elif visi == "protected":
                owner = me.defined_class
                while owner.TTYPE == "T_ICLASS":
                    owner = owner.module
                if f is None or not self.is_kind_of(f.self, owner):
                    return self.method_missing(f, recv, mid, args, kw, blk, flag, "protected")
        return self.call_me(f, recv, me, defined, mid, args, kw, blk)

    def call_me(self, f, recv, me, defined, mid, args, kw, blk):
        t = me.type
        if t == "iseq":
            iseq, code = me.body
            env = Env(iseq.local_size + 3, None, iseq, blk, me, defined)
            nf = Frame(METHOD, iseq, code.code, recv, env, me.cref, me, len(self.stack), mid,
                       blk)
            if me.internal:
                nf.internal = True
            frames = self.frames
            if len(frames) >= MAX_FRAMES:
                self.raise_(self.eSystemStackError, "stack level too deep")
            frames.append(nf)
            try:
                fast = iseq.fast_argc
            except AttributeError:
                fast = fast_argc(iseq)
            if kw is None and len(args) == fast:
                # only required positional parameters (cf. vm_callee_setup_arg's simple case)
                l = env.l
                i = iseq.local_size + 2
                for a in args:
                    l[i] = a
                    i -= 1
            else:
                nf.pc = self.setup_args(iseq, env, args, kw, blk, "method", code)
            return nf
        if t == "cfunc":
            return self.call_cfunc(recv, me, mid, args, kw, blk)
        if t == "ivar":
            if args or kw:
                self.wrong_args(len(args) + (1 if kw else 0), 0, 0)
            iv = recv.ivars if isinstance(recv, RBasic) else None
            self.stack.append(iv.get(me.body) if iv else None)
            return None
        if t == "attrset":
            if kw:
                args = args + [kw]
            if len(args) != 1:
                self.wrong_args(len(args), 1, 1)
            self.ivar_set(recv, me.body, args[0])
            self.stack.append(args[0])
            return None
        if t == "bmethod":
            proc = me.body
            return self.invoke_block(proc.block, args, kw, blk, self_=recv, is_lambda=True,
                                     me=me, mid=mid, defined=defined)
        if t == "alias":
            orig = M.resolve_alias(me)
            return self.call_me(f, recv, orig, orig.defined_class, mid, args, kw, blk)
        if t == "zsuper":
            owner = me.defined_class
            sup, sdef = M.lookup(owner.superclass, me.mid) if owner.superclass else (None, None)
            if sup is None:
                return self.method_missing(f, recv, mid, args, kw, blk, 0)
            return self.call_me(f, recv, sup, sdef, mid, args, kw, blk)
        if t == "optimized":
            kind = me.body
            if kind == "send":
                if not args:
                    self.arg_error("no method name given")
                name = self.sym_or_str_name(args[0])
                return self.send(f, recv, name, args[1:], kw, blk,
                                 VM_CALL_FCALL if me.mid != "public_send" else 0)
            if kind == "call":
                return self.invoke_block(recv.block, args, kw, blk, is_lambda=recv.is_lambda,
                                         proc=recv)
        if t == "missing":
            return self.method_missing(f, recv, mid, args, kw, blk, 0)
        raise NotImplementedError(t)

    def sym_or_str_name(self, v):
        if type(v) is RSymbol:
            return v.name
        if isinstance(v, RString):
            return v.s
        from .core_object import inspect
        self.type_error(f"{inspect(self, v)} is not a symbol nor a string")

    def call_cfunc(self, recv, me, mid, args, kw, blk):
        if kw is not None:
            if me.kw:
                pass
            elif kw.tbl:
                args = args + [kw]
                kw = None
            else:
                kw = None
        ar = me.arity
        if ar >= 0:
            if len(args) != ar:
                self.push_cfunc_frame(recv, me, mid, blk)
                self.wrong_args(len(args), ar, ar)
        elif ar < -1:
            lo = -ar - 1
            if len(args) < lo:
                self.push_cfunc_frame(recv, me, mid, blk)
                self.wrong_args(len(args), lo, -1)
        frames = self.frames
        nf = Frame(CFUNC, None, None, recv, None, None, me, len(self.stack))
        nf.mid = mid
        nf.block = blk
        if len(frames) >= MAX_FRAMES:
            self.raise_(self.eSystemStackError, "stack level too deep")
        frames.append(nf)
        ev = self.events
        if ev.on:
            ev.emit("c_call", nf, mid=mid, recv=recv)
        if me.kw:
            r = me.body(self, recv, args, blk, kw)
        else:
            r = me.body(self, recv, args, blk)
        if r.__class__ is Frame:        # the cfunc pushed a Ruby frame to run in its place
            return r
        if ev.on:
            ev.emit("c_return", nf, value=r, mid=mid, recv=recv)
        # pop the cfunc frame
        if frames and frames[-1] is nf:
            frames.pop()
        elif nf in frames:
            frames.remove(nf)
        self.stack.append(r)
        return None

    def push_cfunc_frame(self, recv, me, mid, blk):
        nf = Frame(CFUNC, None, None, recv, None, None, me, len(self.stack))
        nf.mid = mid
        self.frames.append(nf)

    def tail_frame(self, cfunc_frame_value=None):
        """For cfuncs that hand over to a Ruby frame (instance_eval, Proc#call ...): drop the
        CFUNC frame so the pushed frame replaces it."""

    def method_missing(self, f, recv, mid, args, kw, blk, flag, reason=None):
        klass = self.class_of(recv)
        me, defined = M.lookup(klass, "method_missing")
        if me is not None and me.owner is not self.cBasicObject:
            margs = [intern(mid)] + args
            if reason is not None:
                self.missing_reason = reason
            return self.call_me(f, recv, me, defined, "method_missing", margs, kw, blk)
        self.raise_no_method(recv, mid, args, flag, reason)

    def raise_no_method(self, recv, mid, args, flag, reason=None):
        from .core_object import inspect_for_error
        desc = inspect_for_error(self, recv)
        if reason in ("private", "protected"):
            msg = f"{reason} method `{mid}' called for {desc}"
            cls = self.eNoMethodError
        elif flag & VM_CALL_VCALL:
            msg = f"undefined local variable or method `{mid}' for {desc}"
            cls = self.eNameError
        elif reason == "super":
            msg = f"super: no superclass method `{mid}' for {desc}"
            cls = self.eNoMethodError
        else:
            msg = f"undefined method `{mid}' for {desc}"
            cls = self.eNoMethodError
        e = self.make_exc(cls, msg)
        e.ivars["name"] = intern(mid)
        e.ivars["recv"] = recv
        if cls is self.eNoMethodError:
            e.ivars["args"] = self.ary_new(list(args))
        self.raise_exc(e)

    def is_kind_of(self, obj, mod):
        k = self.class_of(obj)
        while k is not None:
            if k is mod or (k.TTYPE == "T_ICLASS" and k.module is mod):
                return True
            k = k.superclass
        return False

    # ---- calling Ruby from the host (rb_funcall, rb_yield) -------------------------------
    def call_method(self, recv, mid, args, blk=None, kw=None, check=True, fcall=True):
        """rb_funcallv: call and run to completion; _UNDEF if check=False and no method."""
        n0 = len(self.frames)
        klass = self.class_of(recv)
        me, defined = M.lookup(klass, mid)
        if me is None:
            if not check:
                return _UNDEF
            f = self.frames[-1] if self.frames else None
            r = self.method_missing(f, recv, mid, args, kw, blk,
                                    VM_CALL_FCALL if fcall else 0)
        else:
            if not fcall and me.visi != "public":
                r = self.method_missing(None, recv, mid, args, kw, blk, 0, me.visi)
            else:
                r = self.call_me(self.frames[-1] if self.frames else None, recv, me, defined,
                                 mid, args, kw, blk)
        return self.finish_call(r, n0)

    def finish_call(self, r, n0=None):
        """Run a just-pushed frame to its end (a FINISH frame), or pop the pushed result.
        n0: the frame count before the call; a C frame that handed over to r (Method#call,
        instance_eval ...) is dropped with it."""
        if r is None:
            return self.stack.pop()
        r.finish = True
        v = self.run_frames(r)
        frames = self.frames
        if n0 is not None and len(frames) > n0:
            if frames[n0].__class__ is NewFrame:
                v = frames[n0].obj
            del frames[n0:]
        return v

    def respond_to(self, obj, mid, priv=False):
        me, _ = M.lookup(self.class_of(obj), mid)
        if me is not None and (priv or me.visi == "public"):
            return True
        rm, _ = M.lookup(self.class_of(obj), "respond_to_missing?")
        if rm is not None and rm.owner is not self.mKernel and rm.owner is not self.cObject:
            return self.truthy(self.call_method(obj, "respond_to_missing?",
                                                [intern(mid), priv]))
        return False

    def yield_block(self, blk, args, kw=None, self_=None, blockarg=None, is_lambda=None,
                    cref=None):
        """rb_yield from a cfunc."""
        if blk is None:
            self.raise_(self.eLocalJumpError, "no block given (yield)")
        n0 = len(self.frames)
        r = self.invoke_block(blk, args, kw, blockarg, self_=self_, is_lambda=is_lambda,
                              cref=cref)
        return self.finish_call(r, n0)

    def invoke_block(self, blk, args, kw, blockarg, self_=None, is_lambda=None, me=None,
                     mid=None, proc=None, cref=None, defined=None):
        """vm_invoke_block: push a BLOCK frame for an iseq block (or call a Symbol/host one)."""
        if blk.sym is not None:
            if not args:
                self.arg_error("no receiver given")
            recv = args[0]
            return self.send(self.frames[-1], recv, blk.sym, list(args[1:]), kw, blockarg, 0)
        if blk.pyfunc is not None:
            if blk.pykw:
                r = blk.pyfunc(self, args, blockarg, kw)
            else:
                r = blk.pyfunc(self, args, blockarg)
            self.stack.append(r)
            return None
        iseq = blk.iseq
        if is_lambda is None:
            is_lambda = blk.is_lambda
        code = iseq.__dict__.get("_dec") or decode(self, iseq)
        if me is None:
            env = Env(iseq.local_size + 3, blk.ep, iseq, blockarg)
            f = Frame(BLOCK, iseq, code.code, blk.self if self_ is None else self_, env,
                      blk.cref if cref is None else cref, None, len(self.stack))
        else:
            # a bmethod (define_method): the block runs as the method
            env = Env(iseq.local_size + 3, blk.ep, iseq, blockarg, me, defined)
            f = Frame(BLOCK, iseq, code.code, blk.self if self_ is None else self_, env,
                      blk.cref if cref is None else cref, me, len(self.stack), mid, blockarg)
            f.bmethod = True
        f.is_lambda = is_lambda
        frames = self.frames
        if len(frames) >= MAX_FRAMES:
            self.raise_(self.eSystemStackError, "stack level too deep")
        frames.append(f)
        try:
            fast = iseq.fast_argc_block if not is_lambda else iseq.fast_argc
        except AttributeError:
            fast_argc(iseq)
            fast = iseq.fast_argc_block if not is_lambda else iseq.fast_argc
        if kw is None and len(args) == fast:
            l = env.l
            i = iseq.local_size + 2
            for a in args:
                l[i] = a
                i -= 1
        else:
            f.pc = self.setup_args(iseq, env, args, kw, blockarg,
                                   "lambda" if is_lambda else "block", code)
        return f

    # ---- argument setup (cf. vm_callee_setup_arg, setup_parameters_complex) --------------
    def setup_args(self, iseq, env, args, kw, blk, kind, code):
        p = iseq.params
        l = env.l
        base = iseq.local_size + 2            # slot of local table index 0
        lead = p.lead_num
        opt = len(p.opt_table) - 1 if p.opt_table else 0
        post = p.post_num
        has_rest = p.rest_start >= 0
        kwp = p.keyword
        has_kwrest = p.kwrest_start >= 0
        accepts_kw = kwp is not None or has_kwrest
        # keywords
        if kw is not None:
            if not accepts_kw and not kw.tbl:
                kw = None
            elif not accepts_kw:
                if p.accepts_no_kwarg and kw.tbl:
                    self.arg_error("no keywords accepted")
                h = RHash.kwrest(self, kw, None)
                if has_rest and iseq.local_table[p.rest_start] == "*":
                    # (...) takes keywords as a ruby2_keywords hash (cf. param.flags.ruby2_keywords)
                    h.flags |= FL_RUBY2_KEYWORDS
                args = args + [h]
                kw = None
        n = len(args)
        # block arg auto-splat: |a, b| given one Array
        if kind == "block":
            if n == 1 and not p.ambiguous_param0:
                if not (opt or has_rest or post or accepts_kw or p.accepts_no_kwarg or
                        p.block_start >= 0):
                    splat = lead > 0
                else:
                    splat = lead + post > 0 or opt > 1 or accepts_kw
            else:
                splat = False
            if splat:
                a0 = args[0]
                if isinstance(a0, RArray):
                    args = list(a0.a)
                    n = len(args)
                elif a0 is not None and not isinstance(a0, (int, float, RSymbol)) and \
                        a0 is not True and a0 is not False:
                    me, _ = M.lookup(self.class_of(a0), "to_ary")
                    if me is not None:
                        r = self.call_method(a0, "to_ary", [])
                        if isinstance(r, RArray):
                            args = list(r.a)
                            n = len(args)
            if kw is None and accepts_kw and n > lead + post + opt and not has_rest and False:
                pass
            # procs drop extra and fill missing arguments
            if not has_rest and n > lead + opt + post:
                args = args[:lead + opt + post]
                n = len(args)
            if n < lead + post:
                args = args + [None] * (lead + post - n)
                n = len(args)
        else:
            if n < lead + post or (not has_rest and n > lead + opt + post):
                self.arity_error(n, lead + post, -1 if has_rest else lead + opt + post, kwp)
        # lead
        for i in range(lead):
            l[base - i] = args[i]
        # optional
        avail = n - lead - post
        k = opt if avail >= opt else avail
        if k < 0:
            k = 0
        for i in range(k):
            l[base - lead - i] = args[lead + i]
        start = code.opt_index[k] if opt else 0
        if has_rest:
            l[base - p.rest_start] = self.ary_new(list(args[lead + k:n - post]))
        if post:
            ps = p.post_start
            pa = args[n - post:]
            for i in range(post):
                l[base - ps - i] = pa[i]
        # keywords
        if kwp is not None:
            self.setup_kw(iseq, l, base, kwp, kw, has_kwrest, p)
        elif has_kwrest:
            h = RHash.kwrest(self, kw, None) if kw is not None else self.hash_new()
            l[base - p.kwrest_start] = h
        if p.block_start >= 0:
            l[base - p.block_start] = self.proc_from_block(blk) if blk is not None else None
        return start

    def setup_kw(self, iseq, l, base, kwp, kw, has_kwrest, p):
        names = list(kwp.required) + [n for n, _ in kwp.optional]
        kstart = kwp.bits_start - kwp.num
        t = kw.tbl if kw is not None else None        # the given keywords' table
        used = []                                      # the entries the parameters took
        missing = []
        for i, name in enumerate(kwp.required):
            s = intern(name)
            j = t.index_of_symbol(s) if t is not None else -1
            if j >= 0:
                l[base - kstart - i] = t.evals[j]
                used.append(j)
            else:
                missing.append(name)
        if missing:
            self.arg_error(("missing keyword: " if len(missing) == 1 else "missing keywords: ")
                           + ", ".join(":" + m for m in missing))
        bits = 0
        nreq = len(kwp.required)
        from ..iseq.iseq import UNDEF
        for di, (name, default) in enumerate(kwp.optional):
            s = intern(name)
            slot = base - kstart - nreq - di
            j = t.index_of_symbol(s) if t is not None else -1
            if j >= 0:
                l[slot] = t.evals[j]
                used.append(j)
            elif default is UNDEF:
                l[slot] = None
                bits |= 1 << di
            else:
                l[slot] = self.literal(default)
        l[base - kwp.bits_start] = bits
        if has_kwrest:
            l[base - p.kwrest_start] = RHash.kwrest(self, kw, used) if t is not None else self.hash_new()
        elif t is not None and len(used) < len(t):
            from .core_object import inspect
            from .hash_table import unused_keys
            ks = [inspect(self, k) for k in unused_keys(t, used)]
            self.arg_error(("unknown keyword: " if len(ks) == 1 else "unknown keywords: ")
                           + ", ".join(ks))

    # ---- instance variables --------------------------------------------------------------
    def ivar_set(self, obj, name, v):
        if obj.__class__ is RObject and not obj.flags & FL_FROZEN:
            iv = obj.ivars
            if iv is None:
                iv = obj.ivars = {}
            elif name in iv:
                iv[name] = v
                return
            k = obj.klass
            idx = k.iv_index if not k.is_singleton else self.real_class(obj).iv_index
            if idx is not None and name in idx:
                iv[name] = v
                return
        elif not isinstance(obj, RBasic):
            from .core_object import inspect
            self.raise_exc_frozen(obj, inspect(self, obj))
        if obj.flags & FL_FROZEN:
            from .core_object import inspect
            self.raise_exc_frozen(obj, inspect(self, obj))
        iv = obj.ivars
        if iv is None:
            iv = obj.ivars = {}
        if name not in iv and type(obj) is RObject:
            # a T_OBJECT's ivars sit at indexes its class hands out on first assignment in
            # any instance (cf. iv_index_tbl); instance_variables lists in that order
            k = self.real_class(obj)
            idx = k.iv_index
            if idx is None:
                idx = k.iv_index = {}
            if name not in idx:
                idx[name] = len(idx)
        iv[name] = v

    def ivar_names(self, obj):
        """The ivar names of obj in CRuby's order (the class's index order for a T_OBJECT)."""
        iv = obj.ivars if isinstance(obj, RBasic) else None
        if not iv:
            return []
        names = [n for n in iv if n.startswith("@")]
        if type(obj) is RObject:
            idx = self.real_class(obj).iv_index
            if idx:
                big = len(idx)
                names.sort(key=lambda n: idx.get(n, big))
        return names

    # ---- the loop ------------------------------------------------------------------------
    def run_frames(self, base):
        """vm_exec: run until `base` (a FINISH frame) leaves; return its value."""
        frames = self.frames
        f = frames[-1]
        while True:
            try:
                code = f.code       # tracing rewrites this list in place, never replaces it
                while True:
                    ins = code[f.pc]
                    f.pc += 1
                    r = ins[0](self, f, ins)
                    if r is not None:
                        if r is _FINISHED:
                            return self.finish_val
                        f = r
                        code = r.code
            except (RubyError, ThrowData) as e:
                f = self.handle(e, base)
                if f is _FINISHED:
                    return self.finish_val
            except RecursionError:
                try:
                    e = self.make_exc(self.eSystemStackError, "stack level too deep")
                    e.ivars["bt"] = self.backtrace_ary()
                except RecursionError:
                    e = self.make_exc(self.eSystemStackError, "stack level too deep")
                    e.ivars["bt"] = []
                f = self.handle(RubyError(e), base)
                if f is _FINISHED:
                    return self.finish_val
            except VMExit:
                raise
            except KeyboardInterrupt:
                # SIGINT (the kernel's interrupt, Ctrl-C) becomes Ruby's Interrupt
                e = self.make_exc(self.eInterrupt, "")
                e.ivars["bt"] = self.backtrace_ary()
                f = self.handle(RubyError(e), base)
                if f is _FINISHED:
                    return self.finish_val
            except (NotImplementedError, TypeError, AttributeError, KeyError, IndexError,
                    ValueError, ZeroDivisionError, AssertionError, OverflowError) as ex:
                # an internal error becomes a Ruby exception, never a Python traceback
                if _DEBUG:
                    import traceback
                    traceback.print_exc()
                try:
                    e = self.make_exc(self.eNotImplementedError if isinstance(
                        ex, NotImplementedError) else self.eStandardError,
                        f"[rubyvm internal] {type(ex).__name__}: {ex}")
                    e.ivars["bt"] = self.backtrace_ary()
                except Exception:
                    raise ex
                f = self.handle(RubyError(e), base)
                if f is _FINISHED:
                    return self.finish_val

    def handle(self, err, base):
        """vm_exec_handle_exception: walk frames from the top looking at catch tables; return
        the frame to continue in, or re-raise past `base`."""
        frames = self.frames
        stack = self.stack
        if isinstance(err, RubyError):
            state = TAG_RAISE
            errobj = err.exc
            self.errinfo = errobj
            if self.events.on and not getattr(err, "traced", False):
                err.traced = True
                self.events.emit("raise", frames[-1] if frames else None, value=errobj)
        else:
            state = err.state
            errobj = err
        while True:
            f = frames[-1]
            if f.iseq is not None and f.code is not None:
                dec = f.iseq._dec
                epc = dec.wpos[f.pc] if f.pc < len(dec.wpos) else dec.wpos[-1]
                for ctype, citer, st, ed, cont, sp in dec.catch:
                    if not (st < epc <= ed):
                        continue
                    if state == TAG_RAISE:
                        if ctype not in ("rescue", "ensure"):
                            continue
                    elif state in (TAG_BREAK, TAG_NEXT, TAG_REDO, TAG_RETRY):
                        if ctype == "ensure":
                            pass
                        elif ((ctype == "break" and state == TAG_BREAK) or
                              (ctype == "next" and state == TAG_NEXT) or
                              (ctype == "redo" and state == TAG_REDO) or
                              (ctype == "retry" and state == TAG_RETRY)) and \
                                (err.target is None or err.target is f.ep):
                            del stack[f.bp + sp:]
                            f.pc = cont
                            if state in (TAG_BREAK, TAG_NEXT):
                                stack.append(err.val)
                            return f
                        else:
                            continue
                    else:
                        if ctype != "ensure":
                            continue
                    if citer is None:
                        continue
                    # run the rescue/ensure iseq in a new frame; it leaves to cont
                    del stack[f.bp + sp:]
                    f.pc = cont
                    code = decode(self, citer)
                    env = Env(citer.local_size + 3, f.ep, citer)
                    env.l[citer.local_size + 2] = errobj       # the `$!` local (index 0)
                    nf = Frame(RESCUE if ctype == "rescue" else ENSURE, citer, code.code,
                               f.self, env, f.cref, f.me, len(stack))
                    nf.mid = f.mid
                    self.frames.append(nf)
                    return nf
            # the frame itself may be the target of a return / break
            if state == TAG_RETURN and err.target is f.ep and f.iseq is not None:
                self.pop_frame_for_throw(f, base)
                if f.finish:
                    self.finish_val = err.val
                    return _FINISHED
                stack.append(err.val)
                return frames[-1]
            if state == TAG_BREAK and err.target is f.ep and f.is_lambda:
                self.pop_frame_for_throw(f, base)
                if f.finish:
                    self.finish_val = err.val
                    return _FINISHED
                stack.append(err.val)
                return frames[-1]
            # unwind this frame
            del stack[f.bp:]
            frames.pop()
            if f is base or f.finish:
                if state == TAG_RAISE:
                    raise err
                raise err

    def pop_frame_for_throw(self, f, base):
        del self.stack[f.bp:]
        self.frames.pop()


def fast_argc(iseq):
    """The argument count for which setting up a call is copying the arguments into the
    locals: methods and lambdas with only required positional parameters (-1 otherwise);
    for a block also not a lone non-`|a|` parameter, which would auto-splat an Array.
    Cached on the iseq as fast_argc / fast_argc_block."""
    p = iseq.params
    simple = not (p.opt_table or p.rest_start >= 0 or p.post_num or p.keyword is not None or
                  p.kwrest_start >= 0 or p.block_start >= 0 or p.accepts_no_kwarg)
    lead = p.lead_num if simple else -1
    iseq.fast_argc = lead
    iseq.fast_argc_block = lead if lead != 1 or p.ambiguous_param0 else -1
    return lead


class _Finished(Exception):
    def __init__(self, val):
        self.val = val


class UserKey:
    """A hash key whose class defines #hash/#eql? in Ruby."""
    __slots__ = ("vm", "obj", "h")

    def __init__(self, vm, obj):
        self.vm = vm
        self.obj = obj
        self.h = vm.call_method(obj, "hash", [])

    def __hash__(self):
        return hash(self.h)

    def __eq__(self, other):
        if not isinstance(other, UserKey):
            return False
        return self.obj is other.obj or self.vm.truthy(
            self.vm.call_method(self.obj, "eql?", [other.obj]))


_UNDEF = object()
_FINISHED = object()


# ---- running programs ----------------------------------------------------------------------
def _run_top(self, iseq, self_=None, env=None):
    """Push a TOP/MAIN frame for iseq and run it to the end (exceptions propagate)."""
    from .frame import MAIN
    code = decode(self, iseq)
    if env is None or len(env.l) < iseq.local_size + 3:
        old = env
        env = Env(iseq.local_size + 3, None, iseq)
        if old is not None:
            # keep top-level locals between runs (the kernel's cells): copy by name
            for i, n in enumerate(old.iseq.local_table if old.iseq else []):
                if n in iseq.local_table:
                    j = iseq.local_table.index(n)
                    env.l[iseq.local_size + 2 - j] = old.l[old.iseq.local_size + 2 - i]
    env.iseq = iseq
    if "TOPLEVEL_BINDING" not in self.cObject.const_tbl and not self.loading_prelude:
        # the main script's binding (cf. Init_top_self / rb_vm_top_self's toplevel binding)
        from .core_binding import make_binding
        self.cObject.const_tbl["TOPLEVEL_BINDING"] = RData(self.cBinding, {
            "ep": env, "self": self.top_self if self_ is None else self_,
            "cref": self.top_cref, "iseq": iseq, "line": 1, "path": iseq.path,
            "frame_type": "TOP"})
        env.escaped = True
    f = Frame(TOP if iseq.type == "top" else MAIN, iseq, code.code,
              self.top_self if self_ is None else self_, env, self.top_cref, None,
              len(self.stack))
    f.finish = True
    self.push_frame(f)
    return self.run_frames(f)


def _run_main(self, iseq):
    """As `ruby FILE`: run, then at_exit handlers, then report an uncaught exception;
    returns the exit status."""
    status = 0
    err = None
    try:
        try:
            self.top_env = None
            self.run_top(iseq)
        except RubyError as e:
            err = e.exc
        except VMExit as e:
            self.flush_out()
            return e.status
        # at_exit handlers, last registered first
        while self.at_exit:
            p = self.at_exit.pop()
            try:
                del self.frames[:]
                self.call_method(p, "call", [])
            except RubyError as e:
                if self.is_kind_of(e.exc, self.eSystemExit):
                    err = e.exc
                else:
                    self._report(e.exc)
            except VMExit as e:
                return e.status
        if err is not None:
            if self.is_kind_of(err, self.eSystemExit):
                status = err.ivars.get("status", 0)
            else:
                self._report(err)
                status = 1
    except RecursionError:
        self.stderr.write("[rubyvm] host recursion limit reached\n")
        status = 1
    except Exception as e:      # noqa: BLE001 -- never a Python traceback for the user
        # like CRuby's [BUG] report: the interpreter, not the program, went wrong
        self.flush_out()
        self.stderr.write(f"{self.script_name}: [BUG] rubyvm internal error: "
                          f"{type(e).__name__}: {e}\n")
        status = 1
    self.flush_out()
    return status


def _report(self, exc):
    from .core_exception import full_report
    self.flush_out()
    try:
        del self.frames[:]
        text = full_report(self, exc)
    except RubyError:
        text = f"{self.script_name}: unhandled exception\n"
    self.stderr.write(text)


VM.run_top = _run_top
VM.run_main = _run_main
VM._report = _report
