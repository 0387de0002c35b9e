"""The command line: `python -m rubyvm {lex,sexp,parsetree,insns,run} (FILE | -e CODE)`.

Each command prints what the matching CRuby 3.1 command prints (see DESIGN.md)."""
from __future__ import annotations

import argparse
import sys

COMMANDS = {
    "lex": "tokens, as `ruby -rripper -e 'p Ripper.lex(File.read(ARGV[0]))' FILE`",
    "sexp": "the parse tree, as `p Ripper.sexp(src)`",
    "parsetree": "the AST, as `ruby --dump=parsetree FILE`",
    "insns": "YARV instructions, as `ruby --dump=insns FILE`",
    "run": "run the program, as `ruby FILE`",
    "parse": "with -y: trace the LALR parse, as `ruby -y FILE`",
}


def _read_source(args) -> tuple[bytes, str]:
    if args.e is not None:
        return "\n".join(args.e).encode("utf-8", "surrogateescape"), "-e"
    if args.file is None or args.file == "-":
        return sys.stdin.buffer.read(), "-"
    try:
        with open(args.file, "rb") as f:
            return f.read(), args.file
    except OSError as e:
        print(f"rubyvm: {e.strerror} -- {args.file} (LoadError)", file=sys.stderr)
        sys.exit(1)


def _write(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8", "surrogateescape"))


def cmd_lex(src: bytes, path: str, args) -> int:
    from .lexer import ripper_lex_inspect
    _write(ripper_lex_inspect(src, path) + "\n")
    return 0


def cmd_sexp(src: bytes, path: str, args) -> int:
    from .parser import sexp
    _write(sexp(src, path) + "\n")      # like Ripper.sexp: nil for a syntax error
    return 0


def _syntax_error(e) -> int:
    """A SyntaxError as `ruby` reports one: the message on stderr, exit status 1."""
    sys.stdout.flush()
    sys.stderr.buffer.write((str(e) + "\n").encode("utf-8", "surrogateescape"))
    return 1


def cmd_parsetree(src: bytes, path: str, args) -> int:
    from .ast import dump
    from .lexer import RubySyntaxError
    from .parser import parse
    try:
        tree = parse(src, path)
    except RubySyntaxError as e:
        return _syntax_error(e)
    _write(dump(tree))
    return 0


def cmd_parse(src: bytes, path: str, args) -> int:
    """`parse -y`: our LALR automaton's shifts and reductions, in the style of `ruby -y`."""
    from .parser import trace
    if not args.y:
        print("rubyvm parse: use -y for the parser trace (`ruby -y`)", file=sys.stderr)
        return 2
    _write(trace(src, path))
    return 0


def cmd_run(src: bytes, path: str, args) -> int:
    """`ruby FILE`: parse, compile and run; the exit status is the program's."""
    from .compiler import compile as compile_iseq
    from .lexer import RubySyntaxError
    from .vm import run_iseq
    try:
        iseq = compile_iseq(src, path)
    except RubySyntaxError as e:
        return _syntax_error(e)
    status = run_iseq(iseq, sys.stdout, sys.stderr, path)
    sys.stdout.flush()
    return status


def cmd_insns(src: bytes, path: str, args) -> int:
    from .lexer import RubySyntaxError
    try:
        from .compiler import compile as compile_iseq
    except ImportError:
        print("rubyvm insns: not implemented yet", file=sys.stderr)
        return 2
    try:
        iseq = compile_iseq(src, path)
    except RubySyntaxError as e:
        return _syntax_error(e)
    _write(iseq.disasm())
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rubyvm", description="Ruby Under a Microscope, live.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, help_ in COMMANDS.items():
        p = sub.add_parser(name, help=help_)
        p.add_argument("file", nargs="?", help="a Ruby file ('-' for stdin)")
        p.add_argument("-e", action="append", metavar="CODE", help="one line of program")
        if name == "parse":
            p.add_argument("-y", action="store_true", help="print the parser trace")
    args = parser.parse_args(argv)
    src, path = _read_source(args)
    handler = globals().get("cmd_" + args.command)
    if handler is None:
        print(f"rubyvm {args.command}: not implemented yet", file=sys.stderr)
        return 2
    try:
        return handler(src, path, args)
    except Exception as e:      # noqa: BLE001 -- a user never sees a Python traceback
        sys.stdout.flush()
        print(f"{path}: [BUG] rubyvm internal error: {type(e).__name__}: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
