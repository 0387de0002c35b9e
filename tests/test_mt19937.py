"""Random (MT19937) against CRuby 3.1's goldens (tests/corpus/numeric/random.golden).

For each seed the golden holds 20 successive results of each call on a fresh Random.new(seed)
(labels "k:..." are Kernel#rand after srand(seed)), some argument errors with the draw that
follows them, and one generator run through every call three times.
"""
import json
import struct
from pathlib import Path

import pytest

from rubyvm.core import RubyError
from rubyvm.core.mt19937 import MT19937, Random

NUMERIC = Path(__file__).parent / "corpus" / "numeric"
SHOW = 25
R = lambda lo, hi: list(range(lo, hi + 1))   # noqa: E731  (1..n).to_a

CALLS = {
    "rand": lambda g: g.rand(),
    "rand(10)": lambda g: g.rand(10),
    "rand(1000000)": lambda g: g.rand(1000000),
    "rand(2**32)": lambda g: g.rand(2 ** 32),
    "rand(2**32+1)": lambda g: g.rand(2 ** 32 + 1),
    "rand(2**40)": lambda g: g.rand(2 ** 40),
    "rand(2**62)": lambda g: g.rand(2 ** 62),
    "rand(2**63)": lambda g: g.rand(2 ** 63),
    "rand(2**64)": lambda g: g.rand(2 ** 64),
    "rand(2**70)": lambda g: g.rand(2 ** 70),
    "rand(3**50)": lambda g: g.rand(3 ** 50),
    "rand(1.5)": lambda g: g.rand(1.5),
    "rand(0.0)": lambda g: g.rand(0.0),
    "rand(1e300)": lambda g: g.rand(1e300),
    "rand(1..6)": lambda g: g.rand((1, 6, False)),
    "rand(1...6)": lambda g: g.rand((1, 6, True)),
    "rand(-5..5)": lambda g: g.rand((-5, 5, False)),
    "rand(0..2**70)": lambda g: g.rand((0, 2 ** 70, False)),
    "rand(0.5..1.5)": lambda g: g.rand((0.5, 1.5, False)),
    "rand(0.5...1.5)": lambda g: g.rand((0.5, 1.5, True)),
    "rand(1..2.5)": lambda g: g.rand((1, 2.5, False)),
    "rand(-1e308..1e308)": lambda g: g.rand((-1e308, 1e308, False)),
    "rand(1.0..1.0)": lambda g: g.rand((1.0, 1.0, False)),
    "bytes(8)": lambda g: g.bytes(8).hex(),
    "bytes(5)": lambda g: g.bytes(5).hex(),
    "bytes(0)": lambda g: g.bytes(0).hex(),
    "shuffle(1..10)": lambda g: g.shuffle(R(1, 10)),
    "shuffle(1..1)": lambda g: g.shuffle([1]) + [g.rand(100)],
    "sample": lambda g: g.sample(R(1, 10)),
    "sample(3)": lambda g: g.sample(R(1, 10), 3),
    "sample(1)": lambda g: g.sample(R(1, 10), 1),
    "sample(2)": lambda g: g.sample(R(1, 10), 2),
    "sample(7)": lambda g: g.sample(R(1, 10), 7),
    "sample(12)": lambda g: g.sample(R(1, 20), 12),
    "sample(25)": lambda g: g.sample(R(1, 10), 25),
    "sample(20 of 5000)": lambda g: g.sample(R(1, 5000), 20),
    "sample(100 of 300)": lambda g: g.sample(R(1, 300), 100),
    "k:rand": lambda g: g.kernel_rand(),
    "k:rand(10)": lambda g: g.kernel_rand(10),
    "k:rand(-10)": lambda g: g.kernel_rand(-10),
    "k:rand(1.5)": lambda g: g.kernel_rand(1.5),
    "k:rand(2.9)": lambda g: g.kernel_rand(2.9),
    "k:rand(0)": lambda g: g.kernel_rand(0),
    "k:rand(1..6)": lambda g: g.kernel_rand((1, 6, False)),
    "k:rand(1..0)": lambda g: g.kernel_rand((1, 0, False)),
}
ERRORS = {
    "rand(0)": lambda g: g.rand(0),
    "rand(-3)": lambda g: g.rand(-3),
    "rand(-1.0)": lambda g: g.rand(-1.0),
    "rand(nil)": lambda g: g.rand(None),
    "rand(1..0)": lambda g: g.rand((1, 0, False)),
    "rand(1...1)": lambda g: g.rand((1, 1, True)),
    "rand(1.0...1.0)": lambda g: g.rand((1.0, 1.0, True)),
    "rand(1.0..0.5)": lambda g: g.rand((1.0, 0.5, False)),
    "rand(NAN)": lambda g: g.rand(float("nan")),
    "rand(INFINITY)": lambda g: g.rand(float("inf")),
    "rand(true)": lambda g: g.rand(True),
    "rand(-(2**70))": lambda g: g.rand(-(2 ** 70)),
    "sample(-1)": lambda g: g.sample([1, 2], -1),
    "sample([])": lambda g: g.sample([]),
    "sample(2 of [])": lambda g: g.sample([], 2),
}


def cenc(v):
    """The golden's compact encoding: Integers as numbers (strings past 2**53), Floats as bits."""
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return v if abs(v) < 2 ** 53 else str(v)
    if isinstance(v, float):
        return "f:" + struct.pack(">d", v).hex()
    if isinstance(v, list):
        return [cenc(e) for e in v]
    raise TypeError(v)


def load():
    return [json.loads(line) for line in (NUMERIC / "random.golden").read_text().splitlines()]


GOLDEN = load()


@pytest.mark.parametrize("rec", GOLDEN, ids=[r["seed"][:24] for r in GOLDEN])
def test_random_golden(rec):
    seed = int(rec["seed"], 16)
    bad = []
    assert set(rec["calls"]) == set(CALLS)
    for label, want in rec["calls"].items():
        g = Random(seed)
        got = [cenc(CALLS[label](g)) for _ in range(20)]
        if got != want:
            i = next(i for i, (a, b) in enumerate(zip(got, want)) if a != b)
            bad.append(f"  {label}: draw {i + 1} of 20: expected {want[i]!r}, got {got[i]!r}")
    for label, want in rec["errors"].items():
        g = Random(seed)
        try:
            got = {"value": cenc(ERRORS[label](g))}
        except RubyError as e:
            got = {"error": [e.ruby_class, e.message]}
        got["next"] = cenc(g.rand())
        if got != want:
            bad.append(f"  {label}: expected {want}, got {got}")
    g = Random(seed)
    mixed = [cenc(fn(g)) for _ in range(3) for label, fn in CALLS.items() if not label.startswith("k:")]
    if mixed != rec["mixed"]:
        i = next(i for i, (a, b) in enumerate(zip(mixed, rec["mixed"])) if a != b)
        bad.append(f"  one generator through every call: result {i}: "
                   f"expected {rec['mixed'][i]!r}, got {mixed[i]!r}")
    shown_seed = rec["seed"] if len(rec["seed"]) < 40 else rec["seed"][:20] + "..." + rec["seed"][-8:]
    assert not bad, f"Random.new({shown_seed}) differs from CRuby 3.1:\n" + "\n".join(bad[:SHOW])


def test_mt19937_reference_output():
    # The reference mt19937ar.c output for init_by_array({0x123, 0x234, 0x345, 0x456}).
    mt = MT19937()
    mt.init_by_array([0x123, 0x234, 0x345, 0x456])
    assert [mt.genrand_int32() for _ in range(5)] == [1067595299, 955945823, 477289528,
                                                      4107218783, 4228976476]


def test_random_argument_errors():
    with pytest.raises(RubyError) as err:
        Random(1).rand(0)
    assert (err.value.ruby_class, err.value.message) == ("ArgumentError", "invalid argument - 0")
    with pytest.raises(RubyError) as err:
        Random(1).rand(float("inf"))
    assert err.value.ruby_class == "Errno::EDOM"
