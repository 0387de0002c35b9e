case h
in {a: 1, **rest}
  rest
in {b:, c:}
  [b, c]
in {d: [e, {f:}]}
  f
end
