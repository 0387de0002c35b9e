1.5.round
-1.abs
2**-1
