"""The token the lexer hands on: what Ripper reports, plus what the parser needs."""
from __future__ import annotations

from typing import NamedTuple, Optional

from . import state as _state


class Token(NamedTuple):
    pos: tuple[int, int]      # (line, column); line from 1, column in bytes as Ripper counts
    event: str                # Ripper's scanner event: "on_ident", "on_kw", "on_sp", ...
    text: str                 # the source text of the token
    state: int                # lex_state after the token (see state.py)
    type: Optional[str] = None  # parse.y's terminal ("tIDENTIFIER", "keyword_do_block", "'='"); None for trivia
    value: object = None      # extra payload: the operator of tOP_ASGN, ...

    @property
    def line(self) -> int:
        return self.pos[0]

    @property
    def column(self) -> int:
        return self.pos[1]

    def ripper(self) -> str:
        """This token as one element of `p Ripper.lex(src)`."""
        from .inspect import ruby_str_inspect
        return (f"[[{self.pos[0]}, {self.pos[1]}], :{self.event}, "
                f"{ruby_str_inspect(self.text)}, {_state.inspect(self.state)}]")
