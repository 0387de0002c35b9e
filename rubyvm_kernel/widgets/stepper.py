"""The stepper widget: replay a recorded run (rubyvm.trace) one YARV instruction at a time.

Controls: first, back, forward, last, play and a slider. The view is the HTML of
render.step_html, so what the widget shows is exactly the static form a saved notebook keeps.
"""
from __future__ import annotations

import ipywidgets as W

from rubyvm.trace import Trace

from .render import step_html


class Stepper(W.VBox):
    def __init__(self, trace: Trace, start: int = 0, interval_ms: int = 300):
        self.trace = trace
        last = max(len(trace.steps) - 1, 0)
        self.slider = W.IntSlider(value=min(start, last), min=0, max=last, step=1,
                                  description="step", continuous_update=True,
                                  layout=W.Layout(width="420px"))
        self.play = W.Play(value=self.slider.value, min=0, max=last, step=1,
                           interval=interval_ms, description="play")
        W.jslink((self.play, "value"), (self.slider, "value"))
        self.first_btn = W.Button(description="⏮ first", layout=W.Layout(width="80px"))
        self.back_btn = W.Button(description="◀ back", layout=W.Layout(width="80px"))
        self.fwd_btn = W.Button(description="forward ▶", layout=W.Layout(width="90px"))
        self.last_btn = W.Button(description="last ⏭", layout=W.Layout(width="80px"))
        self.first_btn.on_click(lambda _: self.go(0))
        self.back_btn.on_click(lambda _: self.go(self.slider.value - 1))
        self.fwd_btn.on_click(lambda _: self.go(self.slider.value + 1))
        self.last_btn.on_click(lambda _: self.go(last))
        self.view = W.HTML(value=step_html(trace, self.slider.value))
        self.slider.observe(self._on_step, names="value")
        controls = W.HBox([self.first_btn, self.back_btn, self.fwd_btn, self.last_btn,
                           self.play, self.slider])
        super().__init__([controls, self.view])
        self.add_class("rubyvm-stepper")

    @property
    def step(self) -> int:
        return self.slider.value

    def go(self, k: int) -> None:
        self.slider.value = max(self.slider.min, min(k, self.slider.max))

    def _on_step(self, change) -> None:
        self.view.value = step_html(self.trace, change["new"])

    def _repr_mimebundle_(self, **kwargs):
        # the live widget, plus the static picture of the current step for saved notebooks
        # and HTML exports that cannot run widgets
        bundle = super()._repr_mimebundle_(**kwargs)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        if isinstance(data, dict):
            data["text/html"] = step_html(self.trace, self.slider.value)
        return bundle
