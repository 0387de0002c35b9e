"""Our InstructionSequence#to_a against CRuby 3.1's: every program of the compiler corpus
(tests/corpus/insns) and of the run corpus (tests/corpus/run) is compiled by our compiler and
its to_a compared with `RubyVM::InstructionSequence.compile_file(NAME.rb).to_a`, which
scripts/goldens.py records beside the program as NAME.iseq (tagged JSON; the same files
test_iseq_disasm.py loads).

The comparison is of the tagged JSON text, so Integer vs true, Symbol vs String and frozen flags
all count. Two things are normalised in both, and only these:
- misc's :node_id and :node_ids are dropped: they number CRuby's parse.y nodes, which our parser
  does not reproduce (--dump=parsetree goldens drop `id: N` for the same reason);
- the absolute path (compile_file's realpath) depends on where the checkout lives: ours is
  compiled with absolute_path "/ABS/NAME.rb", and CRuby's ".../tests/corpus/STAGE/NAME.rb" is
  read as that too.
"""
import json

import pytest

from rubyvm.compiler import compile as compile_iseq
from rubyvm.iseq.to_a import encode
from rubyvm.lexer import RubySyntaxError
from tests.golden import golden_path, load_known_mismatches, snippets

KNOWN = load_known_mismatches()
_DROPPED_MISC = ("node_id", "node_ids")


def _is_iseq(a) -> bool:
    return (isinstance(a, list) and len(a) == 14 and isinstance(a[0], dict)
            and a[0].get("str") == "YARVInstructionSequence/SimpleDataFormat")


def normalize(a, stage: str, name: str):
    """Drop node ids and place the absolute path (see the module doc), in every nested iseq."""
    if _is_iseq(a):
        a = list(a)
        a[4] = {"hash": [kv for kv in a[4]["hash"] if kv[0].get("sym") not in _DROPPED_MISC]}
        abspath = a[7]
        if isinstance(abspath, dict) and (abspath.get("str", "").endswith(f"/tests/corpus/{stage}/{name}")
                                          or abspath.get("str") == f"/ABS/{name}"):
            a[7] = {"str": "<abs>/" + name, "inspect": f'"<abs>/{name}"', "frozen": True}
    if isinstance(a, list):
        return [normalize(x, stage, name) for x in a]
    if isinstance(a, dict) and "hash" in a:
        return {"hash": [[normalize(k, stage, name), normalize(v, stage, name)]
                         for k, v in a["hash"]]}
    return a


def _text(a) -> str:
    return json.dumps(a, indent=1, sort_keys=True, ensure_ascii=False)


def _cases(stage: str):
    out = []
    for src in snippets(stage):
        gp = golden_path(src, "iseq")
        if not gp.exists() or gp.read_text().startswith('{"error"'):
            continue        # CRuby rejects the program (its compile error is test_compiler_golden's)
        key = f"{stage}/{src.stem}.to_a"
        marks = [pytest.mark.xfail(reason=KNOWN[key], strict=True)] if key in KNOWN else []
        out.append(pytest.param(stage, src, id=f"{stage}/{src.stem}", marks=marks))
    return out


@pytest.mark.parametrize("stage,src", _cases("insns") + _cases("run"))
def test_to_a_like_cruby(stage, src):
    import difflib
    expected = normalize(json.loads(golden_path(src, "iseq").read_text()), stage, src.name)
    iseq = compile_iseq(src.read_bytes(), src.name, f"/ABS/{src.name}")
    actual = normalize(encode(iseq.to_a()), stage, src.name)
    e, a = _text(expected), _text(actual)
    if e != a:
        d = difflib.unified_diff(e.splitlines(), a.splitlines(), "CRuby 3.1", "rubyvm", n=4,
                                 lineterm="")
        pytest.fail("\n" + "\n".join(list(d)[:80]))


def test_syntax_error_has_no_to_a():
    with pytest.raises(RubySyntaxError):
        compile_iseq(b"def (\n", "t.rb").to_a()
