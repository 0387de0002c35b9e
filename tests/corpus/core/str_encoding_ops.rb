p "é".b, "\xff\xfe".b, "abc\x00".b, "tab\t".b, "\e[1m", "a\u0300", "\u{1F600}".b
p "é".dump, "\u{1F600}".dump, "a\nb".dump, "é".b.dump, "\xff".dump, "\#{x}".dump, "é".dump.undump
p "\xC3\xA9".force_encoding("UTF-8"), "\xC3".force_encoding("UTF-8").valid_encoding?
p "abc".force_encoding("US-ASCII").encoding, "abc".encode("UTF-16BE").bytes
p ("ab".b + "c").encoding, ("é" + "x".b).encoding, ("x".b + "é").encoding
begin
  "é" + "\xff".b
rescue => e
  p e.class, e.message
end
begin
  "é".encode("UTF-16LE") + "x"
rescue => e
  p e.class, e.message
end
p "aé".each_byte.to_a, "aé".byteslice(1), "aé".byteslice(1, 2), "aé".byteslice(2).valid_encoding?
p "%s" % "é", "é".center(5, "*"), "é" * 3, "é".succ, 233.chr(Encoding::UTF_8), "é".chars
p "ü".unicode_normalize(:nfd).bytes, "a\xffb".scrub("?"), "a\xffb".scrub, "a\xE3\x81b".scrub { |b| b.unpack1("H*") }
p "日本語".encode("Shift_JIS").bytesize, "日本語".encode("EUC-JP").bytes.first(2), Encoding.find("binary")
p String.new.encoding, String.new("").encoding, String.new("a", encoding: "ASCII-8BIT").encoding
