p (0..31).map(&:chr).join
p "\x7f\u0080\u009f\u00a0\u00ad"
p "a\u2028b", "\u{10ffff}", "\u{fffe}", "\u{e000}"
p "\xC3", "\xC3\xA9\xC3", "ok\xFFok"
puts "\x01".inspect, "\u0007".inspect
