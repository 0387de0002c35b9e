"""Every YARV instruction of CRuby 3.1, in insns.def order (which is the opcode order of
RubyVM::INSTRUCTION_NAMES), followed by the operand-unified variants of opt_operand.def.

Each record is written from what 3.1's insns.def declares: operands (name and C type), the
values popped and pushed, the `sp_inc` rule of variadic instructions, and the `leaf` and
`handles_sp` attributes (defaults as tool/ruby_vm applies them: handles_sp is true when an
operand is an ISEQ, and such an instruction is not a leaf). The trace_* twins are left out.
Summaries and examples are ours; tests/corpus/insn_examples holds each example with CRuby's
listing of it.
"""
from __future__ import annotations

from .model import Count, Insn, Operand, argc, blockarg

OPERAND_UNIFICATION = "operand unification"
SPECIALISATION = "specialisation"


def _n(name: str) -> Count:
    """A group as large as the operand `name`."""
    return Count(name, lambda ops: ops[name])


_SENDISH = Count("argc + (ARGS_BLOCKARG ? 1 : 0)",
                 lambda ops: argc(ops["cd"]) + blockarg(ops["cd"]))
_SENDISH_SP = "sp_inc_of_sendish(ci): -(argc + (ARGS_BLOCKARG ? 1 : 0))"


def _call_data(doc: str = "the call site") -> Operand:
    return Operand("cd", "CALL_DATA", doc)


def _binop(name: str, method: str, summary: str, example: str, leaf=True, notes: str = "") -> Insn:
    return Insn(name, "optimize", (_call_data(f"the `{method}` call site, used when the "
                                              "fast path does not apply"),),
                ("recv", "obj"), ("val",), summary, example, leaf=leaf,
                variant_of="opt_send_without_block", variant=SPECIALISATION, method=method,
                notes=notes)


def _unop(name: str, method: str, summary: str, example: str, leaf=True, notes: str = "") -> Insn:
    return Insn(name, "optimize", (_call_data(f"the `{method}` call site, used when the "
                                              "fast path does not apply"),),
                ("recv",), ("val",), summary, example, leaf=leaf,
                variant_of="opt_send_without_block", variant=SPECIALISATION, method=method,
                notes=notes)


_LOCAL_IDX = "the local's slot, counted back from the environment pointer"
_LEVEL = "how many scopes up the local lives (0: this frame, 1: the enclosing one, ...)"

INSNS: tuple[Insn, ...] = (
    # ---- nop ------------------------------------------------------------------------------
    Insn("nop", "nop", (), (), (),
         "Does nothing; it only occupies a position a catch table or a jump can point at.",
         'value = (Integer("42") rescue 0)\n',
         notes="The compiler leaves one where a `rescue` modifier ends, so that the retry "
               "entry of the catch table has an instruction to cover."),

    # ---- variables ------------------------------------------------------------------------
    Insn("getlocal", "variables",
         (Operand("idx", "lindex_t", _LOCAL_IDX), Operand("level", "rb_num_t", _LEVEL)),
         (), ("val",),
         "Pushes the value of a local variable that lives `level` scopes up the environment chain.",
         'message = "hi"\n[1].each { [2].each { puts message } }\n',
         notes="Levels 0 and 1 are compiled to getlocal_WC_0 and getlocal_WC_1."),
    Insn("setlocal", "variables",
         (Operand("idx", "lindex_t", _LOCAL_IDX), Operand("level", "rb_num_t", _LEVEL)),
         ("val",), (),
         "Pops a value and stores it in a local variable `level` scopes up the environment chain.",
         "seen = nil\n[1].each { [2].each { |n| seen = n } }\n",
         notes="Levels 0 and 1 are compiled to setlocal_WC_0 and setlocal_WC_1."),
    Insn("getblockparam", "variables",
         (Operand("idx", "lindex_t", "the `&block` parameter's slot"),
          Operand("level", "rb_num_t", _LEVEL)),
         (), ("val",),
         "Pushes the method's `&block` parameter, turning the passed block into a Proc the first "
         "time it is read.",
         "def capture(&block)\n  block\nend\n"),
    Insn("setblockparam", "variables",
         (Operand("idx", "lindex_t", "the `&block` parameter's slot"),
          Operand("level", "rb_num_t", _LEVEL)),
         ("val",), (),
         "Pops a value and assigns it to the method's `&block` parameter.",
         "def run(&block)\n  block = proc { :default } unless block\n  block.call\nend\n"),
    Insn("getblockparamproxy", "variables",
         (Operand("idx", "lindex_t", "the `&block` parameter's slot"),
          Operand("level", "rb_num_t", _LEVEL)),
         (), ("val",),
         "Pushes a stand-in for the `&block` parameter that can only be called, so `block.call` "
         "needs no Proc object.",
         "def twice(&block)\n  block.call\n  block.call\nend\n",
         notes="The compiler uses it when the parameter is only the receiver of a method call; "
               "if the block is a Symbol or a Proc the real object is pushed instead."),
    Insn("getspecial", "variables",
         (Operand("key", "rb_num_t", "which special variable: 0 `$_`, 1 `$~`, 2+ flip-flop state"),
          Operand("type", "rb_num_t", "0: the variable itself; odd: a back-reference "
                                      "(`$&`, `` $` ``, `$'`, `$+`) as char << 1 | 1; even: "
                                      "the nth group `$n` as n << 1")),
         (), ("val",),
         "Pushes a frame-local special variable: `$_`, `$~`, a regexp group like `$1`, or "
         "flip-flop state.",
         '"2022-04-12" =~ /(\\d+)-/\nyear = $1\n',
         leaf="(type == 0) ? true : false"),
    Insn("setspecial", "variables",
         (Operand("key", "rb_num_t", "which special variable (2 and up: a flip-flop's state)"),),
         ("obj",), (),
         "Pops a value into a frame-local special variable; the compiler uses it for flip-flop "
         "state.",
         "(1..10).each { |i| print i if (i == 3)..(i == 5) }\n"),
    Insn("getinstancevariable", "variables",
         (Operand("id", "ID", "the instance variable's name"),
          Operand("ic", "IVC", "inline cache of the variable's index in self's class")),
         (), ("val",),
         "Pushes the value of an instance variable of self (nil if it is not set).",
         "class Point\n  def x\n    @x\n  end\nend\n",
         leaf=False),
    Insn("setinstancevariable", "variables",
         (Operand("id", "ID", "the instance variable's name"),
          Operand("ic", "IVC", "inline cache of the variable's index in self's class")),
         ("val",), (),
         "Pops a value and stores it in an instance variable of self.",
         "class Point\n  def initialize(x)\n    @x = x\n  end\nend\n",
         leaf=False),
    Insn("getclassvariable", "variables",
         (Operand("id", "ID", "the class variable's name"),
          Operand("ic", "IVC", "inline cache of where the variable was found")),
         (), ("val",),
         "Pushes the value of a class variable, looked up from the lexically enclosing class.",
         "class Counter\n  @@count = 0\n  def self.count = @@count\nend\n",
         leaf=False,
         notes="3.1 gives class variables an inline cache but still types it IVC."),
    Insn("setclassvariable", "variables",
         (Operand("id", "ID", "the class variable's name"),
          Operand("ic", "IVC", "inline cache of where the variable was found")),
         ("val",), (),
         "Pops a value and assigns it to a class variable of the lexically enclosing class.",
         "class Counter\n  @@count = 0\nend\n",
         leaf=False),
    Insn("getconstant", "variables",
         (Operand("id", "ID", "the constant's name"),),
         ("klass", "allow_nil"), ("val",),
         "Pops a namespace and a flag, and pushes the named constant looked up in that "
         "namespace (a nil namespace with a true flag means the lexical scope).",
         "Math::PI\n",
         leaf=False,
         notes="`Foo` compiles to `putobject true` after the nil that opt_getinlinecache pushed "
               "on a cache miss; `Foo::Bar` then looks Bar up with `putobject false`."),
    Insn("setconstant", "variables",
         (Operand("id", "ID", "the constant's name"),),
         ("val", "cbase"), (),
         "Pops a value and a namespace and defines the named constant in that namespace.",
         "LIMIT = 10\n",
         leaf=False),
    Insn("getglobal", "variables",
         (Operand("gid", "ID", "the global variable's name"),),
         (), ("val",),
         "Pushes the value of a global variable.",
         '$stdout.puts "hi"\n',
         leaf=False,
         notes="Since 3.0 the operand is the variable's ID, not a global entry (GENTRY)."),
    Insn("setglobal", "variables",
         (Operand("gid", "ID", "the global variable's name"),),
         ("val",), (),
         "Pops a value and assigns it to a global variable.",
         "$verbose = true\n",
         leaf=False),

    # ---- values ---------------------------------------------------------------------------
    Insn("putnil", "values", (), (), ("val",),
         "Pushes nil.",
         "result = nil\n"),
    Insn("putself", "values", (), (), ("val",),
         "Pushes self, the receiver of the current frame.",
         'puts "hello"\n'),
    Insn("putobject", "values",
         (Operand("val", "VALUE", "the object: an immediate or a frozen literal"),),
         (), ("val",),
         "Pushes an object that needs no copy: a number, symbol, true/false, a Range or Regexp "
         "literal, a frozen string, a class.",
         "limit = 42\n",
         notes="0 and 1 are compiled to putobject_INT2FIX_0_ and putobject_INT2FIX_1_."),
    Insn("putspecialobject", "values",
         (Operand("value_type", "rb_num_t",
                  "1 VMCORE (RubyVM::FrozenCore), 2 CBASE (the class alias/undef act on), "
                  "3 CONST_BASE (where constants and classes go)"),),
         (), ("val",),
         "Pushes one of the VM's hidden objects: the FrozenCore helper object, or the class "
         "that definitions or constants go into.",
         "alias say puts\n"),
    Insn("putstring", "values",
         (Operand("str", "VALUE", "the literal; each execution pushes a fresh copy"),),
         (), ("val",),
         "Pushes a new, unfrozen copy of a string literal.",
         'greeting = "hello"\n'),
    Insn("concatstrings", "values",
         (Operand("num", "rb_num_t", "how many strings to join"),),
         ("*strings",), ("val",),
         "Pops `num` strings and pushes one new string that joins them.",
         'name = "Ruby"\n"Hello, #{name}!"\n',
         leaf=False, pop_count=_n("num"), sp_inc_text="1 - num"),
    Insn("anytostring", "values", (),
         ("val", "str"), ("val",),
         "Pops the result of `to_s` and the object it was called on, and pushes that result if "
         "it is a String, or else a default `#<Class:...>`-style string for the object.",
         'count = 3\nputs "#{count} items"\n'),
    Insn("toregexp", "values",
         (Operand("opt", "rb_num_t", "the Regexp options (i, x, m, encoding flags)"),
          Operand("cnt", "rb_num_t", "how many string pieces to join")),
         ("*strings",), ("val",),
         "Pops `cnt` strings, joins them and pushes a new Regexp compiled from the result.",
         'word = "cat"\n/\\b#{word}s?\\b/\n',
         leaf=False, pop_count=_n("cnt"), sp_inc_text="1 - cnt"),
    Insn("intern", "values", (),
         ("str",), ("sym",),
         "Pops a string and pushes the Symbol with that name.",
         'name = "size"\n:"#{name}="\n'),
    Insn("newarray", "values",
         (Operand("num", "rb_num_t", "how many elements"),),
         ("*elements",), ("val",),
         "Pops `num` values and pushes a new Array of them.",
         "x = 1\ny = 2\n[x, y]\n",
         pop_count=_n("num"), sp_inc_text="1 - num"),
    Insn("newarraykwsplat", "values",
         (Operand("num", "rb_num_t", "how many elements, the trailing hash included"),),
         ("*elements",), ("val",),
         "Like newarray, but the last value is a `**hash` splat that is left out when it is empty.",
         "opts = {verbose: true}\n[1, **opts]\n",
         pop_count=_n("num"), sp_inc_text="1 - num"),
    Insn("duparray", "values",
         (Operand("ary", "VALUE", "a frozen literal Array"),),
         (), ("val",),
         "Pushes a new copy of an Array literal whose elements are all frozen literals "
         "such as numbers, symbols, nil, true and false (not strings, ranges or arrays).",
         "[1, 2, 3]\n"),
    Insn("duphash", "values",
         (Operand("hash", "VALUE", "a frozen literal Hash"),),
         (), ("val",),
         "Pushes a new copy of a Hash literal whose keys and values are all frozen literals "
         "(a string value is not: it needs a fresh copy, so newhash is used).",
         '{lang: :ruby, year: 1995}\n'),
    Insn("expandarray", "values",
         (Operand("num", "rb_num_t", "how many elements to push"),
          Operand("flag", "rb_num_t", "0x01: also push an array of the rest; "
                                      "0x02: take elements from the end (post arguments)")),
         ("ary",), ("*values",),
         "Pops an object and pushes `num` of its elements (nil-padded, a non-array counting as "
         "one element), and with flag 0x01 an array of the rest too.",
         "a, b = [1, 2]\n",
         leaf=False, push_count=Count("num + (flag & 1 ? 1 : 0)",
                                      lambda ops: ops["num"] + (1 if ops["flag"] & 1 else 0)),
         sp_inc_text="num - 1 + (flag & 1 ? 1 : 0)",
         notes="The elements are pushed last first, so the first one ends up on top, ready for "
               "the first setlocal."),
    Insn("concatarray", "values", (),
         ("ary1", "ary2"), ("ary",),
         "Pops two objects, converts each to an Array (`to_a`, or wraps it), and pushes their "
         "concatenation.",
         "rest = [2, 3]\n[1, *rest]\n",
         leaf=False),
    Insn("splatarray", "values",
         (Operand("flag", "VALUE", "true: the result must be a new array that may be "
                                   "modified; false: the array may be shared"),),
         ("ary",), ("obj",),
         "Pops an object and pushes it converted to an Array with `to_a` (or wrapped in one), "
         "for a `*splat`.",
         "args = [1, 2]\nputs(*args)\n",
         leaf=False),
    Insn("newhash", "values",
         (Operand("num", "rb_num_t", "how many keys and values (twice the pairs)"),),
         ("*keys_and_values",), ("val",),
         "Pops `num` values, alternately keys and values, and pushes a new Hash of them.",
         'key = :lang\n{key => "Ruby"}\n',
         leaf=False, pop_count=_n("num"), sp_inc_text="1 - num"),
    Insn("newrange", "values",
         (Operand("flag", "rb_num_t", "0: `..` (end included); 1: `...` (end excluded)"),),
         ("low", "high"), ("val",),
         "Pops the two ends and pushes a new Range.",
         "n = 5\n(1..n)\n",
         leaf=False),

    # ---- stack ----------------------------------------------------------------------------
    Insn("pop", "stack", (), ("val",), (),
         "Discards the value on top of the stack.",
         'puts "a"\nputs "b"\n'),
    Insn("dup", "stack", (), ("val",), ("val1", "val2"),
         "Pushes a second copy of the value on top of the stack.",
         "a = b = 0\n"),
    Insn("dupn", "stack",
         (Operand("n", "rb_num_t", "how many values to copy"),),
         (), ("*copies",),
         "Pushes copies of the top `n` values, in the same order.",
         "config = {}\nconfig[:retries] ||= 3\n",
         push_count=_n("n"), sp_inc_text="n"),
    Insn("swap", "stack", (), ("val", "obj"), ("obj", "val"),
         "Exchanges the top two values.",
         "point = Struct.new(:x).new(0)\npoint.x += 1\n"),
    Insn("topn", "stack",
         (Operand("n", "rb_num_t", "how far below the top (0 is the top itself)"),),
         (), ("val",),
         "Pushes a copy of the value `n` places below the top.",
         'case 1.5\nwhen Float then "float"\nend\n',
         sp_inc_text="1"),
    Insn("setn", "stack",
         (Operand("n", "rb_num_t", "how far below the top the slot is"),),
         ("val",), ("val",),
         "Copies the top value into the slot `n` places below the top, leaving the top as it is.",
         'settings = {}\nsettings[:mode] = "fast"\n',
         sp_inc_text="0"),
    Insn("adjuststack", "stack",
         (Operand("n", "rb_num_t", "how many values to drop"),),
         ("*values",), (),
         "Discards the top `n` values.",
         "cache = {}\ncache[:key] ||= 1\nputs cache\n",
         pop_count=_n("n"), sp_inc_text="-n"),

    # ---- setting --------------------------------------------------------------------------
    Insn("defined", "setting",
         (Operand("op_type", "rb_num_t", "what kind of expression is tested (DEFINED_*)",
                  "defined_type"),
          Operand("obj", "VALUE", "the name tested (a Symbol), or false", "defined_obj"),
          Operand("pushval", "VALUE", "what to push when it is defined (usually the "
                                      "description string)")),
         ("v",), ("val",),
         "Pops the receiver or namespace (nil when there is none) and pushes `pushval` if the "
         "tested thing is defined, or nil.",
         "defined?(@name)\n",
         leaf="leafness_of_defined(op_type)",
         notes="`defined?` of an assignment, self, nil, true, false or a plain expression is "
               "answered at compile time with a putobject."),
    Insn("checkmatch", "setting",
         (Operand("flag", "rb_num_t", "1 WHEN (pattern truthy), 2 CASE (pattern === target), "
                                      "3 RESCUE (pattern is a Module and matches); "
                                      "| 4 when pattern is an array of patterns"),),
         ("target", "pattern"), ("result",),
         "Pops a target and a pattern and pushes whether they match, the way `when`, `in` or "
         "`rescue` compare.",
         'begin\n  Integer("x")\nrescue ArgumentError\n  0\nend\n',
         leaf="leafness_of_checkmatch(flag)"),
    Insn("checkkeyword", "setting",
         (Operand("kw_bits_index", "lindex_t", "slot of the hidden local recording which "
                                               "keywords were passed", "kw_index"),
          Operand("keyword_index", "lindex_t", "which keyword (its position among the "
                                               "method's keywords)", "kw_index")),
         (), ("ret",),
         "Pushes whether a keyword argument with a non-literal default was passed by the caller.",
         'def greet(name: "world")\n  "Hello, #{name}"\nend\n',
         notes="The method then jumps over the code that computes the default."),
    Insn("checktype", "setting",
         (Operand("type", "rb_num_t", "a Ruby value type (T_ARRAY, T_HASH, ...)",
                  "value_type"),),
         ("val",), ("ret",),
         "Pops a value and pushes whether it has the given built-in type.",
         "config = {}\nconfig in {}\n",
         notes="In 3.1 the compiler uses it for pattern matching."),

    # ---- class/module ---------------------------------------------------------------------
    Insn("defineclass", "class/module",
         (Operand("id", "ID", "the class or module name"),
          Operand("class_iseq", "ISEQ", "the body"),
          Operand("flags", "rb_num_t", "0 class, 1 singleton class, 2 module; | 8 scoped "
                                       "(`A::B`), | 16 has a superclass")),
         ("cbase", "super"), ("val",),
         "Pops the namespace and the superclass, finds or creates the class or module, and runs "
         "its body in a new frame; pushes the body's value.",
         "class Greeter\nend\n",
         leaf=False, handles_sp=True),
    Insn("definemethod", "class/module",
         (Operand("id", "ID", "the method name"), Operand("iseq", "ISEQ", "the method body")),
         (), (),
         "Defines a method from an iseq on the class that `def` currently targets.",
         'def hello\n  "hello"\nend\n',
         leaf=False, handles_sp=True,
         notes="Not a leaf and handles_sp only by insns.def's default for instructions with an "
               "ISEQ operand."),
    Insn("definesmethod", "class/module",
         (Operand("id", "ID", "the method name"), Operand("iseq", "ISEQ", "the method body")),
         ("obj",), (),
         "Pops an object and defines a singleton method on it (`def obj.name`).",
         "def self.create\n  new\nend\n",
         leaf=False, handles_sp=True),

    # ---- method/iterator ------------------------------------------------------------------
    Insn("send", "method/iterator",
         (_call_data(), Operand("blockiseq", "ISEQ", "the literal block, if any")),
         ("recv", "*args"), ("val",),
         "Calls a method on a receiver with arguments and possibly a block, and pushes its "
         "return value.",
         "[1, 2].each { |n| puts n }\n",
         leaf=False, handles_sp=True, pop_count=_SENDISH, sp_inc_text=_SENDISH_SP,
         notes="The `args` group holds argc values (keyword arguments included), then the "
               "`&block` argument if there is one."),
    Insn("opt_send_without_block", "method/iterator",
         (_call_data(),),
         ("recv", "*args"), ("val",),
         "Calls a method that is given no block, and pushes its return value.",
         '"ruby".upcase\n',
         leaf=False, handles_sp=True, pop_count=_SENDISH, sp_inc_text=_SENDISH_SP,
         variant_of="send", variant=SPECIALISATION,
         notes="send without a block iseq or `&block`; most calls compile to it."),
    Insn("objtostring", "method/iterator",
         (_call_data("the `to_s` call site"),),
         ("recv",), ("val",),
         "Pops an object and pushes its `to_s`, skipping the call for Strings and for built-in "
         "`to_s` it knows; used in string interpolation.",
         'n = 2\n"n=#{n}"\n',
         leaf=False, variant_of="opt_send_without_block", variant=SPECIALISATION, method="to_s"),
    Insn("opt_str_freeze", "method/iterator",
         (Operand("str", "VALUE", "the frozen literal"), _call_data("the `freeze` call site")),
         (), ("val",),
         "Pushes an already frozen string for `\"literal\".freeze`, unless String#freeze was "
         "redefined.",
         'NAME = "ruby".freeze\n',
         variant_of="opt_send_without_block", variant=SPECIALISATION, method="freeze"),
    Insn("opt_nil_p", "method/iterator",
         (_call_data("the `nil?` call site"),),
         ("recv",), ("val",),
         "Pops a value and pushes whether it is nil, unless `nil?` was redefined.",
         "value = nil\nvalue.nil?\n",
         variant_of="opt_send_without_block", variant=SPECIALISATION, method="nil?"),
    Insn("opt_str_uminus", "method/iterator",
         (Operand("str", "VALUE", "the frozen literal"), _call_data("the `-@` call site")),
         (), ("val",),
         "Pushes the deduplicated frozen string for `-\"literal\"`, unless String#-@ was "
         "redefined.",
         'key = -"status"\n',
         variant_of="opt_send_without_block", variant=SPECIALISATION, method="-@"),
    Insn("opt_newarray_max", "method/iterator",
         (Operand("num", "rb_num_t", "how many values"),),
         ("*elements",), ("val",),
         "Pops `num` values and pushes the largest, for `[a, b].max` without building the Array.",
         "a = 3\nb = 7\n[a, b].max\n",
         leaf=False, pop_count=_n("num"), sp_inc_text="1 - num",
         variant_of="opt_send_without_block", variant=SPECIALISATION, method="max",
         notes="Stands for newarray num + send :max."),
    Insn("opt_newarray_min", "method/iterator",
         (Operand("num", "rb_num_t", "how many values"),),
         ("*elements",), ("val",),
         "Pops `num` values and pushes the smallest, for `[a, b].min` without building the Array.",
         "a = 3\nb = 7\n[a, b].min\n",
         leaf=False, pop_count=_n("num"), sp_inc_text="1 - num",
         variant_of="opt_send_without_block", variant=SPECIALISATION, method="min",
         notes="Stands for newarray num + send :min."),
    Insn("invokesuper", "method/iterator",
         (_call_data("the super call: argc and flags (no method id)"),
          Operand("blockiseq", "ISEQ", "the literal block, if any")),
         ("recv", "*args"), ("val",),
         "Calls the same-named method of the superclass (`super`) and pushes its return value.",
         'class Base\n  def greet = "hi"\nend\n\nclass Child < Base\n  def greet\n'
         '    super + "!"\n  end\nend\n',
         leaf=False, handles_sp=True, pop_count=_SENDISH, sp_inc_text=_SENDISH_SP,
         notes="The receiver slot holds self (a putself before the arguments). A bare `super` "
               "(ZSUPER) passes the method's own parameters again."),
    Insn("invokeblock", "method/iterator",
         (_call_data("the yield: argc and flags (no method id)"),),
         ("*args",), ("val",),
         "Calls the block given to the current method (`yield`) and pushes its value.",
         "def each_pair\n  yield 1, 2\nend\n",
         leaf=False, handles_sp=True,
         pop_count=_SENDISH,
         sp_inc_text="sp_inc_of_invokeblock(ci): 1 - (argc + (ARGS_BLOCKARG ? 1 : 0))"),
    Insn("leave", "method/iterator", (),
         ("val",), ("val",),
         "Returns from the current frame, handing the value on top of the stack to the caller.",
         "def answer\n  42\nend\n",
         leaf=False, handles_sp=True,
         notes="Not a leaf: it checks for interrupts. The frame's stack must hold just the "
               "return value."),

    # ---- exception ------------------------------------------------------------------------
    Insn("throw", "exception",
         (Operand("throw_state", "rb_num_t", "1 return, 2 break, 3 next, 4 retry, 5 redo, "
                                             "6 raise (re-raise); | 0x8000 no escape"),),
         ("throwobj",), ("val",),
         "Pops a value and unwinds frames non-locally (break, next, return from a block, retry, "
         "re-raise), guided by catch tables.",
         "[1, 2, 3].each { |n| break n if n > 1 }\n",
         leaf=False),

    # ---- local jump -----------------------------------------------------------------------
    Insn("jump", "local jump",
         (Operand("dst", "OFFSET", "the target"),),
         (), (),
         "Continues execution at the target unconditionally.",
         "x = 1\nsign = x > 0 ? 1 : -1\n",
         leaf="leafness_of_check_ints"),
    Insn("branchif", "local jump",
         (Operand("dst", "OFFSET", "the target"),),
         ("val",), (),
         "Pops a value and jumps to the target if it is truthy (neither nil nor false).",
         "i = 0\ni += 1 while i < 10\n",
         leaf="leafness_of_check_ints"),
    Insn("branchunless", "local jump",
         (Operand("dst", "OFFSET", "the target"),),
         ("val",), (),
         "Pops a value and jumps to the target if it is nil or false.",
         'x = 12\nputs "big" if x > 10\n',
         leaf="leafness_of_check_ints"),
    Insn("branchnil", "local jump",
         (Operand("dst", "OFFSET", "the target"),),
         ("val",), (),
         "Pops a value and jumps to the target if it is nil; used by the safe navigation "
         "operator `&.`.",
         "user = nil\nuser&.name\n",
         leaf="leafness_of_check_ints"),

    # ---- optimize -------------------------------------------------------------------------
    Insn("opt_getinlinecache", "optimize",
         (Operand("dst", "OFFSET", "where the constant lookup ends"),
          Operand("ic", "IC", "the inline constant cache")),
         (), ("val",),
         "Starts a cached constant lookup: on a hit pushes the cached value and jumps past the "
         "lookup, on a miss pushes nil and falls through.",
         "File::SEPARATOR\n",
         notes="The nil pushed on a miss becomes the namespace of the first getconstant."),
    Insn("opt_setinlinecache", "optimize",
         (Operand("ic", "IC", "the inline constant cache"),),
         ("val",), ("val",),
         "Ends a constant lookup: stores the value on top of the stack in the cache and leaves "
         "it there.",
         "Comparable\n"),
    Insn("once", "optimize",
         (Operand("iseq", "ISEQ", "the code to run once"),
          Operand("ise", "ISE", "where the result is kept")),
         (), ("val",),
         "Runs a child iseq the first time it is reached and pushes its result, then pushes the "
         "saved result every later time (`/#{x}/o`).",
         'pattern = "a"\n/#{pattern}/o\n',
         leaf=False, handles_sp=True),
    Insn("opt_case_dispatch", "optimize",
         (Operand("hash", "CDHASH", "maps each `when` literal to its branch"),
          Operand("else_offset", "OFFSET", "where to go when no literal matches")),
         ("key",), (),
         "Pops the `case` value and jumps straight to the matching `when` branch through a hash "
         "of literals, or falls through to the `===` tests if a method was redefined.",
         'n = 2\ncase n\nwhen 1 then "one"\nwhen 2 then "two"\nend\n',
         sp_inc_text="-1",
         notes="Used when every `when` value is a literal (number, symbol, string, nil, "
               "true, false); the key was `dup`ed before it."),
    _binop("opt_plus", "+", "Pops two values and pushes their sum, without a method call for "
           "Integer, Float, String and Array.", "2 + 3\n"),
    _binop("opt_minus", "-", "Pops two values and pushes their difference, without a method "
           "call for Integer and Float.", "10 - 4\n"),
    _binop("opt_mult", "*", "Pops two values and pushes their product, without a method call "
           "for Integer and Float.", "6 * 7\n"),
    _binop("opt_div", "/", "Pops two values and pushes their quotient, without a method call "
           "for Integer and Float.", "10 / 3\n", leaf=False,
           notes="Not a leaf: dividing by zero raises ZeroDivisionError."),
    _binop("opt_mod", "%", "Pops two values and pushes the remainder, without a method call "
           "for Integer and Float.", "10 % 3\n", leaf=False),
    _binop("opt_eq", "==", "Pops two values and pushes whether they are equal, without a "
           "method call for the common built-in types.", "x = 1\nx == 1\n"),
    Insn("opt_neq", "optimize",
         (Operand("cd_eq", "CALL_DATA", "a `==` call site, to check == is not redefined"),
          _call_data("the `!=` call site")),
         ("recv", "obj"), ("val",),
         "Pops two values and pushes whether they differ, without a method call when neither "
         "`!=` nor `==` was redefined.",
         "x = 1\nx != 2\n",
         variant_of="opt_send_without_block", variant=SPECIALISATION, method="!="),
    _binop("opt_lt", "<", "Pops two values and pushes whether the first is less than the "
           "second, without a method call for Integer and Float.", "3 < 5\n"),
    _binop("opt_le", "<=", "Pops two values and pushes whether the first is less than or "
           "equal to the second, without a method call for Integer and Float.", "3 <= 5\n"),
    _binop("opt_gt", ">", "Pops two values and pushes whether the first is greater than the "
           "second, without a method call for Integer and Float.", "5 > 3\n"),
    _binop("opt_ge", ">=", "Pops two values and pushes whether the first is greater than or "
           "equal to the second, without a method call for Integer and Float.", "5 >= 3\n"),
    _binop("opt_ltlt", "<<", "Pops a receiver and a value and appends the value, without a "
           "method call for String and Array.", "list = []\nlist << 1\n", leaf=False),
    _binop("opt_and", "&", "Pops two values and pushes their bitwise and, without a method "
           "call for Integer.", "6 & 3\n"),
    _binop("opt_or", "|", "Pops two values and pushes their bitwise or, without a method call "
           "for Integer.", "6 | 3\n"),
    _binop("opt_aref", "[]", "Pops a receiver and a key and pushes `recv[key]`, without a "
           "method call for Array and Hash.", "list = [10, 20]\nlist[0]\n", leaf=False,
           notes="Not a leaf: a Hash's default proc may run."),
    Insn("opt_aset", "optimize",
         (_call_data("the `[]=` call site, used when the fast path does not apply"),),
         ("recv", "obj", "set"), ("val",),
         "Pops a receiver, a key and a value and does `recv[key] = value`, without a method "
         "call for Array and Hash; pushes the value.",
         "list = [10, 20]\nlist[0] = 5\n",
         leaf=False, variant_of="opt_send_without_block", variant=SPECIALISATION, method="[]="),
    Insn("opt_aset_with", "optimize",
         (Operand("key", "VALUE", "the frozen string key"),
          _call_data("the `[]=` call site, used when the fast path does not apply")),
         ("recv", "val"), ("val",),
         "Like opt_aset with a string literal key held in the instruction, so a Hash store "
         "need not copy the key.",
         'env = {}\nenv["HOME"] = "/root"\n',
         leaf=False, variant_of="opt_aset", variant=SPECIALISATION, method="[]="),
    Insn("opt_aref_with", "optimize",
         (Operand("key", "VALUE", "the frozen string key"),
          _call_data("the `[]` call site, used when the fast path does not apply")),
         ("recv",), ("val",),
         "Like opt_aref with a string literal key held in the instruction, so a Hash lookup "
         "need not copy the key.",
         'env = {}\nenv["HOME"]\n',
         leaf=False, variant_of="opt_aref", variant=SPECIALISATION, method="[]"),
    _unop("opt_length", "length", "Pops a receiver and pushes its length, without a method "
          "call for String, Array and Hash.", "[1, 2, 3].length\n"),
    _unop("opt_size", "size", "Pops a receiver and pushes its size, without a method call for "
          "String, Array and Hash.", "{a: 1}.size\n"),
    _unop("opt_empty_p", "empty?", "Pops a receiver and pushes whether it is empty, without a "
          "method call for String, Array and Hash.", '"".empty?\n'),
    _unop("opt_succ", "succ", "Pops a receiver and pushes its successor, without a method "
          "call for Integer and String.", "1.succ\n"),
    _unop("opt_not", "!", "Pops a value and pushes its negation (`!x`), without a method call "
          "unless `!` was redefined.", "ready = false\n!ready\n"),
    Insn("opt_regexpmatch2", "optimize",
         (_call_data("the `=~` call site, used when the fast path does not apply"),),
         ("obj2", "obj1"), ("val",),
         "Pops a regexp and a string and pushes the match position (`/re/ =~ str`), without a "
         "method call when the receiver is a Regexp and the argument a String.",
         '/ruby/ =~ "I love ruby"\n',
         leaf=False, variant_of="opt_send_without_block", variant=SPECIALISATION, method="=~"),
    Insn("invokebuiltin", "optimize",
         (Operand("bf", "RB_BUILTIN", "the builtin function"),),
         ("*args",), ("val",),
         "Pops a builtin function's arguments, calls the C function, and pushes its result.",
         "puts RubyVM::InstructionSequence.of(GC.method(:start)).disasm\n",
         leaf=False, pop_count=Count("bf.argc", lambda ops: argc(ops["bf"])),
         sp_inc_text="1 - bf->argc", in_user_code=False,
         notes="Only the core library's Ruby prelude (`Primitive.` calls in gc.rb, kernel.rb, "
               "...) compiles to it; the example prints the listing of such a method."),
    Insn("opt_invokebuiltin_delegate", "optimize",
         (Operand("bf", "RB_BUILTIN", "the builtin function"),
          Operand("index", "rb_num_t", "the first local passed on as an argument")),
         (), ("val",),
         "Calls a builtin function with the current method's own locals as its arguments and "
         "pushes the result.",
         "puts RubyVM::InstructionSequence.of(Kernel.instance_method(:then)).disasm\n",
         leaf=False, variant_of="invokebuiltin", variant=SPECIALISATION, in_user_code=False,
         notes="Only the core library's Ruby prelude compiles to it; the example prints the "
               "listing of such a method."),
    Insn("opt_invokebuiltin_delegate_leave", "optimize",
         (Operand("bf", "RB_BUILTIN", "the builtin function"),
          Operand("index", "rb_num_t", "the first local passed on as an argument")),
         (), ("val",),
         "Like opt_invokebuiltin_delegate, then returns from the frame straight away; a `leave` "
         "still follows it for when tracing is on.",
         "puts RubyVM::InstructionSequence.of(Integer.instance_method(:-@)).disasm\n",
         leaf=False, variant_of="opt_invokebuiltin_delegate", variant=SPECIALISATION,
         in_user_code=False,
         notes="Only the core library's Ruby prelude compiles to it; the example prints the "
               "listing of such a method."),

    # ---- operand unification (opt_operand.def) --------------------------------------------
    Insn("getlocal_WC_0", "operand unification",
         (Operand("idx", "lindex_t", _LOCAL_IDX),),
         (), ("val",),
         "Pushes a local variable of the current scope (getlocal with level 0).",
         "x = 10\nx * 2\n",
         variant_of="getlocal", variant=OPERAND_UNIFICATION, fixed_operands=(("level", 0),)),
    Insn("getlocal_WC_1", "operand unification",
         (Operand("idx", "lindex_t", _LOCAL_IDX),),
         (), ("val",),
         "Pushes a local variable of the enclosing scope, as a block reads its method's locals "
         "(getlocal with level 1).",
         "factor = 2\n[1, 2].map { |n| n * factor }\n",
         variant_of="getlocal", variant=OPERAND_UNIFICATION, fixed_operands=(("level", 1),)),
    Insn("setlocal_WC_0", "operand unification",
         (Operand("idx", "lindex_t", _LOCAL_IDX),),
         ("val",), (),
         "Pops a value into a local variable of the current scope (setlocal with level 0).",
         "count = 5\nputs count\n",
         variant_of="setlocal", variant=OPERAND_UNIFICATION, fixed_operands=(("level", 0),)),
    Insn("setlocal_WC_1", "operand unification",
         (Operand("idx", "lindex_t", _LOCAL_IDX),),
         ("val",), (),
         "Pops a value into a local variable of the enclosing scope (setlocal with level 1).",
         "sum = 0\n[1, 2].each { |n| sum += n }\n",
         variant_of="setlocal", variant=OPERAND_UNIFICATION, fixed_operands=(("level", 1),)),
    Insn("putobject_INT2FIX_0_", "operand unification", (),
         (), ("val",),
         "Pushes the Integer 0 (putobject 0).",
         "count = 0\n",
         variant_of="putobject", variant=OPERAND_UNIFICATION, fixed_operands=(("val", 0),)),
    Insn("putobject_INT2FIX_1_", "operand unification", (),
         (), ("val",),
         "Pushes the Integer 1 (putobject 1).",
         "step = 1\n",
         variant_of="putobject", variant=OPERAND_UNIFICATION, fixed_operands=(("val", 1),)),
)
