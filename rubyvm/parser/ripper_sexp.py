"""The Ripper.sexp view: our parse tree, with each rule turned into the Ripper event that
parse.y dispatches for it (cf. parse.y's `/*% ripper: ... %*/` actions and
Ripper::SexpBuilderPP, which turns *_new/*_add events into plain arrays).
"""
from __future__ import annotations

import re

from lark import Token, Tree

from rubyvm.lexer import state as S

from .ripper_values import Sym, inspect

VOID = [Sym("void_stmt")]


def tk(t: Token):
    """A scanner event: [:@ident, "foo", [1, 0]]."""
    r = t.rtok
    ev = r.event[3:] if r.event.startswith("on_") else r.event
    return [Sym("@" + ev), r.text, [r.pos[0], r.pos[1]]]


_NUMPARAM = re.compile(r"_[1-9]\Z")


def is_lvar(t: Token) -> bool:
    """Is this identifier a local variable where it stands? (parse.y's id_is_var)"""
    return getattr(t, "lvar", False) or bool(_NUMPARAM.match(str(t)))


def ev(name: str, *args):
    return [Sym(name), *args]


def _is_tok(x, *types) -> bool:
    return isinstance(x, Token) and (not types or x.type in types)


class SexpError(Exception):
    """A compile error Ripper reports (class_name_error, assign_error ...): sexp is nil."""


_DEFS = {"def", "defs", "endless_def", "endless_defs"}
_SCOPES = {"sclass"}                # `class << x` clears p->ctxt.in_def


def _dynamic_constant_assignment(tree) -> bool:
    """`X = 1` inside a method body (parse.y: "dynamic constant assignment"), or a class or
    module defined there ("class definition in method body"): errors of parse.y's actions,
    after which Ripper.sexp gives nil."""
    stack = [(tree, False)]
    while stack:
        t, in_def = stack.pop()
        if not isinstance(t, Tree):
            continue
        d = t.data
        if in_def and d in ("class", "module"):
            return True
        if d in _DEFS:
            in_def = True
        elif d in _SCOPES:
            in_def = False
        if in_def and d in ("const_path_field", "top_const_field"):
            return True
        if in_def and d == "var_field":
            x = t.children[0]
            while isinstance(x, Tree):
                x = x.children[0]
            if isinstance(x, Token) and x.type == "CONSTANT":
                return True
        stack.extend((c, in_def) for c in t.children)
    return False


class SexpBuilder:
    """Bottom-up: each handler gets its children already converted (tokens stay tokens)."""

    def build(self, tree):
        if _dynamic_constant_assignment(tree):
            raise SexpError("dynamic constant assignment")
        return self._conv(tree)

    def _conv(self, root):
        """Post-order without recursion (statement lists are left-recursive and deep)."""
        if isinstance(root, Token):
            return root
        out: dict = {}
        handlers = _HANDLERS
        stack = [(root, False)]
        while stack:
            t, done = stack.pop()
            if not done:
                stack.append((t, True))
                for c in t.children:
                    if isinstance(c, Tree):
                        stack.append((c, False))
                continue
            kids = [out.pop(id(c)) if isinstance(c, Tree) else c for c in t.children]
            h = handlers.get(t.data)
            if h is None:
                if len(kids) != 1:
                    raise NotImplementedError(f"sexp: no handler for {t.data}")
                out[id(t)] = kids[0]
            else:
                out[id(t)] = h(self, kids)
        return out[id(root)]

    # ---- helpers
    def val(self, x):
        """A child that may still be a bare token: turn it into its sexp."""
        return tk(x) if isinstance(x, Token) else x

    # ---- program and statements
    def r_start(self, c):
        return c[0]

    def r_program(self, c):
        return ev("program", c[0])

    def r_top_compstmt(self, c):
        return c[0]

    r_compstmt = r_top_compstmt

    def r_stmts_void(self, c):
        return [VOID]

    def r_stmts_one(self, c):
        return [self.val(c[0])]

    def r_stmts_add(self, c):
        return c[0] + [self.val(c[2])]

    def r_none(self, c):
        return None

    def r_begin_stmt(self, c):
        return ev("BEGIN", c[1])

    def r_begin_block(self, c):
        return c[1]

    def r_end_stmt(self, c):
        return ev("END", c[2])

    def r_bodystmt(self, c):
        if len(c) == 5:
            return ev("bodystmt", c[0], c[1], c[3], c[4])
        return ev("bodystmt", c[0], c[1], None, c[2])

    def _mod(name):
        def h(self, c):
            return ev(name, self.val(c[2]), self.val(c[0]))
        return h

    r_if_mod = _mod("if_mod")
    r_unless_mod = _mod("unless_mod")
    r_while_mod = _mod("while_mod")
    r_until_mod = _mod("until_mod")

    def r_rescue_mod(self, c):
        return ev("rescue_mod", self.val(c[0]), self.val(c[2]))

    def r_alias(self, c):
        return ev("alias", c[1], c[2])

    def r_var_alias(self, c):
        return ev("var_alias", tk(c[1]), tk(c[2]))

    def r_var_alias_error(self, c):
        raise SexpError("can't make alias for the number variables")

    def r_undef(self, c):
        return ev("undef", c[1])

    def r_undef_list(self, c):
        if len(c) == 1:
            return [c[0]]
        return c[0] + [c[2]]

    def r_fitem(self, c):
        return c[0]

    def r_symbol_literal(self, c):
        return ev("symbol_literal", self.val(c[0]))

    def r_fname(self, c):
        return tk(c[0]) if isinstance(c[0], Token) else c[0]

    def r_op(self, c):
        return tk(c[0])

    r_reswords = r_op

    # ---- assignment
    def r_assign(self, c):
        return ev("assign", c[0], self.val(c[2]))

    def r_assign_mrhs(self, c):
        return ev("assign", c[0], c[2])

    def r_massign(self, c):
        return ev("massign", c[0], self.val(c[2]))

    def r_opassign(self, c):
        return ev("opassign", c[0], tk(c[1]), self.val(c[2]))

    def r_opassign_aref(self, c):
        return ev("opassign", ev("aref_field", self.val(c[0]), c[2]), tk(c[4]), self.val(c[5]))

    def r_opassign_field(self, c):
        return ev("opassign", ev("field", self.val(c[0]), self.callop(c[1]), tk(c[2])), tk(c[3]),
                  self.val(c[4]))

    def r_opassign_const_path(self, c):
        return ev("opassign", ev("const_path_field", self.val(c[0]), tk(c[2])), tk(c[3]), self.val(c[4]))

    def r_opassign_top_const(self, c):
        return ev("opassign", ev("top_const_field", tk(c[1])), tk(c[2]), self.val(c[3]))

    def r_opassign_backref(self, c):
        raise SexpError("Can't set variable")

    def callop(self, x):
        # call_op gives the `.`/`&.` token; `::` is dispatched as the ID :"::"
        if isinstance(x, Token):
            if x.type == "COLON2":
                return Sym("::")
            return tk(x)
        return x

    r_call_op = lambda self, c: self.callop(c[0])
    r_call_op2 = lambda self, c: c[0] if not isinstance(c[0], Token) else self.callop(c[0])
    r_dot_or_colon = lambda self, c: tk(c[0])

    def r_endless_def(self, c):
        name, params, body = c[0], c[1], self.val(c[3])
        return ev("def", name, params, ev("bodystmt", body, None, None, None))

    def r_endless_defs(self, c):
        (recv, dot, name), params, body = c[0], c[1], self.val(c[3])
        return ev("defs", recv, dot, name, params, ev("bodystmt", body, None, None, None))

    # ---- mlhs (SexpBuilderPP: mlhs_add pushes, mlhs_add_star pushes [:rest_param, x],
    #      mlhs_add_post concatenates, mlhs_paren is [:mlhs, *list])
    def r_mlhs_paren(self, c):
        inner = c[1]
        return [Sym("mlhs"), *inner]

    def r_mlhs_paren_inner(self, c):
        return [[Sym("mlhs"), *c[1]]]

    def r_mlhs_basic(self, c):
        if not _is_tok(c[0], "STAR"):
            head = c[0]
            rest = c[1:]
            if not rest:
                return head
            if not _is_tok(rest[0], "STAR"):
                return head + [rest[0]]
        else:
            head = []
            rest = c
        # rest: STAR [node] [COMMA post]
        lst = list(head)
        node = None
        post = None
        i = 1
        if i < len(rest) and not _is_tok(rest[i], "COMMA"):
            node = self.val(rest[i])
            i += 1
        if i < len(rest) and _is_tok(rest[i], "COMMA"):
            post = rest[i + 1]
        lst.append([Sym("rest_param"), node])
        if post is not None:
            lst = lst + post
        return lst

    def r_mlhs_head(self, c):
        if len(c) == 2:
            return [self.val(c[0])]
        return c[0] + [self.val(c[1])]

    def r_mlhs_post(self, c):
        if len(c) == 1:
            return [self.val(c[0])]
        return c[0] + [self.val(c[2])]

    def r_var_field(self, c):
        x = c[0]
        return ev("var_field", tk(x) if isinstance(x, Token) else x)

    def r_user_variable(self, c):
        return c[0]

    r_keyword_variable = r_user_variable

    def r_var_field_backref(self, c):
        raise SexpError("Can't set variable")

    def r_aref_field(self, c):
        return ev("aref_field", self.val(c[0]), c[2])

    def r_field(self, c):
        return ev("field", self.val(c[0]), self.callop(c[1]), tk(c[2]))

    def r_const_path_field(self, c):
        return ev("const_path_field", self.val(c[0]), tk(c[2]))

    def r_top_const_field(self, c):
        return ev("top_const_field", tk(c[1]))

    def r_var_lhs(self, c):
        return ev("var_field", tk(c[0]))

    # ---- class paths
    def r_cname(self, c):
        return tk(c[0])

    def r_class_name_error(self, c):
        raise SexpError("class/module name must be CONSTANT")

    def r_top_const_ref(self, c):
        return ev("top_const_ref", self.val(c[1]))

    def r_const_ref(self, c):
        return ev("const_ref", c[0])

    def r_const_path_ref(self, c):
        return ev("const_path_ref", self.val(c[0]), self.val(c[2]))

    # ---- expressions
    def r_and_expr(self, c):
        return ev("binary", self.val(c[0]), Sym("and"), self.val(c[2]))

    def r_or_expr(self, c):
        return ev("binary", self.val(c[0]), Sym("or"), self.val(c[2]))

    def r_not_expr(self, c):
        return ev("unary", Sym("not"), self.val(c[2]))

    def r_bang_command(self, c):
        return ev("unary", Sym("!"), c[1])

    def r_rassign(self, c):
        return ev("case", self.val(c[0]), ev("in", c[2], None, None))

    r_in_match = r_rassign

    def r_binary(self, c):
        return ev("binary", self.val(c[0]), Sym(c[1].rtok.text if isinstance(c[1], Token) else c[1]),
                  self.val(c[2]))

    def r_relop(self, c):
        return c[0]

    def r_unary(self, c):
        op = c[0]
        name = {"UMINUS": "-@", "UPLUS": "+@", "BANG": "!", "TILDE": "~"}[op.type]
        return ev("unary", Sym(name), self.val(c[1]))

    def r_uminus_num_pow(self, c):
        return ev("unary", Sym("-@"), ev("binary", tk(c[1]), Sym("**"), self.val(c[3])))

    def r_neg_numeric(self, c):
        return ev("unary", Sym("-@"), tk(c[1]))

    def r_dot2(self, c):
        return ev("dot2", self.val(c[0]), self.val(c[2]))

    def r_dot3(self, c):
        return ev("dot3", self.val(c[0]), self.val(c[2]))

    def r_dot2_endless(self, c):
        return ev("dot2", self.val(c[0]), None)

    def r_dot3_endless(self, c):
        return ev("dot3", self.val(c[0]), None)

    def r_dot2_beginless(self, c):
        return ev("dot2", None, self.val(c[1]))

    def r_dot3_beginless(self, c):
        return ev("dot3", None, self.val(c[1]))

    def r_ifop(self, c):
        return ev("ifop", self.val(c[0]), self.val(c[2]), self.val(c[-1]))

    def r_defined(self, c):
        return ev("defined", self.val(c[-1]))

    def r_opt_nl(self, c):
        return None

    # ---- calls
    def r_fcall(self, c):
        return c[0]

    def r_operation(self, c):
        return c[0]

    r_operation2 = r_operation
    r_operation3 = r_operation

    def name_tok(self, x):
        return tk(x) if isinstance(x, Token) else x

    def r_command(self, c):
        return ev("command", self.name_tok(c[0]), c[1])

    def r_command_block(self, c):
        return ev("method_add_block", ev("command", self.name_tok(c[0]), c[1]), c[2])

    def r_command_call(self, c):
        return ev("command_call", self.val(c[0]), self.callop(c[1]), self.name_tok(c[2]), c[3])

    def r_command_call_block(self, c):
        return ev("method_add_block",
                  ev("command_call", self.val(c[0]), self.callop(c[1]), self.name_tok(c[2]), c[3]), c[4])

    def r_cmd_brace_block(self, c):
        params, stmts = c[1]
        return ev("brace_block", params, stmts)

    def r_super(self, c):
        return ev("super", c[1])

    def r_yield(self, c):
        return ev("yield", c[1])

    def r_return(self, c):
        return ev("return", c[1])

    def r_break(self, c):
        return ev("break", c[1])

    def r_next(self, c):
        return ev("next", c[1])

    def r_k_return(self, c):
        return c[0]

    def r_method_add_arg(self, c):
        return ev("method_add_arg", ev("fcall", self.name_tok(c[0])), c[1])

    def r_call(self, c):
        call = ev("call", self.val(c[0]), self.callop(c[1]), self.name_tok(c[2]))
        if len(c) > 3 and c[3] is not None:
            return ev("method_add_arg", call, c[3])
        return call

    def r_call_colon2_paren(self, c):
        return ev("method_add_arg", ev("call", self.val(c[0]), Sym("::"), self.name_tok(c[2])), c[3])

    def r_call_colon2(self, c):
        return ev("call", self.val(c[0]), Sym("::"), self.name_tok(c[2]))

    def r_call_dot_paren(self, c):
        return ev("method_add_arg", ev("call", self.val(c[0]), self.callop(c[1]), Sym("call")), c[2])

    def r_super_paren(self, c):
        return ev("super", c[1])

    def r_zsuper(self, c):
        return ev("zsuper")

    def r_aref(self, c):
        return ev("aref", self.val(c[0]), c[2])

    def r_method_add_block(self, c):
        return ev("method_add_block", self.val(c[0]), c[1])

    def r_fcall_block(self, c):
        return ev("method_add_block", ev("method_add_arg", ev("fcall", self.name_tok(c[0])), []), c[1])

    def r_fid_call(self, c):
        return ev("method_add_arg", ev("fcall", tk(c[0])), [])

    def r_block_call_call(self, c):
        call = ev("call", self.val(c[0]), self.callop(c[1]), self.name_tok(c[2]))
        if c[3] is not None:
            call = ev("method_add_arg", call, c[3])
        return call

    def r_block_call_call_block(self, c):
        call = self.r_block_call_call(c[:4])
        return ev("method_add_block", call, c[4])

    def r_block_call_command_block(self, c):
        return ev("method_add_block",
                  ev("command_call", self.val(c[0]), self.callop(c[1]), self.name_tok(c[2]), c[3]), c[4])

    # ---- arguments
    def r_arg_paren(self, c):
        return ev("arg_paren", c[1])

    def r_arg_paren_forward(self, c):
        if len(c) == 3:
            return ev("arg_paren", ev("args_forward"))
        return ev("arg_paren", c[1] + [ev("args_forward")])

    def r_args_forward(self, c):
        return ev("args_forward")

    def r_no_args(self, c):
        return None

    def r_opt_call_args(self, c):
        return c[0]

    def r_args_trailing(self, c):
        return c[0]

    def r_args_assocs_trailing(self, c):
        return c[0] + [ev("bare_assoc_hash", c[2])]

    def r_assocs_trailing(self, c):
        return [ev("bare_assoc_hash", c[0])]

    def r_call_args_command(self, c):
        return [c[0]]

    def r_call_args(self, c):
        return ev("args_add_block", c[0], c[1])

    def r_call_args_assocs(self, c):
        return ev("args_add_block", [ev("bare_assoc_hash", c[0])], c[1])

    def r_call_args_args_assocs(self, c):
        return ev("args_add_block", c[0] + [ev("bare_assoc_hash", c[2])], c[3])

    def r_call_args_block(self, c):
        return ev("args_add_block", [], c[0])

    def r_block_arg(self, c):
        return self.val(c[1])

    def r_block_arg_anon(self, c):
        return None

    def r_opt_block_arg(self, c):
        if len(c) == 2:
            return c[1]
        return False

    def r_args_one(self, c):
        return [self.val(c[0])]

    def r_args_star_one(self, c):
        return ev("args_add_star", [], self.val(c[1]))

    def r_args_add(self, c):
        return c[0] + [self.val(c[2])]

    def r_args_add_star(self, c):
        return ev("args_add_star", c[0], self.val(c[3]))

    def r_mrhs_add(self, c):
        return ev("mrhs_new_from_args", c[0], self.val(c[2]))

    def r_mrhs_add_star(self, c):
        return ev("mrhs_add_star", ev("mrhs_new_from_args", c[0]), self.val(c[3]))

    def r_mrhs_star(self, c):
        return ev("mrhs_add_star", [], self.val(c[1]))

    # ---- hashes and arrays
    def r_assoc_list(self, c):
        if c[0] is None:
            return None
        return ev("assoclist_from_args", c[0])

    def r_assocs(self, c):
        if len(c) == 1:
            return [c[0]]
        return c[0] + [c[2]]

    def r_assoc_new(self, c):
        return ev("assoc_new", self.val(c[0]), self.val(c[2]))

    def r_assoc_label(self, c):
        return ev("assoc_new", tk(c[0]), self.val(c[1]))

    def r_assoc_label_omitted(self, c):
        return ev("assoc_new", tk(c[0]), None)

    def r_assoc_dsym(self, c):
        return ev("assoc_new", ev("dyna_symbol", c[1]), self.val(c[3]))

    def r_assoc_splat(self, c):
        return ev("assoc_splat", self.val(c[1]))

    def r_trailer(self, c):
        return None

    def r_aref_args(self, c):
        return c[0]

    def r_aref_args_assocs(self, c):
        return c[0] + [ev("bare_assoc_hash", c[2])]

    def r_aref_assocs(self, c):
        return [ev("bare_assoc_hash", c[0])]

    def r_array(self, c):
        return ev("array", c[1])

    def r_hash(self, c):
        return ev("hash", c[1])

    # ---- primary
    def r_literal_numeric(self, c):
        return c[0]

    def r_numeric(self, c):
        return tk(c[0])

    def r_literal(self, c):
        return c[0]

    def r_var_ref(self, c):
        t = c[0]
        if isinstance(t, Token) and t.type == "IDENTIFIER" and not is_lvar(t):
            return ev("vcall", tk(t))
        return ev("var_ref", tk(t) if isinstance(t, Token) else t)

    def r_backref(self, c):
        return tk(c[0])

    def r_begin(self, c):
        return ev("begin", c[1])

    def r_paren_arg_empty(self, c):
        return ev("paren", False)

    def r_paren_arg(self, c):
        return ev("paren", self.val(c[1]))

    def r_paren(self, c):
        return ev("paren", c[1])

    def r_return0(self, c):
        return ev("return0")

    def r_yield_paren(self, c):
        return ev("yield", ev("paren", c[2]))

    def r_yield_paren_empty(self, c):
        return ev("yield", ev("paren", []))

    def r_yield0(self, c):
        return ev("yield0")

    def r_defined_paren(self, c):
        return ev("defined", self.val(c[-2]))

    def r_not_paren(self, c):
        return ev("unary", Sym("not"), self.val(c[2]))

    def r_not_paren_empty(self, c):
        return ev("unary", Sym("not"), None)

    def r_if(self, c):
        return ev("if", self.val(c[1]), c[3], c[4])

    def r_if_tail(self, c):
        return c[0]

    def r_opt_else(self, c):
        return c[0]

    def r_else(self, c):
        return ev("else", c[1])

    def r_elsif(self, c):
        return ev("elsif", self.val(c[1]), c[3], c[4])

    def r_unless(self, c):
        return ev("unless", self.val(c[1]), c[3], c[4])

    def r_while(self, c):
        return ev("while", self.val(c[1]), c[2])

    def r_until(self, c):
        return ev("until", self.val(c[1]), c[2])

    def r_expr_value_do(self, c):
        return c[0]

    def r_case(self, c):
        return ev("case", self.val(c[1]), c[3])

    def r_case_nohead(self, c):
        return ev("case", None, c[2])

    def r_case_in(self, c):
        return ev("case", self.val(c[1]), c[3])

    def r_when(self, c):
        return ev("when", c[1], c[3], c[4])

    def r_cases(self, c):
        return c[0]

    def r_for(self, c):
        return ev("for", self.val(c[1]), self.val(c[3]), c[4])

    def r_class(self, c):
        return ev("class", c[1], c[2], c[3])

    def r_superclass(self, c):
        if len(c) == 1:
            return None
        return self.val(c[1])

    def r_sclass(self, c):
        return ev("sclass", self.val(c[2]), c[4])

    def r_module(self, c):
        return ev("module", c[1], c[2])

    def r_defn_head(self, c):
        return c[1]

    def r_def_name(self, c):
        return c[0]

    def r_defs_head(self, c):
        return (c[1], c[2], c[3])

    def r_singleton(self, c):
        return c[0]

    def r_singleton_paren(self, c):
        return ev("paren", self.val(c[1]))

    def r_def(self, c):
        return ev("def", c[0], c[1], c[2])

    def r_defs(self, c):
        recv, dot, name = c[0]
        return ev("defs", recv, dot, name, c[1], c[2])

    def r_break0(self, c):
        return ev("break", [])

    def r_next0(self, c):
        return ev("next", [])

    def r_redo(self, c):
        return ev("redo")

    def r_retry(self, c):
        return ev("retry")

    def r_then(self, c):
        return None

    r_rparen = r_then
    r_rbracket = r_then
    r_rbrace = r_then

    r_do = r_then
    r_term = r_then
    r_terms = r_then
    r_opt_terms = r_then

    # ---- blocks
    def r_brace_block(self, c):
        params, stmts = c[1]
        return ev("brace_block", params, stmts)

    def r_brace_body(self, c):
        return (c[0], c[1])

    def r_do_block(self, c):
        params, body = c[1]
        return ev("do_block", params, body)

    def r_do_body(self, c):
        return (c[0], c[1])

    def r_opt_block_param(self, c):
        return c[0]

    def r_block_param_def(self, c):
        if len(c) == 3:
            return ev("block_var", self.params(), c[1])
        return ev("block_var", c[1], c[2])

    def r_block_param_def_empty(self, c):
        return ev("block_var", self.params(), False)

    def r_opt_bv_decl(self, c):
        if len(c) == 1:
            return False
        return c[2]

    def r_bv_decls(self, c):
        if len(c) == 1:
            return [c[0]]
        return c[0] + [c[2]]

    def r_bvar(self, c):
        return tk(c[0]) if isinstance(c[0], Token) else c[0]

    def r_lambda(self, c):
        return ev("lambda", c[1], c[2])

    def r_f_larglist_paren(self, c):
        return ev("paren", c[1])

    def r_f_larglist(self, c):
        return c[0]

    def r_lambda_body(self, c):
        return c[1]

    # ---- parameters: collect the parts, then [:params, pre, opt, rest, post, kw, kwrest, block]
    def params(self, pre=None, opt=None, rest=None, post=None, kw=None, kwrest=None, block=None):
        return ev("params", pre, opt, rest, post, kw, kwrest, block)

    def _collect(self, parts):
        d = {"pre": None, "opt": None, "rest": None, "post": None, "kw": None, "kwrest": None,
             "block": None}
        for p in parts:
            if isinstance(p, Token) or p is None:
                continue
            kind, v = p
            if kind == "arg":
                if d["pre"] is None and d["opt"] is None and d["rest"] is None:
                    d["pre"] = v
                else:
                    d["post"] = v
            elif kind == "tail":
                d.update({k: x for k, x in v.items()})
            else:
                d[kind] = v
        return self.params(**d)

    def r_f_args(self, c):
        return self._collect(c)

    r_block_param = r_f_args

    def r_f_args_empty(self, c):
        return self.params()

    def r_f_arg(self, c):
        if len(c) == 1:
            return ("arg", [c[0]])
        return ("arg", c[0][1] + [c[2]])

    def r_f_arg_item(self, c):
        return self.val(c[0])

    def r_f_norm_arg(self, c):
        return tk(c[0])

    def r_f_bad_arg(self, c):
        return tk(c[0]) if isinstance(c[0], Token) else c[0]

    def r_f_optarg(self, c):
        if len(c) == 1:
            return ("opt", [c[0]])
        return ("opt", c[0][1] + [c[2]])

    def r_f_opt(self, c):
        return [self.val(c[0]), self.val(c[2])]

    def r_f_rest_arg(self, c):
        return ("rest", ev("rest_param", tk(c[1]) if len(c) > 1 else None))

    def r_restarg_mark(self, c):
        return c[0]

    r_kwrest_mark = r_restarg_mark
    r_blkarg_mark = r_restarg_mark

    def r_excessed_comma(self, c):
        return ("rest", ev("excessed_comma"))

    def r_opt_args_tail(self, c):
        if len(c) == 2:
            return c[1]
        return None

    r_opt_block_args_tail = r_opt_args_tail

    def r_args_tail(self, c):
        d = {}
        for p in c:
            if isinstance(p, Token) or p is None:
                continue
            kind, v = p
            if kind == "fwd":
                d["kwrest"] = ev("args_forward")
                d["block"] = Sym("&")
            else:
                d[kind] = v
        return ("tail", d)

    r_block_args_tail = r_args_tail

    def r_f_kwarg(self, c):
        if len(c) == 1:
            return ("kw", [c[0]])
        return ("kw", c[0][1] + [c[2]])

    def r_f_kw(self, c):
        return [tk(c[0]) if isinstance(c[0], Token) else c[0], self.val(c[1])]

    def r_f_kw_required(self, c):
        return [tk(c[0]) if isinstance(c[0], Token) else c[0], False]

    def r_f_label(self, c):
        return tk(c[0])

    def r_f_kwrest(self, c):
        return ("kwrest", ev("kwrest_param", tk(c[1]) if len(c) > 1 else None))

    def r_f_no_kwarg(self, c):
        return ("kwrest", Sym("nil"))

    def r_f_any_kwrest(self, c):
        return c[0]

    def r_f_block_arg(self, c):
        return ("block", ev("blockarg", tk(c[1]) if len(c) > 1 else None))

    def r_opt_f_block_arg(self, c):
        if len(c) == 2:
            return c[1]
        return None

    def r_f_paren_args(self, c):
        return ev("paren", c[1])

    def r_f_paren_args_fwd(self, c):
        p = self.params(pre=c[1][1], kwrest=ev("args_forward"), block=Sym("&"))
        return ev("paren", p)

    def r_f_paren_args_fwd_only(self, c):
        return ev("paren", self.params(kwrest=ev("args_forward"), block=Sym("&")))

    def r_f_arglist(self, c):
        return c[0]

    def r_f_arglist_bare(self, c):
        return c[0]

    def r_f_opt_paren_args(self, c):
        return c[0]

    def r_f_margs(self, c):
        # f_margs is an mlhs: list of items, `*x` as [:rest_param, x]
        lst = []
        for x in c:
            if _is_tok(x, "COMMA"):
                continue
            if isinstance(x, tuple):
                lst.extend(x[1])
            else:
                lst.append(x)
        return lst

    def r_f_marg_list(self, c):
        if len(c) == 1:
            return ("list", [self.val(c[0])])
        return ("list", c[0][1] + [self.val(c[2])])

    def r_f_marg(self, c):
        return self.val(c[0])

    def r_f_rest_marg(self, c):
        return [Sym("rest_param"), self.val(c[1]) if len(c) > 1 else None]

    # ---- rescue
    def r_rescue(self, c):
        return ev("rescue", c[1], c[2], c[4], c[5])

    def r_opt_rescue(self, c):
        return c[0]

    def r_exc_list_one(self, c):
        return [self.val(c[0])]

    def r_exc_list(self, c):
        return c[0]

    def r_exc_var(self, c):
        if len(c) == 2:
            return c[1]
        return None

    def r_ensure(self, c):
        return ev("ensure", c[1])

    def r_opt_ensure(self, c):
        return c[0]

    # ---- strings
    def r_strings(self, c):
        return c[0]

    def r_string(self, c):
        return c[0]

    def r_char(self, c):
        return tk(c[0])

    def r_string1(self, c):
        return ev("string_literal", c[1])

    def r_string_concat(self, c):
        return ev("string_concat", c[0], c[1])

    def r_string_contents(self, c):
        return c[0]

    def r_list_new(self, c):
        return []

    def r_list_add(self, c):
        return c[0] + [self.val(c[1])]

    def r_string_content(self, c):
        return [Sym("string_content")]

    def r_string_add(self, c):
        return c[0] + [self.val(c[1])]

    def r_string_dvar(self, c):
        return ev("string_dvar", self.val(c[1]))

    def r_string_embexpr(self, c):
        return ev("string_embexpr", c[1])

    def r_xstring(self, c):
        return ev("xstring_literal", c[1])

    def r_regexp(self, c):
        return ev("regexp_literal", c[1], tk(c[2]))

    def r_words(self, c):
        return ev("array", c[2])

    r_qwords = r_words
    r_symbols = r_words
    r_qsymbols = r_words

    def r_word_one(self, c):
        return [self.val(c[0])]

    def r_word_add(self, c):
        return c[0] + [self.val(c[1])]

    def r_symbol(self, c):
        return c[0]

    def r_ssym(self, c):
        return ev("symbol_literal", ev("symbol", self.val(c[1])))

    def r_sym(self, c):
        return self.val(c[0])

    def r_nonlocal_var(self, c):
        return tk(c[0])

    def r_dsym(self, c):
        return ev("dyna_symbol", c[1])

    # ---- patterns
    def r_p_top_expr(self, c):
        return c[0]

    def r_p_guard_if(self, c):
        return ev("if_mod", self.val(c[2]), c[0])

    def r_p_guard_unless(self, c):
        return ev("unless_mod", self.val(c[2]), c[0])

    def r_p_top_expr_body(self, c):
        return c[0]

    def r_p_top_array_trailing(self, c):
        return ev("aryptn", None, [c[0]], None, None)

    def r_p_top_array(self, c):
        pre, rest, post = c[2]
        return ev("aryptn", None, [c[0]] + (pre or []), rest, post)

    def r_p_top_find(self, c):
        return self._fnd(None, c[0])

    def r_p_top_array_tail(self, c):
        pre, rest, post = c[0]
        return ev("aryptn", None, pre, rest, post)

    def r_p_top_hash(self, c):
        kw, rest = c[0]
        return ev("hshptn", None, kw, rest)

    def r_p_binding(self, c):
        return ev("binary", c[0], Sym("=>"), c[2])

    def r_p_alt(self, c):
        return ev("binary", c[0], Sym("|"), c[2])

    def r_p_variable(self, c):
        return ev("var_field", tk(c[0]))

    def _ary(self, const, args):
        pre, rest, post = args
        return ev("aryptn", const, pre, rest, post)

    def _fnd(self, const, f):
        pre, args, post = f
        return ev("fndptn", const, pre, args, post)

    def r_p_const_array(self, c):
        return self._ary(c[0], c[2])

    def r_p_const_find(self, c):
        return self._fnd(c[0], c[2])

    def r_p_const_hash(self, c):
        kw, rest = c[2]
        return ev("hshptn", c[0], kw, rest)

    def r_p_const_empty(self, c):
        return ev("aryptn", c[0], None, None, None)

    def r_p_array(self, c):
        return self._ary(None, c[1])

    def r_p_find_bracket(self, c):
        return self._fnd(None, c[1])

    def r_p_array_empty(self, c):
        return ev("aryptn", None, None, None, None)

    def r_p_hash(self, c):
        kw, rest = c[1]
        return ev("hshptn", None, kw, rest)

    def r_p_hash_empty(self, c):
        return ev("hshptn", None, None, None)

    def r_p_paren(self, c):
        return c[1]

    def r_p_lparen(self, c):
        return c[0]

    r_p_lbracket = r_p_lparen

    # p_args -> (pre, rest, post)
    def r_p_args_one(self, c):
        return ([c[0]], None, None)

    def r_p_args_head_only(self, c):
        return (c[0], None, None)

    def r_p_args_head_arg(self, c):
        return (c[0] + [c[1]], None, None)

    def r_p_args_head_rest(self, c):
        name = tk(c[2]) if len(c) > 2 else None
        return (c[0], ev("var_field", name), None)

    def r_p_args_head_rest_post(self, c):
        if len(c) == 5:
            return (c[0], ev("var_field", tk(c[2])), c[4])
        return (c[0], ev("var_field", None), c[3])

    def r_p_args(self, c):
        return c[0]

    def r_p_args_tail(self, c):
        if len(c) == 1:
            return (None, c[0], None)
        return (None, c[0], c[2])

    def r_p_args_head(self, c):
        if len(c) == 2:
            return [c[0]]
        return c[0] + [c[1]]

    def r_p_find(self, c):
        return (c[0], c[2], c[4])

    def r_p_rest(self, c):
        return ev("var_field", tk(c[1]) if len(c) > 1 else None)

    def r_p_args_post(self, c):
        if len(c) == 1:
            return [c[0]]
        return c[0] + [c[2]]

    def r_p_kwargs(self, c):
        if len(c) == 3:
            return (c[0], c[2])
        if len(c) == 2:
            return (c[0], None)
        if isinstance(c[0], list) and c[0] and isinstance(c[0][0], list):
            return (c[0], None)
        if isinstance(c[0], list) and c[0] and c[0][0] == Sym("var_field"):
            return (None, c[0])
        return (c[0], None)

    def r_p_kwarg(self, c):
        if len(c) == 1:
            return [c[0]]
        return c[0] + [c[2]]

    def r_p_kw(self, c):
        return [c[0], c[1] if len(c) > 1 else None]

    def r_p_kw_label(self, c):
        if len(c) == 1:
            return tk(c[0])
        return c[1]

    def r_p_kwrest(self, c):
        return ev("var_field", tk(c[1]) if len(c) > 1 else None)

    def r_p_kwnorest(self, c):
        return ev("var_field", Sym("nil"))

    def r_p_dot2(self, c):
        return ev("dot2", self.val(c[0]), self.val(c[2]))

    def r_p_dot3(self, c):
        return ev("dot3", self.val(c[0]), self.val(c[2]))

    def r_p_dot2_endless(self, c):
        return ev("dot2", self.val(c[0]), None)

    def r_p_dot3_endless(self, c):
        return ev("dot3", self.val(c[0]), None)

    def r_p_dot2_beginless(self, c):
        return ev("dot2", None, self.val(c[1]))

    def r_p_dot3_beginless(self, c):
        return ev("dot3", None, self.val(c[1]))

    def r_p_var_ref(self, c):
        x = c[1]
        return ev("var_ref", tk(x) if isinstance(x, Token) else x)

    def r_p_expr_ref(self, c):
        return ev("begin", self.val(c[2]))

    def r_p_value(self, c):
        return self.val(c[0])

    def r_p_primitive(self, c):
        return self.val(c[0])

    def r_in_last(self, c):
        return ev("in", c[1], c[3], c[4])

    def r_in_more(self, c):
        return ev("in", c[1], c[3], c[5])

    def r_in_empty(self, c):
        return ev("in", c[1], [VOID], c[3])

    def r_p_case_body(self, c):
        return c[0]


def sexp_value(tree):
    return SexpBuilder().build(tree)


def sexp_text(tree) -> str:
    return inspect(sexp_value(tree))


# SexpBuilder's r_<rule> handlers by rule name (its _conv dispatches through this table)
_HANDLERS = {name[2:]: fn for klass in reversed(SexpBuilder.__mro__)
             for name, fn in vars(klass).items() if name.startswith("r_") and callable(fn)}
