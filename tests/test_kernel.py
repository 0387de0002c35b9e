"""The Ruby kernel over the Jupyter protocol (jupyter_client), with the kernelspec installed
by `python -m rubyvm_kernel install` (make test does it)."""
import pytest

from tests.golden import CORPUS

jupyter_client = pytest.importorskip("jupyter_client")
from jupyter_client.manager import start_new_kernel  # noqa: E402


@pytest.fixture(scope="module")
def kc():
    km, client = start_new_kernel(kernel_name="rubyvm", startup_timeout=60)
    yield client
    client.stop_channels()
    km.shutdown_kernel(now=True)


def run(kc, code):
    """Execute a cell; (reply content, stdout text, error contents)."""
    msg_id = kc.execute(code)
    reply = kc.get_shell_msg(timeout=30)
    assert reply["parent_header"]["msg_id"] == msg_id
    out, errors = [], []
    while True:
        msg = kc.get_iopub_msg(timeout=30)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream" and msg["content"]["name"] == "stdout":
            out.append(msg["content"]["text"])
        elif msg["msg_type"] == "error":
            errors.append(msg["content"])
        elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    return reply["content"], "".join(out), errors


def test_kernel_info_describes_ruby_without_a_debugger(kc):
    kc.kernel_info()
    info = kc.get_shell_msg(timeout=30)["content"]
    assert info["language_info"]["name"] == "ruby"
    assert info["language_info"]["file_extension"] == ".rb"
    assert info["language_info"]["codemirror_mode"] == "ruby"
    assert "debugger" not in info.get("supported_features", [])


@pytest.mark.parametrize("magic,kind", [("lex", "lex"), ("sexp", "sexp")])
def test_stage_magics_print_what_cruby_prints(kc, magic, kind):
    src = CORPUS / "parse" / "book_times_do_multiline.rb"
    reply, out, errors = run(kc, f"%%{magic}\n" + src.read_text())
    assert reply["status"] == "ok" and not errors
    assert out == src.with_suffix("." + kind).read_text()


def test_parsetree_magic(kc):
    from tests.golden import normalize_parsetree
    src = CORPUS / "parse" / "book_precedence.rb"
    reply, out, _ = run(kc, "%%parsetree\n" + src.read_text())
    assert reply["status"] == "ok"
    assert normalize_parsetree(out) == src.with_suffix(".parsetree").read_text()


def test_syntax_error_is_a_ruby_error_and_the_kernel_survives(kc):
    reply, _, errors = run(kc, "%%parsetree\nputs 1; end")
    assert reply["status"] == "error" and errors[0]["ename"] == "SyntaxError"
    assert "syntax error, unexpected `end'" in errors[0]["evalue"]
    reply, out, _ = run(kc, "%%python\nprint(6 * 7)")
    assert reply["status"] == "ok" and out == "42\n", (reply, out)


def test_execution_count_advances(kc):
    first, _, _ = run(kc, "%%lex\n1")
    second, _, _ = run(kc, "%%lex\n2")
    assert second["execution_count"] == first["execution_count"] + 1


@pytest.mark.parametrize("code,status", [
    ("x = 1", "complete"), ("def foo", "incomplete"), ("class A", "incomplete"),
    ("[1, 2", "incomplete"), ('x = "abc', "incomplete"), ("<<~EOS\nabc", "incomplete"),
    ("foo do |x|", "incomplete"), ("end", "invalid"), ("puts 1; end", "invalid"),
])
def test_is_complete_comes_from_the_parser(kc, code, status):
    kc.is_complete(code)
    assert kc.get_shell_msg(timeout=30)["content"]["status"] == status


def test_completes_keywords(kc):
    kc.complete("whi", 3)
    reply = kc.get_shell_msg(timeout=30)["content"]
    assert "while" in reply["matches"] and reply["cursor_start"] == 0
