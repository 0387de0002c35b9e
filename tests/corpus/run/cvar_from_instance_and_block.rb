class Log
  @@lines = []
  def add(s) = @@lines << s
  def self.dump = @@lines.join(",")
  def multi(n) = n.times { |i| @@lines << "m#{i}" }
end
l = Log.new
l.add("a")
l.multi(2)
Log.new.add("b")
puts Log.dump
