begin
  eval("1 + ")
rescue SyntaxError => e
  p e.class
  p e.class.superclass
end
begin
  eval("raise ArgumentError, 'from eval'")
rescue ArgumentError => e
  p e.message
end
p eval("")
p eval("nil")
