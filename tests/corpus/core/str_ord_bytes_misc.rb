p "z".ord, "😀".ord, "😀".bytes.size
p "a".ord, "aé".ord, "é".bytes, "é".unpack("C*"), "\u00e9" == "é", "e\u0301" == "é", "e\u0301".length
p "%c%c" % [72, 105], [72, 105].pack("c*"), "Hi".sum
