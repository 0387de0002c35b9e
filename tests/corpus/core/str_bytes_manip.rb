s = "héllo".b
p s, s.size, s[1], s[1, 2], s.bytes[1..2], s.force_encoding("UTF-8"), s.size
u = "日本語"
p u.byteslice(0, 3), u.byteslice(3..), u.byteslice(1, 2), u.bytes.each_slice(3).map { _1.pack("C*").force_encoding("UTF-8") }
p u.unpack("U*"), u.unpack("C3"), u.each_byte.first(3), u.getbyte(-1)
