p Math.sqrt(0), Math.log(1)
p Math.sqrt(9)
p Math.sqrt(-9)
