lines = []
tp = TracePoint.new(:line) { |t| lines << t.lineno if t.path == __FILE__ }
tp.enable
a = 1
b = a + 1
c = [a, b].sum
tp.disable
p lines
p c
