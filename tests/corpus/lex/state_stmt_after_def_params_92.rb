def measure(label = "") # :yield:
  t0, r0 = 1, 2
  yield
  t0 -r0
end
