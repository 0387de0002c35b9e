begin
  throw :nobody_home, 1
rescue UncaughtThrowError => e
  puts e.message
  p e.tag
  p e.value
  p e.class.superclass
end
begin
  catch(:a) { throw :b }
rescue ArgumentError => e
  puts e.message
end
