# frozen_string_literal: true
s = "abc"
p s.frozen?
s << "d"
