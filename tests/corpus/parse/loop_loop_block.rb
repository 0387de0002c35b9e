loop do
  v = fetch
  break v if v
end
