p((format() rescue $!.message), (format(1) rescue $!.message), format("%d%%", 5), sprintf("%-5s|%+.2e", "ab", 12345.678))
p format("%c%c", 65, "B"), format("%x %o %b %X", 255, 8, 5, 255), format("%08.3f", -3.14159), format("%s", [1, "a"]), format("%p", [nil])
p "%05d" % -12, "%.3s" % "abcdef", "%-+6d|" % 3, "%#x %#o" % [255, 8], "%e" % 0.0, "%g %g" % [1e-5, 123456789.0]
$VERBOSE = nil
p format("%s", 1, 2)
h = Hash.new(0)
p format("%{a}", h), (format("%<a>d", {}) rescue $!.message)
p Float::MAX.to_i.to_s.size, 1.0.next_float - 1.0 == Float::EPSILON, 5e-324.prev_float, (-0.0).next_float
p 1.23.floor(1), 1.25.round(1), 1.35.round(1), 2.675.round(2), 1.005.round(2), 10.0.round(-1).class, 15.round(-1, half: :even)
