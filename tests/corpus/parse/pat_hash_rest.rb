case h
in {a: 1, **rest}
  rest
end
