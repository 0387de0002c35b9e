class Counter
  def step = 1
end
c = Counter.new
total = 0
5.times do |i|
  total += c.step
  if i == 2
    Counter.class_eval { def step = 100 }
  end
end
p total
