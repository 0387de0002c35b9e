p 255.to_s(2), 255.to_s(8), 255.to_s(16), 255.to_s(36), -255.to_s(16), 0.to_s(2)
p (2**100).to_s(36), (2**64).to_s(16)
p 35.to_s(36), 36.to_s(36)
p "11111111".to_i(2), "zz".to_i(36), "-ff".to_i(16), "0x1f".to_i(16), "12abc".to_i, "abc".to_i
begin
  1.to_s(1)
rescue ArgumentError => e
  p e.message
end
begin
  1.to_s(37)
rescue ArgumentError => e
  p e.message
end
p 1234567.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
p 100.inspect, -0.to_s
