"""Kernel#pp: the pretty printer (cf. lib/pp.rb and lib/prettyprint.rb).  An object becomes a
document of texts, breakables and groups; a group is laid out flat when it fits in the line
width (79 columns for a non-terminal, as PP.width_for gives), otherwise its breakables become
newlines indented to the group's nesting."""
from __future__ import annotations

from . import method as M
from .bootstrap import defm
from .objects import RArray, RHash, RObject

WIDTH = 79


class Group:
    __slots__ = ("indent", "items")

    def __init__(self, indent, items):
        self.indent, self.items = indent, items


class Breakable:
    __slots__ = ("sep",)

    def __init__(self, sep=" "):
        self.sep = sep


def layout(doc, width=WIDTH):
    """Wadler-style layout: a group goes flat if it and the text after it up to the next
    possible line break fit in what is left of the line."""
    out = []
    col = 0
    stack = [(0, False, doc)]           # (indent, flat?, item)

    def fits(rem, items):
        while items:
            ind, flat, it = items.pop()
            if rem < 0:
                return False
            if isinstance(it, str):
                rem -= len(it)
            elif isinstance(it, Breakable):
                if not flat:
                    return True
                rem -= len(it.sep)
            else:
                for x in reversed(it.items):
                    items.append((ind + it.indent, flat, x))
        return rem >= 0
    while stack:
        ind, flat, it = stack.pop()
        if isinstance(it, str):
            out.append(it)
            col += len(it)
        elif isinstance(it, Breakable):
            if flat:
                out.append(it.sep)
                col += len(it.sep)
            else:
                out.append("\n" + " " * ind)
                col = ind
        else:
            nind = ind + it.indent
            is_flat = flat or fits(width - col, stack[-64:] + [(ind, True, it)])
            for x in reversed(it.items):
                stack.append((nind, is_flat, x))
    return "".join(out)


def to_doc(vm, v, seen):
    from .core_object import inspect
    if isinstance(v, RArray):
        if id(v) in seen:
            return "[...]"
        seen.add(id(v))
        items = ["["]
        for i, x in enumerate(v.a):
            if i:
                items += [",", Breakable()]
            items.append(to_doc(vm, x, seen))
        items.append("]")
        seen.discard(id(v))
        return Group(1, items)
    if isinstance(v, RHash) and _plain(vm, v, vm.cHash):
        if id(v) in seen:
            return "{...}"
        seen.add(id(v))
        items = ["{"]
        for i, (k, x) in enumerate(list(v.d.values())):
            if i:
                items += [",", Breakable()]
            items.append(Group(0, [to_doc(vm, k, seen), "=>",
                                   Group(1, [Breakable(""), to_doc(vm, x, seen)])]))
        items.append("}")
        seen.discard(id(v))
        return Group(1, items)
    if type(v) is RObject and v.ivars and _plain(vm, v, vm.mKernel):
        if id(v) in seen:
            return inspect(vm, v).split(" ")[0] + " ...>"
        seen.add(id(v))
        head = inspect(vm, RObject(v.klass)).rstrip(">")
        items = [head]
        names = [n for n in v.ivars if n.startswith("@")]
        for i, n in enumerate(names):
            if i:
                items.append(",")
            items += [Breakable(), n, "=", Group(1, [Breakable(""), to_doc(vm, v.ivars[n], seen)])]
        items.append(">")
        seen.discard(id(v))
        return Group(1, items)
    return inspect(vm, v)


def _plain(vm, v, owner):
    """The object uses the default inspect of `owner` (no user-defined inspect)."""
    me, _ = M.lookup(vm.class_of(v), "inspect")
    return me is not None and me.owner is owner


def init(vm):
    def pp(vm, s, a, b):
        for x in a:
            vm.write_out(layout(to_doc(vm, x, set())) + "\n")
        return None if not a else a[0] if len(a) == 1 else vm.ary_new(list(a))
    defm(vm.mKernel, "pp", pp, -1, visi="private")
