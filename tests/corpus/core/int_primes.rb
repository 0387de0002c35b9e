def prime?(n) = n >= 2 && (2..Integer.sqrt(n)).none? { n % _1 == 0 }
p (1..50).select { prime?(_1) }
def factor(n)
  f = []
  d = 2
  while n > 1
    while n % d == 0
      f << d
      n /= d
    end
    d += 1
  end
  f
end
p factor(360), factor(97), factor(2**10 * 3**5), factor(600851475143)
