"""Kernel#format against CRuby 3.1's goldens (tests/corpus/numeric/sprintf.golden).

Each golden line is one case of sprintf_cases.txt, with its arguments encoded by CRuby as JSON
and the result (or the exception's class and message).
"""
import json
import struct
from fractions import Fraction
from pathlib import Path

import pytest

from rubyvm.core import RubyError
from rubyvm.core.sprintf import ruby_inspect, ruby_to_s, sprintf

NUMERIC = Path(__file__).parent / "corpus" / "numeric"
SHOW = 25


class Sym:
    """A Symbol for the test: the cases use symbols as hash keys and as %s/%p arguments."""

    def __init__(self, name: str):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Sym) and other.name == self.name

    def __hash__(self):
        return hash(("sym", self.name))


def to_s(v):
    if isinstance(v, Sym):
        return v.name
    if isinstance(v, (list, dict)):
        return inspect(v)
    return ruby_to_s(v)


def inspect(v):
    if isinstance(v, Sym):
        return ":" + v.name
    if isinstance(v, dict):
        return "{" + ", ".join(f"{inspect(k)}=>{inspect(e)}" for k, e in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(inspect(e) for e in v) + "]"
    return ruby_inspect(v)


def decode(v):
    """CRuby's JSON encoding of a value (scripts/goldens_numeric.py) back to a plain value."""
    if v is None or isinstance(v, bool):
        return v
    (kind, data), = v.items()
    if kind == "int":
        return int(data)
    if kind == "float":
        return struct.unpack(">d", bytes.fromhex(data))[0]
    if kind == "str":
        return data
    if kind == "bytes":
        return bytes.fromhex(data).decode("utf-8", "surrogateescape")
    if kind == "sym":
        return Sym(data)
    if kind == "rational":
        return Fraction(int(data[0]), int(data[1]))
    if kind == "array":
        return [decode(e) for e in data]
    if kind == "hash":
        return {decode(k): decode(e) for k, e in data}
    raise ValueError(kind)


def ruby_bytes(s: str) -> bytes:
    """A result string as CRuby's bytes: surrogate escapes stand for raw bytes."""
    out = bytearray()
    for ch in s:
        code = ord(ch)
        out += bytes([code - 0xDC00]) if 0xDC80 <= code <= 0xDCFF else ch.encode("utf-8", "surrogatepass")
    return bytes(out)


def expected_of(rec) -> tuple:
    if "error" in rec:
        return ("error", *rec["error"])
    value = rec["value"]
    return ("value", value["str"].encode() if "str" in value else bytes.fromhex(value["bytes"]))


def actual_of(rec) -> tuple:
    try:
        out = sprintf(decode(rec["format"]), [decode(a) for a in rec["args"]],
                      to_s=to_s, inspect=inspect, name_key=Sym)
    except RubyError as e:
        return ("error", e.ruby_class, e.message)
    return ("value", ruby_bytes(out))


def shown(result: tuple) -> str:
    if result[0] == "error":
        return f"{result[1]}: {result[2]}"
    return repr(result[1].decode("utf-8", "backslashreplace"))


def test_sprintf_golden():
    records = [json.loads(line) for line in (NUMERIC / "sprintf.golden").read_text().splitlines()]
    assert len(records) >= 400
    bad = []
    for rec in records:
        want, got = expected_of(rec), actual_of(rec)
        if want != got:
            bad.append(f"  format({rec['case'][1:-1]}): expected {shown(want)}, got {shown(got)}")
    lines = [f"{len(bad)} of {len(records)} format cases differ from CRuby 3.1:", *bad[:SHOW]]
    if len(bad) > SHOW:
        lines.append(f"... and {len(bad) - SHOW} more")
    assert not bad, "\n".join(lines)


@pytest.mark.parametrize("fmt, args, out", [
    ("%05d|%-5s|%x", [42, "ab", -255], "00042|ab   |..f01"),
    ("%+x % x", [-255, 255], "-ff  ff"),
    ("%.3f %e %g", [1.0005, 12345.678, 0.0001], "1.000 1.234568e+04 0.0001"),
    ("%<a>s-%{b}", [{"a": 1, "b": 2}], "1-2"),
    ("%1$s %1$p", ["x"], 'x "x"'),
    ("%a %c%c", [1.0, 72, "i"], "0x1p+0 Hi"),
])
def test_sprintf_examples(fmt, args, out):
    assert sprintf(fmt, args) == out


def test_sprintf_errors_carry_ruby_class():
    with pytest.raises(RubyError) as err:
        sprintf("%s", [])
    assert (err.value.ruby_class, err.value.message) == ("ArgumentError", "too few arguments")
    with pytest.raises(RubyError) as err:
        sprintf("%y", [1])
    assert (err.value.ruby_class, err.value.message) == ("ArgumentError", "malformed format string - %y")


def test_sprintf_uses_callbacks():
    assert sprintf("%s/%p", [object, object], to_s=lambda v: "S", inspect=lambda v: "I") == "S/I"
