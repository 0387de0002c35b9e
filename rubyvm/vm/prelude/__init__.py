"""The Ruby prelude: core methods that yield, defined in Ruby (prelude.rb and the other *.rb
files here, loaded in name order, each as `<internal:NAME>` like CRuby's builtin preludes),
compiled by our own compiler. The compiled iseq is cached on disk (like the LALR tables), keyed by the prelude
and by the source of every stage that compiles it, so a start-up does not recompile it."""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent                       # the rubyvm package
_STAGES = ("lexer", "parser", "ast", "compiler", "iseq", "insns")
_CACHE: dict = {}


def _cache_key() -> str:
    h = hashlib.sha256()
    for f in _sources():
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    for stage in _STAGES:
        for f in sorted((ROOT / stage).rglob("*.py")) + sorted((ROOT / stage).rglob("*.lark")):
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _sources() -> list[Path]:
    """prelude.rb first, then the other preludes in name order."""
    return sorted(HERE.glob("*.rb"), key=lambda f: (f.name != "prelude.rb", f.name))


def _cache_dirs() -> list[Path]:
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return [HERE / "_cache", Path(xdg) / "rubyvm"]


def prelude_iseq():
    """The compiled preludes (a list of iseqs): from memory, the disk cache, or compiled now."""
    iseq = _CACHE.get("iseq")
    if iseq is not None:
        return iseq
    name = f"prelude-{_cache_key()}.pickle"
    for d in _cache_dirs():
        try:
            iseq = pickle.loads((d / name).read_bytes())
            break
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            continue
    if iseq is None:
        from ...compiler import compile as compile_iseq
        iseq = [compile_iseq(f.read_bytes(), f"<internal:{f.stem}>") for f in _sources()]
        for d in _cache_dirs():
            try:
                d.mkdir(parents=True, exist_ok=True)
                for old in d.glob("prelude-*.pickle"):
                    old.unlink()
                (d / name).write_bytes(pickle.dumps(iseq, protocol=pickle.HIGHEST_PROTOCOL))
                break
            except OSError:
                continue
    _CACHE["iseq"] = iseq
    return iseq


def load_prelude(vm):
    vm.loading_prelude = True
    try:
        for iseq in prelude_iseq():
            vm.run_top(iseq)
    finally:
        vm.loading_prelude = False
