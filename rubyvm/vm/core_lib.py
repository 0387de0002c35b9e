"""Init of the core-library modules added for issue 6 (numbers, Kernel extras, IO, Time, GC),
run after the base core classes (cf. inits.c rb_call_inits)."""
from __future__ import annotations


def init(vm):
    from . import (core_boolean, core_float, core_gc, core_integer, core_io, core_load,
                   core_math, core_pp, core_random, core_time)
    for mod in (core_boolean, core_gc, core_integer, core_float, core_io, core_load, core_math,
                core_pp, core_random, core_time):
        mod.init(vm)
