h = Hash.new(0)
"hello world".each_char { |c| h[c] += 1 }
p h, h["zz"], h.fetch("l"), h.size, h.default, h.key?("zz")
d = Hash.new("x")
p d[:a], d, d.default = "y", d[:b]
shared = Hash.new([])
shared[:a] << 1
p shared, shared[:b], shared.default
blk = Hash.new { |hash, k| hash[k] = k.to_s * 2 }
p blk[:ab], blk, blk.default_proc.class, blk.default
p Hash.new { |_, k| k * 3 }[4], Hash.new.default
