p 12.gcd(18), 12.lcm(18), 12.gcdlcm(18), 0.gcd(5), 5.gcd(0), -12.gcd(18), -12.lcm(18)
p (2**80).gcd(2**70 * 3), 7.gcd(13), 1.lcm(1), 0.lcm(5)
p [12, 18, 24].reduce(:gcd), (1..10).reduce(:lcm)
