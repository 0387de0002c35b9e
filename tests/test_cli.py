"""The five public commands of DESIGN.md."""
import subprocess
import sys

from tests.golden import CORPUS


def run(*args, input_=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "rubyvm", *args], capture_output=True,
                          input=input_, cwd=cwd or CORPUS.parent.parent)


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


def test_sexp_and_parsetree_files_match_goldens():
    from tests.golden import normalize_parsetree
    src = CORPUS / "parse" / "book_precedence.rb"
    out = run("sexp", str(src))
    assert (out.returncode, out.stdout) == (0, src.with_suffix(".sexp").read_bytes())
    out = run("parsetree", str(src))
    assert out.returncode == 0
    assert normalize_parsetree(out.stdout.decode()) == src.with_suffix(".parsetree").read_text()


def test_parsetree_syntax_error_is_reported_like_ruby():
    src = CORPUS / "parse" / "err_unexpected_end.rb"
    status, _, message = src.with_suffix(".parsetree").read_text().partition("\n")
    out = run("parsetree", src.name, cwd=src.parent)
    assert f"exit {out.returncode}" == status
    assert out.stderr.decode() == message
    assert out.stdout == b""


def test_parse_trace_reads_tokens_and_reduces():
    out = run("parse", "-y", "-e", "2 + 2")
    assert out.returncode == 0
    text = out.stdout.decode()
    assert text.startswith("Starting parse\nEntering state")
    assert "Shifting token \"integer literal\"" in text and "Reducing stack by rule" in text


def test_console_script_is_the_same_command():
    import shutil
    from pathlib import Path
    exe = Path(sys.executable).with_name("rubyvm")
    script = str(exe) if exe.exists() else shutil.which("rubyvm")
    if script is None:
        import pytest
        pytest.skip("the rubyvm console script is not installed in this environment")
    src = CORPUS / "lex" / "name_def_self_01.rb"
    out = subprocess.run([script, "lex", str(src)], capture_output=True)
    assert out.returncode == 0 and out.stdout == src.with_suffix(".lex").read_bytes()


def test_insns_file_matches_ruby_dump_insns():
    src = CORPUS / "insns" / "def_add_two_keyword.rb"
    out = run("insns", src.name, cwd=src.parent)
    assert out.returncode == 0 and out.stdout == src.with_suffix(".insns").read_bytes()


def test_run_file_prints_what_ruby_prints():
    src = CORPUS / "run" / "book_ch8_lambda_env.rb"
    status, _, stderr = src.with_suffix(".status").read_text().partition("\n")
    out = run("run", src.name, cwd=src.parent)
    assert out.stdout == src.with_suffix(".stdout").read_bytes()
    assert str(out.returncode) == status and out.stderr.decode() == stderr


def test_run_uncaught_exception_exits_1_with_a_ruby_backtrace():
    src = CORPUS / "run" / "bt_argument_error.rb"
    status, _, stderr = src.with_suffix(".status").read_text().partition("\n")
    out = run("run", src.name, cwd=src.parent)
    assert (str(out.returncode), out.stderr.decode()) == (status, stderr)
    assert b"Traceback" not in out.stderr
