tag = Object.new
r = catch(tag) do
  throw tag, :object_tag
end
p r
r2 = catch do |t|
  [1, 2, 3].each { |x| throw t, x * 11 if x == 2 }
end
p r2
s = "str"
r3 = catch(s) { throw s, :string_tag }
p r3
begin
  catch("a") { throw "a" }
rescue UncaughtThrowError => e
  puts e.message
end
