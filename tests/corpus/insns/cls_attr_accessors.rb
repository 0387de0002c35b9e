class Acc
  attr_reader :r
  attr_writer :w
  attr_accessor :rw
end
a = Acc.new
a.rw = 5
p a.rw
