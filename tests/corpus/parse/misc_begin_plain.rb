begin
  a
  b
end
