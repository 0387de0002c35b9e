# frozen_string_literal: true
a = "lit"
h = {}
h["k"] = a
p h["k"], a.frozen?
