"""The compiler's working form of an instruction sequence: a doubly linked list of elements
(cf. compile.c's LINK_ANCHOR / LINK_ELEMENT, INSN, LABEL, ADJUST and TRACE).

The peephole optimizer looks at neighbours and edits in place, hence a linked list rather than a
Python list."""
from __future__ import annotations

from typing import Iterator, Optional


class Element:
    __slots__ = ("prev", "next")

    def __init__(self) -> None:
        self.prev: Optional[Element] = None
        self.next: Optional[Element] = None


class Insn(Element):
    """INSN: an instruction with its operands, source line and events (RUBY_EVENT_* bits)."""
    __slots__ = ("name", "operands", "line", "node_id", "events", "sp_inc")

    def __init__(self, name: str, operands: list, line: int, node_id: int = -1) -> None:
        self.prev = self.next = None
        self.name = name
        self.operands = operands
        self.line = line
        self.node_id = node_id
        self.events = 0
        self.sp_inc = 0       # the stack-depth change, fixed by the assembler

    def __repr__(self) -> str:
        return f"<Insn {self.name} {self.operands!r} @{self.line}>"


class Label(Element):
    """LABEL: a jump target; its position and stack depth are fixed by the assembler."""
    __slots__ = ("no", "position", "sp", "refcnt", "unremovable", "rescued", "set")

    def __init__(self, no: int) -> None:
        self.prev = self.next = None
        self.no = no
        self.position = 0
        self.sp = -1
        self.refcnt = 0
        self.unremovable = False
        self.rescued = 0      # LABEL_RESCUE_NONE / BEG / END
        self.set = False

    def __repr__(self) -> str:
        return f"<L{self.no:03d}>"


class Adjust(Element):
    """ADJUST: bring the stack back to the depth of `label` (pop / adjuststack), or, with line
    -1 (ADD_ADJUST_RESTORE), only restore the assembler's idea of the depth."""
    __slots__ = ("label", "line")

    def __init__(self, label: Optional[Label], line: int) -> None:
        self.prev = self.next = None
        self.label = label
        self.line = line

    def __repr__(self) -> str:
        return f"<Adjust {self.label!r} @{self.line}>"


class Trace(Element):
    """TRACE: events attached to the next instruction (line, call, b_call, class, ...)."""
    __slots__ = ("event",)

    def __init__(self, event: int) -> None:
        self.prev = self.next = None
        self.event = event

    def __repr__(self) -> str:
        return f"<Trace {self.event:#x}>"


class Anchor:
    """LINK_ANCHOR: a list head; `first` is its first element."""
    __slots__ = ("head", "last")

    def __init__(self) -> None:
        self.head = Element()
        self.last: Element = self.head

    @property
    def first(self) -> Optional[Element]:
        return self.head.next

    def add(self, elem: Element) -> Element:
        """ADD_ELEM"""
        elem.prev = self.last
        elem.next = None
        self.last.next = elem
        self.last = elem
        return elem

    def append(self, other: "Anchor") -> None:
        """APPEND_LIST: move other's elements to our end."""
        if other.head.next is not None:
            self.last.next = other.head.next
            other.head.next.prev = self.last
            self.last = other.last
            other.head.next = None
            other.last = other.head

    def insert_list(self, other: "Anchor") -> None:
        """INSERT_LIST: move other's elements to our beginning."""
        if other.head.next is not None:
            first = self.head.next
            self.head.next = other.head.next
            other.head.next.prev = self.head
            other.last.next = first
            if first is not None:
                first.prev = other.last
            else:
                self.last = other.last
            other.head.next = None
            other.last = other.head

    def pop(self) -> Element:
        """POP_ELEMENT"""
        elem = self.last
        self.last = elem.prev
        self.last.next = None
        return elem

    def fix_last(self) -> None:
        e = self.head
        while e.next is not None:
            e = e.next
        self.last = e

    def __iter__(self) -> Iterator[Element]:
        e = self.head.next
        while e is not None:
            yield e
            e = e.next

    def insns(self) -> list[Insn]:
        return [e for e in self if isinstance(e, Insn)]


def insert_after(elem: Element, new: Element) -> None:
    """ELEM_INSERT_NEXT"""
    new.next = elem.next
    new.prev = elem
    elem.next = new
    if new.next is not None:
        new.next.prev = new


def insert_before(elem: Element, new: Element) -> None:
    """ELEM_INSERT_PREV"""
    new.prev = elem.prev
    new.next = elem
    elem.prev = new
    if new.prev is not None:
        new.prev.next = new


def replace(old: Element, new: Element) -> None:
    """ELEM_REPLACE"""
    new.prev = old.prev
    new.next = old.next
    if old.prev is not None:
        old.prev.next = new
    if old.next is not None:
        old.next.prev = new


def remove(elem: Element) -> None:
    """ELEM_REMOVE (the anchor's `last` is fixed up by the caller if needed)."""
    if elem.prev is not None:
        elem.prev.next = elem.next
    if elem.next is not None:
        elem.next.prev = elem.prev


def first_insn(elem: Optional[Element]) -> Optional[Element]:
    """ELEM_FIRST_INSN: the first Insn or Adjust from elem on."""
    while elem is not None:
        if isinstance(elem, (Insn, Adjust)):
            return elem
        elem = elem.next
    return None


def list_insn_size_one(anchor: Anchor) -> bool:
    f = first_insn(anchor.first)
    return f is not None and first_insn(f.next) is None


def list_insn_size_zero(anchor: Anchor) -> bool:
    return first_insn(anchor.first) is None
