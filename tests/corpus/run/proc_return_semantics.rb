def proc_caller
  r = [1, 2, 3].each do |x|
    return :returned_from_method if x == 2
  end
  :not_here
end
p proc_caller
def lam_caller
  l = ->(x) { return x * 2 }
  [1, 2].map(&l)
end
p lam_caller
def proc_in_lambda
  l = lambda { pr = proc { return :proc_return }; pr.call; :after }
  [l.call, :method_end]
end
p proc_in_lambda
