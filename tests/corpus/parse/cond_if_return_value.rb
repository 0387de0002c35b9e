def classify(n)
  return :neg if n < 0
  return :zero if n == 0
  :pos
end
