"""Copy-on-write strings: how an RString holds its bytes (cf. string.c; the book's Exp 10-2).

CRuby 3.1 (64-bit, no variable-width allocation) keeps a String in one of three layouts:
- embedded: the bytes sit in the 40-byte slot itself, when bytesize + terminator <= 24
  (RSTRING_EMBED_LEN_MAX is 23 for a 1-byte terminator; UTF-16 needs 2, UTF-32 4);
- heap: the slot points at a malloc'ed buffer of `capa` bytes plus the terminator;
- shared (STR_SHARED): no buffer of its own; `as.heap.aux.shared` points at a frozen root
  String whose buffer it reads, all of it or a tail of it.
`str.dup`, `String.new(str)`, `replace`, `+@` on a frozen string, and a substring that runs
to the end of a long string share instead of copying; the first write to either string
copies (str_make_independent). Roots are frozen, so a root's bytes never change.

Here an RString's bytes are its `s` (an immutable Python str, see core_string.py) and the
layout is two more slots: `shared` (the root, or None) and `capa` (the heap buffer's
capacity in bytes; None means "exactly bytesize": embedded when that fits, else a heap
buffer of that size). A shared string reads the very same Python str object as its root
when it shares all of it; a tail keeps its own slice (Python copies the characters; CRuby
just moves a pointer -- reading `.s` stays a plain slot read, which measured faster than a
lazily materialised view, see bench/string_bench.py). So the sharing is modelled exactly
(flags, roots, capacities, allocations, as ObjectSpace.dump and memsize_of report them)
while the characters are Python's.

Every method that writes to a String first calls `str_modify` (rb_str_modify /
str_modify_keep_cr: the frozen check, then make the string independent) or, where CRuby
only checks, `str_modifiable`; tests/test_shared_string.py checks that no write reaches a
shared string any other way.
"""
from __future__ import annotations

from .objects import FL_FROZEN, RString

RVALUE_SIZE = 40            # sizeof(RVALUE) on 64-bit
EMBED_CAPA = 24             # str_embed_capa: the bytes an embedded RString holds, terminator included
STR_BUF_MIN_SIZE = 63       # rb_str_buf_new's smallest heap buffer
FL_STR_SHARED_ROOT = 1 << 17   # STR_SHARED_ROOT (FL_USER5): some String shares this one's buffer
FL_FSTR = 1 << 29              # RSTRING_FSTR (FL_USER17): the fstring table's entry

TERMLEN = {"UTF-16LE": 2, "UTF-16BE": 2, "UTF-16": 2, "UTF-32LE": 4, "UTF-32BE": 4,
            "UTF-32": 4}


# ---- the layout ---------------------------------------------------------------------------
def termlen(s) -> int:
    """TERM_LEN: the terminator's width (the encoding's minimum character length)."""
    b = s.binary
    if b is False or b is True:
        return 1
    return TERMLEN.get(b, 1)


def text_bytesize(text: str, binary) -> int:
    if binary is not False or text.isascii():
        return len(text)
    return len(text.encode("utf-8", "surrogateescape"))


def bytesize(s) -> int:
    return text_bytesize(s.s, s.binary)


def embeddable(nbytes: int, tl: int = 1) -> bool:
    """STR_EMBEDDABLE_P."""
    return nbytes + tl <= EMBED_CAPA


def is_embedded(s) -> bool:
    """STR_EMBED_P."""
    return s.shared is None and s.capa is None and embeddable(bytesize(s), termlen(s))


def capacity(s) -> int:
    """rb_str_capacity: what the string can hold without growing."""
    n = bytesize(s)
    if s.shared is not None:
        return n
    if s.capa is None:
        return EMBED_CAPA - termlen(s) if embeddable(n, termlen(s)) else n
    return max(s.capa, n)


def memsize(s) -> int:
    """rb_obj_memsize_of for a String: the slot, plus its heap buffer (STR_HEAP_SIZE) when it
    owns one; a shared or embedded string is just its 40-byte slot."""
    if s.shared is not None or is_embedded(s):
        return RVALUE_SIZE
    return RVALUE_SIZE + capacity(s) + termlen(s)


def _set_shared(s, root) -> None:
    """STR_SET_SHARED: s reads root's buffer; the root is marked as shared."""
    s.capa = None
    s.shared = root
    root.flags |= FL_STR_SHARED_ROOT


# ---- writing: the one way in ----------------------------------------------------------------
def str_modifiable(vm, s) -> None:
    """str_modifiable: a frozen String raises FrozenError."""
    if s.flags & FL_FROZEN:
        from .core_string import str_inspect
        vm.raise_exc_frozen(s, str_inspect(s))


def str_modify(vm, s) -> None:
    """rb_str_modify / str_modify_keep_cr: check it may change, then own the buffer.
    A heap string's capacity is pinned here, so shrinking it later keeps the buffer."""
    if s.flags & FL_FROZEN:
        str_modifiable(vm, s)
    if s.shared is not None:
        make_independent(s)
    elif s.capa is None:
        n = bytesize(s)
        if not embeddable(n, termlen(s)):
            s.capa = n


def make_independent(s, expand: int = 0) -> None:
    """str_make_independent_expand: copy the shared bytes into a buffer of one's own of
    bytesize + expand bytes (or into the slot, when that fits)."""
    capa = bytesize(s) + expand
    s.shared = None
    s.capa = None if embeddable(capa, termlen(s)) else capa


def str_discard(vm, s) -> None:
    """str_discard: drop the buffer (freed, or no longer shared); the text is replaced next."""
    str_modifiable(vm, s)
    s.shared = None
    s.capa = None


# ---- capacity bookkeeping of the writers (after str_modify) -------------------------------------
def buf_cat(s, olen: int, added: int) -> None:
    """str_buf_cat's growth: appending `added` bytes to `olen` doubles the capacity
    (2 * capa + termlen) until it fits; an embedded string starts from 23."""
    tl = termlen(s)
    if s.capa is None:
        capa = EMBED_CAPA - tl if embeddable(olen, tl) else olen
    else:
        capa = s.capa
    total = olen + added
    if capa < total:
        while total > capa:
            capa = 2 * capa + tl
        s.capa = capa


def resize_capa(s, capacity_: int) -> None:
    """RESIZE_CAPA_TERM: an embedded string moves to a heap buffer only when it no longer
    fits; a heap buffer is reallocated to exactly `capacity_`."""
    tl = termlen(s)
    if s.capa is None and embeddable(bytesize(s), tl):
        if not embeddable(capacity_, tl):
            s.capa = capacity_
    else:
        s.capa = capacity_


def str_resize(s, slen: int, nlen: int) -> None:
    """rb_str_resize's buffer (called before the text changes from slen to nlen bytes)."""
    tl = termlen(s)
    if is_embedded(s):
        if embeddable(nlen, tl):
            return
        make_independent(s, nlen - slen)
    elif embeddable(nlen, tl):
        s.shared = None
        s.capa = None
    elif s.shared is not None:
        if nlen != slen:
            make_independent(s, nlen - slen)
    else:
        capa = s.capa if s.capa is not None else slen
        if capa < nlen or capa - nlen > min(nlen, 1024):
            s.capa = nlen
        else:
            s.capa = capa


def buf_new_capa(n: int) -> int | None:
    """rb_str_buf_new(n)'s capacity: embedded when it fits, else at least 63 bytes."""
    if embeddable(n, 1):
        return None
    return max(n, STR_BUF_MIN_SIZE)


def grown_capa(capa, total: int, tl: int = 1):
    """The capacity a buffer of `capa` ends with after appends up to `total` bytes."""
    if capa is None:
        if embeddable(total, tl):
            return None
        capa = EMBED_CAPA - tl
    while total > capa:
        capa = 2 * capa + tl
    return capa


def shared_replace(vm, s, new) -> None:
    """str_shared_replace: s takes over the buffer of the fresh string `new` (gsub!,
    encode!, reverse! of a multibyte string)."""
    str_discard(vm, s)
    s.s = new.s
    s.binary = new.binary
    if new.shared is not None:
        _set_shared(s, new.shared)
    else:
        s.capa = new.capa


# ---- making shared strings -------------------------------------------------------------------
def _klass(vm, s):
    return vm.real_class(s)


def new_frozen_buffer(vm, klass, orig):
    """str_new_frozen_buffer: a frozen String with orig's bytes. A long orig hands its buffer
    to the new (root) string and becomes shared with it; a shared orig gives its root when
    it reads the whole root in the same class and encoding."""
    n = bytesize(orig)
    if is_embedded(orig) or embeddable(n, 1):
        st = RString(klass, orig.s, orig.binary)
    elif orig.shared is not None:
        root = orig.shared
        if bytesize(root) != n or klass is not _klass(vm, root) or root.binary != orig.binary:
            st = RString(klass, orig.s, orig.binary)
            _set_shared(st, root)
        else:
            return root
    else:
        st = RString(klass, orig.s, orig.binary)
        st.capa = orig.capa
        _set_shared(orig, st)
    st.flags |= FL_FROZEN
    return st


def str_new_frozen(vm, orig):
    """rb_str_new_frozen: orig itself when frozen, else a frozen copy that shares orig's
    buffer (what a MatchData keeps of the string it matched)."""
    if orig.flags & FL_FROZEN:
        return orig
    return new_frozen_buffer(vm, _klass(vm, orig), orig)


def str_new_frozen_string(vm, orig):
    """rb_str_new_frozen_String: the same, as a plain String."""
    if orig.flags & FL_FROZEN and _klass(vm, orig) is vm.cString:
        return orig
    return new_frozen_buffer(vm, vm.cString, orig)


def replace_shared(vm, dst, src) -> None:
    """str_replace_shared: dst reads src's bytes -- copied into the slot when they fit,
    else through src's root (made now, by rb_str_new_frozen, when src has none)."""
    if embeddable(bytesize(src), termlen(src)):
        dst.shared = None
        dst.capa = None
        dst.s = src.s
    else:
        root = src.shared if src.shared is not None else str_new_frozen(vm, src)
        dst.shared = None
        dst.s = src.s
        _set_shared(dst, root)
    dst.binary = src.binary


def str_replace(vm, dst, src) -> None:
    """str_replace (after str_discard): dst becomes src's copy, sharing when src is long."""
    if src.shared is not None:
        dst.shared = None
        dst.s = src.s
        dst.binary = src.binary
        _set_shared(dst, src.shared)
    else:
        replace_shared(vm, dst, src)


def rb_str_replace(vm, dst, src):
    """String#replace and #initialize_copy (rb_str_replace)."""
    str_modifiable(vm, dst)
    if dst is src:
        return dst
    str_discard(vm, dst)
    str_replace(vm, dst, src)
    return dst


def str_duplicate(vm, klass, s):
    """str_duplicate (rb_str_dup): a new String of klass with s's bytes; a long s is shared,
    through its root, through itself when frozen, or through a new frozen root that takes
    over its buffer."""
    dup = RString(klass, s.s, s.binary)
    if is_embedded(s):
        return dup
    if s.shared is not None:
        root = s.shared
    elif not s.flags & FL_FROZEN:
        root = new_frozen_buffer(vm, klass, s)
    else:
        root = s
    _set_shared(dup, root)
    return dup


def str_new_shared(vm, klass, src):
    """str_new_shared: a new String reading src's bytes (str_replace_shared)."""
    st = RString(klass, "", src.binary)
    replace_shared(vm, st, src)
    return st


def str_subseq(vm, s, beg: int, ln: int):
    """rb_str_subseq (in characters): a substring that runs to the end of s and is too long
    to embed shares s's root (made now if s has none); any other substring is a copy."""
    t = s.s
    end = beg + ln
    return subseq_of(vm, s, t[beg:end], end >= len(t))


def subseq_of(vm, s, sub: str, at_end: bool):
    """rb_str_subseq once the characters `sub` of s are cut out (at_end: they are its tail)."""
    if not at_end:
        return RString(vm.cString, sub, s.binary)
    tl = termlen(s)
    # a character is at least a byte: only a short tail needs its bytes counted
    if len(sub) + tl <= EMBED_CAPA and embeddable(text_bytesize(sub, s.binary), tl):
        return RString(vm.cString, sub, s.binary)
    st = str_new_shared(vm, vm.cString, str_new_frozen_string(vm, s))
    st.s = sub                              # RSTRING(str2)->as.heap.ptr += beg
    return st


def drop_bytes(vm, s, nchars: int) -> None:
    """rb_str_drop_bytes: remove the first nchars characters by moving the string's start
    forward in its buffer -- which then has to become a shared root (heap_str_make_shared)
    -- or, when what is left fits, by moving it into the slot."""
    str_modifiable(vm, s)
    rest = s.s[nchars:]
    if embeddable(text_bytesize(rest, s.binary), termlen(s)):
        s.shared = None
        s.capa = None
        s.s = rest
        return
    if s.shared is None:
        root = RString(_klass(vm, s), s.s, s.binary)
        root.capa = s.capa
        root.flags |= FL_FROZEN
        _set_shared(s, root)
    s.s = rest


# ---- the fstring table (rb_fstring) ------------------------------------------------------------
def _bare(vm, s) -> bool:
    """BARE_STRING_P: a plain String with no instance variables."""
    return s.klass is vm.cString and not s.ivars


def fstring_table(vm) -> dict:
    return vm.__dict__.setdefault("fstring_table", {})


def register_fstring(vm, s):
    """register_fstring: the table's String with s's contents, entering a frozen
    independent plain String made from s when there is none."""
    table = fstring_table(vm)
    key = (s.s, s.binary)
    f = table.get(key)
    if f is not None:
        return f
    st = s
    if not st.flags & FL_FROZEN:
        st = new_frozen_buffer(vm, vm.cString, st)
    if st.shared is not None:               # a shared substring gets a buffer of its own
        make_independent(st)
    if not _bare(vm, st):
        st = new_frozen_buffer(vm, vm.cString, st)
    st.flags |= FL_FSTR
    table[key] = st
    return st


def rb_fstring(vm, s):
    """rb_fstring: the deduplicated frozen String with s's contents."""
    if s.flags & FL_FSTR:
        return s
    bare = _bare(vm, s)
    if not bare:
        if is_embedded(s):
            s.flags |= FL_FROZEN
            return s
        if s.shared is None and s.flags & FL_STR_SHARED_ROOT:     # a heap shared root
            return s
    if not s.flags & FL_FROZEN:
        n = bytesize(s)
        str_resize(s, n, n)
    f = register_fstring(vm, s)
    if not bare:
        replace_shared(vm, s, f)
        s.flags |= FL_FROZEN
        return s
    return f


def str_uminus(vm, s):
    """String#-@ (str_uminus)."""
    if not _bare(vm, s) and not s.flags & FL_FROZEN:
        s = str_duplicate(vm, _klass(vm, s), s)
    return rb_fstring(vm, s)


def str_resurrect(vm, lit):
    """rb_ec_str_resurrect (putstring): a new String with a literal's bytes -- a copy in the
    slot when short, else shared with the literal (a frozen fstring: its own root)."""
    return str_duplicate(vm, vm.cString, lit)


# ---- the invariants (checked by tests/test_shared_string.py after every String method) ----------
def _bytes(s) -> bytes:
    if s.binary is False:
        return s.s.encode("utf-8", "surrogateescape")
    return s.s.encode("latin-1", "replace")


def layout_errors(s) -> list:
    """What is wrong with s's layout: a shared string reads a tail of a frozen, unshared
    root's bytes and has no capacity of its own; a capacity belongs to a heap buffer."""
    errs = []
    root = s.shared
    if root is not None:
        if not isinstance(root, RString):
            return [f"shared with a {type(root).__name__}"]
        if not root.flags & FL_FROZEN:
            errs.append("its root is not frozen")
        if root.shared is not None:
            errs.append("its root is itself shared")
        if not root.flags & FL_STR_SHARED_ROOT:
            errs.append("its root is not marked STR_SHARED_ROOT")
        if s.capa is not None:
            errs.append("a shared string with a capacity")
        if not _bytes(root).endswith(_bytes(s)):
            errs.append(f"reads {s.s[:20]!r}..., not a tail of its root {root.s[:20]!r}...")
    elif s.capa is not None and s.capa < 0:
        errs.append("a negative capacity")
    return errs
