events = []
TracePoint.new(:class, :end) do |tp|
  events << [tp.event, tp.self, tp.lineno]
end.enable do
  class Alpha
    def x = 1
  end
  module Beta
  end
end
events.each { |e| p e }
