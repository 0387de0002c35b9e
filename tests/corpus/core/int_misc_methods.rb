p 10.pred, 10.ord, 10.floor(-1), 10.bit_length, 3.14.to_i
p 6.fdiv(4), 6.quo(4), 6.0.quo(4), 6.quo(4.0)
p 255.to_s(2).count("1"), 2**10 - 1
p 100.digits.reverse.join.to_i, 0.succ, -1.pred
p 12.lcm(8).to_s(2).rjust(8, "0")
