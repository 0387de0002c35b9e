case value
in ^(1 + 2)
  :three
in ^(limit * 2)
  :double
end
