case x
in [1, _] | [_, 1]
  :has_one
end
