def safe_div(a, b)
  a / b
rescue ZeroDivisionError
  :inf
end
p safe_div(1, 0)
