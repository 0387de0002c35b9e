"""`%load_ext rubyvm_kernel` gives a Python IPython shell the %%ruby, %%insns and %%step magics."""
import pytest

IPython = pytest.importorskip("IPython")
from IPython.testing.globalipapp import get_ipython  # noqa: E402

from tests.golden import CORPUS  # noqa: E402


@pytest.fixture(scope="module")
def ip():
    shell = get_ipython()
    shell.run_line_magic("load_ext", "rubyvm_kernel")
    return shell


def test_ruby_magic_keeps_state_and_returns_inspect(ip, capsys):
    assert ip.run_cell_magic("ruby", "", "def sq(x) = x * x\nbase = 4\nnil") is None
    r = ip.run_cell_magic("ruby", "", 'puts "side"\n[sq(base), "s", :k]')
    assert repr(r) == '[16, "s", :k]'
    assert capsys.readouterr().out == "side\n"


def test_ruby_magic_reports_ruby_errors(ip, capsys):
    assert ip.run_cell_magic("ruby", "", "1 / 0") is None
    err = capsys.readouterr().err
    assert err.startswith("(cell ") and "divided by 0 (ZeroDivisionError)" in err, err


def test_insns_magic_prints_what_cruby_prints(ip, capsys):
    src = sorted((CORPUS / "insns").glob("*.rb"))[0]
    ip.run_cell_magic("insns", "", src.read_text())
    out = capsys.readouterr().out
    want = src.with_suffix(".insns").read_text().replace(f"@{src.name}:", "@(cell):")
    assert out == want


def test_step_magic_returns_the_stepper(ip):
    w = ip.run_cell_magic("step", "", "a = 1\nb = a + 2")
    assert type(w).__name__ == "Stepper"
    assert len(w.trace.steps) > 3
    w.go(3)
    assert "step 3 of" in w.view.value
