p [1, 2].pack("n*"), [1, 2].pack("N2"), [65535].pack("S"), [1].pack("q").bytesize, [1.0].pack("d").bytesize, [3.5].pack("g").unpack1("g")
p ["a", "b"].pack("a2a2"), ["abc"].pack("Z*"), ["abc"].pack("Z2"), "ab\0cd".unpack("Z*Z*"), [1, 2, 3].pack("C*").unpack("C2"), "\x01\x02\x03\x04".unpack("n2")
p ["hello world"].pack("u"), "+:&5L;&\\@=V]R;&0`\n".unpack1("u"), [104, 105].pack("U*").encoding, ["4142"].pack("H*"), ["1010"].pack("b*").bytes
p [-1, -2].pack("s*").unpack("s*"), [2**32 - 1].pack("L").unpack1("l"), "abc".unpack("x1a*"), [1, 2].pack("Cx2C")
