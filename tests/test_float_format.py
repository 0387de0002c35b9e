"""Float#to_s and Float/Integer#round, #floor, #ceil, #truncate against CRuby 3.1's goldens.

The goldens (tests/corpus/numeric/) come from scripts/goldens_numeric.py.
"""
import struct
from pathlib import Path

import pytest

from rubyvm.core import RubyError
from rubyvm.core.float_format import (float_ceil, float_floor, float_round, float_to_s,
                                      float_truncate, int_ceil, int_floor, int_round,
                                      shortest_digits)

NUMERIC = Path(__file__).parent / "corpus" / "numeric"
SHOW = 25       # mismatches listed in a failure message


def from_bits(hexbits: str) -> float:
    return struct.unpack(">d", bytes.fromhex(hexbits))[0]


def to_bits(x: float) -> str:
    return struct.pack(">d", x).hex()


def report(mismatches: list[str], total: int, what: str) -> str:
    lines = [f"{len(mismatches)} of {total} {what} differ from CRuby 3.1:"]
    lines += mismatches[:SHOW]
    if len(mismatches) > SHOW:
        lines.append(f"... and {len(mismatches) - SHOW} more")
    return "\n".join(lines)


def test_float_to_s_golden():
    patterns = (NUMERIC / "float_bits.txt").read_text().split()
    expected = (NUMERIC / "float_to_s.golden").read_text().splitlines()
    assert len(patterns) == len(expected) >= 10_000
    bad = []
    for hexbits, want in zip(patterns, expected):
        got = float_to_s(from_bits(hexbits))
        if got != want:
            bad.append(f"  bits {hexbits}: expected {want!r}, got {got!r}")
    assert not bad, report(bad, len(patterns), "doubles")


@pytest.mark.parametrize("x, text", [
    (1e20, "1.0e+20"), (1e16, "1.0e+16"), (1e15, "1.0e+15"), (100000000000000.0, "100000000000000.0"),
    (1e-4, "0.0001"), (1e-5, "1.0e-05"), (-0.0, "-0.0"), (0.0, "0.0"), (float("inf"), "Infinity"),
    (float("-inf"), "-Infinity"), (float("nan"), "NaN"), (0.1 + 0.2, "0.30000000000000004"),
    (1234567890123456.8, "1234567890123456.8"), (5e-324, "5.0e-324"), (123.0, "123.0"),
])
def test_float_to_s_layout(x, text):
    assert float_to_s(x) == text


def test_shortest_digits():
    assert shortest_digits(0.0) == ("0", 1)
    assert shortest_digits(123.45) == ("12345", 3)
    assert shortest_digits(0.00012) == ("12", -3)
    assert shortest_digits(1e22) == ("1", 23)


FLOAT_OPS = {
    "round": lambda x, nd: float_round(x, nd),
    "round_even": lambda x, nd: float_round(x, nd, half="even"),
    "round_down": lambda x, nd: float_round(x, nd, half="down"),
    "round_up": lambda x, nd: float_round(x, nd, half="up"),
    "floor": float_floor,
    "ceil": float_ceil,
    "truncate": float_truncate,
}
INT_OPS = {
    "round": lambda n, nd: int_round(n, nd),
    "round_even": lambda n, nd: int_round(n, nd, "even"),
    "round_down": lambda n, nd: int_round(n, nd, "down"),
    "round_up": lambda n, nd: int_round(n, nd, "up"),
    "floor": int_floor,
    "ceil": int_ceil,
}


def encode(fn, *args) -> str:
    try:
        v = fn(*args)
    except RubyError as e:
        return f"e:{e.ruby_class}:{e.message}"
    if isinstance(v, float):
        return f"f:{to_bits(v)}"
    return f"i:{v}"


def shown(result: str) -> str:
    return float_to_s(from_bits(result[2:])) if result.startswith("f:") else result[2:]


def test_round_floor_ceil_golden():
    lines = (NUMERIC / "round.golden").read_text().splitlines()
    header, rows = lines[0], lines[1:]
    op_names = header.split("\t")[2:]
    op_names[-1] = op_names[-1].split()[0]
    bad, total = [], 0
    for row in rows:
        value, nd, *results = row.split("\t")
        nd = int(nd)
        if value.startswith("f:"):
            x, ops = from_bits(value[2:]), FLOAT_OPS
            label = f"{float_to_s(x)} (bits {value[2:]})"
        else:
            x, ops = int(value[2:]), INT_OPS
            label = value[2:]
        for name, want in zip(op_names, results):
            total += 1
            got = encode(ops[name], x, nd)
            if got != want:
                bad.append(f"  {label}.{name}({nd}): expected {shown(want)} [{want}], "
                           f"got {shown(got)} [{got}]")
    assert total > 20_000
    assert not bad, report(bad, total, "round/floor/ceil results")


def test_round_modes_and_errors():
    assert float_round(2.5) == 3 and float_round(-2.5) == -3
    assert float_round(2.5, half="even") == 2 and float_round(2.5, half="down") == 2
    assert float_round(1.005, 2) == 1.01 and float_floor(291.4, 1) == 291.4
    with pytest.raises(RubyError) as err:
        float_round(1.5, half="sideways")
    assert (err.value.ruby_class, err.value.message) == ("ArgumentError", "invalid rounding mode: sideways")
    with pytest.raises(RubyError) as err:
        float_floor(float("nan"))
    assert (err.value.ruby_class, err.value.message) == ("FloatDomainError", "NaN")
