begin
  eval("yield")
rescue SyntaxError => e
  p e.class
end
