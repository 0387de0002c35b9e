def collatz(n)
  steps = 0
  until n == 1
    n = n.even? ? n / 2 : 3 * n + 1
    steps += 1
  end
  steps
end
p (1..20).map { collatz(_1) }
p (1..1000).max_by { collatz(_1) }
p collatz(2**100)
