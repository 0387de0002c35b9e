"""The Ruby kernel over the Jupyter protocol (jupyter_client), with the kernelspec installed
by `python -m rubyvm_kernel install` (make test does it)."""
import queue
import re

import pytest

from tests.golden import CORPUS

jupyter_client = pytest.importorskip("jupyter_client")
from jupyter_client.manager import start_new_kernel  # noqa: E402


@pytest.fixture(scope="module")
def km_kc():
    km, client = start_new_kernel(kernel_name="rubyvm", startup_timeout=60)
    # a slow start (a cold prelude cache) leaves extra kernel_info replies: drop them
    while True:
        try:
            client.get_shell_msg(timeout=0.5)
        except queue.Empty:
            break
    yield km, client
    client.stop_channels()
    km.shutdown_kernel(now=True)


@pytest.fixture(scope="module")
def kc(km_kc):
    return km_kc[1]


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


# ---- running Ruby ------------------------------------------------------------------------------
def results(kc, code, **kw):
    """Execute a cell; (reply content, stdout, stderr, execute_result texts, error contents)."""
    msg_id = kc.execute(code, **kw)
    reply = kc.get_shell_msg(timeout=60)
    out, err, res, errors = [], [], [], []
    while True:
        msg = kc.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        t, c = msg["msg_type"], msg["content"]
        if t == "stream":
            (out if c["name"] == "stdout" else err).append(c["text"])
        elif t == "execute_result":
            res.append(c["data"]["text/plain"])
        elif t == "error":
            errors.append(c)
        elif t == "status" and c["execution_state"] == "idle":
            break
    return reply["content"], "".join(out), "".join(err), res, errors


@pytest.mark.parametrize("code,shown", [
    ("1 + 2", "3"), ('"ab" * 2', '"abab"'), ("[1, :a, nil, 2.5]", "[1, :a, nil, 2.5]"),
    ("{a: 1, 'b' => 2}", '{:a=>1, "b"=>2}'),
])
def test_last_value_is_the_execute_result(kc, code, shown):
    reply, _, _, res, errors = results(kc, code)
    assert reply["status"] == "ok" and not errors
    assert res == [shown]


def test_semicolon_and_nil_show_nothing(kc):
    assert results(kc, "1 + 2;")[3] == []
    reply, out, _, res, _ = results(kc, 'puts "hi"')
    assert out == "hi\n" and res == []


def test_state_persists_across_cells(kc):
    results(kc, "def triple(n) = n * 3\nclass Pt; attr_reader :x; def initialize(x) = @x = x; end")
    results(kc, "LIMIT = 7\nval = 5\nadd = ->(d) { val += d }")
    reply, _, _, res, errors = results(kc, "add.(1)\n[triple(val), Pt.new(LIMIT).x, val]")
    assert not errors, errors
    assert res == ["[18, 7, 6]"]


def test_ruby_exception_is_a_jupyter_error_and_state_survives(kc):
    results(kc, "kept = 41")
    reply, _, _, _, errors = results(kc, "def boom = raise(ArgumentError, 'bad')\nboom")
    assert reply["status"] == "error"
    assert errors[0]["ename"] == "ArgumentError" and errors[0]["evalue"] == "bad"
    tb = errors[0]["traceback"]
    assert tb[0].endswith(":1:in `boom': bad (ArgumentError)"), tb
    assert tb[1].startswith("\tfrom (cell ") and tb[1].endswith(":2:in `<main>'"), tb
    assert results(kc, "kept + 1")[3] == ["42"]


def test_stderr_is_streamed(kc):
    _, out, err, _, _ = results(kc, '$stderr.puts "to stderr"; warn "warned"; puts "to stdout"')
    assert out == "to stdout\n"
    assert err == "to stderr\nwarned\n"


def test_syntax_error_in_a_ruby_cell(kc):
    reply, _, _, _, errors = results(kc, "def x(\n")
    assert reply["status"] == "error" and errors[0]["ename"] == "SyntaxError"
    assert results(kc, "2 * 21")[3] == ["42"]


def test_gets_reads_through_input_request(kc):
    msg_id = kc.execute('name = gets\nputs "hello, #{name.chomp}!"', allow_stdin=True)
    req = kc.get_stdin_msg(timeout=30)
    assert req["msg_type"] == "input_request"
    kc.input("Matz")
    kc.get_shell_msg(timeout=30)
    out = []
    while True:
        msg = kc.get_iopub_msg(timeout=30)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream":
            out.append(msg["content"]["text"])
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    assert "".join(out) == "hello, Matz!\n"


def test_completion_from_the_vm_method_tables(kc):
    results(kc, "nums = [3, 1, 2]")
    for code, want in [("[1, 2].each_sl", "each_slice"), ("Compara", "Comparable"),
                       ("nums.so", "sort_by"), ("num", "nums")]:
        kc.complete(code, len(code))
        reply = kc.get_shell_msg(timeout=30)["content"]
        assert want in reply["matches"], (code, reply["matches"])


def test_inspect_shows_class_ancestors_and_method_disassembly(kc):
    results(kc, "def twice(x) = x * 2")
    kc.inspect("Comparable", 3)
    text = kc.get_shell_msg(timeout=30)["content"]["data"]["text/plain"]
    assert "ancestors: [Comparable]" in text
    kc.inspect("twice(4)", 2)
    text = kc.get_shell_msg(timeout=30)["content"]["data"]["text/plain"]
    assert "arity: 1" in text and "parameters: [[:req, :x]]" in text
    assert "opt_mult" in text and "== disasm: #<ISeq:twice@" in text


def test_reset_starts_a_fresh_vm(kc):
    results(kc, "Gone = 1")
    assert results(kc, "%reset")[0]["status"] == "ok"
    reply, _, _, _, errors = results(kc, "Gone")
    assert errors and errors[0]["ename"] == "NameError"


def test_trace_magic_prints_each_instruction(kc):
    _, out, _, _, _ = results(kc, "%%trace\nx = 1 + 2")
    lines = out.splitlines()
    assert any("opt_plus" in ln and ln.endswith("| [1, 2]") for ln in lines), out
    assert any("setlocal_WC_0" in ln and ln.endswith("| [3, 3]") for ln in lines), out


def test_interrupt_stops_an_infinite_loop_and_keeps_state(km_kc):
    import time
    km, kc = km_kc
    results(kc, "before = :kept")
    msg_id = kc.execute("i = 0\nloop { i += 1 }")
    time.sleep(1.0)
    t0 = time.monotonic()
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=30)
    elapsed = time.monotonic() - t0
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "Interrupt"
    assert elapsed < 0.5, elapsed
    after = results(kc, "[before, i > 0]")
    assert after[3] == ["[:kept, true]"], after


def test_step_widget_comms_move_the_stepper(kc):
    """%%step opens widget comms; a comm_msg from the client moves the slider, and the
    kernel answers with the new picture of that step."""
    msg_id = kc.execute("%%step\na = 1\nb = a + 2\nputs b")
    kc.get_shell_msg(timeout=60)
    models, html = {}, None
    while True:
        msg = kc.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "comm_open":
            state = msg["content"]["data"]["state"]
            models[state["_model_name"]] = msg["content"]["comm_id"]
            if state["_model_name"] == "HTMLModel":
                html = state["value"]
        elif msg["msg_type"] == "display_data":
            data = msg["content"]["data"]
            assert "application/vnd.jupyter.widget-view+json" in data
            assert "text/html" in data and "control frames" in data["text/html"]
        elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    assert {"IntSliderModel", "HTMLModel", "PlayModel", "ButtonModel"} <= set(models)
    assert "step 0 of" in html
    slider = models["IntSliderModel"]
    kc.shell_channel.send(kc.session.msg("comm_msg", {
        "comm_id": slider, "data": {"method": "update", "state": {"value": 4},
                                    "buffer_paths": []}}))
    new_html = None
    deadline = 30
    while new_html is None:
        msg = kc.get_iopub_msg(timeout=deadline)
        c = msg["content"]
        if (msg["msg_type"] == "comm_msg" and c["comm_id"] == models["HTMLModel"]
                and "value" in c["data"].get("state", {})):
            new_html = c["data"]["state"]["value"]
    assert "step 4 of" in new_html and new_html != html
    # step 4 is about to run opt_plus, with a's value and 2 on the stack
    assert "next 0007 opt_plus" in new_html
    # the value stack, top first: slot 1 holds 2, slot 0 holds a's 1
    bare = re.sub(r' style="[^"]*"', "", new_html)
    assert ('<tr class="frame-top"><td>1</td><td>2</td><td>&lt;main&gt;</td></tr>'
            '<tr class="frame-top"><td>0</td><td>1</td>') in bare
