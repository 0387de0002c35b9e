"""The five public commands of DESIGN.md."""
import subprocess
import sys

from tests.golden import CORPUS


def run(*args, input_=None):
    return subprocess.run([sys.executable, "-m", "rubyvm", *args], capture_output=True,
                          input=input_, cwd=CORPUS.parent.parent)


def test_lex_file_matches_golden():
    src = CORPUS / "lex" / "name_def_self_01.rb"
    out = run("lex", str(src))
    assert out.returncode == 0
    assert out.stdout == src.with_suffix(".lex").read_bytes()


def test_lex_dash_e_matches_golden():
    # Exp 1-1's snippet, given with -e instead of a file: same Ripper.lex golden
    src = CORPUS / "parse" / "book_times_do_oneline.rb"
    code = src.read_text()
    out = run("lex", "-e", code)
    assert out.returncode == 0
    assert out.stdout == src.with_suffix(".lex").read_bytes()


def test_unknown_stage_says_not_implemented():
    out = run("run", "-e", "puts 1")
    assert out.returncode in (0, 2)
