p 1234567.to_s.chars.reverse.each_slice(3).map(&:join).join(",").reverse, 3.14159.to_s[0, 4], 42.to_s(2).rjust(8, "0")
p "%.2e" % 123456, "%08.3f" % -1.5, 255.to_s(16).upcase, "0x%04X" % 255, "%+.1f%%" % 12.345
p 1e10.to_i.to_s.size, (10**25).to_s.scan(/\d{1,5}/), 0.1.to_s, 12.0.to_s, 1.23e-4.to_s
