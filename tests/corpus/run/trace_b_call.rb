events = []
TracePoint.new(:b_call, :b_return) do |tp|
  events << [tp.event, tp.lineno]
end.enable do
  [1, 2].each { |x| x }
end
events.each { |e| p e }
