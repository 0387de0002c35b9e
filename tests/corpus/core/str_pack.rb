p "abc".unpack("C*"), [65, 66, 67].pack("C*"), ["abc"].pack("a5"), ["abc"].pack("A5"), ["abc", "de"].pack("a*a*")
p [1].pack("N"), [1].pack("n"), [1].pack("V"), [1].pack("v"), "\x00\x00\x01\x00".unpack("N"), "\x01\x00".unpack("v")
p "héllo".unpack("U*"), [104, 233, 108].pack("U*"), [0x1F600].pack("U"), "AB".unpack1("n"), "abc".unpack("a2")
p ["616263"].pack("H*"), "abc".unpack("H*"), "abc".unpack1("B*"), ["01100001"].pack("B*")
p [1, 2].pack("s*").bytesize, [-1].pack("c").unpack("C"), ["hello"].pack("m"), "aGVsbG8=\n".unpack("m")
p [1.5].pack("e").unpack("e"), ["a", 1].pack("A3C"), "ab cd".unpack("A2 x A2"), [97, 98].pack("c2")
p [1, 2, 3].pack("C*").encoding, [233].pack("U").encoding
