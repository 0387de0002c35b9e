def lam_ret
  l = -> { return 1 }
  l.call
  2
end
def proc_ret
  pr = proc { return 1 }
  pr.call
  2
end
p lam_ret, proc_ret
def next_in_proc = [1, 2, 3].map { |x| next 0 if x == 2; x }
p next_in_proc
def brk = [1, 2, 3].each { |x| break x * 10 if x == 2 }
p brk
pr = proc { next 5; 6 }
p pr.call
