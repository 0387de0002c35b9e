begin
  x = 1 / 1
rescue ZeroDivisionError
  p :zero
else
  p :fine
ensure
  p :always
end
