# frozen_string_literal: true
s = +"buf"
s << "fer"
p s, "x".equal?("x")
