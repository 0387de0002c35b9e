r = (1..)
p r, r.begin, r.end, r.first(3), r.size, r.include?(10**20), r === 0, r.lazy.map { _1 * 2 }.first(3)
b = (..5)
p b, b.begin, b.end, b.include?(-100), b === 6, b.cover?(..3), (...5).include?(5)
p [1, 2, 3, 4, 5][2..], [1, 2, 3, 4, 5][..2], [1, 2, 3, 4, 5][...2], "hello"[1..], (1..nil).to_s, (nil..1).inspect
begin
  (..5).each { }
rescue TypeError => e
  p e.message
end
begin
  (1..).to_a
rescue RangeError => e
  p e.message
end
p (1..).each_slice(2).first(2), (nil..nil)
