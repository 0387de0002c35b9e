s = "héllo wörld"
p s.encode("UTF-16BE").bytesize, s.encode("UTF-16LE").encoding, s.encode("UTF-32BE").bytesize, s.encode("ISO-8859-1").bytes.size
p s.encode("ISO-8859-1").encode("UTF-8") == s, "abc".encode("US-ASCII").encoding, "ab\u00ffc".encode("ASCII", invalid: :replace, undef: :replace, replace: "?")
p s.unicode_normalize(:nfd).length, s.unicode_normalize(:nfd).unicode_normalize(:nfc) == s, "Å".unicode_normalize(:nfkd).codepoints
