"""lex_state bits, as parse.y's `enum lex_state_bits`, and Ripper's way of printing them."""
from __future__ import annotations

BEG = 1 << 0      # ignore newline, +/- is a sign
END = 1 << 1      # newline significant, +/- is an operator
ENDARG = 1 << 2   # ditto, and unbound braces
ENDFN = 1 << 3    # ditto, and closing parenthesis of a def
ARG = 1 << 4      # newline significant, +/- is an operator
CMDARG = 1 << 5   # newline significant, +/- is an operator
MID = 1 << 6      # newline significant, +/- is an operator
FNAME = 1 << 7    # ignore newline, no reserved words
DOT = 1 << 8      # right after `.`, `&.` or `::`, no reserved words
CLASS = 1 << 9    # immediate after `class`, no here document
LABEL = 1 << 10   # flag bit, label is allowed
LABELED = 1 << 11  # flag bit, just after a label
FITEM = 1 << 12   # symbol literal as FNAME

NONE = 0
VALUE = BEG
BEG_ANY = BEG | MID | CLASS
ARG_ANY = ARG | CMDARG
END_ANY = END | ENDARG | ENDFN

_NAMES = ("BEG", "END", "ENDARG", "ENDFN", "ARG", "CMDARG", "MID", "FNAME", "DOT", "CLASS",
          "LABEL", "LABELED", "FITEM")


def inspect(state: int) -> str:
    """Ripper::Lexer::State#inspect: the set bit names joined by '|', or NONE."""
    if not state:
        return "NONE"
    return "|".join(name for i, name in enumerate(_NAMES) if state & (1 << i))
