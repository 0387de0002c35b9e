procs = []
[1, 2, 3].each { |i| procs << -> { i * 10 } }
p procs.map(&:call)
procs2 = []
j = 0
while j < 3
  procs2 << -> { j }
  j += 1
end
p procs2.map(&:call)
procs3 = []
for k in 1..3
  procs3 << -> { k }
end
p procs3.map(&:call)
