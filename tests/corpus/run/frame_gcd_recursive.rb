def gcd(a, b)
  b == 0 ? a : gcd(b, a % b)
end

def lcm(a, b)
  a / gcd(a, b) * b
end

p gcd(1071, 462)
p lcm(4, 6)
p (1..20).reduce { |acc, x| lcm(acc, x) }
