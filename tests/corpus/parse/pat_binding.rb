case value
in Integer => n
  n * 2
in [Integer => a, String => b]
  [a, b]
end
