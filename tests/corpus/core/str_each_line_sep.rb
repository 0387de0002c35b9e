text = "line one\nline two\n\nline four\n"
p text.lines.size, text.each_line.map(&:chomp)
p text.each_line("").to_a
p text.split("\n"), text.split("\n", -1)
p text.lines.map(&:length), text.count("\n"), text.lines.last
p "a\r\nb\rc\nd".lines, "a\r\nb\rc\nd".split(/\r?\n|\r/)
