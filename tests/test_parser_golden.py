"""The parse corpus against CRuby 3.1's goldens: `p Ripper.sexp(src)` and
`ruby --dump=parsetree` (ids removed), for every tests/corpus/parse/*.rb.

A program CRuby rejects has goldens "nil" (sexp) and "exit 1" + the error (parsetree).
Known mismatches are listed below with their reason; one that starts passing fails the
test, so the list stays true.
"""
from __future__ import annotations

import pytest

from tests.golden import diff, golden_path, normalize_parsetree, snippets

import rubyvm.parser as P
from rubyvm.ast import dump

PARSE = snippets("parse")

KNOWN_PARSETREE: dict[str, str] = {}
KNOWN_SEXP: dict[str, str] = {}


def _ids(paths):
    return [p.stem for p in paths]


def _check(name: str, kind: str, expected: str, actual: str, known: dict) -> None:
    if name in known:
        if actual == expected:
            pytest.fail(f"{name}.{kind} now matches CRuby: remove it from the known mismatches")
        pytest.xfail(known[name])
    assert actual == expected, diff(kind, expected, actual, name)


@pytest.mark.parametrize("src", PARSE, ids=_ids(PARSE))
def test_sexp(src):
    expected = golden_path(src, "sexp").read_text().rstrip("\n")
    actual = P.sexp(src.read_bytes(), src.name)
    _check(src.stem, "sexp", expected, actual, KNOWN_SEXP)


@pytest.mark.parametrize("src", PARSE, ids=_ids(PARSE))
def test_parsetree(src):
    expected = normalize_parsetree(golden_path(src, "parsetree").read_text())
    try:
        actual = dump(P.parse(src.read_bytes(), src.name))
    except P.SyntaxError as e:
        actual = f"exit 1\n{e}\n"
    _check(src.stem, "parsetree", expected, actual, KNOWN_PARSETREE)


def test_corpus_is_big_enough():
    assert len(PARSE) >= 400
