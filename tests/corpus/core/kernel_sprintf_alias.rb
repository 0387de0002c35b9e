p sprintf("%d", 5) == format("%d", 5)
p format("%05.1f|%-6s|%+d", 3.14159, "ab", 7)
p "%s and %s" % ["x", "y"]
p "%s" % nil, "%s" % [[1, 2]]
p "%p %p" % [nil, "s"]
printf("%3d|%-3d|\n", 1, 2)
r = printf("")
p r
$stdout.printf("%x\n", 255)
