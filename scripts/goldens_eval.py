#!/usr/bin/env python3
"""Re-derive tests/corpus/eval/NAME.evalinsns from CRuby 3.1 (`python scripts/goldens_eval.py`).

Each NAME.rb calls eval / instance_eval / class_eval on a string literal. CRuby runs it with a
TracePoint on :script_compiled (whose instruction_sequence is the eval iseq, compiled with the
binding's iseq as its parent, so outer locals show with their levels) and on :raise for the
SyntaxErrors eval's compiler reports. NAME.evalinsns lists, in the order they happen, each eval
iseq's disasm or "SyntaxError: MESSAGE", separated by blank lines. Only CRuby 3.1.x is
accepted.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts.goldens import ENV, ruby_version  # noqa: E402
from tests.golden import CORPUS, golden_path, snippets  # noqa: E402

STAGE = "eval"
KIND = "evalinsns"

# required before the program (`ruby -r CAPTURE NAME.rb`, so the program's iseq is <main>)
CAPTURE = r'''
out = ENV.fetch("EVAL_GOLDEN_OUT")
events = []
TracePoint.new(:script_compiled) { |t|
  events << t.instruction_sequence.disasm if t.eval_script
}.enable
TracePoint.new(:raise) { |t|
  e = t.raised_exception
  events << "#{e.class}: #{e.message}\n" if e.is_a?(SyntaxError)
}.enable
at_exit { File.binwrite(out, events.join("\n")) }
'''


def main() -> None:
    version = ruby_version()
    count = 0
    with tempfile.TemporaryDirectory() as tmp:
        capture = Path(tmp) / "capture_evals.rb"
        capture.write_text(CAPTURE)
        for src in snippets(STAGE):
            out = golden_path(src, KIND)
            env = dict(ENV, EVAL_GOLDEN_OUT=str(out))
            subprocess.run(["ruby", "-r", str(capture), src.name], cwd=src.parent, env=env,
                           check=True, capture_output=True, timeout=30)
            count += 1
    print(f"goldens_eval: {count} programs in {CORPUS / STAGE} from {version}")


if __name__ == "__main__":
    main()
