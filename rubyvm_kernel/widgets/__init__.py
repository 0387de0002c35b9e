"""Widgets that draw the VM: the stepper (value stack, control frames, source, disassembly)."""
from __future__ import annotations

from .render import step_html

__all__ = ["step_html", "Stepper"]


def __getattr__(name):
    if name == "Stepper":           # ipywidgets only when a widget is wanted
        from .stepper import Stepper
        return Stepper
    raise AttributeError(name)
