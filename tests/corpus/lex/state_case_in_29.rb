case data
in [Integer => a, String => b]
  p a, b
in {name: String => name, age: Integer}
  p name
in [x, *rest] if x > 0
  p rest
end
