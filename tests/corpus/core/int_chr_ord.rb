p 65.chr, 97.chr, 10.chr, 0.chr, 255.chr, 255.chr.encoding, 65.chr.encoding
p 0x3042.chr(Encoding::UTF_8), 233.chr("UTF-8"), 0x1F600.chr("UTF-8")
p "A".ord, "é".ord, "あ".ord, "\n".ord
begin
  256.chr
rescue RangeError => e
  p e.message
end
begin
  "".ord
rescue ArgumentError => e
  p e.message
end
p (97..101).map(&:chr).join
