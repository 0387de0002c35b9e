"""rubyvm: Ruby Under a Microscope, live. CRuby 3.1's pipeline in Python:
source -> lexer -> tokens -> parser -> AST -> compiler -> ISeq -> VM."""
from __future__ import annotations

from .lexer import lex, tokenize, Token

__all__ = ["lex", "tokenize", "Token"]
__version__ = "0.1.0"
