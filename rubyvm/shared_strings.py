"""Copy-on-write strings, for drawing them (the book's Exp 10-2; the heap of chapter 12).

Which RString reads which buffer, as CRuby 3.1 would lay the same strings out
(rubyvm/vm/shared_string.py keeps the model; ObjectSpace.dump and memsize_of show it to Ruby):

    from rubyvm import Session
    from rubyvm.shared_strings import layout, buffers, named, to_dot
    s = Session()
    s.run('str = "Lorem ipsum dolor sit amet, " * 2; str2 = str.dup; str3 = str[1..]')
    strs = named(s, "str", "str2", "str3")     # {"str": <RString>, ...}
    layout(strs["str2"])        # StringLayout(kind='shared', bytesize=56, root=<RString>, ...)
    buffers(strs)               # [Buffer(owner=<the frozen root>, readers=['str', 'str2', 'str3'])]
    graphviz.Source(to_dot(strs))   # RStrings -> shared root -> its heap buffer

In the Ruby kernel, a `%%python` cell reaches the notebook's session as
`get_ipython().kernel.ruby`. `sharing(vm)` lists every live shared root of a VM with the
strings reading it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .vm.objects import FL_FROZEN, RString
from .vm.shared_string import (FL_FSTR, FL_STR_SHARED_ROOT, bytesize, capacity, is_embedded,
                               memsize)

__all__ = ["StringLayout", "Buffer", "layout", "buffers", "named", "sharing", "to_dot"]


@dataclass(frozen=True)
class StringLayout:
    """One RString as CRuby lays it out in its 40-byte slot."""
    kind: str                   # "embedded" (bytes in the slot), "heap" (its own buffer), "shared"
    bytesize: int
    capacity: int               # what its buffer holds before growing (a shared one: bytesize)
    memsize: int                # ObjectSpace.memsize_of: 40, plus its own heap buffer
    frozen: bool
    fstring: bool               # the fstring table's entry (a frozen literal, -str)
    shared_root: bool           # other strings have shared its buffer
    root: object = field(default=None, repr=False)   # the RString whose buffer a shared one reads
    offset: int = 0             # where in the root's buffer it starts, in bytes
    text: str = ""


def layout(s: RString) -> StringLayout:
    n = bytesize(s)
    if s.shared is not None:
        kind = "shared"
        offset = bytesize(s.shared) - n         # a shared string reads a tail of its root
    else:
        kind = "embedded" if is_embedded(s) else "heap"
        offset = 0
    return StringLayout(kind, n, capacity(s), memsize(s), bool(s.flags & FL_FROZEN),
                        bool(s.flags & FL_FSTR), bool(s.flags & FL_STR_SHARED_ROOT),
                        s.shared, offset, s.s)


def named(session, *names) -> dict:
    """The values of a session's top-level variables (or any expressions), by name."""
    return {n: session.run(n).value for n in names}


@dataclass
class Buffer:
    """A heap buffer: the string that owns it and the names that read it."""
    owner: RString
    owner_name: str | None
    readers: list = field(default_factory=list)


def buffers(named: dict) -> list:
    """Group named Strings by the heap buffer they read (an embedded one is its own)."""
    names = {id(v): k for k, v in named.items()}
    out: dict = {}
    for name, s in named.items():
        if not isinstance(s, RString):
            continue
        owner = s.shared if s.shared is not None else s
        b = out.get(id(owner))
        if b is None:
            b = out[id(owner)] = Buffer(owner, names.get(id(owner)))
        b.readers.append(name)
    return list(out.values())


def sharing(vm) -> list:
    """Every live shared root in the VM's heap, with the live Strings that read its buffer:
    a list of (root, [readers]) in allocation order."""
    from .vm.core_gc import live_objects
    roots: dict = {}
    for o in live_objects(vm):
        if isinstance(o, RString) and o.shared is not None:
            roots.setdefault(id(o.shared), (o.shared, []))[1].append(o)
    return list(roots.values())


def _label(text: str, limit: int = 24) -> str:
    t = text if len(text) <= limit else text[:limit - 1] + "\u2026"
    return t.replace("\\", "\\\\").replace('"', '\\"').replace("{", "\\{").replace(
        "}", "\\}").replace("|", "\\|").replace("<", "\\<").replace(">", "\\>")


def to_dot(named: dict) -> str:
    """Graphviz source: each named String (its slot: layout, bytesize, memsize), the frozen
    roots the shared ones point at (`as.heap.aux.shared`), and each heap buffer once."""
    lines = ["digraph strings {", '  rankdir=LR; node [fontname="monospace" fontsize=10]; edge [fontname="monospace" fontsize=9];']
    ids: dict = {}
    names = {id(v): k for k, v in named.items()}

    def slot(s, name):
        key = id(s)
        if key in ids:
            return ids[key]
        node = ids[key] = f"s{len(ids)}"
        lay = layout(s)
        title = name if name is not None else ("fstring" if lay.fstring else "frozen root")
        extra = ""
        if lay.kind == "embedded":
            extra = f'|\\"{_label(s.s)}\\"'
        flags = " frozen" if lay.frozen else ""
        lines.append(f'  {node} [shape=record label="{{{_label(title)}|{lay.kind}{flags}|'
                     f'bytesize {lay.bytesize}|memsize {lay.memsize}{extra}}}"];')
        if lay.kind == "shared":
            root = slot(s.shared, names.get(id(s.shared)))
            lines.append(f'  {node} -> {root} [label="shared{" +" + str(lay.offset) if lay.offset else ""}"];')
        elif lay.kind == "heap":
            lines.append(f'  {node}_buf [shape=box style=filled fillcolor="#fff3c4" '
                         f'label="{_label(s.s)}\\n{lay.memsize - 40} bytes"];')
            lines.append(f"  {node} -> {node}_buf [label=ptr];")
        return node

    for name, s in named.items():
        if isinstance(s, RString):
            slot(s, name)
    lines.append("}")
    return "\n".join(lines) + "\n"
