begin
  eval("redo")
rescue SyntaxError => e
  p e.class
end
