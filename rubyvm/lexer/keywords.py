"""parse.y's reserved-word table (defs/keywords): name -> (token, modifier token, lex state)."""
from __future__ import annotations

from .state import ARG, BEG, CLASS, END, FITEM, FNAME, MID, VALUE

KEYWORDS: dict[str, tuple[str, str, int]] = {}


def _kw(name: str, state: int, modifier: str | None = None) -> None:
    # parse.y's token names: keyword_defined for defined?, keyword__FILE__ for __FILE__
    tok = "keyword_" + (name[1:] if name.startswith("__") else name.rstrip("?"))
    KEYWORDS[name] = (tok, modifier or tok, state)


for _name, _state in (
    ("__ENCODING__", END), ("__LINE__", END), ("__FILE__", END), ("BEGIN", END), ("END", END),
    ("alias", FNAME | FITEM), ("and", VALUE), ("begin", BEG), ("break", MID), ("case", VALUE),
    ("class", CLASS), ("def", FNAME), ("defined?", ARG), ("do", BEG), ("else", BEG),
    ("elsif", VALUE), ("end", END), ("ensure", BEG), ("false", END), ("for", VALUE),
    ("in", VALUE), ("module", VALUE), ("next", MID), ("nil", END), ("not", ARG), ("or", VALUE),
    ("redo", END), ("retry", END), ("return", MID), ("self", END), ("super", ARG),
    ("then", BEG), ("true", END), ("undef", FNAME | FITEM), ("when", VALUE), ("yield", ARG),
):
    _kw(_name, _state)
for _name in ("if", "unless", "while", "until"):
    _kw(_name, VALUE, "modifier_" + _name)
_kw("rescue", MID, "modifier_rescue")
