class Calc
  def run = helper
  def helper = :done
  def self.build = new
end
TracePoint.new(:call) do |tp|
  puts "#{tp.defined_class} #{tp.method_id} self=#{tp.self.class}"
end.enable do
  Calc.build.run
end
