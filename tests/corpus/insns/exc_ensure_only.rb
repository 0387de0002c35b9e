begin
  p 1
ensure
  p 2
end
