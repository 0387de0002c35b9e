case list
in a, b
  [a, b]
in Integer, *rest
  rest
end
