begin
  [].push
  p :ok
  "abc".center
rescue ArgumentError => e
  puts e.message
end
begin
  Integer("1", 2, 3, 4)
rescue ArgumentError => e
  puts e.message
end
begin
  [1, 2].first(1, 2)
rescue ArgumentError => e
  puts e.message
end
