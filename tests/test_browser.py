"""The stepper widget in a real browser: JupyterLab + Debian's chromium, driven by Playwright.

The test starts its own JupyterLab server on a copy of notebooks/, opens 03-execution, runs all
cells, waits for the first stepper (`puts 2 + 2`), clicks "forward" three times and checks the
value-stack view: after putself, putobject 2, putobject 2 it holds 2, 2, main (top first), as
CRuby's stack does. It saves assets/screenshots/03-execution-stepper.png for the README.

It never downloads a browser: it uses /usr/bin/chromium (`apt-get install -y chromium`; .ci/run
does that as root) and skips, saying why, when chromium, playwright or the kernel is missing.
"""
from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = "03-execution.ipynb"
SCREENSHOT = ROOT / "assets" / "screenshots" / "03-execution-stepper.png"
CHROMIUM = os.environ.get("RUBYVM_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"

# .ci/run sets this: there a missing browser is a failure, not a reason to skip
REQUIRED = bool(os.environ.get("RUBYVM_REQUIRE_BROWSER"))


def _unavailable(reason: str) -> None:
    if REQUIRED:
        pytest.fail(reason + " (RUBYVM_REQUIRE_BROWSER is set)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


try:
    from playwright import sync_api
except ImportError:
    _unavailable("playwright is not installed (pip install -e '.[dev]', or `make test`)")

if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
    _unavailable(f"no chromium at {CHROMIUM}: install Debian's with `apt-get install -y "
                 "chromium` (`make test` does it when run as root)")


def _kernel_installed() -> bool:
    from jupyter_client.kernelspec import KernelSpecManager
    return "rubyvm" in KernelSpecManager().find_kernel_specs()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on a throwaway copy of the notebooks, with throwaway settings."""
    if not _kernel_installed():
        _unavailable("the rubyvm kernelspec is not installed: run `make kernel`")
    tmp = tmp_path_factory.mktemp("lab")
    nbdir = tmp / "notebooks"
    shutil.copytree(ROOT / "notebooks", nbdir)
    _clear_outputs(nbdir / NOTEBOOK)
    # no "official Jupyter news?" toast over the page
    news = tmp / "settings" / "@jupyterlab" / "apputils-extension"
    news.mkdir(parents=True)
    (news / "notification.jupyterlab-settings").write_text('{"fetchNews": "false"}')
    # draw every cell (JupyterLab 4 skips rendering cells scrolled out of view by default)
    nbset = tmp / "settings" / "@jupyterlab" / "notebook-extension"
    nbset.mkdir(parents=True)
    (nbset / "tracker.jupyterlab-settings").write_text('{"windowingMode": "none"}')
    port, token = _free_port(), secrets.token_hex(16)
    env = dict(os.environ,
               JUPYTERLAB_SETTINGS_DIR=str(tmp / "settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp / "workspaces"),
               JUPYTER_RUNTIME_DIR=str(tmp / "runtime"))
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}",
           "--ip=127.0.0.1", f"--IdentityProvider.token={token}", f"--notebook-dir={nbdir}",
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    if os.getuid() == 0:
        cmd.append("--allow-root")
    log_path = tmp / "jupyter.log"
    log = open(log_path, "w")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=tmp)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("JupyterLab did not start:\n" + log_path.read_text()[-3000:])
                time.sleep(0.3)
        yield base, token, log_path
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _clear_outputs(path: Path) -> None:
    """Start from a notebook without outputs, so everything the test sees was drawn live."""
    import nbformat
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nbformat.write(nb, path)


def _prompts_done(page) -> bool:
    """True when every code cell shows an execution count: Run All has finished."""
    return page.evaluate("""() => {
        const ps = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
        return ps.length > 0 && ps.every(p => /\\[\\d+\\]/.test(p.textContent));
    }""")


def test_stepper_forward_changes_value_stack(lab):
    base, token, log_path = lab
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(30_000)
            page.goto(f"{base}/lab/tree/{NOTEBOOK}?token={token}")
            page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-CodeCell")
            # the kernel must be up before Run All, or the cells wait for a kernel dialog
            page.wait_for_selector(".jp-NotebookPanel-toolbar :text('Ruby (rubyvm)')")
            page.wait_for_function("""() => {
                const s = document.querySelector('.jp-NotebookPanel-toolbar .jp-Notebook-ExecutionIndicator');
                return s && /idle/i.test(s.getAttribute('data-status') || s.title || '');
            }""", timeout=60_000)

            # Run > Run All Cells
            page.locator(".lm-MenuBar-item", has_text="Run").first.click()
            page.locator(".lm-Menu-item[data-command='runmenu:run-all']",
                         has_text="Run All Cells").click()
            deadline = time.monotonic() + 75
            while not _prompts_done(page):
                assert time.monotonic() < deadline, "Run All did not finish in 75 s"
                page.wait_for_timeout(500)

            stepper = page.locator(".rubyvm-stepper").first
            stepper.wait_for(state="visible")
            stepper.scroll_into_view_if_needed()
            status = stepper.locator(".rvm-step .status")
            stack = stepper.locator(".rvm-step .box", has_text="value stack")
            assert status.text_content().startswith("step 0 of ")
            before = stack.text_content()

            forward = stepper.get_by_role("button", name="forward")
            for k in (1, 2, 3):
                forward.click()
                # each click is a round trip to the kernel, which redraws the HTML view
                sync_api.expect(status).to_contain_text(f"step {k} of ", timeout=30_000)
            after = stack.text_content()
            assert after != before
            # top first: the two 2s pushed by putobject above main pushed by putself
            values = stack.locator("tr td:nth-child(2)").all_text_contents()
            assert values == ["2", "2", "main"], values
            assert "putobject" not in status.text_content() and "opt_plus" in status.text_content()

            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            stepper.screenshot(path=str(SCREENSHOT))
        except Exception:
            print("---- jupyter log (tail) ----\n" + log_path.read_text()[-4000:])
            raise
        finally:
            browser.close()
    log_text = log_path.read_text()
    assert "rubyvm internal error" not in log_text, log_text[-4000:]
