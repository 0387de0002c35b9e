1.5.floor
2.succ.pred
3.0.to_i
10.fdiv(3)
0x1F.to_s(2)
