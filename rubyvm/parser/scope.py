"""Local variable tables while building the AST (cf. parse.y's local_push/dyna_push,
local_var/dyna_var, lvar_defined, and the vtables that become a NODE_SCOPE's nd_tbl)."""
from __future__ import annotations

from typing import Optional


class Scope:
    """kind: "top", "def", "class" (a local scope) or "block" (a dynamic scope)."""

    def __init__(self, kind: str, parent: Optional["Scope"]) -> None:
        self.kind = kind
        self.parent = parent
        self.args: list = []      # parameters (parse.y's vtable `args`)
        self.vars: list = []      # other locals (vtable `vars`); nd_tbl is args + vars
        self.max_numparam = 0

    def in_block(self) -> bool:
        return self.kind == "block"

    def declare(self, name) -> None:
        if name not in self.vars and name not in self.args:
            self.vars.append(name)

    def declare_arg(self, name) -> None:
        # `|_, _|`: parameters named with a leading underscore may repeat (and each is kept)
        if name not in self.args or (isinstance(name, str) and name.startswith("_")):
            self.args.append(name)

    def declare_pending(self, name) -> None:
        self.declare_arg(name)

    def move_to_end(self, names) -> None:
        for n in names:
            if n in self.args:
                self.args.remove(n)
            self.args.append(n)

    def lookup(self, name) -> Optional[str]:
        """Inside a block every visible local is a "dvar" (parse.y's dvar_defined walks the
        block tables and the method's own); outside, "lvar". None if not a local."""
        s = self
        while s is not None:
            if name in s.vars or name in s.args:
                return "dvar" if self.kind == "block" else "lvar"
            if s.kind != "block":
                return None
            s = s.parent
        return None

    def numparam_ok(self) -> bool:
        return self.kind == "block" and self.max_numparam >= 0

    def use_numparam(self, n: int) -> None:
        self.max_numparam = max(self.max_numparam, n)

    def numbered_params(self) -> None:
        names = [f"_{i}" for i in range(1, self.max_numparam + 1)]
        self.args = names + [v for v in self.args if v not in names]
        self.vars = [v for v in self.vars if v not in names]

    def table(self) -> list:
        return self.args + self.vars
