"""The golden-file machinery shared by `make goldens` and the test suite.

Corpora live in tests/corpus/<stage>/NAME.rb; CRuby 3.1's outputs sit beside each snippet
as NAME.<kind>. Which kinds a stage records is declared here, once.
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"
KNOWN_MISMATCHES = Path(__file__).parent / "known_mismatches.txt"
RUBY_VERSION_FILE = CORPUS / "RUBY_VERSION"

# stage directory -> the golden kinds recorded for each of its snippets
STAGES: dict[str, tuple[str, ...]] = {
    "lex": ("lex",),
    "parse": ("lex", "sexp", "parsetree"),
    "insns": ("insns", "iseq"),   # iseq: RubyVM::InstructionSequence#to_a as JSON
    "run": ("stdout", "status", "iseq"),
    "core": ("stdout", "status"),
    "lexerr": ("stdout", "status"),   # input the lexer rejects: CRuby's SyntaxError report
    "parseerr": ("check",),           # input the parser rejects: `ruby -c FILE`'s status and stderr
}

_NODE_ID = re.compile(r"id: \d+, ")
_INTERNAL_VAR = re.compile(r"\(internal variable: 0x[0-9a-f]+\)")


def normalize_parsetree(text: str) -> str:
    """--dump=parsetree carries node ids and internal-variable addresses; both are noise."""
    text = _NODE_ID.sub("", text)
    return _INTERNAL_VAR.sub("(internal variable)", text)


def snippets(stage: str) -> list[Path]:
    return sorted((CORPUS / stage).glob("*.rb"))


def golden_path(src: Path, kind: str) -> Path:
    return src.with_suffix("." + kind)


def load_known_mismatches() -> dict[str, str]:
    """Lines `stage/name.kind: reason`; '#' starts a comment."""
    known: dict[str, str] = {}
    if KNOWN_MISMATCHES.exists():
        for line in KNOWN_MISMATCHES.read_text().splitlines():
            line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
            if not line:
                continue
            key, _, reason = line.partition(":")
            known[key.strip()] = reason.strip()
    return known


def _split_for_diff(kind: str, text: str) -> list[str]:
    # Ripper's one-line arrays are unreadable as a diff; break them at element boundaries.
    if kind == "lex":
        return text.replace("], [[", "],\n[[").splitlines(keepends=True)
    if kind == "sexp":
        return text.replace(", [", ",\n[").splitlines(keepends=True)
    return text.splitlines(keepends=True)


def diff(kind: str, expected: str, actual: str, name: str) -> str:
    lines = difflib.unified_diff(
        _split_for_diff(kind, expected), _split_for_diff(kind, actual),
        fromfile=f"{name} (CRuby 3.1)", tofile=f"{name} (rubyvm)", n=2)
    return "".join(lines)
