s = "héllo"
p s.encoding, s.bytesize, s.length, s.valid_encoding?, s.ascii_only?, "abc".ascii_only?
b = s.b
p b.encoding, b.length, b, b == s, b.force_encoding("UTF-8") == s
bad = "\xff\xfe"
p bad.valid_encoding?, bad.length, bad.scrub("?"), bad.scrub { |x| "<#{x.unpack1("H*")}>" }
p "abc".force_encoding("ASCII-8BIT").encoding, "abc".encode("UTF-16LE").bytesize, "é".encode("ISO-8859-1").bytes
p Encoding::UTF_8.name, Encoding::BINARY.to_s, Encoding.default_external, __ENCODING__
p "日本".encode("UTF-8").unicode_normalize == "日本", "e\u0301".unicode_normalize(:nfc) == "é"
begin
  "é".encode("US-ASCII")
rescue => e
  p e.class, e.message
end
p "é".encode("US-ASCII", undef: :replace), "é".encode("US-ASCII", fallback: { "é" => "e" })
