def make_counter(start = 0, step = 1)
  count = start
  increment = -> { count += step }
  current = -> { count }
  { inc: increment, cur: current }
end

c1 = make_counter
c2 = make_counter(100, 10)
3.times { c1[:inc].call }
c2[:inc].call
p c1[:cur].call
p c2[:cur].call
p c1[:inc].call
