"""parse.y's terminal symbols: the name the lexer uses, the name in our lark grammar, and
bison's display name (the string in `%token tIDENTIFIER "local variable or method"`), which
`ruby -y` and the syntax-error messages print.

cf. parse.y's `%token` declarations (CRuby 3.1).
"""
from __future__ import annotations

# (parse.y name, display name); the lark name is derived by lark_name() below.
_TOKENS: list[tuple[str, str]] = [
    ("keyword_class", "`class'"), ("keyword_module", "`module'"), ("keyword_def", "`def'"),
    ("keyword_undef", "`undef'"), ("keyword_begin", "`begin'"), ("keyword_rescue", "`rescue'"),
    ("keyword_ensure", "`ensure'"), ("keyword_end", "`end'"), ("keyword_if", "`if'"),
    ("keyword_unless", "`unless'"), ("keyword_then", "`then'"), ("keyword_elsif", "`elsif'"),
    ("keyword_else", "`else'"), ("keyword_case", "`case'"), ("keyword_when", "`when'"),
    ("keyword_while", "`while'"), ("keyword_until", "`until'"), ("keyword_for", "`for'"),
    ("keyword_break", "`break'"), ("keyword_next", "`next'"), ("keyword_redo", "`redo'"),
    ("keyword_retry", "`retry'"), ("keyword_in", "`in'"), ("keyword_do", "`do'"),
    ("keyword_do_cond", "`do' for condition"), ("keyword_do_block", "`do' for block"),
    ("keyword_do_LAMBDA", "`do' for lambda"), ("keyword_return", "`return'"),
    ("keyword_yield", "`yield'"), ("keyword_super", "`super'"), ("keyword_self", "`self'"),
    ("keyword_nil", "`nil'"), ("keyword_true", "`true'"), ("keyword_false", "`false'"),
    ("keyword_and", "`and'"), ("keyword_or", "`or'"), ("keyword_not", "`not'"),
    ("modifier_if", "`if' modifier"), ("modifier_unless", "`unless' modifier"),
    ("modifier_while", "`while' modifier"), ("modifier_until", "`until' modifier"),
    ("modifier_rescue", "`rescue' modifier"), ("keyword_alias", "`alias'"),
    # not parse.y's: `rescue` inside an argument's right-hand side (see tokens.py)
    ("modifier_rescue_arg", "`rescue' modifier"),
    ("keyword_defined", "`defined?'"), ("keyword_BEGIN", "`BEGIN'"), ("keyword_END", "`END'"),
    ("keyword__LINE__", "`__LINE__'"), ("keyword__FILE__", "`__FILE__'"),
    ("keyword__ENCODING__", "`__ENCODING__'"),
    ("tIDENTIFIER", "local variable or method"), ("tFID", "method"),
    ("tGVAR", "global variable"), ("tIVAR", "instance variable"), ("tCONSTANT", "constant"),
    ("tCVAR", "class variable"), ("tLABEL", "label"), ("tINTEGER", "integer literal"),
    ("tFLOAT", "float literal"), ("tRATIONAL", "rational literal"),
    ("tIMAGINARY", "imaginary literal"), ("tCHAR", "char literal"),
    ("tNTH_REF", "numbered reference"), ("tBACK_REF", "back reference"),
    ("tSTRING_CONTENT", "literal content"), ("tREGEXP_END", "tREGEXP_END"),
    ("tSP", "escaped space"),
    ("tUPLUS", "unary+"), ("tUMINUS", "unary-"), ("tPOW", "**"), ("tCMP", "<=>"),
    ("tEQ", "=="), ("tEQQ", "==="), ("tNEQ", "!="), ("tGEQ", ">="), ("tLEQ", "<="),
    ("tANDOP", "&&"), ("tOROP", "||"), ("tMATCH", "=~"), ("tNMATCH", "!~"),
    ("tDOT2", ".."), ("tDOT3", "..."), ("tBDOT2", "(.."), ("tBDOT3", "(..."),
    ("tAREF", "[]"), ("tASET", "[]="), ("tLSHFT", "<<"), ("tRSHFT", ">>"),
    ("tANDDOT", "&."), ("tCOLON2", "::"), ("tCOLON3", ":: at EXPR_BEG"),
    ("tOP_ASGN", "operator-assignment"), ("tASSOC", "=>"), ("tLPAREN", "("),
    ("tLPAREN_ARG", "( arg"), ("tRPAREN", ")"), ("tLBRACK", "[ at EXPR_BEG"),
    ("tLBRACE", "{ arg"), ("tLBRACE_ARG", "{ block"), ("tSTAR", "*"), ("tDSTAR", "**arg"),
    ("tAMPER", "&"), ("tLAMBDA", "->"), ("tSYMBEG", "symbol literal"),
    ("tSTRING_BEG", "string literal"), ("tXSTRING_BEG", "backtick literal"),
    ("tREGEXP_BEG", "regexp literal"), ("tWORDS_BEG", "word list"),
    ("tQWORDS_BEG", "verbatim word list"), ("tSYMBOLS_BEG", "symbol list"),
    ("tQSYMBOLS_BEG", "verbatim symbol list"), ("tSTRING_END", "terminator"),
    ("tSTRING_DEND", "'}'"), ("tSTRING_DBEG", "tSTRING_DBEG"), ("tSTRING_DVAR", "tSTRING_DVAR"),
    ("tLAMBEG", "tLAMBEG"), ("tLABEL_END", "tLABEL_END"), ("tUMINUS_NUM", "tUMINUS_NUM"),
    ("'='", "'='"), ("'+'", "'+'"), ("'-'", "'-'"), ("'*'", "'*'"), ("'/'", "'/'"),
    ("'%'", "'%'"), ("'^'", "'^'"), ("'&'", "'&'"), ("'|'", "'|'"), ("'!'", "'!'"),
    ("'~'", "'~'"), ("'<'", "'<'"), ("'>'", "'>'"), ("'?'", "'?'"), ("':'", "':'"),
    ("','", "','"), ("'.'", "'.'"), ("';'", "';'"), ("'\\n'", "'\\n'"), ("'('", "'('"),
    ("')'", "')'"), ("'['", "'['"), ("']'", "']'"), ("'{'", "'{'"), ("'}'", "'}'"),
    ("'`'", "'`'"), ("' '", "' '"),
    ("$end", "end-of-input"),
]

_CHAR_NAMES = {
    "=": "EQL", "+": "PLUS", "-": "MINUS", "*": "MUL", "/": "DIV", "%": "PERCENT",
    "^": "CARET", "&": "AMP", "|": "PIPE", "!": "BANG", "~": "TILDE", "<": "LT", ">": "GT",
    "?": "QMARK", ":": "COLON", ",": "COMMA", ".": "DOT", ";": "SEMI", "\\n": "NL",
    "(": "LPAR", ")": "RPAR", "[": "LBRA", "]": "RBRA", "{": "LBRC", "}": "RBRC",
    "`": "BACKTICK", " ": "SPACE",
}


def lark_name(name: str) -> str:
    """parse.y terminal name -> a valid lark terminal name."""
    if name == "$end":
        return "$END"
    if name.startswith("'"):
        return _CHAR_NAMES[name[1:-1]]
    if name.startswith("keyword_"):
        rest = name[len("keyword_"):]
        if rest in ("BEGIN", "END"):
            return "KU_" + rest            # BEGIN { } / END { }, not begin/end
        if rest == "do_LAMBDA":
            return "K_DO_LAMBDA"
        return "K_" + rest.upper()
    if name.startswith("modifier_"):
        return "M_" + name[len("modifier_"):].upper()
    assert name.startswith("t"), name
    return name[1:]


PARSE_Y_NAMES: list[str] = [n for n, _ in _TOKENS]
TO_LARK: dict[str, str] = {n: lark_name(n) for n in PARSE_Y_NAMES}
FROM_LARK: dict[str, str] = {v: k for k, v in TO_LARK.items()}
# spellings our lexer has used for parse.y's keyword__FILE__ & co.
for _n in ("__FILE__", "__LINE__", "__ENCODING__"):
    TO_LARK["keyword_" + _n] = TO_LARK["keyword_" + _n[1:]]
DISPLAY: dict[str, str] = dict(_TOKENS)            # parse.y name -> bison display name
FROM_DISPLAY: dict[str, str] = {d: n for n, d in _TOKENS}



def display(lark_terminal: str) -> str:
    """A lark terminal name as bison prints it (`"local variable or method"`, `'='`)."""
    name = FROM_LARK.get(lark_terminal, lark_terminal)
    d = DISPLAY.get(name, name)
    return d
