p Math.sqrt(9)
p Math.sqrt(-9)
