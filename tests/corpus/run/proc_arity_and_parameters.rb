procs = {
  plain: proc { |a, b| },
  opt: proc { |a, b = 1| },
  rest: proc { |*a| },
  lam: ->(a, b) {},
  lam_kw: ->(a, k:, o: 1, **r, &b) {},
}
procs.each do |name, pr|
  p [name, pr.arity, pr.parameters]
end
