# frozen_string_literal: true
x = "a"
p eval("x + \"b\"")
