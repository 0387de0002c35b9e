def check(n)
  raise ArgumentError, "neg" if n < 0
  n
end
p((check(-1) rescue $!.message))
