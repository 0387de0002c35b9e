r = catch(:done) do
  10.times do |i|
    10.times do |j|
      throw :done, [i, j] if i * j == 6
    end
  end
  :never
end
p r
r = catch(:x) { 42 }
p r
r = catch(:x) { throw :x }
p r
r = catch { |tag| throw tag, "anon" }
p r
