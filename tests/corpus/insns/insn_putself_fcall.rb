puts "x"
print self.inspect, "\n"
