"""Completion and Shift-Tab inspection, answered from the VM's own tables.

The receiver before a `.` is found without running user code: a local variable's value, an
instance variable of main, a constant path, or a literal (evaluated only when its parse tree
holds nothing but literals). Methods come from the receiver's class and its ancestors' method
tables (RClass m_tbl), as the VM's method lookup sees them.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from rubyvm.lexer.keywords import KEYWORDS as RESERVED
from rubyvm.session import Session

KEYWORDS = sorted(RESERVED)                  # parse.y's reserved words

_LITERAL_NODES = {"NODE_SCOPE", "NODE_LIT", "NODE_STR", "NODE_LIST", "NODE_ZLIST", "NODE_HASH",
                  "NODE_NIL", "NODE_TRUE", "NODE_FALSE", "NODE_DOT2", "NODE_DOT3", "NODE_BLOCK",
                  "NODE_BEGIN"}
_WORD = re.compile(r"[A-Za-z0-9_?!]")
_NOTHING = object()


def word_at(code: str, pos: int) -> tuple[int, int]:
    """The identifier around pos: (start, end)."""
    start = pos
    while start > 0 and _WORD.match(code[start - 1]):
        start -= 1
    end = pos
    while end < len(code) and _WORD.match(code[end]):
        end += 1
    return start, end


def receiver_text(code: str, dot: int) -> str:
    """The expression ending just before code[dot] (a `.`): brackets and quotes balanced."""
    i = dot
    depth = 0
    closing = {")": "(", "]": "[", "}": "{"}
    quote = None
    while i > 0:
        c = code[i - 1]
        if quote:
            if c == quote and (i < 2 or code[i - 2] != "\\"):
                quote = None
            i -= 1
            continue
        if c in "\"'":
            quote = c
        elif c in closing:
            depth += 1
        elif c in "([{":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and not (_WORD.match(c) or c in ":@$."):
            break
        i -= 1
    return code[i:dot].strip()


class Introspector:
    def __init__(self, session: Session):
        self.session = session
        self.vm = session.vm

    # ---- values without side effects ----------------------------------------------------
    def local_value(self, name: str):
        s = self.session
        env = s.env
        for scope in s.scopes:
            if env is None:
                break
            if name in scope:
                iseq = env.iseq
                j = list(iseq.local_table).index(name)
                return env.l[iseq.local_size + 2 - j]
            env = env.prev
        return _NOTHING

    def constant(self, path: str):
        from rubyvm.vm.core_module import const_search
        vm = self.vm
        k = vm.cObject
        for part in path.split("::"):
            if not part:
                continue
            if not hasattr(k, "const_tbl"):
                return _NOTHING
            try:
                k = const_search(vm, k, part)
            except Exception:     # noqa: BLE001 -- an autoload or missing constant
                return _NOTHING
            if k is None:
                return _NOTHING
        return k

    def evaluate(self, text: str):
        """The value of a receiver expression, or _NOTHING when finding it would run code."""
        if not text:
            return _NOTHING
        if re.fullmatch(r"[a-z_][A-Za-z0-9_]*", text):
            return self.local_value(text)
        if re.fullmatch(r"@[A-Za-z_][A-Za-z0-9_]*", text):
            iv = self.vm.top_self.ivars or {}
            return iv.get(text, _NOTHING)
        if re.fullmatch(r"(::)?[A-Z][A-Za-z0-9_]*(::[A-Z][A-Za-z0-9_]*)*", text):
            return self.constant(text)
        if text == "self":
            return self.vm.top_self
        try:
            from rubyvm.ast.visitor import walk
            from rubyvm.parser import parse
            tree = parse(text.encode(), "(complete)")
            if any(n.type not in _LITERAL_NODES for n in walk(tree)):
                return _NOTHING
            # a literal has no locals: running it leaves the session's binding as it was
            from rubyvm.compiler import compile as compile_iseq
            r = self.session.run_iseq(compile_iseq(text.encode(), "(complete)"), inspect=False)
        except Exception:      # noqa: BLE001 -- incomplete code while typing
            return _NOTHING
        return r.value if r.ok else _NOTHING

    # ---- methods ---------------------------------------------------------------------------
    def methods_of(self, value, private: bool = False) -> list[str]:
        from rubyvm.vm.core_module import ancestors
        vm = self.vm
        names: dict[str, None] = {}
        undefined: set[str] = set()
        for k in ancestors(vm, vm.class_of(value)):
            for name, me in getattr(k.origin, "m_tbl", {}).items():
                if name in names or name in undefined:
                    continue
                if me is None or me.type == "undef":
                    undefined.add(name)
                    continue
                if me.visi == "public" or private:
                    names[name] = None
        return list(names)

    def method_entry(self, value, name: str):
        from rubyvm.vm import method as M
        me, _ = M.lookup(self.vm.class_of(value), name)
        return me

    # ---- the kernel's questions ------------------------------------------------------------
    def complete(self, code: str, pos: int) -> tuple[list[str], int, int]:
        start, _ = word_at(code, pos)
        word = code[start:pos]
        before = code[:start]
        if before.endswith("@"):
            iv = self.vm.top_self.ivars or {}
            return sorted(k for k in iv if isinstance(k, str) and k.startswith("@" + word)), \
                start - 1, pos
        if before.endswith("::"):
            owner = self.evaluate(receiver_text(code, start - 2))
            tbl = getattr(owner, "const_tbl", None) or {}
            return sorted(k for k in tbl if k.startswith(word)), start, pos
        if before.endswith(".") and not before.endswith(".."):
            recv = self.evaluate(receiver_text(code, start - 1))
            if recv is _NOTHING:
                return [], start, pos
            ms = self.methods_of(recv)
            return sorted(m for m in ms if m.startswith(word)), start, pos
        if not word:
            return [], start, pos
        out: list[str] = []
        if word[0].isupper():
            out = sorted(k for k in self.vm.cObject.const_tbl if k.startswith(word))
        else:
            out += [n for n in self.session.local_names() if n.startswith(word)]
            out += sorted(m for m in self.methods_of(self.vm.top_self, private=True)
                          if m.startswith(word) and m not in out)
            out += [k for k in KEYWORDS if k.startswith(word) and k not in out]
        return out, start, pos

    def inspect(self, code: str, pos: int) -> Optional[str]:
        """Shift-Tab: a name's class and ancestors; a method's owner, arity, parameters and
        disassembly."""
        start, end = word_at(code, pos)
        if start == end and pos > 0:
            start, end = word_at(code, pos - 1)
        word = code[start:end]
        if not word:
            return None
        before = code[:start]
        if before.endswith(".") and not before.endswith(".."):
            recv = self.evaluate(receiver_text(code, start - 1))
            if recv is _NOTHING:
                return None
            return self.describe_method(recv, word)
        if word[0].isupper():
            full = receiver_text(code, end)
            v = self.constant(full) if full else _NOTHING
            if v is _NOTHING:
                v = self.constant(word)
            if v is _NOTHING:
                return None
            return self.describe_value(full or word, v)
        v = self.local_value(word)
        if v is not _NOTHING:
            return self.describe_value(word, v)
        if self.method_entry(self.vm.top_self, word) is not None:
            return self.describe_method(self.vm.top_self, word)
        return None

    def _inspect(self, v) -> str:
        return self.session.inspect(v)

    def describe_value(self, name: str, v) -> str:
        from rubyvm.vm.core_module import ancestors, real_super
        from rubyvm.vm.objects import RClass
        vm = self.vm
        lines = []
        if isinstance(v, RClass):
            kind = "module" if v.is_module else "class"
            lines.append(f"{name}: {kind} {self._inspect(v)}")
            if not v.is_module and v.superclass is not None:
                chain = []
                k = v
                while k is not None:
                    chain.append(self._inspect(k))
                    k = real_super(k)
                lines.append("superclass chain: " + " < ".join(chain))
            lines.append("ancestors: " + self._inspect_list(ancestors(vm, v)))
        else:
            cls = vm.real_class(v)
            lines.append(f"{name}: {self._inspect(cls)} = {self._inspect(v)}")
            lines.append("ancestors: " + self._inspect_list(ancestors(vm, cls)))
        return "\n".join(lines)

    def _inspect_list(self, ks) -> str:
        return "[" + ", ".join(self._inspect(k) for k in ks) + "]"

    def describe_method(self, recv, name: str) -> Optional[str]:
        vm = self.vm
        me = self.method_entry(recv, name)
        if me is None:
            return None
        from rubyvm.vm.objects import intern
        lines = []
        try:
            m = vm.call_method(recv, "method", [intern(name)])
            lines.append(self._inspect(m))
            for what in ("owner", "arity", "parameters"):
                lines.append(f"{what}: {self._inspect(vm.call_method(m, what, []))}")
        except Exception:       # noqa: BLE001 -- fall back to the entry itself
            lines.append(f"{name}: {me.type} method of {self._inspect(me.owner)}")
        finally:
            del vm.frames[:]
            del vm.stack[:]
        body = me.body
        if me.type == "iseq" and isinstance(body, tuple):
            lines.append("")
            lines.append(body[0].disasm().rstrip("\n"))
        elif me.type == "cfunc":
            lines.append("(a C function in CRuby; implemented in Python here)")
        return "\n".join(lines)


def as_reply(found: Optional[str]) -> dict[str, Any]:
    if found is None:
        return {"status": "ok", "found": False, "data": {}, "metadata": {}}
    return {"status": "ok", "found": True, "data": {"text/plain": found}, "metadata": {}}
