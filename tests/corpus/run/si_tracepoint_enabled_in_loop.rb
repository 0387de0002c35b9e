# tracing turned on and off from inside a compiled loop sees every line after it
lines = []
tp = TracePoint.new(:line) { |t| lines << t.lineno if t.path == __FILE__ }
i = 0
while i < 10
  tp.enable if i == 5
  i += 1
end
tp.disable
p lines.tally
calls = []
t2 = TracePoint.new(:call, :return) { |t| calls << [t.event, t.method_id] if t.method_id == :hot }
def hot(x) = x + 1
10.times { |k| hot(k) }
t2.enable
hot(1)
t2.disable
p calls
