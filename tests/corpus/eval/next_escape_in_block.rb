[1].each do
  begin
    eval("next")
  rescue SyntaxError => e
    p e.class
  end
end
