raised = []
TracePoint.new(:raise) do |tp|
  raised << [tp.raised_exception.class, tp.raised_exception.message, tp.lineno]
end.enable do
  begin
    raise ArgumentError, "bad"
  rescue ArgumentError
  end
  begin
    1 / 0
  rescue ZeroDivisionError
  end
end
raised.each { |r| p r }
