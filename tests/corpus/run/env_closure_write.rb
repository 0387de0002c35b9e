total = 0
inc = proc { |n| total += n }
inc.call(3)
inc.call(4)
p total
[10, 20].each(&inc)
p total
def noop; yield; end
noop { total = -1 }
p total
