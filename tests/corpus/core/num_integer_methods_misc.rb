p 10.pow(3, 7), 255.digits(16), 100.bit_length, 1000.to_s.size, 6.lcm(4), 17.pred.succ
p 5.ceil(-1), 5.floor(-1), 15.round(-1, half: :even), 25.round(-1, half: :even), 10.truncate(-1)
p (1..5).sum { _1 ** 3 }, (1..5).sum ** 2, 12.digits.reverse, 2**10 == 1 << 10
