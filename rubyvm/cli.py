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


def cmd_lex(src: bytes, path: str) -> int:
    from .lexer import ripper_lex_inspect
    _write(ripper_lex_inspect(src, path) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rubyvm", description="Ruby Under a Microscope, live.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, help_ in COMMANDS.items():
        p = sub.add_parser(name, help=help_)
        p.add_argument("file", nargs="?", help="a Ruby file ('-' for stdin)")
        p.add_argument("-e", action="append", metavar="CODE", help="one line of program")
    args = parser.parse_args(argv)
    src, path = _read_source(args)
    handler = globals().get("cmd_" + args.command)
    if handler is None:
        print(f"rubyvm {args.command}: not implemented yet", file=sys.stderr)
        return 2
    return handler(src, path)


if __name__ == "__main__":
    sys.exit(main())
