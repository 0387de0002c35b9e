begin
  eval("break")
rescue SyntaxError => e
  p e.class
end
