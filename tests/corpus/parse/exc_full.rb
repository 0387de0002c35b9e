begin
  a
rescue StandardError => e
  b(e)
else
  c
ensure
  d
end
