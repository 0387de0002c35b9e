p (1..3).each.to_a, ("a".."c").each.to_a, (:a..:c).to_a, (1r..3r).step(1).to_a rescue p $!.class
p ("A".."E").step(2).to_a, ("aa".."ac").map(&:upcase), (Time.at(0).utc.year..1972).to_a
begin
  (1.0..2.0).to_a
rescue TypeError => e
  p e.message
end
p (1..2).each_entry.to_a, ("y".."z").each_slice(1).to_a
