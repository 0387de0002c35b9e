# frozen_string_literal: true
s = "frozen"
t = "x#{s}"
p s.frozen?, t.frozen?
