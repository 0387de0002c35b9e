p "\e", "\u00e9", "\x00", "\#{", "\#$", "\#@x", "a#b", "\t\n\r\f\v\a\b", "\\", "\"", "'", "\x7f"
p "\xff".b, "\xff", "\u3042", "é".b, "\u{1F600}", "\u200b", "\u0085", "\x1b[0m"
p "#", "\#", "#a", "\#{x}", '#{x}', '#$x', "#$0".size > 0
p "é".force_encoding("ASCII-8BIT"), "abc".b, "\xE3\x81".force_encoding("UTF-8")
p :"\u00e9", "\e".inspect.size, "\u0000".inspect
puts "\e".inspect, "\x00".inspect
