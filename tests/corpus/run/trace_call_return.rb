def add(a, b)
  a + b
end
def twice(x)
  add(x, x)
end
events = []
TracePoint.new(:call, :return) do |tp|
  events << [tp.event, tp.method_id, tp.lineno]
end.enable do
  twice(2)
end
events.each { |e| p e }
